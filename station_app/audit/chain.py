"""Appending to and verifying the audit hash chain.

Each entry's hash covers its content and the previous entry's hash, so editing, deleting or
reordering any entry breaks the chain from that point on; `verify_chain` names the first break.
Entries are appended inside the service's own transaction: no write without its audit entry.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from station_app.accounts import permissions
from station_app.audit.models import AuditEntry
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.masking import mask_id_number, mask_phone

GENESIS_HASH = "0" * 64

_MASKERS: dict[str, Callable[[str], str]] = {
    "id_number": mask_id_number,
    "phone": mask_phone,
    "caller_phone": mask_phone,
}
_NEVER_RECORDED = {"password", "password_hash"}


def _safe_value(field: str, value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if field in _NEVER_RECORDED:
        return "***"
    text = value.isoformat() if isinstance(value, datetime) else str(value)
    masker = _MASKERS.get(field)
    return masker(text) if masker else text


def describe_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> dict[str, list[Any]]:
    """{field: [before, after]} for the fields that differ, with personal numbers masked."""
    before, after = before or {}, after or {}
    changes = {}
    for field in sorted(set(before) | set(after)):
        old, new = before.get(field), after.get(field)
        if old != new or field not in before:
            changes[field] = [_safe_value(field, old), _safe_value(field, new)]
    return changes


def _entry_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def _content(entry: AuditEntry) -> dict[str, Any]:
    at = entry.at if isinstance(entry.at, datetime) else datetime.fromisoformat(str(entry.at))
    return {
        "at": at.replace(microsecond=0).isoformat(),
        "station_id": str(entry.station_id) if entry.station_id else None,
        "user_id": str(entry.user_id) if entry.user_id else None,
        "username": entry.username,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "changes": entry.changes,
    }


def record(
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    *,
    username: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. Call inside the service's transaction.

    `actor` is None for anonymous events (a failed login), then `username` says who was tried.
    """
    if not db.is_sqlite():
        # SQLite serialises writers already (BEGIN IMMEDIATE); PostgreSQL needs the chain head
        # locked so two PCs cannot both append after the same entry.
        db.current().execute_sql("SELECT pg_advisory_xact_lock(%s)", (db.PG_WRITER_LOCK,))
    payload: dict[str, Any] = {"changes": describe_changes(before, after)}
    if extra:
        payload["extra"] = {key: _safe_value(key, value) for key, value in extra.items()}
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).first()
    entry = AuditEntry(
        at=utcnow(),
        station_id=actor.station_id if actor else None,
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or "?"),
        action=action,
        entity=entity,
        entity_id=str(entity_id or ""),
        changes=json.dumps(payload, ensure_ascii=False, sort_keys=True),
        prev_hash=last.hash if last else GENESIS_HASH,
    )
    entry.hash = _entry_hash(entry.prev_hash, _content(entry))
    entry.save(force_insert=True)
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    first_broken_seq: int | None = None
    problem: str = ""
    anchor_seq: int | None = None  # where the anchor asked for was found

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None and not self.problem


@dataclass(frozen=True)
class Anchor:
    """The head of the chain when a report or bundle left the station: printed and carried along,
    so a history rewritten inside the database afterwards no longer contains it."""

    seq: int
    hash: str

    @property
    def text(self) -> str:
        """"#1234 3f2a9b1c-…" in groups of eight: easier to read out and compare, and a group never
        looks like a phone or ID number to someone scanning a printout for personal data."""
        groups = "-".join(self.hash[start:start + 8] for start in range(0, len(self.hash), 8))
        return f"#{self.seq} {groups}"


def chain_head() -> Anchor:
    """The newest entry's sequence number and hash (#0 and the genesis hash on an empty chain)."""
    entry = AuditEntry.select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).first()
    return Anchor(entry.seq, entry.hash) if entry else Anchor(0, GENESIS_HASH)


def normalise_anchor(text: str) -> str:
    """The hash part of an anchor as typed from a printout: "#1234 3f2a…", spaces, upper case."""
    # The sequence number goes: after "#", or before the grouped hash ("1234 3f2a9b1c-…").
    text = re.sub(r"^\s*[#＃]\s*\d+\s+", "", text)
    text = re.sub(r"^\s*\d+\s+(?=[0-9A-Fa-f]{8}-)", "", text)
    digits = "".join(text.replace("-", " ").split()).lower()
    if len(digits) < 16 or any(c not in "0123456789abcdef" for c in digits):
        raise ValueError("锚点应为报表上印的审计链哈希（至少 16 位十六进制数字）。")
    return digits


def verify_chain(batch_size: int = 5000, anchor: str | None = None) -> ChainReport:
    """Walk the whole chain in order and report the first entry that does not fit. With `anchor`
    (a hash or its first 16+ digits), the chain must also still contain that entry."""
    wanted = normalise_anchor(anchor) if anchor else None
    prev_hash, checked, last_seq, found = GENESIS_HASH, 0, 0, None
    if wanted is not None and GENESIS_HASH.startswith(wanted):
        found = 0
    while True:
        batch: Iterable[AuditEntry] = list(
            AuditEntry.select()
            .where(AuditEntry.seq > last_seq)
            .order_by(AuditEntry.seq)
            .limit(batch_size)
        )
        if not batch:
            break
        for entry in batch:
            if entry.prev_hash != prev_hash:
                return ChainReport(
                    checked, entry.seq, f"第 {entry.seq} 条审计记录与前一条不衔接（前一条被删改或顺序被打乱）"
                )
            if _entry_hash(entry.prev_hash, _content(entry)) != entry.hash:
                return ChainReport(checked, entry.seq, f"第 {entry.seq} 条审计记录的内容被改动过（哈希不符）")
            if wanted is not None and found is None and entry.hash.startswith(wanted):
                found = entry.seq
            prev_hash, last_seq = entry.hash, entry.seq
            checked += 1
    if wanted is not None and found is None:
        return ChainReport(checked, None, f"锚点 {wanted[:16]}… 不在本库的审计链中：报表或数据包送出之后，"
                                          "本库的审计记录被改写过（或锚点来自另一个库）。", None)
    return ChainReport(checked, None, "", found)


def verify(actor: Actor, anchor: str | None = None) -> ChainReport:
    """`station audit verify`: the chain walked (against an anchor from a printout, if given)."""
    permissions.require(actor, "audit.verify")
    return verify_chain(anchor=anchor)


@dataclass(frozen=True)
class EntryView:
    seq: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    changes: str  # JSON, personal numbers already masked when recorded


def list_entries(actor: Actor, limit: int = 200, offset: int = 0) -> list[EntryView]:
    """The newest audit entries first (who did what, when), for `station audit list`."""
    permissions.require(actor, "audit.view")
    return [EntryView(e.seq, e.at, e.username, e.action, e.entity, e.entity_id, e.changes)
            for e in recent_entries(limit, offset)]


def recent_entries(limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    return list(AuditEntry.select().order_by(AuditEntry.seq.desc()).offset(offset).limit(limit))


def count_entries(where: peewee.Expression | None = None) -> int:
    query = AuditEntry.select()
    if where is not None:
        query = query.where(where)
    return query.count()
