"""Case and agreement numbers: per station and year, unique even when two PCs register at once."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest

from station_app.core import db
from station_app.core.clock import to_local
from station_app.core.errors import ValidationError
from station_app.mediation import cases
from station_app.mediation.models import DisputeCase
from station_app.settings import service as settings
from tests.unit.mediation.conftest import new_case


def test_default_formats(admin) -> None:
    first, second = new_case(admin), new_case(admin)
    year = to_local(first.row.reported_at).year  # the year at the station when it was reported
    assert first.row.case_number == f"高力板派出所纠字〔{year}〕第0001号"
    assert second.row.case_number == f"高力板派出所纠字〔{year}〕第0002号"


def test_new_year_is_new_year_in_beijing(admin, monkeypatch: pytest.MonkeyPatch) -> None:
    """31 December 16:30 UTC is already 1 January 00:30 at the station: a case registered then is the
    first of the new year; one reported before midnight (entered after it) still counts in the old."""
    monkeypatch.setattr(cases, "utcnow", lambda: datetime(2026, 12, 31, 16, 30))
    monkeypatch.setattr(cases, "local_now", lambda: datetime(2027, 1, 1, 0, 30))
    before_midnight = new_case(admin, reported_at=datetime(2026, 12, 31, 23, 50))  # Beijing time
    after_midnight = new_case(admin)  # reported now: 00:30 on New Year's Day in Beijing
    entered_late = new_case(admin, reported_at=datetime(2026, 12, 31, 8, 0))
    numbers = [case.row.case_number for case in (before_midnight, after_midnight, entered_late)]
    assert numbers == ["高力板派出所纠字〔2026〕第0001号", "高力板派出所纠字〔2027〕第0001号",
                       "高力板派出所纠字〔2026〕第0002号"]
    stored = {row.case_number: (row.year, row.sequence) for row in DisputeCase.select()}
    assert stored[numbers[1]] == (2027, 1) and stored[numbers[2]] == (2026, 2)


def test_format_is_a_setting_and_is_validated(admin) -> None:
    settings.update_settings(admin, case_number_format="GLB-{year}-{seq:05d}")
    assert new_case(admin).row.case_number.endswith("-00001")
    with pytest.raises(ValidationError) as caught:
        settings.update_settings(admin, case_number_format="没有序号{year}")
    assert "{seq}" in caught.value.errors["case_number_format"]
    with pytest.raises(ValidationError, match="无法使用"):
        settings.update_settings(admin, police_agreement_number_format="{seq}{nonsense}")


def test_two_pcs_registering_at_once_get_distinct_numbers(admin, database_url: str) -> None:
    """Two threads = two connections, like two PCs on one PostgreSQL server or one SQLite file."""
    errors: list[BaseException] = []
    per_thread = 8

    def register() -> None:
        try:
            for _ in range(per_thread):
                new_case(admin)
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=register) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    sequences = sorted(row.sequence for row in DisputeCase.select(DisputeCase.sequence))
    assert sequences == list(range(1, 2 * per_thread + 1))
    assert len({row.case_number for row in DisputeCase.select(DisputeCase.case_number)}) == 2 * per_thread


def test_find_by_number(admin) -> None:
    case = new_case(admin)
    assert cases.find_case(admin, case.row.case_number).id == case.id
