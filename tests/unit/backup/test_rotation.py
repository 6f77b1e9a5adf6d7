"""Rotation over a simulated year: two backups a day (start, exit), Sundays and the Spring Festival
off, the folder rotated after every backup as the app does. The kept set is listed by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from station_app.backup.files import backup_name, list_backups
from station_app.backup.rotation import Keep, choose_kept, rotate

HOLIDAY = (date(2026, 2, 14), date(2026, 2, 24))


def working_days(first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if day.isoweekday() != 7 and not HOLIDAY[0] <= day <= HOLIDAY[1]:
            days.append(day)
        day += timedelta(days=1)
    return days


def make(folder: Path, at: datetime, label: str) -> Path:
    """A backup file as the app names it (rotation only reads names: no need for a real copy)."""
    path = folder / backup_name(at, label)
    path.write_bytes(b"backup")
    return path


def simulate_year(folder: Path, keep: Keep | None) -> None:
    """Backups as the app takes them in 2026, rotating after each one (never, with keep=None)."""
    for day in working_days(date(2026, 1, 1), date(2026, 12, 31)):
        for at, label in ((datetime.combine(day, datetime.min.time()).replace(hour=8), "auto"),
                          (datetime.combine(day, datetime.min.time()).replace(hour=17, minute=30), "exit")):
            make(folder, at, label)
            if keep is not None:
                rotate(folder, keep)
        if day == date(2026, 6, 15):
            make(folder, datetime(2026, 6, 15, 10, 0), "before-upgrade-v7")
        if day == date(2026, 9, 9):
            make(folder, datetime(2026, 9, 9, 11, 0), "before-restore")


def exit_backups(*days: str) -> set[str]:
    return {backup_name(datetime.fromisoformat(f"{day} 17:30"), "exit") for day in days}


def test_a_year_of_backups_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a backup")
    (tmp_path / "station-copied-by-hand.sqlite3").write_bytes(b"not our name")
    simulate_year(tmp_path, Keep(daily=7, weekly=4, monthly=12))

    daily = exit_backups("2026-12-31", "2026-12-30", "2026-12-29", "2026-12-28",  # the 27th is a Sunday
                         "2026-12-26", "2026-12-25", "2026-12-24")
    weekly = exit_backups("2026-12-19", "2026-12-12")  # + weeks 53 and 52, already kept as daily
    monthly = exit_backups("2026-11-30", "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31",
                           "2026-06-30", "2026-05-30",  # 31 May is a Sunday
                           "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31")
    never_rotated = {backup_name(datetime(2026, 6, 15, 10, 0), "before-upgrade-v7"),
                     backup_name(datetime(2026, 9, 9, 11, 0), "before-restore"),
                     "notes.txt", "station-copied-by-hand.sqlite3"}
    assert len(daily | weekly | monthly) == 7 + 2 + 11
    assert {path.name for path in tmp_path.iterdir()} == daily | weekly | monthly | never_rotated


def test_rotating_once_at_the_end_keeps_the_same_as_after_every_backup(tmp_path: Path) -> None:
    every, once = tmp_path / "every", tmp_path / "once"
    every.mkdir()
    once.mkdir()
    simulate_year(every, Keep())
    simulate_year(once, None)
    assert len(list_backups(once)) == 2 * len(working_days(date(2026, 1, 1), date(2026, 12, 31))) + 2
    rotate(once, Keep())
    assert sorted(path.name for path in every.iterdir()) == sorted(path.name for path in once.iterdir())


def test_smaller_settings_and_a_month_off_keep_backups_by_days_that_have_one(tmp_path: Path) -> None:
    for day in working_days(date(2026, 11, 2), date(2026, 11, 28)):
        make(tmp_path, datetime.combine(day, datetime.min.time()).replace(hour=17), "exit")
    # the PC was off for December; one backup on 5 January
    newest = make(tmp_path, datetime(2027, 1, 5, 9, 0), "auto")
    kept = choose_kept(list_backups(tmp_path), Keep(daily=3, weekly=0, monthly=0))
    assert {path.name for path in kept} == {newest.name, backup_name(datetime(2026, 11, 28, 17), "exit"),
                                            backup_name(datetime(2026, 11, 27, 17), "exit")}

    removed = rotate(tmp_path, Keep(daily=1, weekly=2, monthly=0))
    left = {path.name for path in tmp_path.iterdir()}
    # week of 5 Jan 2027 and the newest earlier week that has a backup (23–28 Nov)
    assert left == {newest.name, backup_name(datetime(2026, 11, 28, 17), "exit")}
    assert len(removed) == len(working_days(date(2026, 11, 2), date(2026, 11, 28))) - 1


def test_two_backups_in_one_second_get_different_names_and_the_later_is_kept(tmp_path: Path) -> None:
    from station_app.backup.files import _free_name

    at = datetime(2026, 3, 1, 12, 0, 0)
    make(tmp_path, at, "auto")
    exit_backup = _free_name(tmp_path, at, "exit")
    assert exit_backup.name == "station-20260301-120000-exit-2.sqlite3"
    exit_backup.write_bytes(b"x")
    assert [info.name for info in list_backups(tmp_path)][0] == exit_backup.name, "newest first"
    rotate(tmp_path, Keep(daily=1, weekly=0, monthly=0))
    assert [path.name for path in tmp_path.iterdir()] == [exit_backup.name]
