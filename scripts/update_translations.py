"""Refresh resources/translations/station_en.ts from the UI sources and compile the .qm.

English comes from scripts/translations_en.py and scripts/translations_en_<feature>.py.

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


def english() -> dict[str, str]:
    """translations_en.py plus one translations_en_<module>.py per feature (no edit collisions)."""
    import importlib

    merged = dict(_BASE)
    for path in sorted(Path(__file__).resolve().parent.glob("translations_en_*.py")):
        for source, text in importlib.import_module(path.stem).ENGLISH.items():
            # The same Chinese text is one message to Qt: a second English for it would silently
            # change what another page shows. Keep the first and say so.
            if merged.setdefault(source, text) != text:
                print(f"{path.name}: {source!r} is already translated as {merged[source]!r}; "
                      f"ignoring {text!r}", file=sys.stderr)
    return merged


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def main() -> int:
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", "-ts", str(TS)], check=True, capture_output=True)
    tree = ElementTree.parse(TS)
    ENGLISH = english()  # noqa: N806
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in ENGLISH:
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    for source in missing:
        print(f"no English for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
