"""The search index answers exactly what a scan of the resident table answers.

Thousands of generated names (Han, long Mongolian, dotted, heteronym surnames, ü, 𠮷, Latin) and
random queries of every kind; the index (ranked_ids, resident_ids) must equal the scan (scan_ids)
row for row, on SQLite and PostgreSQL, after bulk inserts and the county import's bulk updates,
merges, renames and deletes — the triggers keep it right whoever writes.
"""

from __future__ import annotations

import random
import uuid

import pytest

from station_app.core import db
from station_app.demo.people import generate_name, generate_person
from station_app.residents import search, service
from station_app.residents.bulk import insert_residents, stored_values
from station_app.residents.fields import check_fields
from station_app.residents.models import Resident
from station_app.residents.pinyin import name_search_keys

SPECIAL = ["曾长江", "单长林", "仇重阳", "解长春", "区长明", "吕布", "女娲", "绿萝", "周𠮷祥", "𠮷",
           "Anna Lee", "巴特尔·额尔敦", "乌云毕力格朝鲁门敖其尔", "50%_折扣", "张 三", "ABC张"]


def _people(rng: random.Random, count: int) -> list[dict[str, object]]:
    rows = []
    for index in range(count):
        person = generate_person(rng)
        name = SPECIAL[index] if index < len(SPECIAL) else (
            generate_name(rng, rng.choice("男女"), rng.choice(["汉族", "汉族", "蒙古族", "满族", "回族"])))
        fields, problems = check_fields({"name": name, "id_number": person.id_number, "phone": person.phone})
        assert not problems
        rows.append(fields)
    return rows


def _queries(rng: random.Random, names: list[str], count: int) -> list[str]:
    queries = ["", "zs", "l", "lv", "lu", "lyu", "nv", "nu", "zcj", "zengchangjiang", "shanchanglin",
               "qiuchongyang", "xiechangchun", "ocm", "𠮷", "张", "anna", "_折", "50%", "\\", "ngsan", "x"]
    digits = Resident.select(Resident.id_number, Resident.phone).tuples()
    suffixes = [value[-rng.randint(3, 8):] for pair in digits for value in pair if value]
    while len(queries) < count:
        name = rng.choice(names)
        roll = rng.random()
        if roll < 0.3:
            size = rng.choice((1, 1, 2, 2, 3))
            start = rng.randrange(max(1, len(name) - size + 1))
            queries.append(name[start:start + size])
        elif roll < 0.7:
            elements = name_search_keys(name).split("|")[1:-1] or ["a"]
            element = rng.choice(elements)
            queries.append(element[: rng.randint(1, len(element))])
        elif roll < 0.8:
            queries.append("".join(rng.choice("abcdeghijklmnopqrstuwxyz") for _ in range(rng.randint(1, 3))))
        else:
            queries.append(rng.choice(suffixes))
    return queries


def _assert_agrees(station_id: uuid.UUID, queries: list[str]) -> None:
    for query in queries:
        for limit in (12, 50):
            assert search.ranked_ids(station_id, query, limit) == search.scan_ids(station_id, query, limit), \
                (query, limit)
        listed = search.resident_ids(station_id, query)
        assert listed == search.scan_ids(station_id, query, ranked=False), query


def _index_rows() -> list[tuple]:
    return sorted(db.current().execute_sql(
        "SELECT t.term, t.station_num, t.name_len, t.sort_key, d.resident_id, t.token "
        "FROM resident_search_term t JOIN resident_search_doc d ON d.num = t.doc").fetchall(), key=repr)


def _assert_same_as_rebuilt() -> None:
    from station_app.core.migrations.m0010_search_index import build_index

    kept = _index_rows()
    database = db.current()
    with db.transaction():
        database.execute_sql("DELETE FROM resident_search_term")
        database.execute_sql("DELETE FROM resident_search_doc")
        build_index(database)
        rebuilt = _index_rows()
    assert kept == rebuilt


@pytest.mark.parametrize(("cap", "walk"), [(search.RANGE_CAP, search.WALK), (4, 6), (4, 4000)])
def test_index_equals_the_scan(admin, monkeypatch, cap: int, walk: int) -> None:
    """cap 4: long queries try the walk first; walk 6: it falls short, the range decides."""
    monkeypatch.setattr(search, "RANGE_CAP", cap)
    monkeypatch.setattr(search, "WALK", walk)
    rng = random.Random(15)
    station_id = admin.station_id
    with db.transaction():
        insert_residents(stored_values(station_id, fields) for fields in _people(rng, 2000))
    names = [row[0] for row in Resident.select(Resident.name).tuples()]
    _assert_agrees(station_id, _queries(rng, names, 500))
    _assert_same_as_rebuilt()


