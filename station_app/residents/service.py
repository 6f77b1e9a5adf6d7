"""Use cases for residents: register, edit, reveal the full ID, merge duplicates."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.divisions import known_codes
from station_app.core.errors import NotFound, StationError, ValidationError
from station_app.core.masking import mask_id_number, mask_phone, restore_masked
from station_app.core.models import StationRecord
from station_app.core.scope import require_home_record, scope
from station_app.core.textnorm import clean_text
from station_app.core.versioning import update_versioned
from station_app.residents.bulk import column_values
from station_app.residents.fields import ResidentFields, check_fields
from station_app.residents.limits import RESIDENT
from station_app.residents.models import Area, Resident
from station_app.residents.pinyin import name_search_keys
from station_app.residents.views import (
    FREE_TEXT,
    ResidentView,
    is_masked,
    may_see_full_numbers,
    shown_to,
    views_by_ids,
)


class DuplicateIdNumber(ValidationError):
    """The ID number belongs to someone already registered; `existing_id` links to them."""

    def __init__(self, existing: Resident) -> None:
        super().__init__({"id_number": f"该身份证号已登记为“{existing.name}”，不能重复登记。"})
        self.existing_id = existing.id


class LikelyDuplicate(StationError):
    """Someone with the same name and birth date exists; save again with confirm=True to proceed."""

    def __init__(self, candidates: list[ResidentView]) -> None:
        names = "、".join(f"{view.name}（{view.place or '未分网格'}）" for view in candidates[:3])
        super().__init__(
            f"已有同名且出生日期相同的居民：{names}。可能是同一人，请核对；确认不是同一人可继续保存。"
        )
        self.candidates = candidates


# Later modules register where they point at residents so that merging moves their links too.
_REFERENCES: list[Callable[[uuid.UUID, uuid.UUID], int]] = []


def register_resident_reference(move: Callable[[uuid.UUID, uuid.UUID], int]) -> None:
    """`move(from_id, to_id)` re-points one kind of link; returns how many rows moved."""
    _REFERENCES.append(move)


# Every feature whose records point at residents; imported when merging so that peewee knows
# all the foreign keys to move (a feature not yet imported in this process would be missed).
LINKING_MODULES = (
    "station_app.mediation.models", "station_app.patrols.merging", "station_app.hotline.models",
    "station_app.restitution.models", "station_app.visits.links",
)


def _import_linking_modules() -> None:
    import importlib

    for name in LINKING_MODULES:
        importlib.import_module(name)


def next_version(model: type[StationRecord]) -> dict[peewee.Field, object]:
    """What a bulk update of `model` sets besides its change: a moved link is an edit like any
    other, so the county's bundle import sees a newer version instead of a same-version conflict."""
    return {model.version: model.version + 1, model.updated_at: utcnow()}


def _move_foreign_keys(from_id: uuid.UUID, to_id: uuid.UUID) -> int:
    """Re-point every remaining foreign key to the duplicate. Runs after the features' own movers,
    which fold rows that would otherwise name the same person twice (a visit, a team)."""
    moved = 0
    for field, model in list(Resident._meta.backrefs.items()):
        if model is Resident:  # merged_into is the merge itself
            continue
        moved += model.update({field: to_id, **next_version(model)}).where(field == from_id).execute()
    return moved


def _audit_view(values: Mapping[str, object]) -> dict[str, object]:
    hidden = {"name_keys", "id_number_reversed", "phone_reversed"}
    return {key: value for key, value in values.items() if key not in hidden}


