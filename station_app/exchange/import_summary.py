"""What importing a bundle says: its summary (counts per table, files, accepted history) and the two
refusals a person can act on (a gap in the station's changes, a restarted journal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from station_app.exchange.apply import TableCounts
from station_app.exchange.bundle import BundleError

APPLIED, REPLAY = "applied", "replay"


class GapError(BundleError):
    """The county lacks changes this bundle builds on: nothing was written."""

    def __init__(self, message: str, first_missing: int, last_missing: int) -> None:
        super().__init__(message)
        self.first_missing, self.last_missing = first_missing, last_missing


class RestartError(BundleError):
    """The station's journal started again (restored backup or reinstall): needs a person's consent."""


@dataclass
class ImportSummary:
    station_code: str = ""
    station_name: str = ""
    outcome: str = APPLIED
    from_seq: int = 0
    to_seq: int = 0
    full: bool = False
    tables: dict[str, TableCounts] = field(default_factory=dict)
    files: int = 0
    missing_files: int = 0
    history_problems: list[str] = field(default_factory=list)  # accepted differences in its audit history

    def total(self, what: str) -> int:
        return sum(getattr(counts, what) for counts in self.tables.values())

    @property
    def inserted(self) -> int:
        return self.total("inserted")

    @property
    def updated(self) -> int:
        return self.total("updated")

    @property
    def deleted(self) -> int:
        return self.total("deleted")

    @property
    def unchanged(self) -> int:
        return self.total("unchanged")

    def as_json(self) -> dict[str, Any]:
        return {"station": self.station_code, "outcome": self.outcome, "from": self.from_seq,
                "to": self.to_seq, "full": self.full, "inserted": self.inserted, "updated": self.updated,
                "deleted": self.deleted, "unchanged": self.unchanged, "conflicts": 0, "files": self.files,
                "tables": {name: counts.as_json() for name, counts in sorted(self.tables.items())
                           if counts.any()}}
