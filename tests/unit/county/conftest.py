"""A county bureau's database holding another station's records, imported from a real bundle: the
station is a SQLite database with demo data; the county is the database under test (`admin`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.startup import open_database

PASSWORD = "县局交换2026"
OTHER_CODE = "152222-DBS"


@dataclass(frozen=True)
class County:
    actor: Actor  # the county's administrator
    url: str
    other: Actor  # the other station's administrator (in its own database)


def _use(url: str) -> None:
    db.close()
    open_database(url)


def import_other_station(county: Actor, county_url: str, tmp_path: Path) -> Actor:
    """Build a bundle at a second (SQLite) station with demo data, import it at the county; the
    county's database is left open."""
    from station_app.demo.loader import load_demo
    from station_app.exchange.bundle_import import import_bundle
    from station_app.exchange.bundle_writer import build_bundle
    from station_app.station.service import initialise_station

    other_url = f"sqlite:///{(tmp_path / 'other.sqlite3').as_posix()}"
    _use(other_url)
    other = initialise_station(OTHER_CODE, "代钦塔拉派出所", "科右中旗", "代钦塔拉苏木", "admin", "包金山",
                               "Admin1234")
    load_demo(3, residents=60, cases=6, weeks=2, actor=other)
    data = build_bundle(other, PASSWORD)
    _use(county_url)
    import_bundle(county, data, PASSWORD)
    return other


@pytest.fixture
def county(admin: Actor, database_url: str, tmp_path: Path) -> County:
    """The `admin` station of the database under test acts as the county bureau."""
    return County(admin, database_url, import_other_station(admin, database_url, tmp_path))
