"""Undoable edits of organisations: create, save the editor's state, trash, restore."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from partnercrm.services import organizations
from partnercrm.services.changes import Changes
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.ui.commands.base import DataCommand
from partnercrm.ui.context import AppContext


@dataclass(frozen=True)
class OrganizationSnapshot:
    """Everything the organisation editor saves, as service inputs."""

    data: organizations.OrganizationInput
    addresses: tuple[AddressInput, ...] = ()
    contact_points: tuple[ContactPointInput, ...] = ()

    @staticmethod
    def of(detail: organizations.OrganizationDetail) -> OrganizationSnapshot:
        return OrganizationSnapshot(
            data=organizations.OrganizationInput(
                name=detail.name,
                short_name=detail.short_name,
                kind=detail.kind,
                parent_id=detail.parent.id if detail.parent else None,
                municipality_id=detail.municipality.id if detail.municipality else None,
                website=detail.website,
                notes=detail.notes,
                tags=detail.tags,
            ),
            addresses=detail.addresses,
            contact_points=detail.contact_points,
        )


@dataclass(frozen=True)
class _Written:
    version: int
    org_id: int

    @property
    def changes(self) -> Changes:
        return Changes.of(updated={"organization": {self.org_id}})


def _save(session: Session, org_id: int, snapshot: OrganizationSnapshot, version: int) -> _Written:
    organizations.update_organization(
        session,
        org_id,
        data=snapshot.data,
        expected_version=version,
        addresses=snapshot.addresses,
        contact_points=snapshot.contact_points,
    )
    return _Written(organizations.get_organization(session, org_id).version, org_id)


class CreateOrganizationCommand(DataCommand):
    """Create an organisation; undo moves it to the trash, redo brings it back."""

    def __init__(self, ctx: AppContext, snapshot: OrganizationSnapshot) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("Commands", "Create {name}").format(name=snapshot.data.name),
        )
        self.snapshot = snapshot
        self.org_id: int | None = None

    def _do(self) -> None:
        if self.org_id is None:
            created = self.ctx.write(
                lambda s: organizations.create_organization(
                    s,
                    data=self.snapshot.data,
                    addresses=self.snapshot.addresses,
                    contact_points=self.snapshot.contact_points,
                )
            )
            self.org_id = created.id
        else:
            org_id = self.org_id
            self.ctx.write(lambda s: organizations.restore_organizations(s, [org_id]))

    def _undo(self) -> None:
        assert self.org_id is not None
        org_id = self.org_id
        self.ctx.write(lambda s: organizations.trash_organizations(s, [org_id]))


class EditOrganizationCommand(DataCommand):
    """Save the editor's state over an organisation; undo writes the state before back."""

    def __init__(
        self,
        ctx: AppContext,
        org_id: int,
        before: OrganizationSnapshot,
        after: OrganizationSnapshot,
        expected_version: int,
    ) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Commands", "Edit {name}").format(name=after.data.name)
        )
        self.org_id = org_id
        self.before = before
        self.after = after
        self.version = expected_version

    def _write(self, snapshot: OrganizationSnapshot) -> None:
        version = self.version
        self.version = self.ctx.write(lambda s: _save(s, self.org_id, snapshot, version)).version

    def _do(self) -> None:
        self._write(self.after)

    def _undo(self) -> None:
        self._write(self.before)
