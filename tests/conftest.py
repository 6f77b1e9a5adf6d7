"""Shared fixtures: a fresh data directory and a fresh database per test, on SQLite and PostgreSQL.

PostgreSQL tests use the server named by STATION_TEST_PG_URL (`.ci/run` starts one). Without it
they skip on a developer's machine and FAIL in CI (CI is set), so CI never passes by skipping.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from station_app.core import db, paths, vault
from station_app.core.actor import Actor

PG_URL = os.environ.get("STATION_TEST_PG_URL", "")
ADMIN_PASSWORD = "Admin1234"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    paths.set_data_dir(folder)
    yield folder
    db.close()
    vault.forget()
    paths.set_data_dir(None)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(folder)):
            root.removeHandler(handler)
            handler.close()


def reset_postgres(url: str) -> None:
    """Empty the test server's schema so every test starts from nothing."""
    from playhouse.db_url import parse

    options = parse(url)
    name = options.pop("database")
    database = peewee.PostgresqlDatabase(name, **options)
    database.connect()
    database.execute_sql("DROP SCHEMA public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    database.close()


def require_postgres() -> str:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: STATION_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server: set STATION_TEST_PG_URL to run these tests")
    return PG_URL


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'station.sqlite3').as_posix()}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    """Each test using this runs twice: on a SQLite file and on the PostgreSQL server."""
    if request.param == "sqlite":
        return sqlite_url
    url = require_postgres()
    reset_postgres(url)
    return url


@pytest.fixture
def opened(database_url: str):
    from station_app.core.startup import open_database

    return open_database(database_url)


@pytest.fixture
def opened_sqlite(sqlite_url: str):
    from station_app.core.startup import open_database

    return open_database(sqlite_url)


def make_station() -> Actor:
    from station_app.station.service import initialise_station

    return initialise_station("152222-GLB", "高力板派出所", "科右中旗", "高力板镇",
                              "admin", "崔鑫龙", ADMIN_PASSWORD)


@pytest.fixture
def admin(opened) -> Actor:
    """The first administrator of a freshly initialised station (on both databases)."""
    return make_station()


@pytest.fixture
def sqlite_admin(opened_sqlite) -> Actor:
    return make_station()
