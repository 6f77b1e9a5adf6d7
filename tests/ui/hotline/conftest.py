"""A station with a few orders built through the real services, and the hotline page shown."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station_app.core.clock import local_now
from station_app.hotline import orders


def add_order(actor, number: str, **details: object):  # noqa: ANN001, ANN201
    values: dict[str, object] = {
        "order_number": number, "caller_name": "白先生", "caller_phone": "13912345678",
        "content": "反映小区物业公司乱收费，要求核实。", "category": "物业管理", "working_days": 5,
        "received_at": local_now() - timedelta(hours=2),
    }
    values.update(details)
    return orders.create_order(actor, values)


@pytest.fixture
def hotline_page(qtbot, sqlite_admin):
    from ui.hotline.page import HotlinePage

    def build():  # noqa: ANN202
        page = HotlinePage(sqlite_admin)
        qtbot.addWidget(page)
        page.resize(1300, 720)
        page.show()
        qtbot.waitExposed(page)
        return page

    return build
