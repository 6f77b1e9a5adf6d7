"""Deciding the conflicts a bundle import kept aside (county bureau).

A conflict holds both copies of one record. A person compares them field by field and either
keeps this database's copy or takes the bundle's. Taking the bundle's copy writes it exactly as
the station has it (its version and timestamps), so the station's next bundle applies cleanly
on top. Either way the conflict is marked decided, with who and when, and audited; personal data
in what is shown is masked for roles that may not see it in full.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import format_local, utcnow
from station_app.core.errors import NotFound, ValidationError
from station_app.core.masking import mask_id_number, mask_phone
from station_app.core.models import Station
from station_app.exchange.apply import SUPERSEDED
from station_app.exchange.bundle import exported_fields, from_json, station_models
from station_app.exchange.models import BundleConflict

KEEP_LOCAL = "keep_local"
TAKE_INCOMING = "take_incoming"
TAKE_FIELDS = "take_fields"  # the bundle's values for the columns chosen, this database's for the rest
CHOICES = {KEEP_LOCAL: "保留本库的记录", TAKE_INCOMING: "采用数据包中的记录", TAKE_FIELDS: "逐项采用"}
RESOLUTIONS = {**CHOICES, SUPERSEDED: "已被后来的数据包取代"}

TABLE_LABELS: dict[str, str] = {
    "account": "账户", "area": "区域", "attachment": "附件", "resident": "居民", "grid_role": "网格人员",
    "dispute_case": "矛盾纠纷案件", "case_party": "当事人", "risk_assessment": "风险评估",
    "early_warning": "预警通报", "case_plan": "一事一策", "mediation_session": "调解记录",
    "agreement": "调解协议", "follow_up": "回访", "patrol": "巡逻", "patrol_team": "巡逻队",
    "patrol_member": "巡逻人员", "patrol_team_member": "巡逻队员", "patrol_area": "巡逻区域",
    "patrol_finding": "巡逻发现", "hotline_order": "12345工单", "hotline_event": "工单处理记录",
    "restitution_case": "返赃案件", "restitution_victim": "被害人", "restitution_recovery": "追回",
    "restitution_event": "发还活动", "restitution_return": "发还", "visit": "走访",
    "visit_resident": "走访对象", "visit_finding": "走访发现", "outreach_event": "普法宣传活动",
}
# Columns people recognise; the rest are shown by their column name.
COLUMN_LABELS: dict[str, str] = {
    "name": "姓名", "gender": "性别", "ethnicity": "民族", "id_number": "身份证号", "birth_date": "出生日期",
    "phone": "联系电话", "household": "户主", "address": "住址", "grid_id": "网格", "building": "楼栋",
    "unit": "单元", "relation_to_head": "与户主关系", "tags": "标签", "notes": "备注", "note": "备注",
    "version": "版本", "updated_at": "修改时间", "created_at": "登记时间", "state": "状态",
    "summary": "简要情况", "category": "类别", "risk_level": "风险等级", "case_number": "案件编号",
    "reporter_name": "反映人", "reporter_phone": "反映人电话", "reported_at": "反映时间",
    "place_text": "地点", "closed_at": "结案时间", "content": "内容", "result": "办理结果",
    "status": "状态", "caller_name": "来电人", "caller_phone": "来电电话", "deadline": "办理时限",
    "amount": "金额（分）", "route": "路线", "started_at": "开始时间", "ended_at": "结束时间",
    "full_name": "姓名", "role": "角色", "is_active": "启用", "merged_into_id": "已合并到",
}
_ID_COLUMNS = {"id_number"}
_PHONE_COLUMNS = {"phone", "reporter_phone", "caller_phone"}
_DERIVED = {"id_number_reversed", "phone_reversed", "name_keys"}  # search keys, follow their source


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    table_label: str
    record_id: str
    station_name: str
    bundle_created_at: datetime
    local_version: int
    incoming_version: int
    reason: str
    detected_at: datetime
    resolved_at: datetime | None
    resolved_by: str
    resolution: str
    title: str  # what a person recognises the record by: a name or a number


@dataclass(frozen=True)
class FieldDifference:
    column: str
    label: str
    local: str
    incoming: str
    takeable: bool = True  # a value a person may take on its own (not a version or a timestamp)


@dataclass(frozen=True)
class ConflictDetail:
    row: ConflictRow
    differences: list[FieldDifference]  # only the columns whose values differ


def _row(conflict: BundleConflict, station_names: dict[uuid.UUID, str]) -> ConflictRow:
    return ConflictRow(
        conflict.id, conflict.table_name, TABLE_LABELS.get(conflict.table_name, conflict.table_name),
        conflict.record_id, station_names.get(conflict.station_id, ""), conflict.bundle_created_at,
        conflict.local_version, conflict.incoming_version, conflict.reason, conflict.detected_at,
        conflict.resolved_at, conflict.resolved_by, conflict.resolution, _title(conflict))


def _title(conflict: BundleConflict) -> str:
    local = json.loads(conflict.local_json)
    for column in ("case_number", "order_number", "number", "name", "full_name", "username"):
        if local.get(column):
            return str(local[column])
    return conflict.record_id[:8]


def list_conflicts(actor: Actor, *, include_decided: bool = False) -> list[ConflictRow]:
    """Conflicts waiting for a decision (newest first); with `include_decided`, all of them."""
    permissions.require(actor, "exchange.import")
    query = BundleConflict.select().order_by(BundleConflict.detected_at.desc())
    if not include_decided:
        query = query.where(BundleConflict.resolved_at.is_null())
    names = {station.id: station.name for station in Station.select(Station.id, Station.name)}
    return [_row(conflict, names) for conflict in query]


def _value_labels() -> dict[tuple[str, str], dict[str, str]]:
    """Stored codes → the words on screen, per (table, column)."""
    from station_app.hotline.vocab import STATUSES
    from station_app.mediation.vocab import AGREEMENT_KINDS, REPORTER_KINDS, STATES
    from station_app.patrols.vocab import FINDING_KINDS, PATROL_KINDS, TEAM_KINDS
    from station_app.restitution.vocab import EVENT_STATES, RETURN_STATES

    return {("dispute_case", "state"): STATES, ("dispute_case", "reporter_kind"): REPORTER_KINDS,
            ("agreement", "kind"): AGREEMENT_KINDS, ("hotline_order", "status"): STATUSES,
            ("patrol", "kind"): PATROL_KINDS, ("patrol_team", "kind"): TEAM_KINDS,
            ("patrol_finding", "kind"): FINDING_KINDS, ("restitution_event", "state"): EVENT_STATES,
            ("restitution_return", "state"): RETURN_STATES}


def _shown(actor: Actor, table: str, column: str, value: Any) -> str:
    """A stored value as a person reads it: labels for codes, local times, 是/否, area names;
    ID and phone numbers masked for roles that may not see them in full."""
    if value is None or value == "":
        return "（空）"
    labels = _value_labels().get((table, column))
    if labels is not None and isinstance(value, str):
        return labels.get(value, value)
    field = _fields_of(table).get(column)
    if isinstance(field, peewee.BooleanField) or isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(field, peewee.DateTimeField) and isinstance(value, str):
        try:
            return format_local(from_json(field, value))
        except (TypeError, ValueError):
            return value
    if column.endswith("_area_id") or column == "grid_id":
        area = _area_name(value)
        if area:
            return area
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if not permissions.allowed(actor.role, "personal.view_full"):
        if column in _ID_COLUMNS:
            return mask_id_number(text)
        if column in _PHONE_COLUMNS:
            return mask_phone(text)
    return text


def _fields_of(table: str) -> dict[str, peewee.Field]:
    model = {model._meta.table_name: model for model in station_models()}.get(table)
    return {field.column_name: field for field in exported_fields(model)} if model else {}


def _area_name(value: Any) -> str:
    from station_app.residents.models import Area

    try:
        area = Area.get_or_none(Area.id == uuid.UUID(str(value)))
    except ValueError:
        return ""
    return area.name if area else ""


def _get(conflict_id: uuid.UUID) -> BundleConflict:
    conflict = BundleConflict.get_or_none(BundleConflict.id == conflict_id)
    if conflict is None:
        raise NotFound("没有这条冲突记录（可能已被删除）。")
    return conflict


def conflict_detail(actor: Actor, conflict_id: uuid.UUID) -> ConflictDetail:
    """Both copies side by side: the columns whose values differ, labelled in Chinese."""
    permissions.require(actor, "exchange.import")
    conflict = _get(conflict_id)
    local, incoming = json.loads(conflict.local_json), json.loads(conflict.incoming_json)
    table = conflict.table_name
    differences = [
        FieldDifference(column, COLUMN_LABELS.get(column, column),
                        _shown(actor, table, column, local.get(column)),
                        _shown(actor, table, column, incoming.get(column)), column not in _BOOKKEEPING)
        for column in sorted(set(local) | set(incoming), key=_column_order)
        if column not in _DERIVED and local.get(column) != incoming.get(column)
    ]
    revealed = sorted(d.column for d in differences if d.column in _ID_COLUMNS | _PHONE_COLUMNS)
    if revealed and permissions.allowed(actor.role, "personal.view_full"):
        with db.transaction():  # full ID and phone numbers were shown: that read is audited
            audit.record(actor, "bundle.conflict_viewed", conflict.table_name, conflict.record_id,
                         extra={"columns": ",".join(revealed)})
    names = {conflict.station_id: Station.get_by_id(conflict.station_id).name}
    return ConflictDetail(_row(conflict, names), differences)


_BOOKKEEPING = frozenset({"version", "updated_at", "created_at", "id", "station_id"})


def _column_order(column: str) -> tuple[int, str]:
    return (1 if column in _BOOKKEEPING else 0, column)


def resolve_conflict(actor: Actor, conflict_id: uuid.UUID, resolution: str,
                     columns: Sequence[str] = ()) -> ConflictRow:
    """Keep this database's copy, take the bundle's, or (TAKE_FIELDS) take the bundle's values of
    `columns` only; the conflict is then decided and audited."""
    permissions.require(actor, "exchange.resolve")
    if resolution not in CHOICES:
        raise ValidationError({"resolution": "请选择保留本库的记录，或采用数据包中的记录。"})
    if resolution == TAKE_FIELDS and not [column for column in columns if column not in _BOOKKEEPING]:
        raise ValidationError({"resolution": "请勾选要采用数据包中哪些栏目的值。"})
    with db.transaction():
        conflict = _get(conflict_id)
        if conflict.resolution == SUPERSEDED:
            raise ValidationError({"resolution": "该派出所后来的数据包已更新了这条记录，"
                                                 "这条冲突无需再处理。"})
        if conflict.resolved_at is not None:
            raise ValidationError({"resolution": f"这条冲突已由 {conflict.resolved_by} 处理过了。"})
        if resolution == TAKE_INCOMING:
            _write_incoming(conflict)
        elif resolution == TAKE_FIELDS:
            _write_fields(conflict, [column for column in columns if column not in _BOOKKEEPING])
        BundleConflict.update(resolved_at=utcnow(), resolved_by=actor.username, resolution=resolution).where(
            BundleConflict.id == conflict.id).execute()
        audit.record(actor, "bundle.conflict_resolved", conflict.table_name, conflict.record_id, extra={
            "resolution": RESOLUTIONS[resolution], "local_version": conflict.local_version,
            "incoming_version": conflict.incoming_version,
            **({"columns": ",".join(sorted(columns))} if resolution == TAKE_FIELDS else {}),
        })
    names = {station.id: station.name for station in Station.select(Station.id, Station.name)}
    return _row(BundleConflict.get_by_id(conflict.id), names)


def _write_fields(conflict: BundleConflict, columns: list[str]) -> None:
    """This database's copy with the bundle's values of `columns` (a county-side edit: the version
    stays, the station's next bundle of the record rules as always)."""
    model = {model._meta.table_name: model for model in station_models()}.get(conflict.table_name)
    fields = _fields_of(conflict.table_name)
    unknown = [column for column in columns if column not in fields]
    if model is None or unknown:
        raise ValidationError({"resolution": f"无法逐项采用：{conflict.table_name} 没有栏目 "
                                             f"{'、'.join(unknown)}。"})
    incoming = json.loads(conflict.incoming_json)
    values = {fields[column]: from_json(fields[column], incoming.get(column)) for column in columns}
    as_found = (model.id == uuid.UUID(conflict.record_id)) & (model.version == conflict.local_version)
    if not model.update(values).where(as_found).execute():
        raise ValidationError({"resolution": "这条记录在发现冲突之后又有了新的版本，不能再逐项采用。"
                                             "请选择“保留本库的记录”。"})


def _write_incoming(conflict: BundleConflict) -> None:
    models = {model._meta.table_name: model for model in station_models()}
    model = models.get(conflict.table_name)
    if model is None:
        raise ValidationError({"resolution": f"本程序不认识数据表 {conflict.table_name}，请先升级平安台账。"})
    fields = {field.column_name: field for field in exported_fields(model)}
    incoming = json.loads(conflict.incoming_json)
    values = {fields[column]: from_json(fields[column], value) for column, value in incoming.items()
              if column in fields}
    record_id = uuid.UUID(conflict.record_id)
    values.pop(model.id, None)
    # Only over the copy the conflict was about: a newer one (a later bundle, an edit here) wins.
    as_found = (model.id == record_id) & (model.version == conflict.local_version)
    if model.update(values).where(as_found).execute():
        return
    if model.get_or_none(model.id == record_id) is not None:
        raise ValidationError({"resolution": "这条记录在发现冲突之后又有了新的版本，数据包中的这一份"
                                             "已经过时。请选择“保留本库的记录”。"})
    model.insert({fields["id"]: record_id, **values}).execute()
