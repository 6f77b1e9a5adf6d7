"""A signed bundle may only link its records to records of the same station (issue "[Wave 2 · 2
of 6]": "any record whose station is not the signer's"). A station's PC can write whatever it likes
into its own database and sign it; what it sends must not reach into another station's records —
or the county's own — through a link: a resident merged into another station's resident, placed in
another station's grid, an area hung under the county's town."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from station_app.core import db
from station_app.exchange.bundle import BundleError
from station_app.residents.areas import create_area
from station_app.residents.models import Area, Resident
from station_app.residents.service import create_resident
from tests.unit.exchange.exchange_helpers import export, new_station, receive, sqlite_url, use
from tests.unit.exchange.test_trust import enrol, pair  # noqa: F401 (fixture)


def _forge(column: str, target: uuid.UUID, record: uuid.UUID, model: type) -> None:
    """At the sending PC: point one of its own records at `target`, foreign keys off."""
    database = db.current()
    database.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        with db.transaction():
            model.update({getattr(model, column): target}).where(model.id == record).execute()
    finally:
        database.execute_sql("PRAGMA foreign_keys=ON")


@pytest.mark.parametrize("attack", ["merged_into", "grid", "parent_of_county", "parent_of_station"])
def test_a_record_cannot_link_to_another_stations_record(pair, tmp_path: Path, attack: str) -> None:  # noqa: F811
    station_url, station, county_url, county = pair
    town = create_area(station, "town", "宝力根苏木")
    grid = create_area(station, "grid", "一网格", create_area(station, "village", "嘎查", town.id).id)
    victim = create_resident(station, {"name": "白音", "phone": "13904753333", "grid_id": grid.id})
    first = export(station)
    use(county_url)
    receive(county, first)
    county_town = create_area(county, "town", "县城镇")

    evil_url = sqlite_url(tmp_path, "evil")
    evil = new_station(evil_url, "152222-EVIL", "别的所")
    enrol(evil_url, evil, county_url, county)
    use(evil_url)
    own = create_resident(evil, {"name": "假人", "phone": "13904759999"})
    area = create_area(evil, "town", "假苏木")
    if attack == "merged_into":
        _forge("merged_into", victim.id, own.id, Resident)
    elif attack == "grid":
        _forge("grid", grid.id, own.id, Resident)
    elif attack == "parent_of_county":
        _forge("parent", county_town.id, area.id, Area)
    else:
        _forge("parent", town.id, area.id, Area)
    data = export(evil)
    use(county_url)
    with pytest.raises(BundleError, match="另一单位的记录"):
        receive(county, data)
    assert not Resident.select().where(Resident.id == own.id).exists()
    assert not Area.select().where(Area.id == area.id).exists()



@pytest.mark.parametrize("kind", ["resident", "dispute_case"])
def test_an_attachment_cannot_be_hung_on_another_stations_record(pair, tmp_path: Path, kind: str) -> None:  # noqa: F811
    """An attachment names its record by kind and id, not by a foreign key: EVIL's photo named
    DBS's resident and showed among that resident's (or case's) attachments at the county."""
    from station_app.attachments.models import Attachment
    from station_app.attachments.service import attachments_of
    from station_app.mediation.models import DisputeCase

    station_url, station, county_url, county = pair
    victim = create_resident(station, {"name": "白音", "phone": "13904753333"})
    first = export(station)
    use(county_url)
    receive(county, first)
    owner = victim.id if kind == "resident" else uuid.uuid4()
    if kind == "dispute_case":  # the county's own case
        with db.transaction():
            DisputeCase.insert(id=owner, **_case_values(county.station_id)).execute()
    evil_url = sqlite_url(tmp_path, "evil")
    evil = new_station(evil_url, "152222-EVIL", "别的所")
    enrol(evil_url, evil, county_url, county)
    use(evil_url)
    with db.transaction():
        Attachment.create(station=evil.station_id, owner_kind=kind, owner_id=str(owner), sha256="a" * 64,
                          file_name="证据.jpg", size=1, purpose="现场照片", added_by="假人")
    data = export(evil)
    use(county_url)
    with pytest.raises(BundleError, match="另一单位的记录"):
        receive(county, data)
    assert attachments_of(kind, owner) == []


def _case_values(station_id: uuid.UUID) -> dict[str, object]:
    from station_app.core.clock import utcnow

    return {"station": station_id, "year": 2026, "sequence": 1, "case_number": "科右中旗公调〔2026〕1号",
            "source": "来访", "reported_at": utcnow(), "category": "邻里纠纷", "summary": "县局的案件",
            "state": "登记"}
