"""English mode, item 13: the core's refusals are the app's own words too. An officer who left a
field empty in 登记纠纷 read "请选择纠纷来源：…" in the English interface: the walk of every page
never saves a form, so it never saw them.

Every refusal the core can give (the command line's own aside) is read from its source, its
values replaced by samples, and must come out English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.english.crawl import CJK
from ui.common.core_text import core_text
from ui.common.language import apply_language

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ("station_app",)
# Not shown in a window: the command line's own words, the demo's data, frozen migrations.
NOT_SHOWN = ("cli", "demo", "migrations")
RAISES = ("ValidationError", "NotFound", "PermissionDenied", "StationError", "ConflictError", "ValueError",
          "IdNumberError",
          "required_text", "happened_at")


def _text(node: ast.AST) -> str | None:
    """What a message expression gives, each value in it replaced by a sample ("X1", "X2" …)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [part.value if isinstance(part, ast.Constant) else f"X{index}"
                 for index, part in enumerate(node.values, 1)]
        return "".join(str(part) for part in parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return (left or "X8") + (right or "X9") if left or right else None
    return None


def refusals() -> dict[str, str]:
    """message → where it is raised, for every refusal of SOURCES."""
    found: dict[str, str] = {}
    files = [path for source in SOURCES for path in
             (sorted((ROOT / source).rglob("*.py")) if (ROOT / source).is_dir() else [ROOT / source])]
    for path in files:
        if any(part in NOT_SHOWN for part in path.relative_to(ROOT).parts):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            candidates: list[ast.AST] = []
            if isinstance(node, ast.Call) and any(name in ast.unparse(node.func) for name in RAISES):
                for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                    candidates += argument.values if isinstance(argument, ast.Dict) else [argument]
            if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript)
                    and re.match(r"(problems|errors|found)\b", ast.unparse(node.targets[0]))):
                candidates.append(node.value)
            if isinstance(node, ast.Return) and node.value is not None and path.name == "limits.py":
                candidates.append(node.value)
            for candidate in candidates:
                text = _text(candidate)
                if text and CJK.search(text):
                    found.setdefault(text, f"{path.relative_to(ROOT)}:{candidate.lineno}")
    return found


@pytest.fixture
def english(qapp):
    apply_language("en")
    yield
    apply_language("zh_CN")


def test_every_refusal_of_the_core_is_english(english) -> None:
    found = refusals()
    assert len(found) > 50  # the scan reads the services
    chinese = {where: text for text, where in found.items() if CJK.search(core_text(text))}
    assert chinese == {}, "\n".join(f"{where}: {text}" for where, text in sorted(chinese.items()))


def test_an_empty_registration_is_refused_in_english(qtbot, disputes_page, english) -> None:
    from ui.mediation.register_dialog import RegisterDialog

    dialog = RegisterDialog(disputes_page.actor, disputes_page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    shown = [label.text() for label in dialog.findChildren(QLabel)
             if label.objectName().startswith("error_") and label.text()]
    assert len(shown) >= 3 and not [text for text in shown if CJK.search(text)], shown


def test_a_new_party_s_ethnicities_are_english(qtbot, disputes_page, english) -> None:
    """新增人员 listed the ethnicities in Chinese (the resident form shows them in the language; the
    page walk never opens the new-person row)."""
    from ui.mediation.register_dialog import RegisterDialog

    dialog = RegisterDialog(disputes_page.actor, disputes_page)
    qtbot.addWidget(dialog)
    combo = dialog.picker.new_ethnicity
    texts = [combo.itemText(index) for index in range(combo.count())]
    assert len(texts) > 50 and [text for text in texts if CJK.search(text)] == []
    assert combo.itemData(2) == "蒙古族"  # the stored word stays Chinese
