"""`station … list` at the county covers every station's records; `--station CODE` narrows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station_app.cli.main import main
from station_app.core import db
from tests.cli_login import logged_in
from tests.unit.county.conftest import OTHER_CODE, import_other_station

HOME_CODE = "152222-GLB"  # tests/conftest.make_station: the county's own unit here


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object, str]:
    try:
        code = main(logged_in(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    db.close()
    return code, json.loads(out) if "--json" in args and code == 0 else out, err


@pytest.fixture
def county_url(sqlite_admin, sqlite_url: str, tmp_path: Path) -> str:  # noqa: ANN001
    import_other_station(sqlite_admin, sqlite_url, tmp_path)
    db.close()
    return sqlite_url


def test_cases_list_and_show_cover_every_station(capsys, county_url: str) -> None:
    code, rows, _ = run(capsys, "--db", county_url, "cases", "list", "--json")
    assert code == 0 and rows and {row["station"] for row in rows} == {OTHER_CODE}
    code, narrowed, _ = run(capsys, "--db", county_url, "cases", "list", "--station", OTHER_CODE, "--json")
    assert narrowed == rows
    code, own, _ = run(capsys, "--db", county_url, "cases", "list", "--station", HOME_CODE, "--json")
    assert code == 0 and own == []
    code, case, _ = run(capsys, "--db", county_url, "cases", "show", rows[0]["case_number"], "--json")
    assert code == 0 and case["station"] == OTHER_CODE and case["timeline"]
    code, text, _ = run(capsys, "--db", county_url, "cases", "list")
    assert OTHER_CODE in text


def test_residents_search_finds_the_imported_residents(capsys, county_url: str) -> None:
    from station_app.core.startup import open_database
    from station_app.residents.models import Resident

    open_database(county_url)
    name = Resident.select(Resident.name).order_by(Resident.name).first().name  # the other station's
    db.close()
    code, by_name, _ = run(capsys, "--db", county_url, "residents", "search", name, "--json")
    assert code == 0 and name in [row["name"] for row in by_name]  # found without asking (was: none)
    code, found, _ = run(capsys, "--db", county_url, "residents", "search", name, "--json",
                         "--station", OTHER_CODE)
    assert found and {row["station"] for row in found} == {OTHER_CODE}
    code, none, _ = run(capsys, "--db", county_url, "residents", "search", name, "--json",
                        "--station", HOME_CODE)
    assert none == []


@pytest.mark.parametrize("command", [("patrols", "list"), ("orders", "list"), ("restitution", "list"),
                                     ("visits", "list")])
def test_the_other_ledgers_list_every_station_and_narrow(capsys, county_url: str, command) -> None:  # noqa: ANN001
    code, rows, _ = run(capsys, "--db", county_url, *command, "--json")
    assert code == 0 and rows
    code, own, _ = run(capsys, "--db", county_url, *command, "--station", HOME_CODE, "--json")
    assert code == 0 and own == []
    code, narrowed, _ = run(capsys, "--db", county_url, *command, "--station", OTHER_CODE, "--json")
    assert len(narrowed) == len(rows)


def test_an_unknown_station_code_is_named(capsys, county_url: str) -> None:
    code, _, err = run(capsys, "--db", county_url, "cases", "list", "--station", "NOPE")
    assert code == 1 and "NOPE" in err and OTHER_CODE in err
