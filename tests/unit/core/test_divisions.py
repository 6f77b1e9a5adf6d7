"""GB/T 2260 region codes: a warning for codes no revision ever had, never a refusal."""

from __future__ import annotations

from datetime import date

from station_app.core.divisions import known_codes, region_warning
from station_app.core.idnumber import make_id_number
from station_app.residents.fields import check_fields


def test_codes_of_every_revision_count_historical_ones_too() -> None:
    codes = known_codes()
    assert {"152222", "152201", "110105", "440524"} <= codes
    assert "110103" in codes  # 崇文区, merged into 东城区 in 2010: old ID numbers still carry it
    assert "152200" in codes and "150000" in codes
    assert region_warning("152222199001011233") is None
    assert region_warning("110103195001011234") is None


def test_an_unknown_code_is_a_warning_and_the_fields_are_kept() -> None:
    number = make_id_number("999901", date(1990, 1, 1), 123)
    fields, problems = check_fields({"name": "张三", "id_number": number})
    assert problems == {} and fields.id_number == number
    assert "999901" in fields.warnings["id_number"] and "GB/T 2260" in fields.warnings["id_number"]
    fields, _ = check_fields({"name": "张三", "id_number": "152222199001011233"})
    assert fields.warnings == {}
