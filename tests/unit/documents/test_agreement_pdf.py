"""The mediation agreement PDF, read back with the tools a user's PC and the court would use."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from station_app.core.errors import StationError, ValidationError
from station_app.core.fonts import CjkFont
from station_app.documents import build_agreement_pdf, fonts_runs, write_pdf
from station_app.documents.inputs import AgreementTerm
from station_app.documents.verification import make_verification, normalise_code, parse_payload
from tests.unit.documents.conftest import (
    LONG_NAME,
    MARKUP_TEXT,
    MONGOLIAN,
    RARE,
    agreement,
    decode_qr,
    fonts_table,
    page_count,
    party_a,
    party_b,
    pdf_text,
    require,
    require_ext_b_font,
    run,
    squash,
    write,
)

ROOT = Path(__file__).resolve().parents[3]
CODE = re.compile(r"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2}$")


@pytest.fixture(scope="module")
def built():
    require_ext_b_font()
    return build_agreement_pdf(agreement())


@pytest.fixture
def pdf_path(built, tmp_path: Path) -> Path:
    return write(tmp_path, built.pdf)


def test_every_font_is_an_embedded_subset_and_none_is_type3(pdf_path: Path) -> None:
    rows = fonts_table(pdf_path)
    assert rows, "no fonts listed"
    for row in rows:
        assert row["emb"] == "yes" and row["sub"] == "yes" and row["uni"] == "yes", row
        assert re.match(r"^[A-Z]{6}\+", row["name"]), row
        assert "Type 3" not in row["type"], row
    assert any("HanaMin" in row["name"] for row in rows)  # 𠮷 came from the Ext-B fallback


def test_text_layer_has_everything_exactly_as_entered(pdf_path: Path) -> None:
    text = squash(pdf_text(pdf_path))
    data = agreement()
    expected = [
        "治安调解协议书", data.number, data.mediating_body, data.case_number, MONGOLIAN, RARE,
        "11010519491231002X", "13912345678", "周文华（父亲）", "嘎查委员会主任吉日嘎拉", data.facts,
        data.responsibility, "甲方一次性赔偿乙方医疗费、误工费", "人民币叁万元整（¥30,000.00）",
        "人民币壹仟零伍元伍角（¥1,005.50）", "双方今后和睦相处，不再因此事发生纠纷。",
        "现金当面交付", "高力板派出所调解室", "2026年3月20日前履行完毕", "2026年3月5日",
        "本协议一式三份，当事人各执一份，公安机关存档一份。", "按手印", "（公安机关印章）",
        "一、案件事实及争议事项", "二、当事人责任", "五、协议效力",
    ]
    for line in MARKUP_TEXT.split("\n"):  # <, &, > and the line break print literally
        expected.append(line)
    for item in expected:
        assert squash(item) in text, item
    assert "𠮷" in pdf_text(pdf_path)  # not U+20BB: the ToUnicode map is right above the BMP


def test_page_furniture_on_every_page(built, pdf_path: Path) -> None:
    pages = page_count(pdf_path)
    assert built.page_count == pages
    for page in range(1, pages + 1):
        text = squash(pdf_text(pdf_path, first=page, last=page))
        assert f"第{page}页共{pages}页" in text
        assert f"校验码{built.verification_code}" in text
        assert "案件编号：GLB-2026-0031" in text


def test_qr_code_decodes_to_the_verification_payload(built, pdf_path: Path, tmp_path: Path) -> None:
    payload = decode_qr(pdf_path, built.page_count, tmp_path)
    assert payload == built.qr_payload == f"PAJT:agreement_police:GLB-2026-0031:{built.verification_code}"
    assert parse_payload(payload) == ("agreement_police", "GLB-2026-0031", built.verification_code)


def test_verification_code_is_derived_from_the_content(built) -> None:
    assert CODE.match(built.verification_code)
    assert built.sha256 == hashlib.sha256(built.pdf).hexdigest()
    again = make_verification("agreement_police", "GLB-2026-0031", 2, agreement())
    assert (again.code, again.content_sha256) == (built.verification_code, built.content_sha256)
    assert normalise_code(built.verification_code.lower().replace("-", " ")) == built.verification_code


def test_same_input_gives_identical_bytes_and_code(built) -> None:
    second = build_agreement_pdf(agreement())
    assert second.pdf == built.pdf
    assert second.verification_code == built.verification_code


def test_a_fresh_process_gives_identical_bytes(built) -> None:
    # Cold: font registration and subset naming start from nothing in a new interpreter.
    code = (
        "import hashlib, sys\n"
        "from tests.unit.documents.conftest import agreement\n"
        "from station_app.documents import build_agreement_pdf\n"
        "print(hashlib.sha256(build_agreement_pdf(agreement()).pdf).hexdigest())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == built.sha256


def test_a_changed_term_changes_the_code(built) -> None:
    changed = agreement(terms=[AgreementTerm("甲方一次性赔偿乙方医疗费、误工费", 3_000_100)])
    assert build_agreement_pdf(changed).verification_code != built.verification_code


def test_long_terms_flow_over_pages_and_the_signature_block_stays_whole(tmp_path: Path) -> None:
    require_ext_b_font()
    long_term = ("甲方分期向乙方支付赔偿款，每期款项于当月最后一个工作日前汇入乙方指定账户，"
                 "逾期按约承担责任。") * 12
    parties = [party_a(), party_b(), party_a(name=LONG_NAME, role_label="丙方", id_number=None)]
    data = agreement(parties=parties, terms=[AgreementTerm(long_term, 12_345_678), *agreement().terms] * 2)
    built = build_agreement_pdf(data)
    path = write(tmp_path, built.pdf)
    pages = page_count(path)
    assert pages >= 2 and built.page_count == pages
    whole = pdf_text(path)
    # Each term is whole in the text layer once furniture lines between pages are dropped (and the
    # seam mark along the right edge is cropped off).
    beside_seam = run(require("pdftotext"), "-enc", "UTF-8", "-W", "540", "-H", "842", path, "-")
    body = squash("\n".join(line for line in beside_seam.splitlines()
                            if "案件编号" not in line and "校验码" not in line and "页" not in line))
    assert squash(long_term) in body
    assert squash(LONG_NAME) in squash(whole)
    last = squash(pdf_text(path, first=pages, last=pages))
    before = squash(pdf_text(path, first=1, last=pages - 1))
    assert "当事人签名、按手印" in last and "当事人签名、按手印" not in before
    for signer in (MONGOLIAN, RARE, "周文华（父亲）", LONG_NAME, "张伟", "李强", "赵敏"):
        assert squash(signer) in last, signer
    assert "（公安机关印章）" in last and "2026年3月5日" in last
    assert "本协议一式四份，当事人各执一份，公安机关存档一份。" in squash(whole)
    assert decode_qr(path, pages, tmp_path) == built.qr_payload


def test_masked_copy_hides_id_and_phone(tmp_path: Path) -> None:
    require_ext_b_font()
    text = squash(pdf_text(write(tmp_path, build_agreement_pdf(agreement(mask_personal=True)).pdf)))
    assert "11010519491231002X" not in text and "13912345678" not in text
    assert "110105********002X" in text and "139****5678" in text


def test_people_mediation_form(tmp_path: Path) -> None:
    require_ext_b_font()
    third = party_a(name="乌云其木格", role_label="丙方")
    data = agreement(kind="people", number="（2026）人调字第12号",
                     mediating_body="查干陶勒盖嘎查人民调解委员会", parties=[party_a(), party_b(), third])
    built = build_agreement_pdf(data)
    text = squash(pdf_text(write(tmp_path, built.pdf)))
    assert "人民调解协议书" in text and "（2026）人调字第12号" in text
    assert "11010519491231002X" not in text  # the people's form carries no ID numbers
    assert "司法确认" in text and "（人民调解委员会印章）" in text
    assert "本协议一式四份，当事人各执一份，人民调解委员会留存一份。" in text
    assert built.qr_payload.startswith("PAJT:agreement_people:")


def test_explicit_effect_statement_and_unusual_copy_count(tmp_path: Path) -> None:
    require_ext_b_font()
    data = agreement(effect_statement="本协议自签字之日起生效。", copies=5)
    text = squash(pdf_text(write(tmp_path, build_agreement_pdf(data).pdf)))
    assert "本协议自签字之日起生效。" in text and "本协议一式五份，具有同等效力。" in text


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"parties": []}, "parties", "当事人"),
        ({"parties": [party_a()]}, "parties", "两方"),
        ({"parties": [party_a(), party_b(name="  ")]}, "parties[1].name", "姓名"),
        ({"parties": [party_a(id_number="152222198503021235"), party_b()]}, "parties[0].id_number",
         "身份证号"),
        ({"terms": []}, "terms", "协议内容"),
        ({"terms": [AgreementTerm("赔偿", 100), AgreementTerm(" \n")]}, "terms[1].text", "第2条"),
        ({"terms": [AgreementTerm("赔偿", -5)]}, "terms[0].amount_fen", "金额"),
        ({"terms": [AgreementTerm("赔偿", 10_000_000_001)]}, "terms[0].amount_fen", "1 亿元"),
        ({"performance_method": " "}, "performance_method", "履行方式未填写，不能打印"),
        ({"performance_deadline": None}, "performance_deadline", "履行期限未填写"),
        ({"performance_deadline": date(2026, 3, 4)}, "performance_deadline", "早于协议日期"),
        ({"copies": 0}, "copies", "份数"),
        ({"mediators": ["", " "]}, "mediators", "调解员"),
        ({"presiding": ""}, "presiding", "主持人"),
        ({"facts": ""}, "facts", "事实"),
        ({"number": ""}, "number", "协议编号"),
        ({"kind": "court"}, "kind", "协议种类"),
    ],
)
def test_defective_agreements_are_refused_by_field(changes: dict, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        build_agreement_pdf(agreement(**changes))
    assert field in info.value.errors, info.value.errors
    assert words in info.value.errors[field]


def test_several_defects_are_reported_together() -> None:
    with pytest.raises(ValidationError) as info:
        build_agreement_pdf(agreement(performance_method="", performance_deadline=None, terms=[]))
    assert {"performance_method", "performance_deadline", "terms"} <= set(info.value.errors)


def test_unprintable_character_is_refused_before_building() -> None:
    with pytest.raises(StationError) as info:
        build_agreement_pdf(agreement(parties=[party_a(name="张\U0010fffd"), party_b()]))
    assert "U+10FFFD" in info.value.message and "无法打印" in info.value.message


def test_removed_font_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    gone = tmp_path / "wqy-microhei.ttc"
    gone.write_bytes(b"")
    font = CjkFont(str(gone), 0, "WenQuanYi Micro Hei", "WenQuanYi Micro Hei", False)
    gone.unlink()
    monkeypatch.setattr(fonts_runs, "choose_font", lambda key: font)
    with pytest.raises(StationError) as info:
        build_agreement_pdf(agreement(), font_key=font.key)
    assert "已不存在" in info.value.message and str(gone) in info.value.message


# --- writing the file ---------------------------------------------------------------------------

def test_write_pdf_replaces_atomically(built, tmp_path: Path) -> None:
    target = tmp_path / "协议书.pdf"
    target.write_bytes(b"old")
    assert write_pdf(target, built.pdf) == target
    assert target.read_bytes() == built.pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["协议书.pdf"]  # no temporary left


def test_write_pdf_to_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StationError, match="不存在"):
        write_pdf(tmp_path / "没有" / "a.pdf", b"%PDF")


def test_write_pdf_onto_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").mkdir()
    with pytest.raises(StationError, match="文件夹"):
        write_pdf(tmp_path / "a.pdf", b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root and Windows ignore the mode bits")
def test_write_pdf_without_permission(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StationError, match="权限"):
            write_pdf(folder / "a.pdf", b"%PDF")
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(
    ("error", "words"),
    [(OSError(errno.ENOSPC, "No space left on device"), "空间已满"),
     (OSError(errno.EROFS, "Read-only file system"), "只读"),
     (PermissionError(errno.EACCES, "Permission denied"), "权限")],
)
def test_write_pdf_environment_failures(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                        error: OSError, words: str) -> None:
    def failing_fsync(fd: int) -> None:
        raise error

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(StationError, match=words):
        write_pdf(tmp_path / "a.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


def test_inputs_are_plain_frozen_dataclasses() -> None:
    data = agreement()
    assert dataclasses.is_dataclass(data)
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.kind = "people"  # type: ignore[misc]


def test_optional_text_given_as_none_from_a_database_row_prints(tmp_path: Path) -> None:
    require_ext_b_font()
    data = agreement(parties=[party_a(phone=None, occupation=None), party_b(guardian=None)],
                     note_taker=None, responsibility=None, performance_place=None, signed_place=None)
    assert data.note_taker == "" and data.parties[0].phone == ""
    text = squash(pdf_text(write(tmp_path, build_agreement_pdf(data).pdf)))
    # a missing detail is a blank to fill in by hand, not left out
    assert MONGOLIAN in text and "职业：__________，住址" in text and "联系方式：" in text
    assert "当事人责任" not in text
    assert "二、经调解，当事人自愿达成如下协议" in text  # sections renumbered, no gap
