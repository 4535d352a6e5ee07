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

    def ids(self, sort: str, descending: bool) -> list[int]:
        assert sort == "name"
        return sorted(NAMES, reverse=descending)

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
