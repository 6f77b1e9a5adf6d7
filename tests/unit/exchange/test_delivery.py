"""What reaches the county: every change exactly once, in order, deletions and merges included.

Each test is a story a county statistician lived through with the week-window bundles of the last
release (issue "[Wave 2 · 1 of 6]"): all of them lost data then.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import local_now, utcnow
from station_app.demo.loader import load_demo, load_demo_residents
from station_app.exchange.bundle import MSG_VERSION_1, PREFIX, BundleError
from station_app.exchange.bundle_import import REPLAY, GapError, RestartError
from station_app.exchange.models import ChangeEntry, ExchangePeer
from station_app.patrols import service as patrols
from station_app.residents.models import Resident
from station_app.residents.service import create_resident, merge_residents
from tests.unit.exchange.exchange_helpers import (
    export,
    new_county,
    new_station,
    receive,
    sqlite_url,
    station_rows,
    use,
)
from tests.unit.patrols.conftest import build_scene


@pytest.fixture
def urls(tmp_path: Path, database_url: str) -> tuple[str, str]:
    """(station on SQLite, county on the database under test: SQLite or PostgreSQL)."""
    return sqlite_url(tmp_path, "sending_station"), database_url


def _same_at_county(station: Actor, station_url: str, county_url: str) -> None:
    use(station_url)
    expected = station_rows(station.station_id)
    use(county_url)
    got = station_rows(station.station_id)
    for table in expected:
        assert got[table] == expected[table], table


def test_a_first_export_carries_ten_thousand_earlier_residents(urls: tuple[str, str]) -> None:
    station_url, county_url = urls
    station = new_station(station_url)
    load_demo_residents(station, 7, 10_000)  # "imported last month": long before any export
    assert Resident.select().count() >= 10_000
    data = export(station)
    county = new_county(county_url)
    summary = receive(county, data)
    assert summary.full and summary.tables["resident"].inserted == Resident.select().where(
        Resident.station == station.station_id).count() >= 10_000
    _same_at_county(station, station_url, county_url)


def test_a_skipped_week_is_refused_with_its_range_then_mended(urls: tuple[str, str]) -> None:
    station_url, county_url = urls
    station = new_station(station_url)
    load_demo(3, residents=60, cases=4, weeks=1, actor=station)
    first = export(station)
    create_resident(station, {"name": "其其格", "phone": "13904750001"})
    skipped = export(station)  # the stick of this week never reached the county
    create_resident(station, {"name": "乌日娜", "phone": "13904750002"})
    third = export(station)
    county = new_county(county_url)
    receive(county, first)
    with pytest.raises(GapError) as gap:
        receive(county, third)
    peer = ExchangePeer.get()
    assert gap.value.first_missing == peer.last_seq + 1
    assert f"第 {peer.last_seq + 1}" in gap.value.message and "请让该所重新导出" in gap.value.message
    assert f"--since {peer.last_seq + 1}" in gap.value.message
    assert Resident.select().where(Resident.name == "乌日娜").count() == 0  # nothing of it written
    receive(county, skipped)  # mended: the missing bundle after all, then the later one applies
    assert receive(county, third).outcome != REPLAY
    _same_at_county(station, station_url, county_url)


def test_a_gap_is_mended_by_exporting_again_from_the_missing_number(urls: tuple[str, str]) -> None:
    station_url, county_url = urls
    station = new_station(station_url)
    create_resident(station, {"name": "巴特尔", "phone": "13904750003"})
    first = export(station)
    create_resident(station, {"name": "萨仁", "phone": "13904750004"})
    export(station)  # lost
    create_resident(station, {"name": "其木格", "phone": "13904750005"})
    latest = export(station)
    county = new_county(county_url)
    receive(county, first)
    with pytest.raises(GapError) as gap:
        receive(county, latest)
    use(station_url)
    again = export(station, since=gap.value.first_missing)
    use(county_url)
    summary = receive(county, again)
    assert summary.outcome != REPLAY and not summary.full
    _same_at_county(station, station_url, county_url)
    assert receive(county, latest).outcome == REPLAY


def test_orders_imported_on_monday_for_last_week_reach_the_county(tmp_path: Path) -> None:
    """The week's export was made; then last week's 12345 orders arrived and were entered: the next
    bundle carries them, and the county's summary of last week equals the station's."""
    from station_app.hotline.orders import create_order
    from station_app.reports.periods import period_containing
    from station_app.reports.summary import weekly_summary

    station_url, county_url = sqlite_url(tmp_path, "station"), sqlite_url(tmp_path, "county")
    station = new_station(station_url)
    first = export(station)
    last_week = period_containing("week", (local_now() - timedelta(days=7)).date())
    received = last_week.first_day
    for number in range(3):
        create_order(station, {"order_number": f"XA2026{number:07d}", "caller_name": "白先生",
                               "caller_phone": "13912345678", "content": f"反映物业乱收费（第{number}件）。",
                               "category": "物业管理", "working_days": 5,
                               "received_at": datetime.combine(received, time(9, number))})
    station_summary = weekly_summary(station, last_week)
    second = export(station)
    county = new_county(county_url)
    receive(county, first)
    receive(county, second)
    county_summary = weekly_summary(county, last_week, [station.station_id])
    assert county_summary.section("hotline").row("received").figure.value == 3
    assert [r.figure for s in county_summary.sections for r in s.rows] == [
        r.figure for s in station_summary.sections for r in s.rows]


def test_a_patrol_edited_after_export_loses_its_removed_members_at_the_county(urls: tuple[str, str]) -> None:
    station_url, county_url = urls
    station = new_station(station_url)
    scene = build_scene(station)
    start = local_now() - timedelta(hours=6)
    patrol = patrols.log_patrol(station, {
        "team_id": scene.team.id, "kind": "routine", "started_at": start,
        "ended_at": start + timedelta(hours=2),
        "members": [m.id for m in scene.team.members], "area_ids": [scene.town, scene.village, scene.grid]})
    first = export(station)
    county = new_county(county_url)
    receive(county, first)
    use(station_url)
    patrols.update_patrol(station, patrol.id, patrol.version, {
        "team_id": scene.team.id, "kind": "routine", "started_at": start,
        "ended_at": start + timedelta(hours=2),
        "members": [scene.member("王警官")], "area_ids": [scene.village]})
    second = export(station)
    use(county_url)
    summary = receive(county, second)
    assert summary.tables["patrol_member"].deleted >= 2 and summary.tables["patrol_area"].deleted == 3
    _same_at_county(station, station_url, county_url)


def test_a_merge_after_export_arrives_as_moved_links_and_a_retired_record(urls: tuple[str, str]) -> None:
    station_url, county_url = urls
    station = new_station(station_url)
    scene = build_scene(station)
    twin = create_resident(station, {"name": "巴特尔·额尔敦", "phone": "13904829999"}, confirm=True)
    teams_member = scene.volunteers["巴特尔·额尔敦"]
    first = export(station)
    county = new_county(county_url)
    receive(county, first)
    use(station_url)
    merge_residents(station, twin.id, teams_member)
    second = export(station)
    use(county_url)
    receive(county, second)
    assert Resident.get_by_id(teams_member).merged_into_id == twin.id
    _same_at_county(station, station_url, county_url)


def test_a_replayed_old_bundle_changes_nothing_and_says_so(urls: tuple[str, str]) -> None:
    station_url, county_url = urls
    station = new_station(station_url)
    person = create_resident(station, {"name": "乌云", "phone": "13904750006"})
    old = export(station)
    resident = Resident.get_by_id(person.id)
    from station_app.residents.service import update_resident

    update_resident(station, person.id, resident.version, {**person.as_form(), "notes": "已搬到镇上"})
    new = export(station)
    county = new_county(county_url)
    receive(county, old)
    receive(county, new)
    before = station_rows(station.station_id)
    summary = receive(county, old)
    assert summary.outcome == REPLAY and summary.inserted == summary.updated == 0
    assert station_rows(station.station_id) == before
    assert Resident.get_by_id(person.id).notes == "已搬到镇上"


def test_deleting_a_recovery_travels_as_a_deletion(urls: tuple[str, str]) -> None:
    from station_app.restitution import cases, ledger

    station_url, county_url = urls
    station = new_station(station_url)
    case = cases.open_case(station, {"case_type": "电信网络诈骗", "summary": "冒充客服退款",
                                     "description": "多名群众报警。", "suspects": "包某"})
    case = ledger.add_recovery(station, case.id, case.version,
                               {"amount": "1200.00", "source": "犯罪嫌疑人退赔"})
    first = export(station)
    county = new_county(county_url)
    receive(county, first)
    use(station_url)
    recovery = case.recoveries[0]
    ledger.remove_recovery(station, case.id, case.version, recovery.id, "录错了")
    second = export(station)
    use(county_url)
    summary = receive(county, second)
    assert summary.tables["restitution_recovery"].deleted == 1
    _same_at_county(station, station_url, county_url)


def test_a_station_restored_from_backup_sends_everything_and_the_county_asks_first(tmp_path: Path) -> None:
    station_url, county_url = sqlite_url(tmp_path, "station"), sqlite_url(tmp_path, "county")
    station = new_station(station_url)
    kept = create_resident(station, {"name": "额尔敦", "phone": "13904750007"})
    first = export(station)
    from station_app.exchange.journal import renew_epoch

    lost = create_resident(station, {"name": "图雅", "phone": "13904750008"})
    second = export(station)
    # The station goes back to a backup taken before 图雅: what a restore does to the journal.
    with db.transaction():
        Resident.delete().where(Resident.id == lost.id).execute()
        ChangeEntry.delete().where(ChangeEntry.record_id == lost.id).execute()
        renew_epoch(station.station_id)
    third = export(station)
    county = new_county(county_url)
    receive(county, first)
    receive(county, second)
    with pytest.raises(RestartError):
        receive(county, third)
    assert Resident.get_or_none(Resident.id == lost.id) is not None  # nothing changed yet
    summary = receive(county, third, accept_restart=True)
    assert summary.full and summary.tables["resident"].deleted == 1
    assert Resident.get_or_none(Resident.id == lost.id) is None and Resident.get_by_id(kept.id)
    _same_at_county(station, station_url, county_url)


def test_an_incremental_bundle_before_any_full_one_is_refused(tmp_path: Path) -> None:
    station_url, county_url = sqlite_url(tmp_path, "station"), sqlite_url(tmp_path, "county")
    station = new_station(station_url)
    export(station)
    create_resident(station, {"name": "阿拉坦", "phone": "13904750009"})
    later = export(station)
    county = new_county(county_url)
    with pytest.raises(GapError, match="导出全部数据"):
        receive(county, later)


def test_an_empty_bundle_before_any_full_one_names_no_backward_range(tmp_path: Path) -> None:
    """The week's bundle after a full one, with nothing new, reaching a county that never got the
    full one: it said "这份数据包只含第 5–4 号变更"."""
    station_url, county_url = sqlite_url(tmp_path, "station"), sqlite_url(tmp_path, "county")
    station = new_station(station_url)
    create_resident(station, {"name": "阿拉坦", "phone": "13904750009"})
    export(station)
    empty = export(station)
    county = new_county(county_url)
    with pytest.raises(GapError, match="导出全部数据") as refused:
        receive(county, empty)
    assert "没有新的变更" in str(refused.value)
    assert all(int(a) <= int(b) for a, b in re.findall(r"第 (\d+)–(\d+) 号", str(refused.value)))


def test_a_version_1_bundle_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    county = new_county(sqlite_url(tmp_path, "county"))
    old = PREFIX.pack(b"PAJTBNDL", 1, 1) + b"\0" * 200
    with pytest.raises(BundleError) as refused:
        receive(county, old)
    assert refused.value.message == MSG_VERSION_1


def test_a_unique_name_moved_between_records_in_one_bundle_imports(urls: tuple[str, str]) -> None:
    """A team deleted and a new one given its name; two areas swapping names."""
    from station_app.residents import areas
    from station_app.residents.models import Area

    station_url, county_url = urls
    station = new_station(station_url)
    town = areas.create_area(station, "town", "高力板镇")
    north = areas.create_area(station, "village", "北村", town.id)
    south = areas.create_area(station, "village", "南村", town.id)
    county = new_county(county_url)
    use(station_url)
    first = export(station)
    with db.transaction():  # a swap the services do in two steps, arriving in one bundle
        Area.update(name="临时").where(Area.id == north.id).execute()
        for area, name in ((south, "北村"), (north, "南村")):
            Area.update(name=name, version=Area.version + 1, updated_at=utcnow()).where(
                Area.id == area.id).execute()
    second = export(station)
    use(county_url)
    receive(county, first)
    receive(county, second)
    assert Area.get_by_id(north.id).name == "南村" and Area.get_by_id(south.id).name == "北村"
    _same_at_county(station, station_url, county_url)


def test_a_full_export_on_demand_fills_a_new_county_server_and_the_next_week_follows(
        tmp_path: Path, urls: tuple[str, str]) -> None:
    """`station export --full` (导出到U盘 → 全部数据): everything from the start, e.g. for a new county
    server; both servers then take the next ordinary export without a gap."""
    station_url, county_url = urls
    new_server = sqlite_url(tmp_path, "new_county_server")
    station = new_station(station_url)
    create_resident(station, {"name": "乌云其木格"})
    first = export(station)
    create_resident(station, {"name": "阿拉坦仓"})
    second = export(station)
    use(station_url)
    full = export(station, full=True)
    create_resident(station, {"name": "包音德力格尔"})
    next_week = export(station)

    county = new_county(county_url)
    assert [receive(county, data).full for data in (first, second)] == [True, False]
    other = new_county(new_server)
    summary = receive(other, full)
    assert summary.full and summary.tables["resident"].inserted == 2
    for server, actor in ((county_url, county), (new_server, other)):
        use(server)
        assert receive(actor, next_week).tables["resident"].inserted == 1
        _same_at_county(station, station_url, server)