def _check(
    actor: Actor, raw: Mapping[str, object], exclude: uuid.UUID | None, confirm: bool
) -> ResidentFields:
    masked = {key: "这是遮蔽后的号码（带 *），不能保存：请输入完整号码，或不修改此栏。"
              for key in ("id_number", "phone") if is_masked(raw.get(key))}
    fields, problems = check_fields({key: value for key, value in raw.items() if key not in masked})
    problems.update(masked)
    if fields.grid_id:
        grid = Area.get_or_none(Area.id == fields.grid_id)
        if grid is None or grid.kind != "grid":
            problems["grid_id"] = "请选择一个网格（不是镇或村）。"
    if problems:
        raise ValidationError(problems)
    active = Resident.merged_into.is_null() & (Resident.station == actor.station_id)
    if exclude is not None:
        active &= Resident.id != exclude
    if fields.id_number:
        existing = Resident.get_or_none(active & (Resident.id_number == fields.id_number))
        if existing is not None:
            raise DuplicateIdNumber(existing)
    if fields.birth_date and not confirm:
        same = list(
            Resident.select(Resident.id)
            .where(active & (Resident.name == fields.name) & (Resident.birth_date == fields.birth_date))
            .limit(5)
        )
        if same:
            raise LikelyDuplicate(shown_to(actor, views_by_ids([row.id for row in same])))
    return fields


def _keys_before_transaction(raw: Mapping[str, object]) -> None:
    """Compute the name's pinyin keys now (cached): the first write of a process loads pypinyin's
    dictionary (0.4 s), which must not happen while the write holds the database lock."""
    name = clean_text(raw.get("name"))
    if len(name) <= RESIDENT["name"]:  # a longer one is refused: its keys would take all the memory
        name_search_keys(name)
    if raw.get("id_number"):
        known_codes()  # the division codes' first load (~0.35 s) too


def create_resident(actor: Actor, raw: Mapping[str, object], confirm: bool = False) -> ResidentView:
    """Register a resident from form fields. Raises ValidationError (DuplicateIdNumber) or
    LikelyDuplicate (same name and birth date; pass confirm=True once the user has checked)."""
    permissions.require(actor, "residents.edit")
    _keys_before_transaction(raw)
    fields = None
    try:
        with db.transaction():  # a savepoint when called inside another use case
            fields = _check(actor, raw, None, confirm)
            values = column_values(fields)
            resident = Resident.create(station=actor.station_id, **values)
            audit.record(actor, "resident.create", "resident", resident.id, None, _audit_view(values))
    except peewee.IntegrityError:
        # Another PC registered the same ID number between our check and our insert.
        existing = fields and fields.id_number and Resident.get_or_none(
            (Resident.station == actor.station_id) & (Resident.id_number == fields.id_number))
        if existing:
            raise DuplicateIdNumber(existing) from None
        raise
    return shown_to(actor, views_by_ids([resident.id]))[0]


def update_resident(
    actor: Actor,
    resident_id: uuid.UUID,
    expected_version: int,
    raw: Mapping[str, object],
    confirm: bool = False,
) -> ResidentView:
    """Save the form `raw` over the resident read at `expected_version`. An ID number or phone left
    out of `raw`, or sent back exactly as the reader was shown it masked, keeps the stored number
    (see ResidentView); only a number typed in full replaces it."""
    permissions.require(actor, "residents.edit")
    _keys_before_transaction(raw)
    with db.transaction():
        resident = _get(resident_id)
        require_home_record(resident)
        before = {key: getattr(resident, "grid_id" if key == "grid" else key)
                  for key in column_values(ResidentFields())}
        fields = _check(actor, _with_stored_numbers(actor, resident, raw), resident.id, confirm)
        values = column_values(fields)
        update_versioned(resident, expected_version, **values)
        audit.record(
            actor, "resident.update", "resident", resident.id, _audit_view(before), _audit_view(values)
        )
    return shown_to(actor, views_by_ids([resident.id]))[0]


