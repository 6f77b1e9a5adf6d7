"""The frozen migration creates exactly the live models' columns, on both databases."""

from __future__ import annotations

import peewee
import pytest

from station_app.core import db
from station_app.restitution.models import MODELS


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_live_models_match_the_migrated_tables(opened, model: type[peewee.Model]) -> None:
    columns = {column.name: column for column in db.current().get_columns(model._meta.table_name)}
    assert {field.column_name for field in model._meta.sorted_fields} == set(columns)
    for field in model._meta.sorted_fields:
        assert columns[field.column_name].null == field.null, field.name


def test_amounts_hold_more_than_32_bits(opened) -> None:
    """1 亿元 is 10^10 fen: BIGINT on both databases."""
    for model, name in ((MODELS[1], "amount_lost"), (MODELS[2], "amount"), (MODELS[4], "amount")):
        column = next(c for c in db.current().get_columns(model._meta.table_name) if c.name == name)
        assert column.data_type.lower() in ("bigint", "integer"), column  # SQLite INTEGER is 64-bit
