"""A restitution case with victims and money recovered, and the page in a window."""

from __future__ import annotations

import pytest

from station_app.restitution.views import CaseDetail
from tests.unit.restitution.conftest import recover, with_victims


@pytest.fixture
def case(sqlite_admin) -> CaseDetail:
    """王建国 2,800, 李秀英 3,000, 张伟 2,500 lost; 8,300 recovered."""
    return recover(sqlite_admin, with_victims(sqlite_admin), "8,300")


@pytest.fixture
def page(qtbot, sqlite_admin):
    from ui.restitution.page import RestitutionPage

    widget = RestitutionPage(sqlite_admin)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
