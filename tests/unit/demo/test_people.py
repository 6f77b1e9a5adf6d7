"""Demo residents: deterministic, valid, and as awkward as the real ones."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from station_app.core.idnumber import validate_id_number
from station_app.demo.people import (
    COUNTY_CODES,
    HAMLETS,
    PLACES,
    generate_grids,
    generate_mobile,
    generate_people,
    generate_person,
)

MOBILE = re.compile(r"1(3[0-9]|5[0-35-9]|7[035-8]|8[0-9]|9[135-9])[0-9]{8}")


@pytest.fixture(scope="module")
def people() -> list:
    return generate_people(seed=2026, count=2000)


def test_same_seed_same_people_and_global_random_untouched() -> None:
    random.seed(5)
    state = random.getstate()
    assert generate_people(7, 300) == generate_people(7, 300)
    assert generate_people(7, 300) != generate_people(8, 300)
    assert generate_people(7, 50) == generate_people(7, 300)[:50]
    assert random.getstate() == state


def test_every_id_validates_and_agrees_with_the_person(people: list) -> None:
    for person in people:
        parsed = validate_id_number(person.id_number)
        assert parsed.number == person.id_number
        assert parsed.gender == person.gender
        assert parsed.birth_date == person.birth_date
        assert parsed.region_code in COUNTY_CODES.values()


def test_ids_and_phones_are_unique(people: list) -> None:
    assert len({p.id_number for p in people}) == len(people)
    assert len({p.phone for p in people}) == len(people)


def test_names_include_the_awkward_cases(people: list) -> None:
    names = [p.name for p in people]
    assert any("·" in name for name in names)
    assert any(ord(ch) > 0xFFFF for name in names for ch in name)
    assert "\U00020BB7" in "".join(names)
    for surname in "单仇朴查解区曾":
        assert any(name.startswith(surname) for name in names), surname
    assert any(len(name) >= 5 for name in names)  # long Mongolian names kept whole
    assert all(name and name == name.strip() and not any(ch.isspace() for ch in name) for name in names)


def test_ethnic_mix(people: list) -> None:
    counts = Counter(p.ethnicity for p in people)
    assert 0.5 < counts["汉族"] / len(people) < 0.7
    assert 0.25 < counts["蒙古族"] / len(people) < 0.45
    assert {"满族", "回族", "朝鲜族", "达斡尔族"} <= set(counts)


def test_places_and_addresses_are_consistent(people: list) -> None:
    for person in people:
        assert person.village in PLACES[person.county][person.town]
        assert person.address.startswith(person.town + person.village)
        assert person.address != person.town + person.village
        assert MOBILE.fullmatch(person.phone)
    assert any(p.address.endswith("屯") for p in people)
    assert any(re.search(r"嘎查\d组$", p.address) for p in people)


def test_place_table_holds_the_league() -> None:
    assert COUNTY_CODES == {
        "乌兰浩特市": "152201", "阿尔山市": "152202", "科右前旗": "152221",
        "科右中旗": "152222", "扎赉特旗": "152223", "突泉县": "152224",
    }
    assert set(PLACES) == set(COUNTY_CODES)
    towns = {town for county in PLACES.values() for town in county}
    assert {"高力板镇", "好力保镇", "巴彦呼舒镇", "吐列毛杜镇", "巴彦淖尔苏木"} <= towns
    villages = [v for county in PLACES.values() for town in county.values() for v in town]
    assert {"查干陶勒盖嘎查", "包德福村"} <= set(villages)
    assert len(villages) >= 30
    assert "东小德德屯" in HAMLETS["包德福村"]
    assert "查干陶勒盖嘎查" in PLACES["科右中旗"]["高力板镇"]


def test_region_code_choice() -> None:
    rng = random.Random(3)
    for _ in range(50):
        person = generate_person(rng, region_code="152222")
        assert person.id_number.startswith("152222") and person.county == "科右中旗"
    unknown = generate_person(rng, region_code="152200")
    assert unknown.id_number.startswith("152200") and unknown.county in PLACES


def test_generate_grids() -> None:
    grids = generate_grids(random.Random(1), "查干陶勒盖嘎查")
    assert grids[0] == "查干陶勒盖嘎查第1网格"
    assert grids == [f"查干陶勒盖嘎查第{i}网格" for i in range(1, len(grids) + 1)]
    assert 1 <= len(grids) <= 4
    assert 3 <= len(generate_grids(random.Random(1), "哈达社区")) <= 8
    assert generate_grids(random.Random(9), "包德福村") == generate_grids(random.Random(9), "包德福村")


def test_generate_mobile() -> None:
    rng = random.Random(4)
    assert all(MOBILE.fullmatch(generate_mobile(rng)) for _ in range(500))


def test_counts() -> None:
    assert generate_people(1, 0) == []
    with pytest.raises(ValueError):
        generate_people(1, -1)
