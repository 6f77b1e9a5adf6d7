"""The 返还赃款签收单 checked with real tools: text, embedded fonts, QR code, pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from station_app.core.errors import StationError, ValidationError
from station_app.documents.money import amount_in_capitals, format_amount, parse_amount
from station_app.documents.receipt_pdf import ReceiptInput, ReceiptLine, build_receipt_pdf
from station_app.restitution import cases
from station_app.restitution.receipt import event_receipt_pdf
from tests.unit.documents.conftest import (
    LONG_NAME,
    MARKUP_TEXT,
    decode_qr,
    fonts_table,
    page_count,
    require,
    require_ext_b_font,
    run,
    squash,
    write,
)
from tests.unit.restitution.conftest import SEED_TOTAL_FEN, SEED_VICTIMS, planned, recover, with_victims


def pdf_text(path: Path) -> str:
    """pdftotext in content order (-raw): a cell whose text wraps stays in one piece, where the
    reading-order mode interleaves the wrapped lines of neighbouring cells."""
    return run(require("pdftotext"), "-raw", "-enc", "UTF-8", path, "-")


def receipt(**changes) -> ReceiptInput:
    values = dict(
        case_number="返赃〔2026〕第3号", station_name="科右中旗公安局霍林郭勒派出所",
        case_type="电信网络诈骗",
        summary="网上以“卖车收取定金”为名诱骗付款后消失", suspects=["包某"], held_on=date(2026, 2, 22),
        place="霍林郭勒派出所会议室", handed_over_by="崔鑫龙",
        lines=[ReceiptLine(name, place, parse_amount(amount)) for name, place, amount in SEED_VICTIMS],
    )
    values.update(changes)
    return ReceiptInput(**values)


@pytest.fixture(scope="module")
def built():
    require_ext_b_font()  # 周𠮷祥 is among the victims
    return build_receipt_pdf(receipt())


def test_every_victim_and_amount_is_on_the_sheet(built, tmp_path: Path) -> None:
    path = write(tmp_path, built.pdf)
    text = squash(pdf_text(path))
    assert sum(line.amount_fen for line in receipt().lines) == SEED_TOTAL_FEN
    expected = ["返还赃款签收单", "返赃〔2026〕第3号", "科右中旗公安局霍林郭勒派出所", "包某",
                "2026年2月22日", "霍林郭勒派出所会议室", "被害人签名", "按手印", "合计", "12人",
                "发还人（签名）", "崔鑫龙", f"¥{format_amount(SEED_TOTAL_FEN)}",
                amount_in_capitals(SEED_TOTAL_FEN), "人民币叁万壹仟壹佰元整",
                f"校验码{built.verification_code}"]
    for name, place, amount in SEED_VICTIMS:
        fen = parse_amount(amount)
        expected += [name, place, f"¥{format_amount(fen)}", amount_in_capitals(fen)]
    for item in expected:
        assert squash(item) in text, item
    assert page_count(path) == built.page_count


def test_fonts_are_embedded_subsets_and_the_qr_decodes(built, tmp_path: Path) -> None:
    path = write(tmp_path, built.pdf)
    rows = fonts_table(path)
    assert rows and all(row["emb"] == "yes" and row["sub"] == "yes" for row in rows), rows
    assert decode_qr(path, built.page_count, tmp_path) == built.qr_payload
    assert built.qr_payload == f"PAJT:restitution_receipt:返赃〔2026〕第3号:{built.verification_code}"


def test_the_same_sheet_gives_the_same_bytes_and_another_a_new_code(built) -> None:
    assert build_receipt_pdf(receipt()).pdf == built.pdf
    other = build_receipt_pdf(receipt(lines=[ReceiptLine("王建国", "山东省聊城市", 100)]))
    assert other.verification_code != built.verification_code and other.page_count == 1


def test_long_names_and_markup_print_as_typed(tmp_path: Path) -> None:
    doc = build_receipt_pdf(receipt(lines=[ReceiptLine(LONG_NAME, MARKUP_TEXT, 123_456_789)]))
    text = squash(pdf_text(write(tmp_path, doc.pdf)))
    for item in (LONG_NAME, MARKUP_TEXT, "¥1,234,567.89", "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"):
        assert squash(item) in text, item


def test_sheets_without_essentials_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        build_receipt_pdf(receipt(place=" ", handed_over_by="", lines=[]))
    assert set(caught.value.errors) == {"place", "handed_over_by", "lines"}
    with pytest.raises(ValidationError) as caught:
        build_receipt_pdf(receipt(lines=[ReceiptLine("王建国", "", 0)]))
    assert "lines.0" in caught.value.errors
    with pytest.raises(StationError, match="U\\+10FFFD"):
        build_receipt_pdf(receipt(place="会议室\U0010fffd"))


def test_printing_an_event_records_the_sheet(sqlite_admin, tmp_path: Path) -> None:
    case = recover(sqlite_admin, with_victims(sqlite_admin), "8,300")
    case, event_id = planned(sqlite_admin, case)
    doc = event_receipt_pdf(sqlite_admin, case.id, event_id)
    text = squash(pdf_text(write(tmp_path, doc.pdf)))
    for item in ("科右中旗公安局高力板派出所", case.row.case_number, "王建国", "李秀英", "张伟",
                 "人民币捌仟叁佰元整", "高力板派出所会议室"):
        assert squash(item) in text, item
    event = cases.get_case(sqlite_admin, case.id).event(event_id)
    assert (event.document_sha256, event.verification_code) == (doc.sha256, doc.verification_code)
