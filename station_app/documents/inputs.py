"""What the document builders print: plain dataclasses, independent of the database.

The mediation service maps case records onto these; the builders never see a model. Validation
here is about what makes a printed document defective (a missing performance deadline voids an
agreement), so the service can run it before offering "print" and show field → message.

Times: a naive `datetime` is UTC, as stored in the database (core/clock.py), and is printed in
Asia/Shanghai; an aware one is converted. Dates (`date`) are calendar dates, printed as given.
Fixed legal wording (titles, effect statements, notices) is data in templates/*.json.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date, datetime, timezone
from functools import cache
from importlib import resources
from typing import Any, Literal

from station_app.core.clock import to_local
from station_app.core.errors import ValidationError
from station_app.core.idnumber import IdNumberError, validate_id_number
from station_app.documents.money import MAX_FEN

AgreementKind = Literal["police", "people"]


class _Blankable:
    """Optional text fields (default "") accept None from a database row and hold "" instead, so
    builders can call .strip() on them without a None check at every use."""

    def __post_init__(self) -> None:
        for item in fields(self):  # type: ignore[arg-type]
            if item.default == "" and getattr(self, item.name) is None:
                object.__setattr__(self, item.name, "")
KINDS: tuple[str, ...] = ("police", "people")


@dataclass(frozen=True, kw_only=True)
class PartyInfo(_Blankable):
    """One party as printed. Empty strings / None are left out of the printed details."""

    name: str
    gender: str = ""
    ethnicity: str = ""
    birth_date: date | None = None
    id_number: str | None = None
    occupation: str = ""
    address: str = ""
    phone: str = ""
    role_label: str = "当事人"  # 甲方/乙方, 申请人/被申请人 …
    guardian: str = ""  # e.g. "王秀兰（母亲）"; a party under 16 must have one at the session
    representative: str = ""  # 委托代理人


@dataclass(frozen=True)
class AgreementTerm:
    """One numbered term. With an amount, the amount is printed in capitals and figures."""

    text: str
    amount_fen: int | None = None


@dataclass(frozen=True, kw_only=True)
class AgreementInput(_Blankable):
    """A 治安调解协议书 (kind "police") or 人民调解协议书 (kind "people")."""

    kind: AgreementKind
    number: str  # 协议编号, e.g. 科右中旗公(高)调字〔2026〕第0012号
    case_number: str
    mediating_body: str  # e.g. 科右中旗公安局高力板派出所 / 查干陶勒盖嘎查人民调解委员会
    presiding: str
    mediators: Sequence[str]
    parties: Sequence[PartyInfo]
    facts: str  # time, place, cause, course, result
    terms: Sequence[AgreementTerm]
    performance_method: str
    performance_deadline: date | None
    agreement_date: date
    note_taker: str = ""
    others_present: Sequence[str] = ()
    responsibility: str = ""
    performance_place: str = ""
    effect_statement: str | None = None  # None: the kind's statement from the template
    copies: int | None = None  # None: one per party plus one kept (3 for two parties)
    signed_place: str = ""
    mask_personal: bool = False  # mask ID and phone numbers (copies leaving the station)


@dataclass(frozen=True, kw_only=True)
class SessionRecordInput(_Blankable):
    """A 调解笔录: one mediation session as it happened."""

    case_number: str
    matter: str  # 事由
    started_at: datetime
    ended_at: datetime | None
    place: str
    mediators: Sequence[str]
    note_taker: str
    attendees: Sequence[str] = ()
    parties: Sequence[PartyInfo] = ()
    notices_given: str = ""  # empty: the template's notice of rights and duties
    statements: Sequence[tuple[str, str]] = ()  # (party name, statement)
    facts_verified: str = ""
    outcome: str = ""  # agreement reached, or why not and where the parties can go instead
    mask_personal: bool = False


@dataclass(frozen=True, kw_only=True)
class WarningInput:
    """A 预警通报 to a department (司法所, 妇联, 嘎查委员会 …)."""

    case_number: str
    recipient: str
    content: str
    sent_at: datetime
    issuer: str
    station_name: str
    risk_level: str  # 低 / 中 / 高 / 重大


@cache
def load_template(name: str) -> dict[str, Any]:
    """The wording of one document kind from templates/<name>.json (cached; read-only use)."""
    text = resources.files("station_app.documents.templates").joinpath(f"{name}.json").read_text("utf-8")
    return json.loads(text)


def agreement_template(kind: str) -> dict[str, Any]:
    return load_template(f"agreement_{kind}")


def default_copies(agreement: AgreementInput) -> int:
    """The copy count printed when the input leaves it to us: one per party plus the file copy."""
    if agreement.copies is not None:
        return agreement.copies
    wording = agreement_template(agreement.kind)
    return len(agreement.parties) * wording["copies_per_party"] + wording["copies_kept"]


def _blank(value: str | None) -> bool:
    return value is None or not str(value).strip()


def _check_parties(parties: Sequence[PartyInfo], errors: dict[str, str], minimum: int) -> None:
    if len(parties) < minimum:
        errors["parties"] = "当事人未填写，不能打印。" if not parties else "调解协议至少需要两方当事人。"
    for i, party in enumerate(parties):
        where = f"parties[{i}]"
        if _blank(party.name):
            errors[f"{where}.name"] = f"第{i + 1}位当事人的姓名未填写。"
        if not _blank(party.id_number):
            try:
                validate_id_number(party.id_number or "")
            except IdNumberError as exc:
                errors[f"{where}.id_number"] = f"当事人{party.name.strip()}的身份证号有误：{exc.message}"


def validate_agreement(agreement: AgreementInput) -> None:
    """Refuse an agreement that would be defective on paper.

    Raises ValidationError mapping fields ("parties", "parties[0].name", "terms[1].text",
    "performance_method", "performance_deadline", "copies", "presiding", "mediators" …) to
    Chinese messages; returns None when the agreement can be printed.
    """
    errors: dict[str, str] = {}
    if agreement.kind not in KINDS:
        errors["kind"] = f"协议种类“{agreement.kind}”不存在（应为治安调解或人民调解）。"
    for name, label in (("number", "协议编号"), ("case_number", "案件编号"),
                        ("mediating_body", "调解机关（组织）"), ("presiding", "主持人"),
                        ("facts", "纠纷事实")):
        if _blank(getattr(agreement, name)):
            errors[name] = f"{label}未填写，不能打印。"
    if not [m for m in agreement.mediators if not _blank(m)]:
        errors["mediators"] = "调解员未填写，不能打印。"
    # Both sides sign an agreement: one party alone has nobody to agree with.
    _check_parties(agreement.parties, errors, minimum=2)
    if not agreement.terms:
        errors["terms"] = "协议内容（条款）未填写，不能打印。"
    for i, term in enumerate(agreement.terms):
        if _blank(term.text):
            errors[f"terms[{i}].text"] = f"第{i + 1}条协议内容为空。"
        if term.amount_fen is not None and not 0 < term.amount_fen <= MAX_FEN:
            errors[f"terms[{i}].amount_fen"] = f"第{i + 1}条的金额应大于零且不超过 1 亿元。"
    if _blank(agreement.performance_method):
        errors["performance_method"] = "履行方式未填写，不能打印（缺少履行方式的协议容易无效）。"
    if agreement.performance_deadline is None:
        errors["performance_deadline"] = "履行期限未填写，不能打印（缺少履行期限的协议容易无效）。"
    elif agreement.performance_deadline < agreement.agreement_date:
        errors["performance_deadline"] = (
            f"履行期限（{agreement.performance_deadline:%Y-%m-%d}）早于协议日期"
            f"（{agreement.agreement_date:%Y-%m-%d}）。")
    if agreement.copies is not None and agreement.copies < 1:
        errors["copies"] = "协议份数至少为 1 份。"
    if errors:
        raise ValidationError(errors)


def validate_session_record(record: SessionRecordInput) -> None:
    """Refuse a 调解笔录 without its essentials (ValidationError, field → message)."""
    errors: dict[str, str] = {}
    for name, label in (("case_number", "案件编号"), ("matter", "事由"), ("place", "地点"),
                        ("note_taker", "记录人")):
        if _blank(getattr(record, name)):
            errors[name] = f"{label}未填写，不能打印。"
    if not [m for m in record.mediators if not _blank(m)]:
        errors["mediators"] = "调解人未填写，不能打印。"
    _check_parties(record.parties, errors, minimum=1)
    if record.ended_at is not None and record.ended_at < record.started_at:
        errors["ended_at"] = "结束时间早于开始时间。"
    if errors:
        raise ValidationError(errors)


def validate_warning(warning: WarningInput) -> None:
    """Refuse a 预警通报 without recipient, content, issuer or station (ValidationError)."""
    errors: dict[str, str] = {}
    for name, label in (("case_number", "案件编号"), ("recipient", "通报对象"), ("content", "通报内容"),
                        ("issuer", "通报人"), ("station_name", "通报单位"), ("risk_level", "风险等级")):
        if _blank(getattr(warning, name)):
            errors[name] = f"{label}未填写，不能打印。"
    if errors:
        raise ValidationError(errors)


def as_utc(value: datetime) -> datetime:
    """A datetime as naive UTC (naive values already are, see the module docstring)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def all_texts(value: Any) -> list[str]:
    """Every string inside an input dataclass (for the printability check)."""
    found: list[str] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, str):
            found.append(obj)
        elif isinstance(obj, dict):
            for item in obj.values():
                walk(item)
        elif isinstance(obj, (list, tuple)):
            for item in obj:
                walk(item)

    walk(asdict(value) if is_dataclass(value) and not isinstance(value, type) else value)
    return found


