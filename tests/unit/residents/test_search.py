"""Search as you type: Chinese substring, pinyin, initials, ID suffix, phone suffix, by area."""

import pytest

from station_app.residents import areas, search, service
from station_app.residents.views import views_by_ids


@pytest.fixture
def people(admin):
    town = areas.create_area(admin, "town", "高力板镇")
    village = areas.create_area(admin, "village", "查干陶勒盖嘎查", town.id)
    grid_one = areas.create_area(admin, "grid", "第1网格", village.id)
    grid_two = areas.create_area(admin, "grid", "第2网格", village.id)
    rows = [
        ("包音德力格尔", "152222199001011233", "13912345678", grid_one.id),
        ("张三", "11010519491231002X", "13800001111", grid_one.id),
        ("单田芳", "440524188001010014", "", grid_two.id),
        ("巴特尔·额尔敦", "", "0482-7654321", grid_two.id),
        ("张三丰", "", "", None),
        ("50%_折扣", "", "", None),
    ]
    for name, id_number, phone, grid_id in rows:
        service.create_resident(
            admin, {"name": name, "id_number": id_number, "phone": phone, "grid_id": grid_id}
        )
    return {"town": town, "grid_one": grid_one, "grid_two": grid_two, "station": admin.station_id}


def names(people, query: str, area=None) -> list[str]:
    return [view.name for view in search.search_residents(people["station"], query, area_id=area)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("德力格", ["包音德力格尔"]),  # Chinese substring
        ("张三", ["张三", "张三丰"]),  # shortest first
        ("张", ["张三", "张三丰"]),  # one character: FTS trigram would miss this
        ("delige", ["包音德力格尔"]),  # full pinyin inside a long Mongolian name
        ("DeLiGe", ["包音德力格尔"]),
        ("bydlge", ["包音德力格尔"]),  # initials
        ("zs", ["张三", "张三丰"]),  # initials are matched anywhere: zsf contains zs
        ("shantianfang", ["单田芳"]),  # the surname reading, not pypinyin's default dan
        ("dantianfang", ["单田芳"]),
        ("1233", ["包音德力格尔"]),  # ID suffix
        ("002x", ["张三"]),  # lower-case x
        ("００１４", ["单田芳"]),  # full-width digits
        ("5678", ["包音德力格尔"]),  # phone suffix
        ("7654321", ["巴特尔·额尔敦"]),
        ("巴特尔·额尔", ["巴特尔·额尔敦"]),
        ("50%", ["50%_折扣"]),  # LIKE wildcards are literal
        ("_折", ["50%_折扣"]),
        ("无此人", []),
    ],
)
def test_query_kinds(people, query: str, expected: list[str]) -> None:
    assert names(people, query) == expected


def test_parse_query_kinds() -> None:
    assert search.parse_query("  ").kind == "all"
    assert search.parse_query("1234").kind == "digits"
    assert search.parse_query("zhang san").text == "zhangsan"
    assert search.parse_query("张s").kind == "chinese"


def test_area_filters_and_the_id_list(people) -> None:
    assert names(people, "", people["grid_two"].id) == ["单田芳", "巴特尔·额尔敦"]
    assert set(names(people, "", people["town"].id)) == {"包音德力格尔", "张三", "单田芳", "巴特尔·额尔敦"}
    ids = search.resident_ids(people["station"], "张")
    assert len(ids) == 2 and all(isinstance(value, str) for value in ids)
    assert search.count_residents(people["station"]) == 6
    assert search.count_residents(people["station"], people["grid_one"].id) == 2


def test_merged_records_disappear_from_search(admin, people) -> None:
    first, second = search.search_residents(people["station"], "张三")
    service.merge_residents(admin, first.id, second.id)
    assert names(people, "张三") == ["张三"]


def test_lists_sort_by_pinyin_and_search_puts_short_names_first(people) -> None:
    listed = [view.name for view in views_by_ids(search.resident_ids(people["station"]))]
    assert listed == ["50%_折扣", "巴特尔·额尔敦", "包音德力格尔", "单田芳", "张三", "张三丰"]
    assert names(people, "")[:2] == ["张三", "单田芳"]  # two characters, then by pinyin
