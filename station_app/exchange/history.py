"""Each station's audit history, kept at the county: a rewritten or shortened chain is caught at
the next import, not only by an anchor typed back from paper.

A bundle carries the station's whole chain as (number, first 16 hex digits of the hash) pairs, and
in full the entries after the ones its last delivered bundle carried (masked as they are). The
county keeps the entries it received (`station_audit`) and checks, before anything of the bundle
is kept: every entry it holds is still in the station's chain with the same hash (none changed,
none dropped), the new entries hash correctly and continue from what it holds. If not, the bundle
is held: the message names the first entry that differs, and a person decides (`accept_history`
applies it and records what differed in the county's own audit chain).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from station_app.audit.chain import GENESIS_HASH, content_hash, entry_content
from station_app.audit.models import AuditEntry
from station_app.core.db import tuples
from station_app.exchange.bundle import BundleError, is_int
from station_app.exchange.models import StationAudit

SHORT = 16  # hex digits of each hash in the list: enough to tell, small enough to carry
_CONTENT_KEYS = ("at", "station_id", "user_id", "username", "action", "entity", "entity_id", "changes")


class HistoryMismatch(BundleError):
    """The station's audit history no longer contains what the county received: held."""

    def __init__(self, message: str, first_seq: int) -> None:
        super().__init__(message)
        self.first_seq = first_seq


# --- at the station --------------------------------------------------------------------------------

def chain_hashes() -> list[list[Any]]:
    """[[number, short hash], …] of this database's whole chain, oldest first."""
    query = AuditEntry.select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq).tuples()
    return [[seq, digest[:SHORT]] for seq, digest in tuples(query)]


def entries_after(seq: int) -> Iterator[dict[str, Any]]:
    """The entries after number `seq`, each as {seq, prev_hash, hash, content …}."""
    query = AuditEntry.select().where(AuditEntry.seq > seq).order_by(AuditEntry.seq)
    for entry in query.iterator():
        yield {"seq": entry.seq, "prev_hash": entry.prev_hash, "hash": entry.hash, **entry_content(entry)}


# --- at the county ---------------------------------------------------------------------------------

@dataclass
class HistoryCheck:
    """Collects a bundle's history as it streams in, then checks it against the county's copy."""

    station_id: uuid.UUID
    station_name: str
    hashes: list[list[Any]] | None = None
    entries: list[dict[str, Any]] | None = None

    def __post_init__(self) -> None:
        self.entries = []

    def take_hashes(self, value: Any) -> None:
        if self.hashes is not None or not isinstance(value, list) or not all(
                isinstance(item, list) and len(item) == 2 and is_int(item[0]) and isinstance(item[1], str)
                and len(item[1]) == SHORT for item in value):
            raise BundleError("数据包中的审计记录清单不正确。数据包已损坏或被改动，无法导入。")
        self.hashes = value

    def take_entry(self, value: Any) -> None:
        assert self.entries is not None
        if not isinstance(value, dict) or not is_int(value.get("seq")) or not all(
                isinstance(value.get(key), str) for key in ("prev_hash", "hash", "at", "username", "action",
                                                           "entity", "entity_id", "changes")):
            raise BundleError("数据包中的审计记录不正确。数据包已损坏或被改动，无法导入。")
        self.entries.append(value)

    def check_and_keep(self, accept: bool) -> list[str]:
        """Raise HistoryMismatch (unless `accept`), then keep the new entries. Returns what differed
        (for the county's own audit entry when accepted)."""
        assert self.entries is not None
        if self.hashes is None:
            raise BundleError("数据包缺少该所的审计记录。数据包已损坏或被改动，无法导入。")
        held: dict[int, str] = dict(tuples(StationAudit.select(StationAudit.seq, StationAudit.hash)
                                           .where(StationAudit.station_id == self.station_id)))
        problem, first = self._compare(held)
        if problem and not accept:
            raise HistoryMismatch(
                f"{self.station_name}的审计记录与县局保存的不一致：{problem}这份数据包暂不导入。请与该所核实"
                "（数据库是否被改动、是否从备份恢复过）；确认后可选择“仍然导入并记录在案”"
                "（命令行：--accept-history）。", first)
        if problem:  # accepted: from the first difference on, the county keeps the station's version
            StationAudit.delete().where((StationAudit.station_id == self.station_id)
                                        & (StationAudit.seq >= first)).execute()
        rows = [{"station_id": self.station_id, "seq": entry["seq"], "at": entry["at"],
                 "user_id": entry.get("user_id"), "username": entry["username"], "action": entry["action"],
                 "entity": entry["entity"], "entity_id": entry["entity_id"], "changes": entry["changes"],
                 "prev_hash": entry["prev_hash"], "hash": entry["hash"]}
                for entry in self.entries if entry["seq"] not in held or problem and entry["seq"] >= first]
        for start in range(0, len(rows), 500):
            StationAudit.insert_many(rows[start:start + 500]).on_conflict_ignore().execute()
        return [problem] if problem else []

    def _compare(self, held: dict[int, str]) -> tuple[str, int]:
        assert self.entries is not None and self.hashes is not None
        listed = {seq: short for seq, short in self.hashes}
        for seq in sorted(held):
            if seq not in listed:
                return f"第 {seq} 条及以后的审计记录在该所已被删除（县局收到过）。", seq
            if listed[seq] != held[seq][:SHORT]:
                return f"第 {seq} 条审计记录在县局收到之后被改写过。", seq
        previous = None
        for entry in self.entries:
            content = {key: entry.get(key) for key in _CONTENT_KEYS}
            if content_hash(entry["prev_hash"], content) != entry["hash"] or \
                    listed.get(entry["seq"]) != entry["hash"][:SHORT]:
                return f"第 {entry['seq']} 条审计记录的内容与其哈希不符（被改动过）。", entry["seq"]
            expected = previous if previous is not None else self._hash_before(entry["seq"], held)
            if expected is not None and entry["prev_hash"] != expected:
                return f"第 {entry['seq']} 条审计记录与前一条不衔接（之前的记录被删改过）。", entry["seq"]
            previous = entry["hash"]
        return "", 0

    def _hash_before(self, seq: int, held: dict[int, str]) -> str | None:
        """The full hash of the entry before `seq` in the chain, if the county holds it (the
        genesis before a chain's first entry); None when it cannot know."""
        assert self.hashes is not None
        earlier = [number for number, _short in self.hashes if number < seq]
        if not earlier:
            return GENESIS_HASH
        return held.get(max(earlier))
