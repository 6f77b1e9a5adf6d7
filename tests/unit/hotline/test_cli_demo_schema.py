"""`station orders import|list`, the demo orders (consistent, linked), and the migration."""

from __future__ import annotations

import json
from pathlib import Path

import peewee
import pytest

from station_app.cli.main import main
from station_app.core import db
from station_app.hotline.models import CalendarDay, HotlineEvent, HotlineOrder
from tests.cli_login import logged_in
from tests.unit.hotline.test_import import first_file


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(logged_in(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station(capsys, database_url: str, tmp_path: Path) -> str:
    password = tmp_path / "pw.txt"
    password.write_text("Admin1234\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", database_url, "init", "--station-code", "152222-GLB",
                       "--station-name", "高力板派出所", "--county", "科右中旗", "--admin", "admin",
                       "--password-file", str(password))
    assert code == 0, err
    return database_url


def test_import_then_list(capsys, station: str, tmp_path: Path) -> None:
    rejects = tmp_path / "未导入.xlsx"
    code, out, err = run(capsys, "--db", station, "orders", "import", str(first_file(tmp_path)),
                         "--rejects", str(rejects))
    assert code == 0, err
    assert "新增 3 件，更新 0 件，无变化 0 件，未导入 5 行，编号冲突 0 件" in out and "第 8 行" in out
    assert rejects.exists()
    code, out, err = run(capsys, "--db", station, "orders", "import", str(first_file(tmp_path)), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["imported"], data["unchanged"], data["rejected"]) == (0, 3, 5)
    code, out, _ = run(capsys, "--db", station, "orders", "list", "--overdue", "--json")
    rows = json.loads(out)
    assert code == 0 and "XA202611200001" in {row["order_number"] for row in rows}
    assert all(row["overdue"] for row in rows) and "13912345678" not in out
    code, out, _ = run(capsys, "--db", station, "orders", "list")
    assert code == 0 and "【逾期】" in out and "139****5678" in out


def test_exit_codes(capsys, station: str, tmp_path: Path) -> None:
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run(capsys, "--db", station, "orders", "import", str(broken))
    assert code == 1 and "损坏" in err
    code, _, err = run(capsys, "--db", station, "orders", "list", "--limit", "0")
    assert code == 2
    code, _, _ = run(capsys, "--db", station, "orders", "frobnicate")
    assert code == 2


def test_demo_orders_are_consistent(admin) -> None:
    from station_app.demo.hotline import load_demo_hotline
    from station_app.hotline import attention, linking, orders
    from station_app.mediation import cases

    assert load_demo_hotline(admin, seed=3, weeks=3) >= 15
    assert load_demo_hotline(admin, seed=3, weeks=3) == 0  # the same seed adds nothing twice
    rows = orders.list_orders(admin)
    assert {row.status for row in rows} == {"received", "dispatched", "handling", "completed", "visited",
                                            "archived"}
    assert any(row.overdue for row in rows)
    assert any(item.overdue for item in attention.attention_items(admin))
    returned = [orders.get_order(admin, row.id) for row in rows if row.satisfaction == "不满意"]
    assert returned and all(item.status == "handling" and item.returned_count == 1 for item in returned)
    linked = [row for row in rows if row.case_number]
    assert len(linked) >= 2
    for row in linked:
        detail = orders.get_order(admin, row.id)
        case = cases.get_case(admin, detail.case_id)
        assert case.row.source == "12345转办" and row.order_number in case.row.summary
        assert linking.order_of_case(admin, case.id).id == row.id
    for row in rows:  # the ledger starts with the order coming in, and no step predates it
        events = orders.get_order(admin, row.id).events
        assert events[0].kind == "import" and all(event.at >= row.received_at for event in events)


@pytest.mark.parametrize("model", [HotlineOrder, HotlineEvent, CalendarDay])
def test_live_models_match_the_migrated_tables(opened, model: type[peewee.Model]) -> None:
    columns = {column.name: column for column in db.current().get_columns(model._meta.table_name)}
    assert {field.column_name for field in model._meta.sorted_fields} == set(columns)
    for field in model._meta.sorted_fields:
        assert columns[field.column_name].null == field.null, field.name
    indexes = {tuple(index.columns) for index in db.current().get_indexes(model._meta.table_name)}
    if model is HotlineOrder:
        assert ("station_id", "order_number") in indexes
