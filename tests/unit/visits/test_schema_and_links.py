"""The migration creates exactly the live models' columns; merging duplicate residents moves the
visits with them."""

from __future__ import annotations

import peewee
import pytest

from station_app.core import db
from station_app.residents import service
from station_app.visits import visits
from station_app.visits.models import OutreachEvent, Visit, VisitFinding, VisitResident
from tests.unit.visits.conftest import new_visit


@pytest.mark.parametrize("model", [Visit, VisitResident, VisitFinding, OutreachEvent])
def test_live_models_match_the_migrated_tables(opened, model: type[peewee.Model]) -> None:
    columns = {column.name for column in db.current().get_columns(model._meta.table_name)}
    assert {field.column_name for field in model._meta.sorted_fields} == columns
    keys = {(key.column, key.dest_table) for key in db.current().get_foreign_keys(model._meta.table_name)}
    expected = {(field.column_name, field.rel_model._meta.table_name)
                for field in model._meta.sorted_fields if isinstance(field, peewee.ForeignKeyField)}
    assert keys == expected


def test_merging_a_duplicate_resident_moves_the_visits(sqlite_place) -> None:
    place = sqlite_place
    duplicate = service.create_resident(place.actor, {"name": "张三", "phone": "13800001111"}, confirm=True)
    mine = visits.record_visit(place.actor, {"officer_id": place.officer_id},
                               [{"resident_id": duplicate.id}, {"resident_id": place.people["李四"]}],
                               [{"kind": "opinion", "description": "反映路灯", "resident_id": duplicate.id}])
    both = new_visit(place, ("张三",))
    visits.record_visit(place.actor, {"officer_id": place.officer_id},
                        [{"resident_id": duplicate.id}, {"resident_id": place.people["张三"]}])

    service.merge_residents(place.actor, place.people["张三"], duplicate.id)

    assert not VisitResident.select().where(VisitResident.resident == duplicate.id).exists()
    survivor = place.people["张三"]
    assert visits.get_visit(place.actor, mine.id).findings[0].resident_id == survivor
    assert visits.get_visit(place.actor, both.id).row.people == "张三"
    assert VisitResident.select().where(VisitResident.resident == survivor).count() == 3
