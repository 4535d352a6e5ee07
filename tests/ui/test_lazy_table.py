"""The lazy id-list table model: paging, sorting in the fetcher, Qt's model contract."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from partnercrm.ui.models.lazy_table import ID_ROLE, Column, LazyTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


NAMES = {i: f"name {i:03d}" for i in range(1, 451)}


class Source:
    """Rows in a dict; counts the page fetches so laziness can be checked."""

    def __init__(self) -> None:
        self.fetched: list[list[int]] = []

    def ids(self, sort: str, descending: bool, limit: int | None = None) -> list[int]:
        assert sort == "name"
        return sorted(NAMES, reverse=descending)[:limit]

    def rows(self, ids: list[int]) -> list[Row]:
        self.fetched.append(ids)
        return [Row(i, NAMES[i]) for i in reversed(ids) if i in NAMES]


def make_model(source: Source) -> LazyTableModel[Row]:
    columns = [
        Column("name", "Name", lambda r: r.name, "name"),
        Column("id", "Number", lambda r: str(r.id)),
    ]
    model = LazyTableModel(
        columns, source.ids, source.rows, row_id=lambda r: r.id, default_sort="name", page_size=100
    )
    model.reload()
    return model


def test_rows_are_fetched_page_by_page_in_id_order(qapp: object) -> None:
    source = Source()
    model = make_model(source)
    assert model.rowCount() == 450
    assert source.fetched == []
    assert model.data(model.index(250, 0)) == "name 251"
    assert len(source.fetched) == 1 and source.fetched[0][0] == 201
    assert model.data(model.index(201, 1)) == "202"
    assert len(source.fetched) == 1
    assert model.data(model.index(3, 0), ID_ROLE) == 4


def test_sorting_asks_the_fetcher_and_keeps_the_selection(qapp: object) -> None:
    source = Source()
    model = make_model(source)
    view = QTableView()
    view.setModel(model)
    view.selectRow(0)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "name 450"
    selected = view.selectionModel().selectedRows()
    assert [model.data(i, ID_ROLE) for i in selected] == [1]
    model.sort(1)  # the number column cannot sort: nothing changes
    assert model.data(model.index(0, 0)) == "name 450"


def test_model_contract(qtmodeltester: object) -> None:
    model = make_model(Source())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_deleted_rows_show_blank_until_reload(qapp: object) -> None:
    source = Source()
    model = make_model(source)
    del NAMES[5]
    try:
        assert model.data(model.index(4, 0)) == ""
        model.reload()
        assert model.rowCount() == 449
    finally:
        NAMES[5] = "name 005"


class ProbedSource(Source):
    """Also answers the probe and records the limits asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.limits: list[int | None] = []

    def ids(self, sort: str, descending: bool, limit: int | None = None) -> list[int]:
        self.limits.append(limit)
        return super().ids(sort, descending, limit)

    def probe(self, sort: str, descending: bool, limit: int) -> tuple[int, list[int]]:
        return len(NAMES), Source.ids(self, sort, descending, limit)


def make_on_demand_model(source: ProbedSource) -> LazyTableModel[Row]:
    columns = [Column("name", "Name", lambda r: r.name, "name")]
    model = LazyTableModel(
        columns,
        source.ids,
        source.rows,
        row_id=lambda r: r.id,
        default_sort="name",
        page_size=50,
        probe=60,
        probe_ids=source.probe,
        chunk=40,
    )
    model.reload()
    return model


def test_ids_beyond_the_probe_are_fetched_up_to_the_row_needed(qapp: object) -> None:
    source = ProbedSource()
    model = make_on_demand_model(source)
    assert model.rowCount() == 450 and len(model.ids) == 60 and source.limits == []
    assert model.data(model.index(55, 0)) == "name 056"  # a page cut at the 60th id
    assert model.data(model.index(100, 0)) == "name 101"
    assert source.limits == [141]  # up to the row and the margin, not all 450
    assert model.data(model.index(99, 0)) == "name 100"  # the cut page was fetched anew
    assert model.data(model.index(59, 0)) == "name 060" and model.data(model.index(60, 0))
    assert model.data(model.index(150, 0)) == "name 151"
    assert source.limits == [141, 282]  # at least twice what was known
    assert model.data(model.index(449, 0)) == "name 450"
    assert source.limits == [141, 282, None] and model.complete
    assert model.known_row_of(5) == 4 and model.row_of(450) == 449


def test_on_demand_model_sort_fetches_only_the_first_ids(qapp: object) -> None:
    source = ProbedSource()
    model = make_on_demand_model(source)
    assert model.data(model.index(300, 0)) == "name 301"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 450 and model.data(model.index(0, 0)) == "name 450"
    assert len(model.ids) == 60  # a re-sort fetches only the first ids again


def test_on_demand_model_contract(qtmodeltester: object) -> None:
    model = make_on_demand_model(ProbedSource())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_list_changed_since_the_probe_is_fetched_whole(qapp: object) -> None:
    source = ProbedSource()
    model = make_on_demand_model(source)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    del NAMES[5]  # deleted by someone else after the first ids were fetched
    try:
        assert model.data(model.index(100, 0)) == "name 102"
        assert resets == [449] and model.complete
        assert source.limits == [141, None]
    finally:
        NAMES[5] = "name 005"