def cn_date(value: date | None) -> str:
    """2026年3月5日 (no leading zeros, as written by hand on Chinese forms)."""
    return "" if value is None else f"{value.year}年{value.month}月{value.day}日"


def local_time(value: datetime) -> datetime:
    """A stored (naive UTC) or aware datetime as an aware Asia/Shanghai datetime."""
    local = to_local(as_utc(value))
    assert local is not None  # to_local returns None only for None
    return local


def cn_datetime(value: datetime | None) -> str:
    """A stored (naive UTC) or aware datetime in Asia/Shanghai: 2026年3月5日 09:05."""
    if value is None:
        return ""
    local = local_time(value)
    return f"{cn_date(local.date())} {local:%H:%M}"


def canonical_json(value: Any) -> str:
    """A stable serialisation of an input dataclass: the same content always gives the same text.

    Datetimes become UTC ISO strings, so a naive-UTC value and the same instant given with a
    time zone hash alike; sequences of either type serialise as lists.
    """

    def default(obj: Any) -> Any:
        if isinstance(obj, datetime):
            return as_utc(obj).isoformat()
        if isinstance(obj, date):
            return obj.isoformat()
        raise TypeError(f"cannot serialise {type(obj).__name__}")

    data = asdict(value) if is_dataclass(value) and not isinstance(value, type) else value
    return json.dumps(data, default=default, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
