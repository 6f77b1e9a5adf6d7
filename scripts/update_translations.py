"""Refresh resources/translations/station_en.ts from the UI sources and compile the .qm.

English comes from scripts/translations_en.py and scripts/translations_en_<feature>.py; Chinese
for the labels Qt's own catalogue leaves English from scripts/translations_zh_qt.py
(resources/translations/qt_supplement_zh_CN.qm).

    python scripts/update_translations.py        # fails listing any string without English
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "station_en.ts"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translations_en import ENGLISH as _BASE  # noqa: E402


def feature_tables() -> dict[str, dict[str, str]]:
    """translations_en_<feature>.py → {feature: its ENGLISH}, in file order."""
    import importlib

    return {path.stem.removeprefix("translations_en_"): importlib.import_module(path.stem).ENGLISH
            for path in sorted(Path(__file__).resolve().parent.glob("translations_en_*.py"))
            if path.stem != "translations_en_core"}


def helper_strings() -> dict[str, set[str]]:
    """Strings passed to a module's own `_tr(text)` helper (which calls translate("Context", text)):
    lupdate cannot see through the helper, so they are collected here, by context."""
    import ast
    import re

    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        source = path.read_text("utf-8")
        helper = re.search(r'def _tr\(text: str\) -> str:.*?translate\("(\w+)", text\)', source, re.S)
        if helper is None:
            continue
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(helper.group(1), set()).add(node.args[0].value)
    return found


def add_helper_strings(tree: ElementTree.ElementTree) -> None:
    """Put the `_tr` helpers' strings in their contexts (without English yet: filled like the rest)."""
    root = tree.getroot()
    for name, texts in helper_strings().items():
        context = next((item for item in root.iter("context") if item.findtext("name") == name), None)
        if context is None:
            context = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = name
        present = {message.findtext("source") for message in context.iter("message")}
        for text in sorted(texts - present):
            message = ElementTree.SubElement(context, "message")
            ElementTree.SubElement(message, "source").text = text
            ElementTree.SubElement(message, "translation").set("type", "unfinished")


def add_core_context(tree: ElementTree.ElementTree, merged: dict[str, str]) -> list[str]:
    """The "Core" context: the core's vocabularies, its sentence templates and the other core
    texts of translations_en_core.py (ui/common/core_text.py shows them). Returns what lacks English."""
    sys.path.insert(0, str(ROOT))
    from translations_en_core import ENGLISH as CORE  # noqa: N811

    from ui.common.core_text import CONTEXT, TEMPLATES, core_words

    root = tree.getroot()
    for old in [context for context in root.iter("context") if context.findtext("name") == CONTEXT]:
        root.remove(old)
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    missing = []
    for source in sorted(core_words() | set(TEMPLATES) | set(CORE)):
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = source
        translation = ElementTree.SubElement(message, "translation")
        text = CORE.get(source) or merged.get(source)
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
            missing.append(source)
    ElementTree.indent(root)
    return missing


def english() -> dict[str, str]:
    """translations_en.py plus one translations_en_<module>.py per feature (no edit collisions)."""
    merged = dict(_BASE)
    for table in feature_tables().values():
        for source, text in table.items():
            # The same Chinese may mean different things on different pages (回访: a follow-up of a
            # dispute, a call back to a hotline caller): a feature's own English wins for the
            # strings of its own folder ui/<feature>/ (see english_for); elsewhere the first wins.
            merged.setdefault(source, text)
    return merged


def english_for(message: ElementTree.Element, merged: dict[str, str],
                features: dict[str, dict[str, str]]) -> str | None:
    """The English of one .ts message: its feature's own (by the folder of its first location)
    if that feature's table has it, else the merged one."""
    source = message.findtext("source") or ""
    for location in message.iter("location"):
        parts = Path(location.get("filename", "")).parts
        if "ui" in parts and parts.index("ui") + 1 < len(parts) - 1:
            feature = parts[parts.index("ui") + 1]
            if source in features.get(feature, {}):
                return features[feature][source]
        break
    return merged.get(source)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def write_qt_supplement() -> None:
    """qt_supplement_zh_CN.ts/.qm: the Chinese Qt's dialogs lack, by Qt's own context and source."""
    from translations_zh_qt import CHINESE

    ts = ROOT / "resources" / "translations" / "qt_supplement_zh_CN.ts"
    root = ElementTree.Element("TS", version="2.1", language="zh_CN")
    for context_name in sorted({context for context, _source in CHINESE}):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = context_name
        for (owner, source), text in sorted(CHINESE.items()):
            if owner == context_name:
                message = ElementTree.SubElement(context, "message")
                ElementTree.SubElement(message, "source").text = source
                ElementTree.SubElement(message, "translation").text = text
    ElementTree.indent(root)
    ElementTree.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True)


def main() -> int:
    write_qt_supplement()
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", "-ts", str(TS)], check=True, capture_output=True)
    tree = ElementTree.parse(TS)
    add_helper_strings(tree)
    merged, features = english(), feature_tables()
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = english_for(message, merged, features)
        if text is not None and translation is not None:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    missing += add_core_context(tree, merged)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    for source in missing:
        print(f"no English for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
