"""The organisations list: a lazy table over the ids an OrganizationFilter selects."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from partnercrm.services import organizations
from partnercrm.services.organizations import OrganizationFilter, OrganizationRow
from partnercrm.ui.context import AppContext
from partnercrm.ui.labels import label
from partnercrm.ui.models.lazy_table import Column, LazyTableModel

ORGANIZATION_COLUMNS: tuple[Column[OrganizationRow], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name", 34),
    Column(
        "short_name",
        QT_TRANSLATE_NOOP("Columns", "Short name"),
        lambda r: r.short_name,
        hidden=True,
    ),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.kind), "kind", 20),
    Column("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), lambda r: label(r.sector)),
    Column("municipality", QT_TRANSLATE_NOOP("Columns", "Municipality"), lambda r: r.municipality),
    Column("city", QT_TRANSLATE_NOOP("Columns", "City"), lambda r: r.city),
    Column("people", QT_TRANSLATE_NOOP("Columns", "People"), lambda r: str(r.people), None, 8),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("Columns", "Changed"),
        lambda r: r.updated_at.strftime("%d.%m.%Y"),
        "updated",
    ),
)


class OrganizationsTableModel(LazyTableModel[OrganizationRow]):
    """Organisations in the order SQL gives; ``set_filter`` reloads the id list.

    Like the people list: the count and the first ids at once, the rest on demand.
    """

    def __init__(
        self,
        ctx: AppContext,
        org_filter: OrganizationFilter | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.ctx = ctx
        self.filter = org_filter or OrganizationFilter()
        super().__init__(
            ORGANIZATION_COLUMNS,
            self._fetch_ids,
            self._fetch_rows,
            row_id=lambda r: r.id,
            default_sort="name",
            probe_ids=self._probe,
            parent=parent,
        )

    def _probe(self, sort: str, descending: bool, limit: int) -> tuple[int, list[int]]:
        org_filter = self.filter
        probe = self.ctx.read(
            lambda s: organizations.probe_organizations(
                s, filter=org_filter, sort=sort, descending=descending, limit=limit
            )
        )
        return probe.total, list(probe.ids)

    def _fetch_ids(self, sort: str, descending: bool, limit: int | None) -> list[int]:
        org_filter = self.filter
        return self.ctx.read(
            lambda s: organizations.list_organization_ids(
                s, filter=org_filter, sort=sort, descending=descending, limit=limit
            )
        )

    def _fetch_rows(self, ids: list[int]) -> list[OrganizationRow]:
        return self.ctx.read(lambda s: organizations.organization_rows(s, ids))

    def set_filter(self, org_filter: OrganizationFilter) -> None:
        self.filter = org_filter
        self.reload()
