"""The people list: a lazy table over the ids a PersonFilter selects, sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from partnercrm.services import people
from partnercrm.services.people import PersonFilter, PersonRow
from partnercrm.ui.context import AppContext
from partnercrm.ui.models.lazy_table import Column, LazyTableModel


def _date(row: PersonRow) -> str:
    return row.updated_at.strftime("%d.%m.%Y") if row.updated_at else ""


PEOPLE_COLUMNS: tuple[Column[PersonRow], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.display_name, "name", 26),
    Column(
        "organization",
        QT_TRANSLATE_NOOP("Columns", "Organisation"),
        lambda r: r.organization,
        "organization",
        28,
    ),
    Column("function", QT_TRANSLATE_NOOP("Columns", "Function"), lambda r: r.function, None, 24),
    Column("city", QT_TRANSLATE_NOOP("Columns", "City"), lambda r: r.city, "city"),
    Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda r: r.email, None, 28),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.phone),
    Column("updated", QT_TRANSLATE_NOOP("Columns", "Changed"), _date, "updated", 11, True),
)


class PeopleTableModel(LazyTableModel[PersonRow]):
    """People in the order SQL gives; ``set_filter`` reloads the id list."""

    def __init__(
        self,
        ctx: AppContext,
        person_filter: PersonFilter | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.ctx = ctx
        self.filter = person_filter or PersonFilter()
        super().__init__(
            PEOPLE_COLUMNS,
            self._fetch_ids,
            self._fetch_rows,
            row_id=lambda r: r.id,
            default_sort="name",
            probe_ids=self._probe,
            parent=parent,
        )

    def _probe(self, sort: str, descending: bool, limit: int) -> tuple[int, list[int]]:
        person_filter = self.filter
        probe = self.ctx.read(
            lambda s: people.probe_people(
                s, filter=person_filter, sort=sort, descending=descending, limit=limit
            )
        )
        return probe.total, list(probe.ids)

    def _fetch_ids(self, sort: str, descending: bool, limit: int | None) -> list[int]:
        person_filter = self.filter
        return self.ctx.read(
            lambda s: people.list_person_ids(
                s, filter=person_filter, sort=sort, descending=descending, limit=limit
            )
        )

    def _fetch_rows(self, ids: list[int]) -> list[PersonRow]:
        return self.ctx.read(lambda s: people.person_rows(s, ids))

    def set_filter(self, person_filter: PersonFilter) -> None:
        self.filter = person_filter
        self.reload()
