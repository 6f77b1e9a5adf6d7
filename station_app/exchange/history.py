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

_LIMITS = {"at": 32, "username": 64, "action": 64, "entity": 64, "entity_id": 64, "prev_hash": 64, "hash": 64}
_BATCH_ROWS, _BATCH_CHARACTERS = 500, 1 << 20
MSG_ENTRY = "数据包中的审计记录不正确。数据包已损坏或被改动，无法导入。"


@dataclass
class HistoryCheck:
    """Checks a bundle's history as it streams in against the county's copy, and keeps the new
    entries as they come (within the import's transaction): entries are never all held in memory
    (their text costs a few bytes each once compressed). A difference raises HistoryMismatch at
    once, unless `accept`: then, from the first difference on, the county keeps the station's
    version, and what differed is returned by `check_and_keep` for the county's own audit entry."""

    station_id: uuid.UUID
    station_name: str
    accept: bool = False
    hashes: list[list[Any]] | None = None

    def __post_init__(self) -> None:
        self.held: dict[int, str] = {}
        self.listed: dict[int, str] = {}
        self.problem, self.first = "", 0
        self.previous: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.row_bytes = 0

    def take_hashes(self, value: Any) -> None:
        if self.hashes is not None or not isinstance(value, list) or not all(
                isinstance(item, list) and len(item) == 2 and is_int(item[0]) and isinstance(item[1], str)
                and len(item[1]) == SHORT for item in value):
            raise BundleError("数据包中的审计记录清单不正确。数据包已损坏或被改动，无法导入。")
        self.hashes = value
        self.listed = {seq: short for seq, short in value}
        self.held = dict(tuples(StationAudit.select(StationAudit.seq, StationAudit.hash)
                                .where(StationAudit.station_id == self.station_id)))
        for seq in sorted(self.held):
            if seq not in self.listed:
                self._differs(f"第 {seq} 条及以后的审计记录在该所已被删除（县局收到过）。", seq)
                break
            if self.listed[seq] != self.held[seq][:SHORT]:
                self._differs(f"第 {seq} 条审计记录在县局收到之后被改写过。", seq)
                break

    def take_entry(self, value: Any) -> None:
        if self.hashes is None or not _well_formed(value):
            raise BundleError(MSG_ENTRY)
        seq = value["seq"]
        content = {key: value.get(key) for key in _CONTENT_KEYS}
        if content_hash(value["prev_hash"], content) != value["hash"] or \
                self.listed.get(seq) != value["hash"][:SHORT]:
            self._differs(f"第 {seq} 条审计记录的内容与其哈希不符（被改动过）。", seq)
        expected = self.previous if self.previous is not None else self._hash_before(seq)
        if expected is not None and value["prev_hash"] != expected:
            self._differs(f"第 {seq} 条审计记录与前一条不衔接（之前的记录被删改过）。", seq)
        self.previous = value["hash"]
        if seq in self.held:
            return
        self.rows.append({"station_id": self.station_id, "user_id": value.get("user_id"),
                          **{key: value[key] for key in ("seq", *_LIMITS, "changes")}})
        self.row_bytes += len(value["changes"])
        if len(self.rows) >= _BATCH_ROWS or self.row_bytes >= _BATCH_CHARACTERS:
            self._keep()

    def check_and_keep(self) -> list[str]:
        """Keep the last entries; returns what differed (accepted), for the county's own audit entry."""
        if self.hashes is None:
            raise BundleError("数据包缺少该所的审计记录。数据包已损坏或被改动，无法导入。")
        self._keep()
        return [self.problem] if self.problem else []

    def _keep(self) -> None:
        if self.rows:
            StationAudit.insert_many(self.rows).on_conflict_ignore().execute()
        self.rows, self.row_bytes = [], 0

    def _differs(self, problem: str, first: int) -> None:
        if self.problem:
            return  # the first difference is the one named
        if not self.accept:
            raise HistoryMismatch(
                f"{self.station_name}的审计记录与县局保存的不一致：{problem}这份数据包暂不导入。请与该所核实"
                "（数据库是否被改动、是否从备份恢复过）；确认后可选择“仍然导入并记录在案”"
                "（命令行：--accept-history）。", first)
        # accepted: from the first difference on, the county keeps the station's version
        self.problem, self.first = problem, first
        self._keep()
        StationAudit.delete().where((StationAudit.station_id == self.station_id)
                                    & (StationAudit.seq >= first)).execute()
        self.held = {seq: digest for seq, digest in self.held.items() if seq < first}

    def _hash_before(self, seq: int) -> str | None:
        """The full hash of the entry before `seq` in the chain, if the county holds it (the
        genesis before a chain's first entry); None when it cannot know."""
        assert self.hashes is not None
        earlier = [number for number, _short in self.hashes if number < seq]
        if not earlier:
            return GENESIS_HASH
        return self.held.get(max(earlier))


def _well_formed(value: Any) -> bool:
    """An audit entry of the shape the station writes, each text within its column and without NUL."""
    if not isinstance(value, dict) or not is_int(value.get("seq")) or not -2**63 <= value["seq"] < 2**63:
        return False
    texts = (*_LIMITS, "changes")
    if not all(isinstance(value.get(key), str) and "\x00" not in value[key] for key in texts):
        return False
    user = value.get("user_id")
    return all(len(value[key]) <= limit for key, limit in _LIMITS.items()) and (
        user is None or isinstance(user, str) and len(user) <= 40)