def _with_stored_numbers(actor: Actor, resident: Resident, raw: Mapping[str, object]) -> dict[str, object]:
    """`raw` with the stored ID number and phone wherever the form kept them (left out, or the
    masked value it was shown). A reader who sees the ID number masked keeps it with the birth date
    it holds: a date typed is not checked against it (the answer would tell the hidden digits)."""
    form = dict(raw)
    for key, mask in (("id_number", mask_id_number), ("phone", mask_phone)):
        stored = getattr(resident, key) or ""
        if key not in form or (is_masked(form[key]) and str(form[key]).strip() == mask(stored)):
            form[key] = stored
            if key == "id_number" and stored and not may_see_full_numbers(actor):
                form["birth_date"] = None  # filled from the stored number
    if not may_see_full_numbers(actor):  # free text edited from its masked form: the numbers kept
        for key in FREE_TEXT:
            sent = form.get(key)
            if isinstance(sent, str):  # sent back as shown: the whole stored text comes back
                form[key] = restore_masked(getattr(resident, key) or "", sent)
    return form


def _get(resident_id: uuid.UUID) -> Resident:
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise NotFound("找不到该居民。")
    if resident.merged_into_id:
        raise NotFound("该居民记录已合并到另一条记录。")
    return resident


def get_resident(actor: Actor, resident_id: uuid.UUID, stations: Sequence[uuid.UUID] = ()) -> ResidentView:
    """A resident of `stations` (the actor's own by default)."""
    permissions.require(actor, "residents.view")
    views = views_by_ids([resident_id])
    if not views or (actor.station_id is not None and views[0].station_id not in scope(actor, stations)):
        raise NotFound("找不到该居民。")
    return shown_to(actor, views)[0]


def merge_residents(actor: Actor, survivor_id: uuid.UUID, duplicate_id: uuid.UUID) -> ResidentView:
    """Fold `duplicate` into `survivor`: links move, empty fields of the survivor are filled from
    the duplicate, the duplicate is kept (marked merged) for the record. Audited."""
    permissions.require(actor, "residents.merge")
    if survivor_id == duplicate_id:
        raise ValidationError.single("duplicate", "不能把一条记录合并到它自己。")
    with db.transaction():
        survivor, duplicate = _get(survivor_id), _get(duplicate_id)
        require_home_record(survivor)
        require_home_record(duplicate)
        filled = {}
        for key in (
            "gender",
            "ethnicity",
            "id_number",
            "birth_date",
            "phone",
            "household",
            "address",
            "grid",
            "building",
            "unit",
            "relation_to_head",
            "notes",
        ):
            attribute = "grid_id" if key == "grid" else key
            if not getattr(survivor, attribute) and getattr(duplicate, attribute):
                filled[key] = getattr(duplicate, attribute)
        merged_tags = dict.fromkeys(
            [*filter(None, survivor.tags.split("|")), *filter(None, duplicate.tags.split("|"))]
        )
        if "|".join(merged_tags) != survivor.tags:
            filled["tags"] = "|".join(merged_tags)
        # The duplicate's ID number moves to the survivor: the unique index allows one holder.
        update_versioned(
            duplicate, duplicate.version, merged_into=survivor.id, id_number=None, id_number_reversed=None
        )
        if "id_number" in filled:
            filled["id_number_reversed"] = str(filled["id_number"])[::-1]
        if "phone" in filled:
            filled["phone_reversed"] = str(filled["phone"])[::-1]
        if filled:
            update_versioned(survivor, survivor.version, **filled)
        _import_linking_modules()
        moved = sum(move(duplicate.id, survivor.id) for move in _REFERENCES)
        moved += _move_foreign_keys(duplicate.id, survivor.id)
        audit.record(
            actor,
            "resident.merge",
            "resident",
            survivor.id,
            extra={
                "merged": str(duplicate.id),
                "duplicate_name": duplicate.name,
                "filled": ",".join(sorted(filled)),
                "links_moved": moved,
            },
        )
    return shown_to(actor, views_by_ids([survivor.id]))[0]


def field_names() -> list[str]:
    return [name for name in asdict(ResidentFields()) if name not in ("filled_from_id", "warnings")]
