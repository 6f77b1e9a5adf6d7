"""Verification codes: a printout can be checked against what the database recorded.

The code must be printed inside the PDF, so it cannot be derived from the PDF's own bytes.
It is derived from the document's CONTENT instead:

    content_sha256 = SHA-256( "PAJT-DOC\\n" + kind + "\\n" + template version + "\\n" + canonical JSON )
    code           = first 10 base32 characters of content_sha256, shown "ABCD-EFGH-IJ" (50 bits)
    QR payload     = "PAJT:<kind>:<case number>:<code>"

The service records the code, `content_sha256` and the PDF's SHA-256 with the document. To check
a paper: scan the QR (or type the code) → find the recorded document → it names the case and
the PDF. Rebuilding from today's case data gives the same code only if nothing printed has
changed since, which is what a re-print check wants. The template version is hashed too, so a
change of legal wording changes the code. The alphabet (A-Z, 2-7) has no 0/1/8/9, and the
code is read back case- and dash-insensitively (`normalise_code`).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from station_app.documents.inputs import canonical_json

CODE_LENGTH = 10
PAYLOAD_PREFIX = "PAJT"


@dataclass(frozen=True)
class Verification:
    """What is printed on a document to tie it to its record."""

    kind: str
    case_number: str
    code: str  # "ABCD-EFGH-IJ"
    content_sha256: str

    @property
    def payload(self) -> str:
        """The text in the QR code."""
        return f"{PAYLOAD_PREFIX}:{self.kind}:{self.case_number}:{self.code}"


@dataclass(frozen=True)
class BuiltDocument:
    """A finished PDF. `sha256` is of `pdf` (record it); `verification_code` is printed on it."""

    pdf: bytes
    sha256: str
    verification_code: str
    page_count: int
    content_sha256: str = ""
    qr_payload: str = ""


def content_digest(kind: str, template_version: int | str, content: object) -> str:
    """SHA-256 (hex) of the canonical content of a document of `kind`."""
    text = f"PAJT-DOC\n{kind}\n{template_version}\n{canonical_json(content)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def code_from_digest(digest_hex: str) -> str:
    """The printed code for a content digest: 10 base32 characters grouped 4-4-2."""
    letters = base64.b32encode(bytes.fromhex(digest_hex)).decode("ascii")[:CODE_LENGTH]
    return f"{letters[:4]}-{letters[4:8]}-{letters[8:]}"


def normalise_code(typed: str) -> str:
    """A code as a person may type it ("abcd efgh ij", "ABCDEFGHIJ") in its printed form."""
    letters = re.sub(r"[^A-Z2-7]", "", typed.upper())
    return f"{letters[:4]}-{letters[4:8]}-{letters[8:]}" if len(letters) == CODE_LENGTH else typed.strip()


def parse_payload(payload: str) -> tuple[str, str, str] | None:
    """(kind, case number, code) from a scanned QR payload; None if it is not one of ours."""
    prefix, _, rest = payload.strip().partition(":")
    kind, _, rest = rest.partition(":")
    case_number, sep, code = rest.rpartition(":")  # a case number may itself contain ':'
    if prefix != PAYLOAD_PREFIX or not sep or not kind:
        return None
    return kind, case_number, code


def make_verification(
    kind: str, case_number: str, template_version: int | str, content: object
) -> Verification:
    """The code and payload for a document of `kind` with this content (see the module doc)."""
    digest = content_digest(kind, template_version, content)
    return Verification(kind, case_number, code_from_digest(digest), digest)


def finish_document(
    verification: Verification, build: Callable[[Verification], tuple[bytes, int]]
) -> BuiltDocument:
    """Build the PDF with its code printed (`build` returns the bytes and the page count) and
    hash the result. The builder must be deterministic (rl_config invariant mode), so the same
    input gives byte-identical PDFs and therefore the same recorded SHA-256."""
    pdf, pages = build(verification)
    return BuiltDocument(
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        verification_code=verification.code,
        page_count=pages,
        content_sha256=verification.content_sha256,
        qr_payload=verification.payload,
    )
