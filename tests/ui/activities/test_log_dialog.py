"""The log dialog as a user drives it: pre-filled contact, typing, completion, follow-up."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from activity_factories import organization, person
from partnercrm.model import InteractionKind
from partnercrm.services import interactions
from partnercrm.store.database import Database
from partnercrm.ui.activities.log_dialog import LogInteractionDialog

# The offscreen platform warns about window features it lacks (resizing a shown
# window, raising the completion popup, grabbing the keyboard); nothing of ours.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


def _setup(db: Database) -> tuple[int, int, int]:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller")
        ben = person(session, "Ben", "Mühlberg")
        org = organization(session, "Stadt Bonn")
        return anna.id, ben.id, org.id


def test_log_a_call_with_follow_up(qtbot: QtBot, db: Database) -> None:
    anna, _ben, org = _setup(db)
    dialog = LogInteractionDialog(db, person_ids=[anna], organization_ids=[org])
    qtbot.addWidget(dialog)
    assert [dialog.parties.item(i).text() for i in range(dialog.parties.count())] == [
        "Anna Müller",
        "Stadt Bonn (organisation)",
    ]
    assert abs((dialog.input().occurred_at or datetime.min) - datetime.now()).total_seconds() < 120
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    qtbot.keyClicks(dialog.subject, "Kooperation Ehrenamtstag")
    qtbot.keyClicks(dialog.text, "Sie ist dabei.")
    dialog.set_when(date(2026, 3, 2), 10, 15)
    dialog.set_followup(date(2026, 3, 16), "Vertrag schicken", "carla")
    with qtbot.waitSignal(dialog.interaction_logged) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    interaction_id, changes = blocker.args
    assert changes.created == {"interaction": frozenset({interaction_id})}
    with db.session() as session:
        detail = interactions.get_interaction(session, interaction_id=interaction_id)
    assert detail.kind is InteractionKind.MEETING
    assert detail.subject == "Kooperation Ehrenamtstag"
    assert detail.text == "Sie ist dabei."
    assert detail.occurred_at == datetime(2026, 3, 2, 10, 15)
    assert [p.id for p in detail.people] == [anna]
    assert [o.id for o in detail.organizations] == [org]
    assert (detail.followup_due, detail.followup_note, detail.followup_owner) == (
        date(2026, 3, 16),
        "Vertrag schicken",
        "carla",
    )
    assert not dialog.isVisible()


def test_missing_subject_is_shown_and_nothing_is_saved(qtbot: QtBot, db: Database) -> None:
    anna, _ben, _org = _setup(db)
    dialog = LogInteractionDialog(db, person_ids=[anna])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.assertNotEmitted(dialog.interaction_logged):
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.isVisible()
    assert "subject" in dialog.error.text()
    assert dialog.isVisible()


def test_people_are_added_by_completion_and_removed_with_delete(qtbot: QtBot, db: Database) -> None:
    anna, ben, _org = _setup(db)
    dialog = LogInteractionDialog(db, person_ids=[anna])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.add_party, "muehlb")  # QTest types ASCII only
    completer = dialog.add_party.completer()
    qtbot.waitUntil(lambda: completer.completionModel().rowCount() > 0)
    popup = completer.popup()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.parties.count() == 2)
    assert dialog.party_ids() == ([anna, ben], [])
    qtbot.waitUntil(lambda: dialog.add_party.text() == "")
    dialog.parties.setCurrentRow(0)
    dialog.parties.item(0).setSelected(True)
    dialog.parties.setFocus()
    qtbot.keyClick(dialog.parties, Qt.Key.Key_Delete)
    assert dialog.party_ids() == ([ben], [])


def test_ctrl_l_opens_the_dialog_with_the_current_contact(qtbot: QtBot, db: Database) -> None:
    from PySide6.QtWidgets import QMainWindow

    from partnercrm.ui.activities.log_shortcut import CurrentContact, LogShortcut

    anna, _ben, org = _setup(db)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut = LogShortcut(db, window, lambda: CurrentContact((anna,), (org,)))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shortcut.dialog is not None and shortcut.dialog.isVisible())
    dialog = shortcut.dialog
    assert dialog is not None
    assert dialog.party_ids() == ([anna], [org])
    qtbot.keyClicks(dialog.subject, "Kurz notiert")
    with qtbot.waitSignal(shortcut.interaction_logged):
        dialog.save()
