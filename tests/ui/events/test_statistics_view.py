"""The statistics view shows the report sentences, figures and charts of an event."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from partnercrm.model import (
    Affiliation,
    Organization,
    OrganizationKind,
    ParticipationRole,
    ParticipationStatus,
    Person,
)
from partnercrm.services import events, participations
from partnercrm.store.database import Database
from partnercrm.ui.events.bar_chart import Bar, BarChart
from partnercrm.ui.events.statistics_view import StatisticsView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
S = ParticipationStatus
K = OrganizationKind


def exchange(db: Database) -> int:
    with db.transaction() as session:
        event_id, _ = events.create_event(
            session,
            data=events.EventInput(title="Austauschtag", starts_at=datetime(2026, 3, 18, 10)),
        )
        orgs = {}
        for name, kind in [
            ("Stadt Köln", K.MUNICIPALITY),
            ("Kreis Lippe", K.DISTRICT),
            ("Tafel Köln e.V.", K.ASSOCIATION),
            ("Sozialbau GmbH", K.COMPANY),
        ]:
            org = Organization(name=name, kind=kind)
            session.add(org)
            session.flush()
            orgs[name] = org.id
        people = [
            ("Stadt Köln", S.ATTENDED, ParticipationRole.PARTICIPANT),
            ("Stadt Köln", S.ATTENDED, ParticipationRole.SPEAKER),
            ("Kreis Lippe", S.ATTENDED, ParticipationRole.PARTICIPANT),
            ("Tafel Köln e.V.", S.ATTENDED, ParticipationRole.MODERATOR),
            ("Sozialbau GmbH", S.NO_SHOW, ParticipationRole.PARTICIPANT),
            ("Kreis Lippe", S.DECLINED, ParticipationRole.PARTICIPANT),
        ]
        for i, (org, status, role) in enumerate(people):
            person = Person(first_name="P", last_name=str(i))
            session.add(person)
            session.flush()
            session.add(Affiliation(person_id=person.id, organization_id=orgs[org]))
            session.flush()
            participations.add_participation(
                session, event_id=event_id, person_id=person.id, status=status, role=role
            )
    return event_id


def test_statistics_view(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event_id = exchange(db)
    view = StatisticsView(db, event_id)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    assert view.sentence_de.text() == "4 Teilnehmende, davon 3 aus 2 Kommunen"
    assert view.sentence_en.text() == "4 participants, 3 of them representing 2 municipalities"
    assert view.figures.text().startswith("4 attended, 0 registered, 0 invited")
    assert "3 organisations represented, 3 people from 2 municipalities" in view.figures.text()
    assert [(b.label, b.total) for b in view.sector_chart.bars] == [
        ("Public sector", 3),
        ("Business", 0),
        ("Civil society", 1),
    ]
    assert [(b.label, b.total) for b in view.kind_chart.bars] == [
        ("Municipality", 2),
        ("District", 1),
        ("Association", 1),
    ]
    assert [(b.label, b.total) for b in view.role_chart.bars] == [
        ("participant", 2),
        ("speaker", 1),
        ("moderator", 1),
    ]
    assert view.status_chart.bars[-2:] == [Bar("attended", (4,)), Bar("no-show", (1,))]
    qtbot.mouseClick(view.copy_de, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "4 Teilnehmende, davon 3 aus 2 Kommunen"
    view.grab().save(str(tmp_path / "statistics.png"))

    # A late check-in shows after Refresh.
    with db.transaction() as session:
        person = Person(first_name="Spät", last_name="Dran")
        session.add(person)
        session.flush()
        participations.add_participation(
            session, event_id=event_id, person_id=person.id, status=S.ATTENDED
        )
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.sentence_en.text() == "5 participants, 3 of them representing 2 municipalities"


def test_bar_chart_paints_empty_and_stacked(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart("Neu und wiederkehrend")
    qtbot.addWidget(chart)
    chart.resize(400, 120)
    empty = chart.grab().toImage()
    assert not empty.isNull()
    chart.set_bars(
        [
            Bar("Januar", (3, 1)),
            Bar("Februar mit einem sehr langen Namen, der gekürzt wird", (0, 4)),
        ],
        segments=("new", "returning"),
    )
    assert chart.sizeHint().height() > 60
    assert chart.accessibleDescription() == (
        "Januar: 4; Februar mit einem sehr langen Namen, der gekürzt wird: 4"
    )
    image = chart.grab().toImage()
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert "#0072b2" in colors and "#e69f00" in colors  # both segments painted
