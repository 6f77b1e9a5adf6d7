"""QT_TRANSLATE_NOOP typed as what it is: it returns its source text unchanged (PySide6's stub says
`object`). lupdate finds the calls by this name, whichever module it comes from."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (Qt's name, which lupdate looks for)
    """Mark `source` for translation in `context`; the text itself, for now."""
    del context
    return source
