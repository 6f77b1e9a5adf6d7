"""What an accepted import must have written: the oracles of test_import_files_fuzz.py.

An import the fuzz tests throw a hostile file at may refuse it (checked there) or accept it; when it
accepts, these say what it should have written — and fail when it wrote anything else.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    """What an accepted import did: its report's figures and the rows it wrote, as values."""

    figures: tuple[object, ...]
    rows: tuple[tuple[object, ...], ...]  # sorted; the records the import added or changed
    changed: int  # how many of them existed before (updated)


def written(kind: str, before: dict[str, tuple[object, ...]]) -> tuple[list[tuple[object, ...]], int]:
    current = records(kind)
    rows = [row for key, row in current.items() if before.get(key) != row]
    return sorted(rows, key=repr), sum(1 for key in current if key in before and before[key] != current[key])


def records(kind: str) -> dict[str, tuple[object, ...]]:
    from station_app.hotline.models import HotlineOrder
    from station_app.residents.models import Resident

    if kind == "residents":
        query = Resident.select(Resident.id, Resident.name, Resident.gender, Resident.ethnicity,
                                Resident.id_number, Resident.birth_date, Resident.phone, Resident.address,
                                Resident.notes, Resident.tags).tuples()
    else:
        query = HotlineOrder.select(HotlineOrder.id, HotlineOrder.order_number, HotlineOrder.received_at,
                                    HotlineOrder.caller_name, HotlineOrder.caller_phone, HotlineOrder.content,
                                    HotlineOrder.category, HotlineOrder.platform_unit,
                                    HotlineOrder.deadline).tuples()
    return {str(row[0]): tuple(str(value) if value is not None else None for value in row[1:])
            for row in query}


Intended = Callable[[Outcome, object], None]


def nothing_invented(path: Path) -> Intended:
    """Every text an accepted import stored is in the file (as some encoding reads its bytes)."""
    data = path.read_bytes()
    readings = [data.decode(encoding, errors="ignore") for encoding in ("utf-8-sig", "gb18030", "utf-16")]
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            readings += [archive.read(name).decode("utf-8", errors="ignore") for name in archive.namelist()]

    def check(outcome: Outcome, _report: object) -> None:
        for row in outcome.rows:
            name = str(row[0] if row[0] is not None else "")
            assert any(name in text for text in readings), f"{name!r} is not in the file"

    return check


def same_as_pristine(pristine: Outcome) -> Intended:
    """A damaged copy that is accepted must import exactly as the undamaged file does."""
    def check(outcome: Outcome, _report: object) -> None:
        assert outcome == pristine, "an accepted damaged file imported something else than the good file"

    return check


def as_typed(value: object) -> str:
    """What a typed cell is stored as (DOMAIN.md: exactly what was typed, trimmed; NBSP and the
    ideographic space count as spaces)."""
    text = str(value or "").replace("\u00a0", " ").replace("\u3000", " ")
    return unicodedata.normalize("NFC", text).strip()


def as_number(value: object) -> str:
    """A platform's number as stored: typed in full-width or with spaces and line breaks in it, it
    is the same number (hotline/fields.order_number)."""
    text = as_typed(value).translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
    return re.sub(r"\s+", "", text)


def typed_rows(rows: list[list[str]], columns: dict[int, int], header_rows: int = 1,
               numbers: frozenset[int] = frozenset()) -> Intended:
    """Each record written holds, in `columns` (its field → the sheet's column), exactly what one
    row that was not rejected has there (`numbers`: fields that are numbers, see as_number); every
    row is imported, unchanged or listed as rejected."""
    def cell(row: list[str], field: int, column: int) -> str:
        return as_number(row[column]) if field in numbers else as_typed(row[column])

    def check(outcome: Outcome, report: object) -> None:
        rejected = {number for number, _reason in outcome.figures[3]}
        accepted = [row for number, row in enumerate(rows, start=header_rows + 1) if number not in rejected]
        for record in outcome.rows:
            assert any(all(record[field] == cell(row, field, column) for field, column in columns.items())
                       for row in accepted), f"{record} is not what any accepted row says"
        filled = [number for number, row in enumerate(rows, start=header_rows + 1)
                  if any(as_typed(cell) for cell in row)]
        accounted = outcome.figures[0] + outcome.figures[1] + outcome.figures[2] + len(rejected)
        assert accounted == len(filled), (outcome.figures, filled)

    return check
