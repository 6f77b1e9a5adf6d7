"""Case and agreement numbers: per station and year, unique even when two PCs register at once."""

from __future__ import annotations

import threading

import pytest

from station_app.core import db
from station_app.core.errors import ValidationError
from station_app.mediation import cases
from station_app.mediation.models import DisputeCase
from station_app.settings import service as settings
from tests.unit.mediation.conftest import new_case


def test_default_formats(admin) -> None:
    first, second = new_case(admin), new_case(admin)
    assert first.row.case_number.endswith("〔2026〕第0001号") or "第0001号" in first.row.case_number
    assert second.row.case_number.replace("0002", "0001") == first.row.case_number
    assert first.row.case_number.startswith("高力板派出所纠字〔")


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
