"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void Qt call.

Long-running apps then died in none_dealloc. pyproject.toml keeps 3.11 below 6.12; this test
catches the bug if a broken PySide6 comes back. On 3.12+ None is immortal and the count is fixed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

CALLS = 50_000
TOLERANCE = 1_000


def test_void_qt_calls_do_not_drop_references_to_none() -> None:
    target = QObject()
    set_name = target.setObjectName
    before = sys.getrefcount(None)
    for index in range(CALLS):
        result = set_name("n" if index % 2 else "m")
        assert result is None
    del result
    after = sys.getrefcount(None)
    assert before - after <= TOLERANCE, (
        f"None lost {before - after} references over {CALLS} void Qt calls: "
        "this PySide6 build has the none_dealloc bug, do not ship it")
