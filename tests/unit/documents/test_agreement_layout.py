"""The agreement as the parties read it: blanks to fill where a detail is missing, each person
named once, counts in Chinese numerals, the last term on the page the parties sign, and the 骑缝
mark with the case number and page on every page of a multi-page agreement."""

from __future__ import annotations

from pathlib import Path

from station_app.documents import build_agreement_pdf
from station_app.documents.inputs import AgreementTerm
from tests.unit.documents.conftest import (
    RARE,
    agreement,
    page_count,
    party_a,
    party_b,
    pdf_text,
    require_ext_b_font,
    squash,
    write,
)


def text_of(tmp_path: Path, **changes) -> str:
    require_ext_b_font()
    return squash(pdf_text(write(tmp_path, build_agreement_pdf(agreement(**changes)).pdf)))


def test_a_missing_ethnicity_is_a_blank_to_fill_not_left_out(tmp_path: Path) -> None:
    text = text_of(tmp_path, parties=[party_a(), party_b(ethnicity="", address="")])
    assert f"乙方：{RARE}，性别：男，民族：__________，出生日期：2012年5月1日" in text
    # every detail of the form is there, to be written in by hand where it is not known
    assert "住址：__________，联系方式：__________" in text
    assert "民族：蒙古族" in text  # what is known prints as before


def test_the_presiding_officer_is_named_once(tmp_path: Path) -> None:
    text = text_of(tmp_path, presiding="张伟", mediators=["张伟", "李强", "李强"])
    assert "主持人：张伟调解民警：李强记录人：赵敏" in text
    assert "张伟、李强" not in text and text.count("李强") == 2  # the staff line and one signature line
    alone = text_of(tmp_path, presiding="张伟", mediators=["张伟"])
    assert "主持人：张伟记录人：赵敏" in alone and "调解民警" not in alone


def test_the_copy_count_is_written_in_chinese_numerals(tmp_path: Path) -> None:
    assert "本协议一式三份，当事人各执一份，公安机关存档一份。" in text_of(tmp_path)
    assert "本协议一式十份，具有同等效力。" in text_of(tmp_path, copies=10)


def test_the_last_term_is_on_the_page_the_parties_sign(tmp_path: Path) -> None:
    require_ext_b_font()
    last_term = "乙方向甲方当面赔礼道歉，并保证今后不再发生类似行为。"
    facts = "2026年3月1日18时许，在查干陶勒盖嘎查二组，因牛羊越界啃食草场，甲方与乙方之父发生争执。" * 5
    terms = [AgreementTerm("甲方一次性赔偿乙方医疗费、误工费" * 4, 3_000_000),
             AgreementTerm("双方今后和睦相处，不再因此事发生纠纷。" * 5), AgreementTerm(last_term)]
    path = write(tmp_path, build_agreement_pdf(agreement(facts=facts, terms=terms)).pdf)
    pages = page_count(path)
    assert pages >= 2
    last = squash(pdf_text(path, first=pages, last=pages))
    assert "当事人签名、按手印" in last
    assert last_term in last  # not the signatures alone, away from what was agreed
    assert last_term not in squash(pdf_text(path, first=1, last=pages - 1))


def test_every_page_of_a_multi_page_agreement_carries_the_seam_mark(tmp_path: Path) -> None:
    require_ext_b_font()
    path = write(tmp_path, build_agreement_pdf(agreement()).pdf)
    pages = page_count(path)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = squash(pdf_text(path, first=page, last=page))
        assert "骑缝章" in text
        assert text.count(f"第{page}页共{pages}页") == 2  # in the footer and along the seam