def test_county_import_writes_keep_the_index_right(admin) -> None:
    """Bulk insert_many and Model.update of every column, as the bundle import does; merges,
    renames, deletes, and another station's rows in the same database."""
    rng = random.Random(16)
    station_id = admin.station_id
    other = uuid.uuid4()
    from station_app.core.models import Station

    Station.create(id=other, code="152222-HLB", name="好力保派出所", county="扎赉特旗")
    people = _people(rng, 400)
    with db.transaction():
        Resident.insert_many([stored_values(station_id, fields) for fields in people[:200]]).execute()
        Resident.insert_many([stored_values(other, fields) for fields in people[200:]]).execute()
    rows = list(Resident.select().where(Resident.station == station_id).limit(60))
    for row in rows[:30]:  # the county's update: every exported column, changed or not
        name = rng.choice(people).name + "新"
        values = {field: getattr(row, field.name) for field in Resident._meta.sorted_fields
                  if field.name != "id"}
        values.update({Resident.name: name, Resident.name_keys: name_search_keys(name),
                       Resident.station: other if rng.random() < 0.2 else station_id})
        Resident.update(values).where(Resident.id == row.id).execute()
    Resident.update(notes="改了备注").where(Resident.id.in_([row.id for row in rows[30:40]])).execute()
    service.merge_residents(admin, rows[40].id, rows[41].id)
    Resident.update(merged_into=None).where(Resident.id == rows[41].id).execute()  # un-merged
    Resident.update(merged_into=rows[43].id).where(Resident.id == rows[44].id).execute()
    Resident.delete().where(Resident.id.in_([rows[50].id, rows[51].id])).execute()
    names = [row[0] for row in Resident.select(Resident.name).tuples()]
    queries = _queries(rng, names, 250)
    _assert_agrees(station_id, queries)
    _assert_agrees(other, queries[:60])
    _assert_same_as_rebuilt()


def test_the_first_write_of_a_process_reads_pinyin_before_its_transaction(admin, monkeypatch) -> None:
    from station_app.residents import pinyin

    seen: list[bool] = []
    real = pinyin._char_readings.__wrapped__

    def spy(char: str) -> tuple[str, ...]:
        seen.append(db.current().in_transaction())
        return real(char)

    pinyin._char_readings.cache_clear()
    pinyin.name_search_keys.cache_clear()
    monkeypatch.setattr(pinyin, "_char_readings", spy)
    service.create_resident(admin, {"name": "鲍鳞"})
    assert seen and not any(seen)


def test_deferred_indexing_of_a_bulk_insert(admin) -> None:
    """What the county's import may wrap around its insert_many: rows indexed together at the end,
    rows changed inside the block included, nothing left held back afterwards."""
    from station_app.residents.search_index import deferred_indexing

    rng = random.Random(17)
    station_id = admin.station_id
    rows = [stored_values(station_id, fields) for fields in _people(rng, 300)]
    with db.transaction(), deferred_indexing():
        Resident.insert_many(rows[:200]).execute()
        with deferred_indexing():  # nested: the outer block indexes
            Resident.insert_many(rows[200:]).execute()
        Resident.update(name="改名", name_keys=name_search_keys("改名")).where(
            Resident.id == rows[0]["id"]).execute()
        Resident.update(merged_into=rows[2]["id"]).where(Resident.id == rows[1]["id"]).execute()
    assert [view.name for view in search.search_residents(station_id, "gaiming")] == ["改名"]
    names = [row[0] for row in Resident.select(Resident.name).tuples()]
    _assert_agrees(station_id, _queries(rng, names, 120))
    _assert_same_as_rebuilt()
    if db.is_sqlite():
        left = db.current().execute_sql(
            "SELECT (SELECT count(*) FROM resident_search_deferred), "
            "(SELECT count(*) FROM resident_search_pending)").fetchone()
        assert left == (0, 0)


def test_a_county_search_over_stations_keeps_pinyin_order(admin) -> None:
    """Each station's best matches merged as one station orders them: shortest name first, then by
    pinyin — 阿 (a) before 曾 (zeng), although 曾's character code is the smaller."""
    from station_app.core.models import Station

    other = uuid.uuid4()
    Station.create(id=other, code="152222-HLB", name="好力保派出所", county="扎赉特旗")
    rows = []
    for station, name in [(admin.station_id, "曾一"), (other, "阿一"), (admin.station_id, "一")]:
        fields, problems = check_fields({"name": name})
        assert not problems
        rows.append(stored_values(station, fields))
    with db.transaction():
        insert_residents(rows)
    found = search.search_residents(admin.station_id, "一", stations=[admin.station_id, other])
    assert [view.name for view in found] == ["一", "阿一", "曾一"]
