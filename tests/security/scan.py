"""Reading what the app produced the way someone holding the file would: text of a PDF (and its
metadata), every cell of every sheet and every part inside an XLSX, raw bytes of anything else
— then looking for personal numbers in it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest

# With no digit on either side, as DOMAIN.md words the scan: an ID is 17 digits and a digit or X,
# a mobile 1[3-9] and 9 digits. (An order number or a hash is not cut to look like one.)
ID_PATTERN = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
MOBILE_PATTERN = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (poppler-utils)")
        pytest.skip(f"{name} not installed")
    return path


def _run(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_text(path: Path) -> str:
    """What a reader of the PDF sees (pdftotext) plus its metadata (pdfinfo)."""
    return _run(tool("pdftotext"), "-enc", "UTF-8", path, "-") + "\n" + _run(tool("pdfinfo"), path)


def xlsx_text(path: Path) -> str:
    """Every cell value of every sheet (openpyxl), then every XML part of the package: comments,
    defined names and document properties are read too."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=False)
    cells = [str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if cell.value is not None]
    book.close()
    with zipfile.ZipFile(path) as package:
        parts = [package.read(name).decode("utf-8", "replace") for name in package.namelist()]
    return "\n".join([*cells, *parts])


def file_text(path: Path) -> str:
    """The file as its kind is read, with its name."""
    if path.suffix.lower() == ".pdf":
        body = pdf_text(path)
    elif path.suffix.lower() == ".xlsx":
        body = xlsx_text(path)
    else:
        body = path.read_bytes().decode("utf-8", "replace")
    return f"{path.name}\n{body}"


def squash(text: str) -> str:
    """Without whitespace: a number wrapped across two lines of a PDF joins again."""
    return re.sub(r"\s+", "", text)


# A SHA-256 in hexadecimal (the USB manifest lists one per file) is not a personal number, but one
# in thirty holds a run of digits shaped like one.
HASH = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])")


def numbers_in(text: str) -> list[str]:
    """Every unmasked ID or mobile pattern in `text` (hashes left out)."""
    text = HASH.sub(" ", text)
    return ID_PATTERN.findall(text) + MOBILE_PATTERN.findall(text)


def leaked(text: str, secrets: Iterable[str], allowed: Iterable[str] = ()) -> list[str]:
    """The `secrets` found in `text` (also across line breaks), and any other ID/mobile pattern
    except the `allowed` values (a document that must carry its parties' numbers)."""
    flat = squash(text)
    found = [secret for secret in secrets if secret in text or secret in flat]
    return sorted(set(found + numbers_in(text)) - set(allowed))


def raw_leaks(data: bytes, secrets: Iterable[str]) -> list[str]:
    """`secrets` present in raw bytes as UTF-8 or UTF-16 (either byte order)."""
    found = []
    for secret in secrets:
        if any(secret.encode(codec) in data for codec in ("utf-8", "utf-16-le", "utf-16-be")):
            found.append(secret)
    return found


def completable(text: str, id_numbers: Iterable[str]) -> list[str]:
    """The ID numbers shown masked in `text` beside their holder's full birth date: the eight
    hidden digits of 152222********1234 ARE the birth date, so the two together are the number
    in full (issue 16 attack B)."""
    from station_app.core.masking import mask_id_number

    flat = squash(text)
    found = []
    for number in id_numbers:
        if mask_id_number(number) not in flat:
            continue
        year, month, day = number[6:10], number[10:12], number[12:14]
        dates = (f"{year}-{month}-{day}", f"{year}年{int(month)}月{int(day)}日", f"{year}{month}{day}",
                 f"{year}/{int(month)}/{int(day)}")
        if any(shown in flat or shown in text for shown in dates):
            found.append(number)
    return found
