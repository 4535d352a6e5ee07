"""The people workspace driven through its real widgets on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.ui.helpers import make_window, type_into

from partnercrm.services import people
from partnercrm.store.database import Database
from partnercrm.ui.editors.affiliation_rows import AffiliationRow
from partnercrm.ui.editors.conflict import ConflictChoice
from partnercrm.ui.settings import Settings
from partnercrm.ui.views.people_view import PeopleView
from partnercrm.ui.views.trash_view import TrashView

# The offscreen platform cannot resize windows to their size hints; it says so.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def visible_names(view: PeopleView) -> list[str]:
    model = view.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_create_find_undo_and_restore_a_person(qtbot, db: Database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, db, settings)
    window.new_person_action.trigger()
    view = window.current_view()
    assert isinstance(view, PeopleView)
    editor = view.editor

    # Create a person with a role at an organisation created on the spot.
    type_into(qtbot, editor.first_name, "Anna")
    type_into(qtbot, editor.last_name.edit, "Müller")
    qtbot.mouseClick(editor.affiliations.add_button, Qt.MouseButton.LeftButton)
    role = editor.affiliations.rows[0]
    assert isinstance(role, AffiliationRow)
    type_into(qtbot, role.organization, "Stadt Königswinter")
    assert "Municipality" in role.organization_hint.text()
    type_into(qtbot, role.function, "Engagement officer")
    qtbot.mouseClick(role.contacts.add_button, Qt.MouseButton.LeftButton)
    email = role.contacts.rows[0]
    type_into(qtbot, email.value_field.edit, "anna.mueller@koenigswinter")
    assert not editor.save_button.isEnabled()  # inline validation: not an address yet
    assert email.value_field.error.isVisibleTo(editor)
    type_into(qtbot, email.value_field.edit, ".de")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.person_id is not None
    person_id = editor.person_id
    detail = window.ctx.read(lambda s: people.get_person(s, person_id))
    assert detail.last_name == "Müller"
    assert detail.affiliations[0].organization_name == "Stadt Königswinter"
    assert detail.affiliations[0].organization_kind == "municipality"
    assert detail.affiliations[0].contact_points[0].value == "anna.mueller@koenigswinter.de"
    assert visible_names(view) == ["Anna Müller"]

    # Find her by typing the folded spelling in the search field (Ctrl+F).
    # (the completion popup of the organisation field took the activation offscreen)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filters.search.hasFocus()
    type_into(qtbot, view.filters.search, "mueller")
    qtbot.waitUntil(lambda: view.model.filter.query == "mueller")
    assert visible_names(view) == ["Anna Müller"]
    view.filters.search.clear()
    type_into(qtbot, view.filters.search, "schmidt")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.filters.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)

    # Undo the creation: she moves to the trash and out of the list.
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert view.model.rowCount() == 0
    assert window.ctx.read(lambda s: people.get_person(s, person_id)).deleted_at is not None

    # Restore her from the trash view.
    window.show_view("trash")
    trash = window.current_view()
    assert isinstance(trash, TrashView)
    assert trash.people_model.ids == [person_id]
    trash.people_table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.people_model.rowCount() == 0
    assert visible_names(view) == ["Anna Müller"]
    # ... and the restore itself is undoable.
    window.undo_action.trigger()
    assert trash.people_model.ids == [person_id]
    window.redo_action.trigger()
    assert view.model.ids == [person_id]


def test_edit_is_undoable_and_conflicts_are_not_overwritten(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings, monkeypatch
) -> None:
    with db.transaction() as s:
        person_id = people.create_person(
            s, data=people.PersonInput(first_name="Jan", last_name="Kowalski")
        ).id
    window = make_window(qtbot, db, settings)
    window.show_view("people")
    view = window.current_view()
    assert isinstance(view, PeopleView)
    view.select_record(person_id)
    editor = view.editor
    assert editor.person_id == person_id
    type_into(qtbot, editor.academic_title, "Dr.")
    assert editor.save()
    assert visible_names(view) == ["Dr. Jan Kowalski"]
    window.undo_action.trigger()
    assert visible_names(view) == ["Jan Kowalski"]
    assert editor.academic_title.text() == ""
    window.redo_action.trigger()
    assert visible_names(view) == ["Dr. Jan Kowalski"]

    # Someone else changes him while this editor has unsaved changes.
    editor.notes.setPlainText("Met at the network evening")
    with db.transaction() as s:
        current = people.get_person(s, person_id)
        people.update_person(
            s,
            person_id,
            data=people.PersonInput(first_name="Jan", last_name="Kowalski-Nowak"),
            expected_version=current.version,
        )
    from partnercrm.ui.editors import person_editor

    choices: list[str] = []

    def keep_editing(self, exc, mine):  # type: ignore[no-untyped-def]
        choices.append(exc.message)
        return False

    monkeypatch.setattr(person_editor.PersonEditor, "_resolve_conflict", keep_editing)
    assert not editor.save()
    assert choices and "changed by someone else" in choices[0]
    assert editor.notes.toPlainText() == "Met at the network evening"  # nothing typed is lost
    stored = window.ctx.read(lambda s: people.get_person(s, person_id))
    assert stored.last_name == "Kowalski-Nowak"
    assert stored.notes == ""

    # Showing theirs drops what was typed and loads the stored version.
    monkeypatch.undo()
    monkeypatch.setattr(
        person_editor, "ask_about_conflict", lambda _parent, _message: ConflictChoice.SHOW_THEIRS
    )
    assert not editor.save()
    assert editor.last_name.text() == "Kowalski-Nowak" and editor.notes.toPlainText() == ""

    # Saving mine over theirs is a choice, and an undoable one.
    with db.transaction() as s:
        current = people.get_person(s, person_id)
        people.update_person(
            s,
            person_id,
            data=people.PersonInput(first_name="Jan", last_name="Nowak"),
            expected_version=current.version,
        )
    editor.notes.setPlainText("Called back")
    monkeypatch.setattr(
        person_editor, "ask_about_conflict", lambda _parent, _message: ConflictChoice.SAVE_MINE
    )
    assert editor.save()
    stored = window.ctx.read(lambda s: people.get_person(s, person_id))
    assert (stored.last_name, stored.notes) == ("Kowalski-Nowak", "Called back")


def test_filters_by_tag_and_saves_the_selection_as_a_list(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings, monkeypatch
) -> None:
    with db.transaction() as s:
        people.create_person(
            s, data=people.PersonInput(first_name="Ada", last_name="Engel", tags=("Ehrenamt",))
        )
        people.create_person(s, data=people.PersonInput(first_name="Bo", last_name="Fuchs"))
    window = make_window(qtbot, db, settings)
    window.show_view("people")
    view = window.current_view()
    assert isinstance(view, PeopleView)
    assert view.model.rowCount() == 2
    combo = view.filters.tag
    combo.ensure_loaded()  # what opening the popup does
    combo.setCurrentIndex(combo.findText("Ehrenamt"))
    combo.activated.emit(combo.currentIndex())
    assert visible_names(view) == ["Ada Engel"]
    assert view.status_text() == "1 person(s)"  # no catalogue loaded in tests

    from PySide6.QtWidgets import QInputDialog

    from partnercrm.services import distribution_lists

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ehrenamtliche", True))
    view.filters.save_button.click()
    lists = window.ctx.read(distribution_lists.list_lists)
    assert [entry.name for entry in lists] == ["Ehrenamtliche"]
    members = window.ctx.read(lambda s: distribution_lists.list_member_ids(s, lists[0].id))
    assert len(members) == 1
