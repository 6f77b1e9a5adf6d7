"""Deciding, row by row, what an import of orders does — without writing anything, so the
preview shows exactly what the import will do.

Matching is by order number within the station:
- a number not yet registered → a new order (status 接收; a deadline already past is accepted:
  it is historical data, and the order shows as overdue);
- the same number with the same content, caller and received time → the platform's other fields
  (deadline, category, phone, 承办单位) are updated where the file gives them (an empty cell never
  erases what is stored; a masked phone matching the stored one is the same phone);
- the same number with a different content, caller or received time → a CONFLICT: both versions
  are reported and nothing is overwritten unless the user chooses the file's version.
Local work on an order (dispatch, notes, result, feedback, its case) is never touched.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from station_app.core.clock import format_local
from station_app.core.masking import mask_phone
from station_app.hotline.fields import PLATFORM_FIELDS, OrderFields, check_order
from station_app.hotline.import_source import (
    FIELD_LABELS,
    guess_mapping,
    missing_columns,
    missing_columns_message,
)
from station_app.hotline.models import HotlineOrder
from station_app.hotline.workdays import WorkCalendar
from station_app.residents.import_plan import ImportCancelled, RejectedRow
from station_app.residents.import_source import ImportFileError, SourceTable

IDENTITY = ("content", "caller_name", "received_at")
LABELS = {**FIELD_LABELS, "deadline_rule": "办理时限"}
_FETCH = 500
_POLL_EVERY = 100


@dataclass
class Update:
    row_number: int
    order_id: uuid.UUID
    number: str
    version: int
    before: dict[str, object]
    after: dict[str, object]


@dataclass
class Conflict:
    """One order number whose file row differs in substance from the stored order."""

    row_number: int
    order_number: str
    order_id: uuid.UUID
    version: int
    fields: list[str]  # labels of the differing fields
    existing: dict[str, str]  # label → shown value (phones masked)
    incoming: dict[str, str]
    values: list[object]  # the row as read, for the reject report
    take: dict[str, object] = field(default_factory=dict)  # what "take the file's" stores
    before: dict[str, object] = field(default_factory=dict)


@dataclass
class Plan:
    new: list[tuple[int, OrderFields]] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)


def _same_text(first: object, second: object) -> bool:
    return re.sub(r"\s+", "", str(first)) == re.sub(r"\s+", "", str(second))


def shown(name: str, value: object) -> str:
    if name == "received_at":
        return format_local(value)  # type: ignore[arg-type]
    if name == "caller_phone":
        return mask_phone(str(value))
    return "" if value is None else str(getattr(value, "isoformat", lambda: value)())


class Planner:
    """One pass over `source` → a Plan. Raises ImportFileError when a needed column is missing,
    ImportCancelled when `cancelled()` turns true."""

    def __init__(self, station_id: uuid.UUID, source: SourceTable, calendar: WorkCalendar,
                 cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[float, str], None] | None = None) -> None:
        self.mapping = guess_mapping(source.headers)
        missing = missing_columns(self.mapping)
        if missing:
            raise ImportFileError(missing_columns_message(source.path.name, source.header_row, source.headers,
                                                          self.mapping))
        self.station_id, self.source, self.calendar = station_id, source, calendar
        self.cancelled = cancelled or (lambda: False)
        self.progress = progress or (lambda fraction, message: None)
        self.plan = Plan()

    def run(self, start: float = 0.0, end: float = 1.0) -> Plan:
        checked: list[tuple[int, list[object], OrderFields]] = []
        total = max(len(self.source.rows), 1)
        for position, (number, values) in enumerate(self.source.rows):
            if position % _POLL_EVERY == 0:
                if self.cancelled():
                    raise ImportCancelled()
                self.progress(start + (end - start) * 0.8 * position / total,
                              f"检查第 {position + 1}/{total} 行")
            raw = {name: values[index] for index, name in self.mapping.items()}
            fields, problems = check_order(raw, self.calendar, historical=True)
            if problems:
                self.plan.rejected.append(RejectedRow(number, self._reason(problems), values))
            else:
                checked.append((number, values, fields))
        self._match(checked)
        self.plan.rejected.sort(key=lambda row: row.row_number)
        return self.plan

    def _reason(self, problems: dict[str, str]) -> str:
        headers = {name: self.source.headers[index] for index, name in self.mapping.items()}
        return "；".join(f"“{headers.get(name) or LABELS.get(name, name)}”列：{message.rstrip('。')}"
                        for name, message in problems.items())

    def _existing(self, numbers: list[str]) -> dict[str, HotlineOrder]:
        found: dict[str, HotlineOrder] = {}
        for first in range(0, len(numbers), _FETCH):
            batch = numbers[first:first + _FETCH]
            query = HotlineOrder.select().where((HotlineOrder.station == self.station_id)
                                                & HotlineOrder.order_number.in_(batch))
            found.update({order.order_number: order for order in query})
        return found

    def _match(self, rows: list[tuple[int, list[object], OrderFields]]) -> None:
        existing = self._existing(sorted({fields.order_number for _, _, fields in rows}))
        first_row: dict[str, int] = {}
        for number, values, fields in rows:
            if fields.order_number in first_row:
                reason = f"与第{first_row[fields.order_number]}行工单编号重复（{fields.order_number}）"
                self.plan.rejected.append(RejectedRow(number, reason, values))
                continue
            first_row[fields.order_number] = number
            order = existing.get(fields.order_number)
            if order is None:
                self.plan.new.append((number, fields))
            else:
                self._compare(number, values, fields, order)

    def _compare(self, number: int, values: list[object], fields: OrderFields, order: HotlineOrder) -> None:
        incoming = fields.platform_values()
        stored = {name: getattr(order, name) for name in PLATFORM_FIELDS}
        differs = [name for name in IDENTITY if not _same_text(stored[name], incoming[name])]
        if differs:
            self.plan.conflicts.append(Conflict(
                number, order.order_number, order.id, order.version, [LABELS[name] for name in differs],
                {LABELS[name]: shown(name, stored[name]) for name in IDENTITY},
                {LABELS[name]: shown(name, incoming[name]) for name in IDENTITY}, values,
                take={name: value for name, value in incoming.items() if value not in ("", None)},
                before={name: stored[name] for name in PLATFORM_FIELDS}))
            return
        after = {}
        for name in PLATFORM_FIELDS:
            value = incoming[name]
            if name in IDENTITY or value in ("", None) or value == stored[name]:
                continue
            if name == "caller_phone" and "*" in str(value) and mask_phone(str(stored[name])) == value:
                continue
            if name == "deadline_rule" and incoming["deadline"] == stored["deadline"]:
                continue
            after[name] = value
        if after:
            self.plan.updates.append(Update(number, order.id, order.order_number, order.version,
                                            {name: stored[name] for name in after}, after))
        else:
            self.plan.unchanged += 1
