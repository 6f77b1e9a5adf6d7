"""First start: the station's identity and the first administrator, in one transaction."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from station_app.accounts import passwords
from station_app.accounts.models import Account
from station_app.accounts.service import validate_new_account
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import AlreadyInitialised, ValidationError
from station_app.core.models import Station
from station_app.exchange.journal import start_journal

_CODE = re.compile(r"^[A-Za-z0-9_\-]{2,32}$")


@dataclass(frozen=True)
class StationInfo:
    id: uuid.UUID
    code: str
    name: str
    county: str
    town: str

    @classmethod
    def of(cls, station: Station) -> StationInfo:
        return cls(station.id, station.code, station.name, station.county, station.town)


def home_station() -> StationInfo | None:
    """The station this database belongs to, or None before the first start is completed."""
    station = Station.get_or_none(Station.is_home == True)  # noqa: E712 (peewee expression)
    return StationInfo.of(station) if station else None


def is_initialised() -> bool:
    return home_station() is not None


def validate_station(code: str, name: str, county: str, town: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not _CODE.match(code):
        problems["station_code"] = "单位代码须为 2-32 位字母、数字、下划线或减号（如 152222-GLB）。"
    if not name:
        problems["station_name"] = "请填写派出所名称（如 高力板派出所）。"
    if not county:
        problems["county"] = "请填写所属旗/县（如 科右中旗）。"
    for field, value in (("station_name", name), ("county", county), ("town", town)):
        if len(value) > 100 and field not in problems:
            problems[field] = "内容过长（最多 100 个字）。"
    return problems


def initialise_station(
    code: str, name: str, county: str, town: str,
    admin_username: str, admin_full_name: str, admin_password: str,
) -> Actor:
    """Create the home station and its first administrator; returns that administrator.

    Raises ValidationError with every field problem at once, AlreadyInitialised if the database
    already belongs to a station (it is never re-initialised).
    """
    code, name, county, town = code.strip(), name.strip(), county.strip(), town.strip()
    admin_username, admin_full_name = admin_username.strip(), admin_full_name.strip()
    problems = validate_station(code, name, county, town)
    account_problems = validate_new_account(admin_username, admin_full_name, "admin", admin_password)
    problems.update({f"admin_{key}": value for key, value in account_problems.items()})
    if problems:
        raise ValidationError(problems)
    from station_app.exchange.keys import create_keys  # cryptography: kept off the login's path

    password_hash = passwords.hash_password(admin_password)
    with db.transaction():
        if is_initialised():
            raise AlreadyInitialised("该数据库已经设置过本所信息，不能重新初始化。")
        station = Station.create(code=code, name=name, county=county, town=town, is_home=True)
        start_journal(station.id)  # before its first record: every record travels to the county
        create_keys(station.id)  # for the enrolment with the county (its private half in a file)
        account = Account.create(
            station=station.id, username=admin_username, full_name=admin_full_name, role="admin",
            password_hash=password_hash,
        )
        admin = Actor(account.id, account.username, account.full_name, "admin", station.id)
        audit.record(admin, "station.initialise", "station", station.id, None,
                     {"code": code, "name": name, "county": county, "town": town})
        audit.record(admin, "account.create", "account", account.id, None,
                     {"username": admin_username, "full_name": admin_full_name, "role": "admin"})
    return admin
