"""Who a team member or a patrol member is: an account or a resident, named in one query each.

A person is referred to as ("account", id) or ("resident", id). Service inputs name them as
{"account_id": …} or {"resident_id": …}; a volunteer not registered yet comes as {"resident": {…}}
and is registered with the team (or matched by ID number to someone already registered).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from station_app.accounts import permissions
from station_app.accounts.models import Account
from station_app.core.actor import Actor
from station_app.core.errors import ValidationError
from station_app.core.masking import mask_phone
from station_app.core.textnorm import clean_text
from station_app.residents import service as residents
from station_app.residents.models import Resident
from station_app.residents.views import views_by_ids

Person = tuple[str, uuid.UUID]  # ("account" | "resident", id)


def as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def person_of(row: object) -> Person:
    """The person a TeamMember or PatrolMember row points at."""
    account_id = getattr(row, "account_id", None)
    if account_id:
        return ("account", as_uuid(account_id))
    return ("resident", as_uuid(row.resident_id))  # type: ignore[attr-defined]


def names(people: Iterable[Person]) -> dict[Person, str]:
    """Each person's name (accounts by full name, residents as registered)."""
    people = set(people)
    accounts = [key for kind, key in people if kind == "account"]
    resident_ids = [key for kind, key in people if kind == "resident"]
    found: dict[Person, str] = {}
    if accounts:
        for row in Account.select(Account.id, Account.full_name).where(Account.id.in_(accounts)):
            found[("account", as_uuid(row.id))] = row.full_name
    if resident_ids:
        for row in Resident.select(Resident.id, Resident.name).where(Resident.id.in_(resident_ids)):
            found[("resident", as_uuid(row.id))] = row.name
    return found


def details(people: Iterable[Person]) -> dict[Person, str]:
    """A line that tells people apart: the account's role, the volunteer's village and phone."""
    people = set(people)
    found: dict[Person, str] = {}
    accounts = [key for kind, key in people if kind == "account"]
    if accounts:
        for row in Account.select(Account.id, Account.role, Account.police_number).where(
            Account.id.in_(accounts)
        ):
            label = permissions.role_label(row.role)
            found[("account", as_uuid(row.id))] = f"{label} {row.police_number}".strip()
    resident_ids = [key for kind, key in people if kind == "resident"]
    for view in views_by_ids(resident_ids):
        parts = ["义警", view.village_name or view.town_name, mask_phone(view.phone) if view.phone else ""]
        found[("resident", view.id)] = " ".join(part for part in parts if part)
    return found


def resolve(actor: Actor, item: Mapping[str, object], index: int) -> Person:
    """A member given as {"account_id"}, {"resident_id"} or {"resident": {name, id_number, …}}.

    Raises ValidationError keyed "members.N" when the person does not exist or cannot be registered.
    """
    key = f"members.{index}"
    if item.get("account_id"):
        account_id = as_uuid(item["account_id"])
        account = Account.get_or_none(Account.id == account_id)
        if account is None or account.station_id != actor.station_id:
            raise ValidationError.single(key, "所选账户已不存在。")
        return ("account", account_id)
    if item.get("resident_id"):
        resident_id = as_uuid(item["resident_id"])
        resident = Resident.get_or_none(Resident.id == resident_id)
        if resident is None or resident.station_id != actor.station_id:
            raise ValidationError.single(key, "所选居民已不存在。")
        if resident.merged_into_id:  # merged into another record: that one is the person now
            return ("resident", as_uuid(resident.merged_into_id))
        return ("resident", resident_id)
    new = dict(item.get("resident") or {})
    if not clean_text(new.get("name")):
        raise ValidationError.single(key, f"第 {index + 1} 位队员没有姓名。")
    try:
        return ("resident", residents.create_resident(actor, new, confirm=True).id)
    except residents.DuplicateIdNumber as existing:
        return ("resident", existing.existing_id)
    except ValidationError as exc:
        raise ValidationError(
            {f"{key}.{field}": f"第 {index + 1} 位队员：{message}" for field, message in exc.errors.items()}
        ) from exc
