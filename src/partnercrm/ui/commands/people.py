"""Undoable edits of people: create, save the editor's state, trash, restore."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from partnercrm.services import people
from partnercrm.services.affiliations import AffiliationData, AffiliationInput
from partnercrm.services.changes import Changes
from partnercrm.services.consents import ConsentInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.ui.commands.base import DataCommand
from partnercrm.ui.context import AppContext


@dataclass(frozen=True)
class PersonSnapshot:
    """Everything the person editor saves, as service inputs."""

    data: people.PersonInput
    addresses: tuple[AddressInput, ...] = ()
    contact_points: tuple[ContactPointInput, ...] = ()
    affiliations: tuple[AffiliationInput, ...] = ()
    consents: tuple[ConsentInput, ...] = ()

    @staticmethod
    def of(detail: people.PersonDetail) -> PersonSnapshot:
        """The snapshot of a stored person (to undo an edit back to it)."""
        fields = {name: getattr(detail, name) for name in people.PersonInput.__dataclass_fields__}
        return PersonSnapshot(
            data=people.PersonInput(**fields),
            addresses=detail.addresses,
            contact_points=detail.contact_points,
            affiliations=tuple(_affiliation_input(a) for a in detail.affiliations),
            consents=detail.consents,
        )


def _affiliation_input(row: AffiliationData) -> AffiliationInput:
    return AffiliationInput(
        id=row.id,
        organization_id=row.organization_id,
        organization_name=row.organization_name,
        function=row.function,
        department=row.department,
        use_organization_address=row.use_organization_address,
        is_primary=row.is_primary,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        contact_points=row.contact_points,
        addresses=row.addresses,
    )


def _save(session: Session, person_id: int, snapshot: PersonSnapshot, expected_version: int) -> int:
    """Write ``snapshot`` over the person; the version after the write."""
    people.update_person(
        session,
        person_id,
        data=snapshot.data,
        expected_version=expected_version,
        addresses=snapshot.addresses,
        contact_points=snapshot.contact_points,
        affiliations=snapshot.affiliations,
        consents=snapshot.consents,
    )
    return people.get_person(session, person_id).version


class CreatePersonCommand(DataCommand):
    """Create a person; undo moves the new person to the trash, redo brings them back."""

    def __init__(self, ctx: AppContext, snapshot: PersonSnapshot) -> None:
        name = people.display_name(
            snapshot.data.academic_title,
            snapshot.data.first_name,
            snapshot.data.name_particle,
            snapshot.data.last_name,
        )
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Create {name}").format(name=name)
        )
        self.snapshot = snapshot
        self.person_id: int | None = None

    def _do(self) -> None:
        if self.person_id is None:
            created = self.ctx.write(
                lambda s: people.create_person(
                    s,
                    data=self.snapshot.data,
                    addresses=self.snapshot.addresses,
                    contact_points=self.snapshot.contact_points,
                    affiliations=self.snapshot.affiliations,
                    consents=self.snapshot.consents,
                )
            )
            self.person_id = created.id
        else:
            person_id = self.person_id
            self.ctx.write(lambda s: people.restore_people(s, [person_id]))

    def _undo(self) -> None:
        assert self.person_id is not None
        person_id = self.person_id
        self.ctx.write(lambda s: people.trash_people(s, [person_id]))


class EditPersonCommand(DataCommand):
    """Save the editor's state over a person; undo writes the state before back.

    ``expected_version`` is the version the editor loaded: if the person changed
    since, ``perform()`` raises ConflictError and the editor lets the user choose.
    """

    def __init__(
        self,
        ctx: AppContext,
        person_id: int,
        before: PersonSnapshot,
        after: PersonSnapshot,
        expected_version: int,
    ) -> None:
        name = people.display_name(
            after.data.academic_title,
            after.data.first_name,
            after.data.name_particle,
            after.data.last_name,
        )
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Edit {name}").format(name=name)
        )
        self.person_id = person_id
        self.before = before
        self.after = after
        self.version = expected_version

    def _write(self, snapshot: PersonSnapshot) -> None:
        version = self.version
        written = self.ctx.write(
            lambda s: _Versioned(_save(s, self.person_id, snapshot, version), self.person_id)
        )
        self.version = written.version

    def _do(self) -> None:
        self._write(self.after)

    def _undo(self) -> None:
        self._write(self.before)


@dataclass(frozen=True)
class _Versioned:
    """The version after a write, and the Changes the bus announces."""

    version: int
    person_id: int

    @property
    def changes(self) -> Changes:
        return Changes.of(updated={"person": {self.person_id}})


__all__ = [
    "CreatePersonCommand",
    "EditPersonCommand",
    "PersonSnapshot",
]
