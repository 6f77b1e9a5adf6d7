"""An enrolled station's bundles speak for the station whose fingerprint the county compared: the
station's code is the one enrolled, and its name does not take another unit's (issue "[Wave 2 · 2
of 6]": a bundle from station A re-signed or renamed as B)."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.core import db
from station_app.core.models import Station
from station_app.exchange.bundle import BundleError
from station_app.exchange.enrolment import enrolment_file_bytes, import_enrolment
from station_app.residents.service import create_resident
from tests.unit.exchange.exchange_helpers import export, new_county, new_station, receive, sqlite_url, use
from tests.unit.exchange.test_trust import enrol, pair  # noqa: F401 (fixture)


def _rename(station_id, **names: str) -> None:  # noqa: ANN001
    with db.transaction():
        Station.update(**names).where(Station.id == station_id).execute()


def test_a_bundle_cannot_change_the_code_its_station_enrolled_with(pair, tmp_path: Path) -> None:  # noqa: F811
    station_url, station, county_url, county = pair
    create_resident(station, {"name": "白音", "phone": "13904753333"})
    _rename(station.station_id, code="152222-GLB", name="高力板派出所")
    data = export(station)
    use(county_url)
    with pytest.raises(BundleError, match="152222-GLB.*152222-DBS"):
        receive(county, data)
    assert Station.get_by_id(station.station_id).code == "152222-DBS"
    glb_url = sqlite_url(tmp_path, "glb")  # the real 高力板派出所 can still enrol
    glb = new_station(glb_url, "152222-GLB", "高力板派出所")
    _, glb_file = enrolment_file_bytes(glb)
    use(county_url)
    import_enrolment(county, glb_file)


@pytest.mark.parametrize("taken", ["科右中旗公安局", "高力板派出所"])
def test_a_bundle_cannot_take_another_units_name(pair, tmp_path: Path, taken: str) -> None:  # noqa: F811
    station_url, station, county_url, county = pair
    glb_url = sqlite_url(tmp_path, "glb")
    glb = new_station(glb_url, "152222-GLB", "高力板派出所")
    enrol(glb_url, glb, county_url, county)
    use(station_url)
    _rename(station.station_id, name=taken)
    data = export(station)
    use(county_url)
    with pytest.raises(BundleError, match=taken):
        receive(county, data)
    assert Station.get_by_id(station.station_id).name == "代钦塔拉派出所"


def test_a_station_renamed_at_home_is_renamed_at_the_county(pair) -> None:  # noqa: F811
    station_url, station, county_url, county = pair
    _rename(station.station_id, name="代钦塔拉边境派出所")
    data = export(station)
    use(county_url)
    receive(county, data)
    assert Station.get_by_id(station.station_id).name == "代钦塔拉边境派出所"


@pytest.mark.parametrize("names", [{"code": "../../XJ"}, {"name": "甲所\n152222-GLB 高力板派出所"}])
def test_an_enrolment_file_naming_a_station_as_none_can_be_is_refused(pair, tmp_path: Path,  # noqa: F811
                                                                       names: dict) -> None:
    from station_app.exchange.enrolment import EnrolmentError

    station_url, station, county_url, county = pair
    other_url = sqlite_url(tmp_path, "other")
    other = new_station(other_url, "152222-NEW", "新所")
    _rename(other.station_id, **names)
    _, data = enrolment_file_bytes(other)  # signed by the station's own key, as it claims
    use(county_url)
    with pytest.raises(EnrolmentError, match="单位代码或名称"):
        import_enrolment(county, data)
    assert Station.get_or_none(Station.id == other.station_id) is None


def test_a_station_taking_another_stations_code_is_told_so(tmp_path: Path) -> None:
    """Stations not yet enrolled (password bundles): one whose bundle now claims another known
    station's code was refused with 数据包中的记录与本库的数据对不上（引用了不存在的记录…）."""
    from station_app.core.actor import Actor

    county_url = sqlite_url(tmp_path, "county")
    county = new_county(county_url)
    sent: list[tuple[str, Actor]] = []
    for code, name in (("152222-DBS", "代钦塔拉派出所"), ("152222-GLB", "高力板派出所")):
        url = sqlite_url(tmp_path, code)
        sent.append((url, new_station(url, code, name)))
        first = export(sent[-1][1])
        use(county_url)
        receive(county, first)
    url, station = sent[0]
    use(url)
    _rename(station.station_id, code="152222-GLB")
    create_resident(station, {"name": "白音", "phone": "13904753333"})
    data = export(station)
    use(county_url)
    with pytest.raises(BundleError, match="已有单位代码为 152222-GLB 的另一个派出所（高力板派出所）"):
        receive(county, data)
