"""The 预警通报 notice with its receipt slip."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.core.errors import StationError, ValidationError
from station_app.documents import build_warning_pdf
from tests.unit.documents.conftest import decode_qr, fonts_table, page_count, pdf_text, squash, warning, write


@pytest.fixture(scope="module")
def built():
    return build_warning_pdf(warning())


def test_notice_reads_as_entered(built, tmp_path: Path) -> None:
    path = write(tmp_path, built.pdf)
    text = squash(pdf_text(path))
    data = warning()
    for item in ["矛盾纠纷预警通报", "高力板镇司法所：", "风险等级：高", "存在高风险",
                 *data.content.split("\n"), "通报人：张伟", "2026年3月5日10:20", "科右中旗公安局高力板派出所",
                 "签收回执", "签收人（签名）"]:
        assert squash(item) in text, item
    assert page_count(path) == built.page_count == 1
    for row in fonts_table(path):
        assert row["emb"] == "yes" and row["sub"] == "yes", row


def test_qr_and_determinism(built, tmp_path: Path) -> None:
    assert decode_qr(write(tmp_path, built.pdf), 1, tmp_path) == built.qr_payload
    assert built.qr_payload == f"PAJT:warning_notice:GLB-2026-0031:{built.verification_code}"
    assert build_warning_pdf(warning()).pdf == built.pdf
    assert build_warning_pdf(warning(risk_level="重大")).verification_code != built.verification_code


def test_chinese_case_numbers_survive_the_qr_code(tmp_path: Path) -> None:
    doc = build_warning_pdf(warning(case_number="科右中旗(高)矛调2026第31号"))
    assert decode_qr(write(tmp_path, doc.pdf), 1, tmp_path) == doc.qr_payload


@pytest.mark.parametrize(
    "field", ["recipient", "content", "issuer", "station_name", "risk_level", "case_number"]
)
def test_missing_essentials_are_refused(field: str) -> None:
    with pytest.raises(ValidationError) as info:
        build_warning_pdf(warning(**{field: "  "}))
    assert field in info.value.errors


def test_markup_in_content_prints_literally(tmp_path: Path) -> None:
    doc = build_warning_pdf(warning(content="<font name=x>&lt;</font> & <br/>"))
    assert squash("<font name=x>&lt;</font> & <br/>") in squash(pdf_text(write(tmp_path, doc.pdf)))


def test_unprintable_characters_are_refused() -> None:
    with pytest.raises(StationError, match="U\\+10FFFD"):
        build_warning_pdf(warning(recipient="妇联\U0010fffd"))
