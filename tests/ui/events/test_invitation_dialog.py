"""The invitation dialog: roles per person, exclusions by channel, ticking and inviting."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from sqlalchemy import select

from partnercrm.model import (
    Affiliation,
    Consent,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    Organization,
    OrganizationKind,
    Participation,
    Person,
)
from partnercrm.services import events
from partnercrm.services.distribution_lists import create_list
from partnercrm.store.database import Database
from partnercrm.ui.events.invitation_dialog import InvitationDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def setup(db: Database) -> tuple[int, dict[str, int], int]:
    with db.transaction() as session:
        event_id, _ = events.create_event(
            session, data=events.EventInput(title="Fachtag", starts_at=datetime(2026, 9, 1, 9))
        )
        agentur = Organization(name="Agentur Pixel GmbH", kind=OrganizationKind.COMPANY)
        verein = Organization(name="Kulturverein e.V.", kind=OrganizationKind.ASSOCIATION)
        session.add_all([agentur, verein])
        session.flush()
        people = {}
        for last in ("Doppel", "Post", "Frei"):
            person = Person(first_name="Maria", last_name=last)
            session.add(person)
            session.flush()
            people[last] = person.id
        session.add(
            Affiliation(
                person_id=people["Doppel"],
                organization_id=agentur.id,
                function="Geschäftsführerin",
                is_primary=True,
            )
        )
        chair = Affiliation(
            person_id=people["Doppel"], organization_id=verein.id, function="Vorsitzende"
        )
        session.add(chair)
        session.add(
            Consent(
                person_id=people["Post"],
                channel=ConsentChannel.POST,
                purpose=ConsentPurpose.INVITATIONS,
                state=ConsentState.WITHDRAWN,
                given_on=date(2025, 4, 1),
            )
        )
        session.flush()
        create_list(session, name="Kultur", person_ids=list(people.values()))
    return event_id, people, chair.id


def test_invite_with_roles_and_exclusions(
    qtbot, qtmodeltester, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    event_id, people, chair = setup(db)
    dialog = InvitationDialog(db, event_id, [people["Frei"]])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    dialog.source.setCurrentIndex(1)  # the list "Kultur"
    dialog.channel.setCurrentIndex(1)  # by letter
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    assert (
        model.data(model.index(rows["Maria Post"], 2)) == "consent for post withdrawn on 2025-04-01"
    )
    assert (
        model.data(model.index(rows["Maria Post"], 0), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Unchecked
    )
    assert (
        model.data(model.index(rows["Maria Doppel"], 1)) == "Geschäftsführerin, Agentur Pixel GmbH"
    )
    assert dialog.summary.text() == "2 of 3 will be invited; 1 must not be contacted this way."
    # Choose the chair role through the combo-box editor.
    role_index = model.index(rows["Maria Doppel"], 1)
    dialog.table.edit(role_index)
    editor = dialog.table.indexWidget(role_index) or dialog.table.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(chair))
    dialog.table.commitData(editor)
    assert model.data(role_index) == "Vorsitzende, Kulturverein e.V."
    dialog.grab().save(str(tmp_path / "invite.png"))
    # By e-mail nobody is excluded.
    dialog.channel.setCurrentIndex(0)
    assert dialog.summary.text() == "3 of 3 will be invited; 0 must not be contacted this way."
    dialog.channel.setCurrentIndex(1)
    model.setData(model.index(rows["Maria Doppel"], 1), chair)
    with qtbot.waitSignal(dialog.invited) as signal:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert signal.args == [2]
    with db.session() as session:
        invited = dict(
            session.execute(
                select(Participation.person_id, Participation.org_name).where(
                    Participation.event_id == event_id
                )
            ).all()
        )
    assert invited == {people["Doppel"]: "Kulturverein e.V.", people["Frei"]: ""}


def test_participants_view_opens_the_dialog(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from partnercrm.ui.events.participants_view import ParticipantsView

    event_id, _people, _chair = setup(db)
    view = ParticipantsView(db, event_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.invite_button, Qt.MouseButton.LeftButton)
    dialog = view.invitation_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.source.setCurrentIndex(1)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert view.message.text() == "3 invited."
    assert view.model.rowCount() == 3
