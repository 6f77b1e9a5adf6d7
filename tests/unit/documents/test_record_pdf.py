"""The 调解笔录 PDF: header, notices, statements as typed, signatures, verification."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from station_app.core.errors import ValidationError
from station_app.documents import build_session_record_pdf
from station_app.documents.inputs import load_template
from tests.unit.documents.conftest import (
    LONG_NAME,
    MARKUP_TEXT,
    MONGOLIAN,
    RARE,
    decode_qr,
    fonts_table,
    page_count,
    party_a,
    party_b,
    pdf_text,
    require_ext_b_font,
    session_record,
    squash,
    write,
)


@pytest.fixture(scope="module")
def built():
    require_ext_b_font()
    return build_session_record_pdf(session_record())


@pytest.fixture
def pdf_path(built, tmp_path: Path) -> Path:
    return write(tmp_path, built.pdf)


def test_text_layer_has_the_session_as_entered(pdf_path: Path) -> None:
    text = squash(pdf_text(pdf_path))
    # Stored times are UTC: 01:00-02:10 UTC is 09:00-10:10 in Asia/Shanghai.
    for item in ["调解笔录", "2026年3月5日09:00至10:10", "高力板派出所调解室", "草场边界纠纷", "张伟、李强",
                 "赵敏", "嘎查委员会主任吉日嘎拉", MONGOLIAN, RARE, "周文华（父亲）",
                 f"{MONGOLIAN}陈述：", "他家的牛羊多次进入我家草场，我愿意赔偿。", "周文华陈述：",
                 *MARKUP_TEXT.split("\n"), "双方对事实无异议。", "双方达成调解协议，另行制作治安调解协议书。",
                 load_template("session_record")["default_notices"], "按手印"]:
        assert squash(item) in text, item


def test_fonts_embedded_and_furniture_on_every_page(built, pdf_path: Path) -> None:
    for row in fonts_table(pdf_path):
        assert row["emb"] == "yes" and row["sub"] == "yes" and "+" in row["name"], row
    pages = page_count(pdf_path)
    assert pages == built.page_count
    for page in range(1, pages + 1):
        assert f"第{page}页共{pages}页" in squash(pdf_text(pdf_path, first=page, last=page))


def test_read_back_and_signatures_share_the_last_page(built, pdf_path: Path, tmp_path: Path) -> None:
    pages = built.page_count
    last = squash(pdf_text(pdf_path, first=pages, last=pages))
    for item in ["以上笔录已向当事人宣读", MONGOLIAN, RARE, "周文华（父亲）", "张伟", "李强", "赵敏", "签名"]:
        assert squash(item) in last, item
    assert decode_qr(pdf_path, pages, tmp_path) == built.qr_payload
    assert built.qr_payload == f"PAJT:session_record:GLB-2026-0031:{built.verification_code}"


def test_aware_times_and_notices_given(tmp_path: Path) -> None:
    require_ext_b_font()
    start = datetime(2026, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=8)))
    data = session_record(started_at=start, ended_at=start + timedelta(hours=1),
                          notices_given="已告知权利义务。", parties=[party_a(name=LONG_NAME)], statements=[])
    text = squash(pdf_text(write(tmp_path, build_session_record_pdf(data).pdf)))
    assert "2026年12月31日23:30至2027年1月1日00:30" in text
    assert "已告知权利义务。" in text and LONG_NAME in text
    assert "当事人陈述" not in text


def test_same_instant_naive_utc_or_aware_gives_the_same_code() -> None:
    naive = build_session_record_pdf(session_record())
    aware = build_session_record_pdf(session_record(
        started_at=datetime(2026, 3, 5, 9, 0, tzinfo=timezone(timedelta(hours=8))),
        ended_at=datetime(2026, 3, 5, 2, 10, tzinfo=timezone.utc)))
    assert aware.verification_code == naive.verification_code
    assert aware.pdf == naive.pdf


def test_masked_record(tmp_path: Path) -> None:
    require_ext_b_font()
    text = squash(pdf_text(write(tmp_path, build_session_record_pdf(session_record(mask_personal=True)).pdf)))
    assert "11010519491231002X" not in text and "110105********002X" in text


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"parties": []}, "parties"), ({"parties": [party_b(name="")]}, "parties[0].name"),
     ({"mediators": []}, "mediators"), ({"note_taker": " "}, "note_taker"), ({"place": ""}, "place"),
     ({"ended_at": datetime(2026, 3, 5, 0, 0)}, "ended_at")],
)
def test_incomplete_records_are_refused(changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        build_session_record_pdf(session_record(**changes))
    assert field in info.value.errors
