"""Shared inputs and real-tool helpers for the document tests.

Tools (pdftotext, pdffonts, pdfinfo, pdftoppm from poppler-utils; zbarimg from zbar-tools) and
the Ext-B font (fonts-hanazono) are installed by `bootstrap.py test`. Without one, a test skips
on a developer's machine and FAILS in CI (CI is set), so CI never passes by skipping.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from station_app.core.fonts import find_fallback_fonts
from station_app.documents.inputs import (
    AgreementInput,
    AgreementTerm,
    PartyInfo,
    SessionRecordInput,
    WarningInput,
)

MONGOLIAN = "巴特尔·额尔敦"
RARE = "周𠮷祥"  # 𠮷 U+20BB7: only in Ext-B fonts (HanaMinB here)
LONG_NAME = "阿拉坦仓·额尔德尼巴雅尔·孟和吉日嘎拉图"  # 20 characters
assert len(LONG_NAME) == 20
MARKUP_TEXT = "乙方另付<b>&amp;搬运费 a<b & c>d\n第二行照原样打印"


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is required in CI (bootstrap.py test installs it)")
        pytest.skip(f"{tool} not installed")
    return path


def require_ext_b_font() -> None:
    if not find_fallback_fonts():
        if os.environ.get("CI"):
            pytest.fail("an Extension B font (fonts-hanazono) is required in CI")
        pytest.skip("no Extension B font installed (apt install fonts-hanazono)")


def run(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def write(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdf_text(path: Path, *, first: int | None = None, last: int | None = None) -> str:
    """pdftotext output (reading order), optionally of a page range."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return run(require("pdftotext"), "-enc", "UTF-8", *pages, path, "-")


def squash(text: str) -> str:
    """Without any whitespace: wrapped lines of one paragraph join back into what was typed."""
    return re.sub(r"\s+", "", text)


def page_count(path: Path) -> int:
    info = run(require("pdfinfo"), path)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def fonts_table(path: Path) -> list[dict[str, str]]:
    """pdffonts rows as dicts (name, type, emb, sub, uni)."""
    lines = run(require("pdffonts"), path).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name … type (1-2 words) encoding emb sub uni object-id generation
        rows.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": parts[-5],
                     "sub": parts[-4], "uni": parts[-3]})
    return rows


def decode_qr(path: Path, page: int, tmp_path: Path) -> str:
    """Render one page at 200 dpi and decode its QR code with zbarimg."""
    zbarimg = require("zbarimg")
    prefix = tmp_path / f"page{page}"
    pages = ("-f", str(page), "-l", str(page))
    run(require("pdftoppm"), "-r", "200", "-png", *pages, "-singlefile", path, prefix)
    return run(zbarimg, "--raw", "-q", f"{prefix}.png").strip()


def party_a(**changes) -> PartyInfo:
    values = dict(name=MONGOLIAN, gender="男", ethnicity="蒙古族", birth_date=date(1985, 3, 2),
                  id_number="11010519491231002X", occupation="牧民",
                  address="科右中旗高力板镇查干陶勒盖嘎查二组", phone="13912345678", role_label="甲方")
    values.update(changes)
    return PartyInfo(**values)


def party_b(**changes) -> PartyInfo:
    values = dict(name=RARE, gender="男", ethnicity="汉族", birth_date=date(2012, 5, 1), id_number=None,
                  occupation="学生", address="高力板镇包德福村", role_label="乙方", guardian="周文华（父亲）")
    values.update(changes)
    return PartyInfo(**values)


def agreement(**changes) -> AgreementInput:
    values = dict(
        kind="police", number="科右中旗公(高)调字〔2026〕第0012号", case_number="GLB-2026-0031",
        mediating_body="科右中旗公安局高力板派出所", presiding="张伟", mediators=["张伟", "李强"],
        note_taker="赵敏",
        parties=[party_a(), party_b()], others_present=["嘎查委员会主任吉日嘎拉"],
        facts="2026年3月1日18时许，在查干陶勒盖嘎查二组，因牛羊越界啃食草场，甲方与乙方之父发生争执。",
        responsibility="甲方负主要责任，乙方监护人负次要责任。",
        terms=[AgreementTerm("甲方一次性赔偿乙方医疗费、误工费", 3_000_000),
               AgreementTerm("双方今后和睦相处，不再因此事发生纠纷。"),
               AgreementTerm(MARKUP_TEXT, 100_550)],
        performance_method="现金当面交付", performance_place="高力板派出所调解室",
        performance_deadline=date(2026, 3, 20), signed_place="高力板派出所", agreement_date=date(2026, 3, 5),
    )
    values.update(changes)
    return AgreementInput(**values)


def session_record(**changes) -> SessionRecordInput:
    values = dict(
        case_number="GLB-2026-0031", matter="草场边界纠纷", started_at=datetime(2026, 3, 5, 1, 0),
        ended_at=datetime(2026, 3, 5, 2, 10), place="高力板派出所调解室", mediators=["张伟", "李强"],
        note_taker="赵敏", attendees=["嘎查委员会主任吉日嘎拉"], parties=[party_a(), party_b()],
        statements=[(MONGOLIAN, "他家的牛羊多次进入我家草场，我愿意赔偿。"), ("周文华", MARKUP_TEXT)],
        facts_verified="双方对事实无异议。", outcome="双方达成调解协议，另行制作治安调解协议书。",
    )
    values.update(changes)
    return SessionRecordInput(**values)


def warning(**changes) -> WarningInput:
    values = dict(
        case_number="GLB-2026-0031", recipient="高力板镇司法所",
        content="巴特尔·额尔敦与周文华因草场边界多次争执，曾有推搡行为。\n双方情绪激动，有再次冲突的可能。",
        sent_at=datetime(2026, 3, 5, 2, 20), issuer="张伟", station_name="科右中旗公安局高力板派出所",
        risk_level="高",
    )
    values.update(changes)
    return WarningInput(**values)
