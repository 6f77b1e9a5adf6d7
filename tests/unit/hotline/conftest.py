"""Orders in any status, built through the real services, and platform export files built here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.hotline import orders, steps
from station_app.hotline.views import OrderDetail

_SEQUENCE = iter(range(1, 10**6))


def new_order(actor: Actor, **details: object) -> OrderDetail:
    values: dict[str, object] = {
        "order_number": f"XA2026{next(_SEQUENCE):07d}", "caller_name": "白先生",
        "caller_phone": "13912345678",
        "content": "反映小区物业公司乱收费，要求核实。", "category": "物业管理", "working_days": 5,
        "received_at": local_now() - timedelta(hours=1),
    }
    values.update(details)
    return orders.create_order(actor, values)


MOVES: dict[str, Callable[[Actor, OrderDetail], OrderDetail]] = {
    "received": lambda a, o: steps.dispatch_order(a, o.id, o.version, "社区警务室"),
    "dispatched": lambda a, o: steps.start_handling(a, o.id, o.version),
    "handling": lambda a, o: steps.complete_order(a, o.id, o.version, "已协调物业公司退还费用。"),
    "completed": lambda a, o: steps.record_feedback(a, o.id, o.version, "满意"),
    "visited": lambda a, o: steps.archive_order(a, o.id, o.version),
}


def order_in(actor: Actor, status: str) -> OrderDetail:
    order = new_order(actor)
    while order.status != status:
        order = MOVES[order.status](actor, order)
    return order


@pytest.fixture
def in_status(sqlite_admin):
    return lambda status: order_in(sqlite_admin, status)


def write_export(path: Path, rows: Sequence[Sequence[object]], merges: Sequence[str] = ()) -> Path:
    """An .xlsx as a platform exports it: whatever rows are given, cells merged as listed."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "工单列表"
    for row in rows:
        sheet.append(list(row))
    for area in merges:
        sheet.merge_cells(area)
    workbook.save(path)
    return path


HEADER = ["序号", "工单编号", "来电时间", "诉求人", "联系电话", "诉求内容", "诉求类别", "办理时限",
          "承办单位"]


def received(days_ago: int, hour: int = 9) -> datetime:
    moment = local_now() - timedelta(days=days_ago)
    return moment.replace(hour=hour, minute=5, second=0, microsecond=0)
