"""The organisations workspace: create with inferred kind, its people, undo, the models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.ui.helpers import make_window, type_into

from partnercrm.model.enums import OrganizationKind
from partnercrm.services import organizations, people
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.store.database import Database
from partnercrm.ui.settings import Settings
from partnercrm.ui.views.organizations_view import OrganizationsView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_create_organisation_with_kind_from_name_and_undo(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings
) -> None:
    window = make_window(qtbot, db, settings)
    window.new_organization_action.trigger()
    view = window.current_view()
    assert isinstance(view, OrganizationsView)
    editor = view.editor
    type_into(qtbot, editor.name.edit, "Bürgerstiftung Bonn")
    assert "Foundation" in editor.kind_hint.text()
    type_into(qtbot, editor.website.edit, "not a site")
    assert not editor.save_button.isEnabled()
    editor.website.edit.clear()
    type_into(qtbot, editor.website.edit, "buergerstiftung-bonn.de")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    org_id = editor.org_id
    assert org_id is not None
    detail = window.ctx.read(lambda s: organizations.get_organization(s, org_id))
    assert detail.kind is OrganizationKind.FOUNDATION
    assert detail.website == "https://buergerstiftung-bonn.de"
    assert view.model.ids == [org_id]
    window.undo_action.trigger()
    assert view.model.ids == []
    window.redo_action.trigger()
    assert view.model.ids == [org_id]


def test_organisation_page_lists_its_people(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings
) -> None:
    with db.transaction() as s:
        org_id = organizations.create_organization(
            s, data=organizations.OrganizationInput(name="Stadt Bonn")
        ).id
        people.create_person(
            s,
            data=people.PersonInput(first_name="Eva", last_name="Schulz"),
            affiliations=(AffiliationInput(organization_id=org_id, function="Bürgermeisterin"),),
        )
    window = make_window(qtbot, db, settings)
    window.open_record("organization", org_id)
    view = window.current_view()
    assert isinstance(view, OrganizationsView)
    assert view.editor.org_id == org_id
    assert view.editor.current_people.item(0).text() == "Eva Schulz — Bürgermeisterin"
    opened: list[tuple[str, int]] = []
    view.open_requested.connect(lambda entity, i: opened.append((entity, i)))
    view.editor.current_people.itemActivated.emit(view.editor.current_people.item(0))
    assert opened and opened[0][0] == "person"


def test_models_pass_qt_model_tester(
    qtmodeltester, db: Database, settings: Settings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        for i in range(30):
            people.create_person(
                s,
                data=people.PersonInput(first_name=f"P{i}", last_name="Meyer"),
                affiliations=(AffiliationInput(organization_name=f"Verein {i % 4} e.V."),),
            )
    window = make_window(qtbot, db, settings)
    people_view = window.view("people")
    organizations_view = window.view("organizations")
    trash_view = window.view("trash")
    lists_view = window.view("lists")
    for model in (
        people_view.model,  # type: ignore[attr-defined]
        organizations_view.model,  # type: ignore[attr-defined]
        trash_view.people_model,  # type: ignore[attr-defined]
        trash_view.org_model,  # type: ignore[attr-defined]
        lists_view.members_model,  # type: ignore[attr-defined]
    ):
        qtmodeltester.check(model)
