"""The patrol scene of the unit tests (areas, officers, volunteers, two teams) and the 巡逻 page."""

from __future__ import annotations

import pytest

from tests.unit.patrols.conftest import Scene, build_scene

__all__ = ["Scene"]


@pytest.fixture
def scene(sqlite_admin) -> Scene:
    return build_scene(sqlite_admin)


@pytest.fixture
def patrols_page(qtbot, scene):
    from ui.patrols.page import PatrolsPage

    page = PatrolsPage(scene.actor)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    return page
