"""The timeline widget on a real database: model contract, filters, lazy pages, activation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from activity_factories import affiliate, event, organization, participation, person
from partnercrm.model import InteractionKind
from partnercrm.services import interactions
from partnercrm.services.interactions import InteractionInput
from partnercrm.services.timeline import TimelineFilter, TimelineKind
from partnercrm.store.database import Database
from partnercrm.ui.activities import timeline_view
from partnercrm.ui.activities.timeline_view import TimelineView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def anna(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        p = person(session, "Anna", "Müller")
        org = organization(session, "Stadt Bonn")
        affiliate(session, p, org, function="Referentin", since=date(2020, 1, 1))
        fachtag = event(session, "Fachtag Ehrenamt", datetime(2024, 6, 1, 10))
        participation(session, fachtag, p, org)
        ids = {"person": p.id, "org": org.id, "event": fachtag.id}
        now = datetime.now().replace(second=0, microsecond=0)
        for n in range(250):
            kind = InteractionKind.CALL if n % 2 else InteractionKind.NOTE
            ids[f"i{n}"] = interactions.log_interaction(
                session,
                data=InteractionInput(
                    kind=kind,
                    subject=f"Gespräch {n}" + (" Förderantrag" if n == 7 else ""),
                    text="Text",
                    occurred_at=now - timedelta(days=n),
                    person_ids=[p.id],
                ),
            ).interaction_id
        return ids


def test_model_contract_and_lazy_pages(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, anna: dict[str, int]
) -> None:
    view = TimelineView(db, person_id=anna["person"])
    qtbot.addWidget(view)
    model = view.model
    assert model.rowCount() == 252  # 250 interactions, one event, one role
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "Gespräch 0"
    assert model.data(model.index(0, 1)) == "Note"
    last = model.rowCount() - 1
    assert model.data(model.index(last, 1)) == "Role began"
    assert model.data(model.index(last, 4)) == "Referentin"
    event_row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "Event")
    assert model.data(model.index(event_row, 4)) == "participant, attended"
    assert model.data(model.index(event_row, 3)) == "Stadt Bonn"
    assert view.count.text() == "252 entries"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_filters_from_the_bar(qtbot: QtBot, db: Database, anna: dict[str, int]) -> None:
    view = TimelineView(db, person_id=anna["person"])
    qtbot.addWidget(view)
    view.kind.setCurrentIndex(view.kind.findData("call"))
    assert view.model.rowCount() == 125
    assert view.model.filter.kinds == frozenset({TimelineKind.CALL})
    view.kind.setCurrentIndex(view.kind.findData(TimelineKind.PARTICIPATION.value))
    assert view.model.rowCount() == 1
    view.kind.setCurrentIndex(0)
    view.period.setCurrentIndex(view.period.findData(30))
    assert view.model.rowCount() == 31  # today and the 30 days before
    view.period.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "foerder")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 2)) == "Gespräch 7 Förderantrag"
    assert view.count.text() == "1 entries"  # English source text; "1 Eintrag" comes from .ts


def test_double_click_emits_what_was_activated(
    qtbot: QtBot, db: Database, anna: dict[str, int]
) -> None:
    view = TimelineView(db, person_id=anna["person"])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    rect = view.table.visualRect(view.model.index(0, 2))
    # Qt's item views need the press-release of the first click before a double click.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.interaction_activated) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [anna["i0"]]
    view.model.set_filter(TimelineFilter(kinds=frozenset({TimelineKind.PARTICIPATION})))
    with qtbot.waitSignal(view.event_activated) as blocker:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert blocker.args == [anna["event"]]


def test_organization_timeline_reloads_after_logging(
    qtbot: QtBot, db: Database, anna: dict[str, int], qtmodeltester: ModelTester
) -> None:
    view = TimelineView(db, organization_id=anna["org"])
    qtbot.addWidget(view)
    before = view.model.rowCount()
    qtmodeltester.check(view.model)
    with db.transaction() as session:
        interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.LETTER, subject="Brief", organization_ids=[anna["org"]]
            ),
        )
    view.reload()
    assert view.model.rowCount() == before + 1
    assert view.model.data(view.model.index(0, 2)) == "Brief"
    assert timeline_view.PAGE == 100
