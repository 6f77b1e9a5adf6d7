"""Checking and normalising one resident's fields — shared by the form and the importer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from station_app.core.divisions import region_warning
from station_app.core.idnumber import IdNumberError, validate_id_number
from station_app.core.limits import problems as too_long
from station_app.core.textnorm import clean_text, normalise_phone, parse_date
from station_app.residents.limits import RESIDENT, TAG
from station_app.residents.vocab import ETHNICITIES, GENDERS

TEXT_LIMITS = RESIDENT  # kept for the importer and older callers


@dataclass
class ResidentFields:
    """A resident as the services store it; `tags` is a tuple of labels."""

    name: str = ""
    gender: str = ""
    ethnicity: str = ""
    id_number: str | None = None
    birth_date: date | None = None
    phone: str = ""
    household: str = ""
    address: str = ""
    grid_id: object = None
    building: str = ""
    unit: str = ""
    relation_to_head: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    filled_from_id: set[str] = field(default_factory=set)
    # Field → a Chinese note worth reading that does not stop the save (an unknown region code).
    warnings: dict[str, str] = field(default_factory=dict)


def check_fields(raw: Mapping[str, object]) -> tuple[ResidentFields, dict[str, str]]:
    """Normalise `raw` (form or import row) and list what is wrong, field → Chinese message.

    Birth date and gender fill in from a valid ID number; a typed value that contradicts the ID
    is reported on that field. An ID number whose region code no GB/T 2260 revision had is kept,
    with a note in `warnings`.
    """
    problems: dict[str, str] = {}
    result = ResidentFields()
    for name in RESIDENT:
        setattr(result, name, clean_text(raw.get(name)))
    problems.update(too_long({name: getattr(result, name) for name in RESIDENT}, RESIDENT))
    if not result.name:
        problems["name"] = "请填写姓名。"
    result.gender = clean_text(raw.get("gender"))
    if result.gender in ("男性", "M", "m"):
        result.gender = "男"
    elif result.gender in ("女性", "F", "f"):
        result.gender = "女"
    if result.gender and result.gender not in GENDERS:
        problems["gender"] = f"性别应为“男”或“女”，现为“{result.gender}”。"
    result.ethnicity = clean_text(raw.get("ethnicity"))
    if result.ethnicity and not result.ethnicity.endswith("族") and result.ethnicity + "族" in ETHNICITIES:
        result.ethnicity += "族"  # 蒙古 → 蒙古族, as people often write it
    if result.ethnicity and result.ethnicity not in ETHNICITIES:
        problems["ethnicity"] = f"民族“{result.ethnicity}”不在 56 个民族名单中。"
    try:
        result.phone = normalise_phone(raw.get("phone"))
    except ValueError as exc:
        problems["phone"] = str(exc)
    try:
        result.birth_date = parse_date(raw.get("birth_date"))
    except ValueError as exc:
        problems["birth_date"] = str(exc)
    raw_id = raw.get("id_number")
    if raw_id not in (None, "") and not (isinstance(raw_id, str) and not raw_id.strip()):
        try:
            parsed = validate_id_number(raw_id)  # type: ignore[arg-type]
        except IdNumberError as exc:
            problems["id_number"] = exc.message
        else:
            result.id_number = parsed.number
            warning = region_warning(parsed.number)
            if warning:
                result.warnings["id_number"] = warning
            if result.gender and result.gender != parsed.gender:
                problems["gender"] = f"性别与身份证号不符：身份证号显示为{parsed.gender}。"
            elif not result.gender:
                result.gender = parsed.gender
                result.filled_from_id.add("gender")
            if result.birth_date and result.birth_date != parsed.birth_date and "birth_date" not in problems:
                problems["birth_date"] = (
                    f"出生日期与身份证号不符：身份证号显示为 {parsed.birth_date.isoformat()}。"
                )
            elif not result.birth_date:
                result.birth_date = parsed.birth_date
                result.filled_from_id.add("birth_date")
    tags = raw.get("tags") or ()
    if isinstance(tags, str):
        tags = [part for part in (clean_text(piece) for piece in _split_tags(tags)) if part]
    result.tags = tuple(dict.fromkeys(clean_text(tag) for tag in tags if clean_text(tag)))
    problems.update(too_long({"tags": max(result.tags, key=len, default="")}, {"tags": TAG}))
    result.grid_id = raw.get("grid_id")
    return result, problems


def _split_tags(text: str) -> list[str]:
    for separator in "，,；;、/ ":
        text = text.replace(separator, "|")
    return text.split("|")
