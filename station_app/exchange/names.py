"""File names made from data — a station's name, a case number, a person's name, an attachment's
name — which may come from another PC's bundle and must be treated as hostile.

`safe_file_name` keeps what a person would recognise and drops everything a file system gives a
meaning to: path separators, `..`, drive letters, Windows' reserved device names (CON, NUL, COM1 …),
control characters, trailing dots and spaces; bounded in length. `inside` then checks that the
final path really lies in the folder chosen (a symlink in the way, a name that slipped through).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from station_app.core.errors import StationError

MAX_NAME = 80  # characters: Windows paths stay under 260 with a folder of reasonable depth
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
             *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10)),
             *(f"COM{n}" for n in "¹²³"), *(f"LPT{n}" for n in "¹²³")}
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def safe_file_name(text: str, fallback: str = "文件", max_length: int = MAX_NAME) -> str:
    """A single path component made from `text`; `fallback` when nothing usable is left."""
    cleaned = "".join(" " if unicodedata.category(char).startswith("C") else char
                      for char in unicodedata.normalize("NFC", str(text)))
    cleaned = _FORBIDDEN.sub("_", cleaned)
    cleaned = re.sub(r"\.{2,}", ".", cleaned)  # no ".." anywhere
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    cleaned = cleaned[:max_length].strip(" .")
    if cleaned.split(".")[0].upper().strip() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned or fallback


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refusing any result outside `folder` (after resolving links)."""
    base = Path(folder).resolve()
    target = (base / name).resolve()
    if target.parent != base:
        raise StationError(f"文件名“{name[:40]}”不能用作文件名，已拒绝写入。")
    return target
