"""The people list model over more people than its first probe: sorted by what it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.ui.helpers import make_window

from partnercrm.services import people
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput
from partnercrm.store.database import Database
from partnercrm.store.text_folding import sort_key
from partnercrm.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CITIES = ["Köln", "Aachen", "Zülpich", "Bonn", "Düren", ""]


def test_sorting_90_people_by_organisation_and_city(  # type: ignore[no-untyped-def]
    qtmodeltester, db: Database, settings: Settings, qtbot
) -> None:
    with db.transaction() as s:
        for i in range(90):
            city = CITIES[i % len(CITIES)]
            people.create_person(
                s,
                data=people.PersonInput(first_name=f"P{i:03d}", last_name=f"Meyer {i % 7}"),
                addresses=(AddressInput(city=city),) if city else (),
                affiliations=(
                    (AffiliationInput(organization_name=f"Verein {i % 9} e.V."),) if i % 10 else ()
                ),
            )
    window = make_window(qtbot, db, settings)
    view = window.view("people")
    model = view.model  # type: ignore[attr-defined]
    header = view.table.horizontalHeader()  # type: ignore[attr-defined]
    for column, key in ((1, "organization"), (3, "city")):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(column, order)
            assert model.rowCount() == 90
            assert len(model.ids) < 90  # only the first ids so far
            shown = [getattr(model.row(r), key) for r in range(90)]
            keys = [sort_key(value) or "\U0010ffff" for value in shown]
            expected = sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
            assert keys == expected, (key, order)
            assert model.complete and sorted(model.ids) == sorted(set(model.ids))
    qtmodeltester.check(model)
