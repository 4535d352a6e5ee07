"""The cross-event view: a series' figures, chart and export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from partnercrm.model import (
    Affiliation,
    Organization,
    OrganizationKind,
    ParticipationStatus,
    Person,
)
from partnercrm.services import events, participations
from partnercrm.store.database import Database
from partnercrm.ui.events.cross_event_view import CrossEventView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def series(db: Database) -> list[int]:
    with db.transaction() as session:
        city = Organization(name="Stadt Moers", kind=OrganizationKind.MUNICIPALITY)
        session.add(city)
        session.flush()
        people = []
        for i in range(3):
            person = Person(first_name="P", last_name=str(i))
            session.add(person)
            session.flush()
            session.add(Affiliation(person_id=person.id, organization_id=city.id))
            people.append(person.id)
        session.flush()
        talks = []
        for month in (2, 3):
            event_id, _ = events.create_event(
                session,
                data=events.EventInput(
                    title=f"Mittagspause {month}",
                    starts_at=datetime(2026, month, 1, 12),
                    series="Mittagspause",
                ),
            )
            talks.append(event_id)
        events.create_event(
            session, data=events.EventInput(title="Anderes", starts_at=datetime(2026, 4, 1))
        )
        for person in people[:2]:
            participations.add_participation(
                session, event_id=talks[0], person_id=person, status=ParticipationStatus.ATTENDED
            )
        for person in people[1:]:
            participations.add_participation(
                session, event_id=talks[1], person_id=person, status=ParticipationStatus.ATTENDED
            )
    return talks


def test_series_figures_chart_and_export(
    qtbot, qtmodeltester, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    series(db)
    view = CrossEventView(db)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.year.setValue(2026)
    assert view.summary.text().startswith("3 events, 4 attendances by 3 people: 3 new, 1 returning")
    view.series.setCurrentIndex(view.series.findData("Mittagspause"))
    assert view.summary.text() == "2 events, 4 attendances by 3 people: 3 new, 1 returning."
    qtmodeltester.check(view.events_model)
    qtmodeltester.check(view.municipalities_model)
    assert view.events_model.rows == [
        ["01.02.2026", "Mittagspause 2", 2, 2, 0, 1, 1],
        ["01.03.2026", "Mittagspause 3", 2, 1, 1, 1, 1],
    ]
    assert view.municipalities_model.rows == [
        ["Stadt Moers", 2, 4, "Mittagspause 2, Mittagspause 3"]
    ]
    assert [b.values for b in view.chart.bars] == [(2, 0), (1, 1)]
    view.grab().save(str(tmp_path / "cross.png"))
    view.export(tmp_path / "reihe.xlsx")
    assert view.message.text() == "Written: reihe.xlsx"
    assert load_workbook(tmp_path / "reihe.xlsx")["Events"]["B3"].value == "Mittagspause 3"
    view.export(tmp_path / "reihe.odt")
    assert ".csv or .xlsx" in view.message.text()
    view.year.setValue(view.year.minimum())
    assert view.year.text() == "all years"
