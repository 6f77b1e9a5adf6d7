"""The lazy residents model: a consistent Qt model that reads only the blocks the view asks for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station_app.residents import search
from station_app.residents.views import views_by_ids
from ui.residents import table_model
from ui.residents.table_model import ID_ROLE, ResidentTableModel


def test_the_model_passes_qt_model_tester(qtmodeltester, registry) -> None:
    model = ResidentTableModel()
    model.set_ids(search.resident_ids(registry.actor.station_id))
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)
    model.set_ids([])
    qtmodeltester.check(model, force_py=True)


def test_rows_are_read_in_blocks_and_only_a_few_blocks_are_kept(registry, monkeypatch) -> None:
    monkeypatch.setattr(table_model, "BLOCK_SIZE", 2)
    monkeypatch.setattr(table_model, "CACHED_BLOCKS", 2)
    asked: list[list[str]] = []

    def fetch(ids):
        asked.append(list(ids))
        return views_by_ids(ids)

    model = ResidentTableModel(fetch)
    ids = search.resident_ids(registry.actor.station_id)
    model.set_ids(ids)
    assert asked == []  # nothing is read until a row is shown

    names = [model.index(row, 0).data() for row in range(5)]
    assert names == [view.name for view in views_by_ids(ids)]
    assert [len(block) for block in asked] == [2, 2, 1]
    assert model.cached_rows == 3  # blocks 1 and 2 kept, block 0 dropped

    model.index(4, 3).data()
    assert len(asked) == 3  # cached
    assert model.index(0, 0).data(ID_ROLE) == ids[0]
    assert model.row_of(ids[3]) == 3 and model.row_of("00000000-0000-0000-0000-000000000000") == -1


def test_a_row_gone_since_listing_shows_empty_instead_of_shifting(registry) -> None:
    model = ResidentTableModel()
    ids = search.resident_ids(registry.actor.station_id)
    model.set_ids([*ids[:2], "0123456789abcdef0123456789abcdef", *ids[2:]])
    assert model.index(2, 0).data() is None
    assert [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in (1, 3)] == [
        view.name for view in views_by_ids([ids[1], ids[2]])]
