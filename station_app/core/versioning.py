"""Optimistic locking: a record is saved only if nobody saved it since it was read, and the
refusal names who saved it meanwhile, when, and what they changed (from the audit trail).

Kept apart from core/models: the message reads the audit and account models, which are built on
the base models.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, TypeVar

from station_app.accounts.models import Account
from station_app.audit.models import AuditEntry
from station_app.core.clock import format_local, utcnow
from station_app.core.errors import ConflictError, NotFound
from station_app.core.models import StationRecord

Record = TypeVar("Record", bound=StationRecord)


def update_versioned(record: Record, expected_version: int, **changes: Any) -> Record:
    """Save `changes` only if nobody saved the record since `expected_version` was read.

    Raises ConflictError with {field: (stored now, wanted)} for the fields that differ and a message
    naming who saved meanwhile, when, and what they changed; NotFound if the record was deleted.
    """
    model = type(record)
    values = dict(changes, updated_at=utcnow(), version=expected_version + 1)
    updated = (
        model.update(**values)
        .where((model.id == record.id) & (model.version == expected_version))
        .execute()
    )
    if updated == 0:
        current = model.get_or_none(model.id == record.id)
        if current is None:
            raise NotFound("该记录已被删除。")
        # What the other save left that differs from what this user is saving: {field: (theirs, yours)}.
        # Raw stored values: a foreign key compares as its id, without loading the other row.
        differing = {
            name: (current.__data__.get(name), value)
            for name, value in changes.items()
            if name in model._meta.fields and current.__data__.get(name) != value
        }
        raise ConflictError(_conflict_message(current, expected_version, differing), differing)
    for name, value in values.items():
        setattr(record, name, value)
    return record


def require_version(record: StationRecord, expected_version: int) -> None:
    """Raise the ConflictError update_versioned would, before a step checks anything else: a user
    working from a stale page must hear that someone else saved, not that the state is wrong."""
    if record.version != expected_version:
        raise ConflictError(_conflict_message(record, expected_version, {}), {})


# Names for the fields a conflict message may mention; a field missing here is counted, not named
# (the user never sees a column name).
FIELD_LABELS: dict[str, str] = {
    "name": "姓名", "full_name": "姓名", "gender": "性别", "ethnicity": "民族", "id_number": "身份证号",
    "birth_date": "出生日期", "phone": "联系电话", "household": "户", "address": "住址",
    "grid": "所属网格", "grid_id": "所属网格", "building": "楼栋", "unit": "单元",
    "relation_to_head": "与户主关系", "tags": "标签", "notes": "备注", "note": "备注", "state": "状态",
    "status": "状态", "risk_level": "风险等级", "category": "类别", "summary": "简要情况",
    "source": "来源", "reporter_name": "反映人", "reporter_phone": "反映人电话", "place_text": "地点",
    "place_area": "地点", "content": "内容", "caller_name": "来电人", "caller_phone": "来电电话",
    "deadline": "办理期限", "dispatched_to": "承办单位", "dispatched_at": "转派时间",
    "result": "办理结果", "completed_at": "办结时间", "satisfaction": "满意度",
    "feedback_at": "回访时间", "archived_at": "归档时间", "case": "关联案件", "started_at": "开始时间",
    "ended_at": "结束时间", "route": "路线", "weather": "天气", "temperature_c": "气温",
    "distance_m": "里程", "vehicles": "车辆", "kind": "类型", "active": "启用状态",
    "is_active": "启用状态", "role": "角色", "police_number": "警号", "password_hash": "密码",
    "amount": "金额", "amount_lost": "损失金额", "case_type": "案件类型", "description": "情况描述",
    "suspects": "嫌疑人", "reference": "案件编号", "guardian": "监护人", "acknowledged_by": "签收人",
    "acknowledged_at": "签收时间", "done_at": "完成时间", "document_sha256": "打印的文书",
    "terms": "协议条款",
}
# Kept in step with another field by the services: never a change of their own.
_DERIVED = {"name_keys", "id_number_reversed", "phone_reversed", "updated_at", "version"}


def _conflict_message(current: StationRecord, expected_version: int,
                      differing: dict[str, tuple[Any, Any]]) -> str:
    """Who saved the record meanwhile, when, and what they changed — from the audit entry of that save."""
    entry = _audit_of_last_save(current)
    who, when_saved, changed, summary = "", format_local(current.updated_at), list(differing), ""
    if entry is not None:
        payload = json.loads(entry.changes or "{}")
        extra = payload.get("extra") or {}
        who = str(extra.get("by") or "") or _full_name(entry.user_id) or entry.username
        when_saved = format_local(entry.at)
        changed = list(payload.get("changes") or {}) or changed
        summary = str(extra.get("summary") or "")[:80]
    changed = [name for name in changed if name not in _DERIVED]
    named = list(dict.fromkeys(FIELD_LABELS[name] for name in changed if name in FIELD_LABELS))
    unnamed = len([name for name in changed if name not in FIELD_LABELS])
    what = "、".join(named) + (f"等 {len(named) + unnamed} 项" if named and unnamed else "")
    what = what or (f"{unnamed} 项内容" if unnamed else "")
    by = f"{who}于 {when_saved} 保存" if who else f"{when_saved} 保存"
    return (
        f"保存失败：这条记录在您打开之后已被其他人修改（{by}，版本 {expected_version} → {current.version}）。"
        + (f"对方改动了：{what}。" if what else "")
        + (f"对方的操作：{summary}。" if summary else "")
        + "为免覆盖别人的修改，本次未保存。请重新打开查看最新内容后再修改。"
    )


def _audit_of_last_save(current: StationRecord) -> Any:
    """The audit entry written with the save that made `current` (same transaction, same clock);
    None when that save audited another record (e.g. a case step saving a party). Times are kept to
    the second, so an entry of the same second for an unaudited save may be taken for it (rare)."""
    if current.updated_at is None:
        return None
    return (
        AuditEntry.select()
        .where((AuditEntry.at >= current.updated_at) & (AuditEntry.entity_id == str(current.id)))
        .order_by(AuditEntry.seq.desc())
        .first()
    )


def _full_name(user_id: uuid.UUID | None) -> str:
    if user_id is None:
        return ""
    account = Account.get_or_none(Account.id == user_id)
    return account.full_name if account else ""
