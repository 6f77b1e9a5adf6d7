"""Printing from a case, the dashboard items, attachments and the `station cases` commands."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from station_app.attachments.service import attach_file, attachments_of, export_copy
from station_app.cli.main import main
from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.mediation import attention, steps
from station_app.mediation.cases import get_case
from station_app.mediation.documents import agreement_pdf, check_agreement, session_record_pdf
from station_app.mediation.models import Agreement, FollowUp
from tests.cli_login import logged_in
from tests.unit.mediation.conftest import case_in_state

PDFTOTEXT = shutil.which("pdftotext")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run([PDFTOTEXT, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_agreement_pdf_holds_the_case(sqlite_admin, tmp_path) -> None:
    case = case_in_state(sqlite_admin, "agreed")
    built = agreement_pdf(sqlite_admin, case.id)
    assert built.pdf.startswith(b"%PDF") and built.page_count >= 1
    row = Agreement.get(Agreement.case == case.id)
    text = pdf_text(built.pdf, tmp_path)
    for expected in (
        "治安调解协议书",
        row.number,
        "包音德力格尔",
        "张三",
        "人民币叁万元整",
        "现金一次性支付",
    ):
        assert expected in text.replace("\n", "")


def test_printing_is_refused_while_the_method_or_deadline_is_missing(sqlite_admin) -> None:
    case = case_in_state(sqlite_admin, "mediating")
    case = steps.draft_agreement(
        sqlite_admin, case.id, case.version, {"kind": "police", "terms": [{"text": "赔礼道歉"}]}
    )
    with pytest.raises(ValidationError) as caught:
        check_agreement(sqlite_admin, case.id)
    assert {"performance_method", "performance_deadline"} <= set(caught.value.errors)
    with pytest.raises(ValidationError):
        agreement_pdf(sqlite_admin, case.id)
    assert Agreement.get(Agreement.case == case.id).document_sha256 == ""
    with pytest.raises(ValidationError, match="协议尚未打印"):
        steps.mark_signed(sqlite_admin, case.id, case.version, local_today())


def test_bad_amounts_and_dates_in_the_agreement_are_named(sqlite_admin) -> None:
    case = case_in_state(sqlite_admin, "mediating")
    with pytest.raises(ValidationError) as caught:
        steps.draft_agreement(
            sqlite_admin,
            case.id,
            case.version,
            {
                "kind": "police",
                "terms": [
                    {"text": "赔偿", "amount": "-300"},
                    {"text": "", "amount": "5元"},
                    {"text": "赔偿", "amount": "三千块"},
                ],
            },
        )
    assert {"terms.0.amount", "terms.1.text", "terms.2.amount"} <= set(caught.value.errors)
    with pytest.raises(ValidationError, match="早于协议日期"):
        steps.draft_agreement(
            sqlite_admin,
            case.id,
            case.version,
            {
                "kind": "police",
                "terms": [{"text": "赔礼道歉"}],
                "agreement_date": "2026-11-20",
                "performance_deadline": "2026-11-01",
            },
        )


def test_session_record_prints_statements_with_markup_characters(sqlite_admin, tmp_path) -> None:
    case = case_in_state(sqlite_admin, "assessed")
    case = steps.record_session(
        sqlite_admin,
        case.id,
        case.version,
        {
            "place": "嘎查委员会",
            "mediators": "崔鑫龙",
            "note_taker": "辅警王",
            "statements": [("张三", "他说<我家>的墙 & 院子\n都占了")],
            "outcome": "双方同意赔偿",
        },
    )
    built = session_record_pdf(sqlite_admin, case.id, case.sessions[0].id)
    text = pdf_text(built.pdf, tmp_path)
    assert "<我家>" in text and "& 院子" in text


def test_attention_lists_high_risk_overdue_plans_and_follow_ups(sqlite_admin) -> None:
    risky = case_in_state(sqlite_admin, "registered")
    risky = steps.assess_risk(sqlite_admin, risky.id, risky.version, ["threats_or_weapons"])
    steps.save_plan(
        sqlite_admin, risky.id, risky.version, "每日回访", "崔鑫龙", local_today() - timedelta(days=2)
    )
    signed = case_in_state(sqlite_admin, "performing")
    FollowUp.update(due_on=local_today() - timedelta(days=1)).where(FollowUp.case == signed.id).execute()
    items = attention.attention_items(sqlite_admin)
    kinds = {(item.case_number, item.kind) for item in items}
    assert (risky.row.case_number, "high_risk") in kinds
    assert (risky.row.case_number, "plan_overdue") in kinds
    assert (signed.row.case_number, "follow_up_due") in kinds
    assert "尚未发出预警通报" in next(item.text for item in items if item.kind == "high_risk")


def test_attachments_are_kept_by_hash(sqlite_admin, tmp_path) -> None:
    case = case_in_state(sqlite_admin, "registered")
    audio = tmp_path / "网格员录音.m4a"
    audio.write_bytes(b"fake audio" * 1000)
    first = attach_file(
        sqlite_admin, "dispute_case", case.id, audio, "录音", audit_entity=("dispute_case", case.id)
    )
    attach_file(sqlite_admin, "dispute_case", case.id, audio, "录音", audit_entity=("dispute_case", case.id))
    assert first.path.exists() and first.path.name == first.sha256
    assert len(attachments_of("dispute_case", case.id)) == 2
    assert export_copy(first, tmp_path / "copy.m4a").read_bytes() == audio.read_bytes()
    assert get_case(sqlite_admin, case.id).timeline[-1].action == "添加附件"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(logged_in(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cases_commands(capsys, sqlite_url: str, sqlite_admin, tmp_path: Path) -> None:
    description = {
        "category": "邻里纠纷",
        "source": "网格员上报",
        "summary": "院墙纠纷，双方争吵",
        "place": "高力板镇查干陶勒盖嘎查",
        "parties": [
            {
                "name": "巴特尔·额尔敦",
                "id_number": "152222199001011233",
                "gender": "男",
                "ethnicity": "蒙古族",
                "phone": "13912345678",
            },
            {"name": "周𠮷祥", "id_number": "11010519491231002X"},
        ],
    }
    spec = tmp_path / "case.json"
    spec.write_text(json.dumps(description, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--db", sqlite_url, "cases", "new", "--json-file", str(spec))
    assert code == 0, err
    number = out.strip()
    code, out, _ = run(capsys, "--db", sqlite_url, "cases", "show", number, "--json")
    shown = json.loads(out)
    assert [party["name"] for party in shown["parties"]] == ["巴特尔·额尔敦", "周𠮷祥"]
    assert shown["parties"][0]["id_number"] == "152222********1233"
    # the same person again is matched by ID number, not duplicated
    code, out, _ = run(capsys, "--db", sqlite_url, "cases", "new", "--json-file", str(spec), "--json")
    assert code == 0 and json.loads(out)["parties"][0]["name"] == "巴特尔·额尔敦"
    code, out, _ = run(capsys, "--db", sqlite_url, "cases", "list", "--state", "registered", "--json")
    assert len(json.loads(out)) == 2
    code, _, err = run(capsys, "--db", sqlite_url, "agreement", number, "--out", str(tmp_path / "a.pdf"))
    assert code == 1 and "尚未起草" in err
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "category": "邻里纠纷",
                "source": "群众来访",
                "summary": "吵架",
                "parties": [{"name": "某", "id_number": "123"}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", sqlite_url, "cases", "new", "--json-file", str(bad))
    assert code == 1 and "身份证号" in err and "Traceback" not in err


def test_agreement_and_record_commands_write_pdfs(
    capsys, sqlite_url: str, sqlite_admin, tmp_path: Path
) -> None:
    case = case_in_state(sqlite_admin, "agreed")
    steps_case = get_case(sqlite_admin, case.id)
    out_pdf = tmp_path / "agreement.pdf"
    code, out, err = run(
        capsys, "--db", sqlite_url, "agreement", steps_case.row.case_number, "--out", str(out_pdf)
    )
    assert code == 0, err
    assert out_pdf.read_bytes().startswith(b"%PDF") and "校验码" in out
    code, _, err = run(
        capsys,
        "--db",
        sqlite_url,
        "record",
        steps_case.row.case_number,
        "--out",
        str(tmp_path / "no" / "such" / "record.pdf"),
    )
    assert code == 1 and "Traceback" not in err


def test_a_reopened_signed_case_can_agree_again(sqlite_admin) -> None:
    closed = case_in_state(sqlite_admin, "closed")
    signed_number = closed.agreement.number
    case = steps.reopen_case(sqlite_admin, closed.id, closed.version, "矛盾再次激化")
    case = steps.assess_risk(sqlite_admin, case.id, case.version, ["alcohol"])
    case = steps.record_session(
        sqlite_admin, case.id, case.version, {"place": "派出所", "mediators": "崔鑫龙"}
    )
    case = steps.draft_agreement(
        sqlite_admin,
        case.id,
        case.version,
        {
            "kind": "police",
            "terms": [{"text": "重新约定"}],
            "performance_method": "当面",
            "performance_deadline": local_today() + timedelta(days=5),
        },
    )
    assert case.state == "agreed" and case.agreement.signed_on is None
    assert case.agreement.number != signed_number and case.agreement.document_sha256 == ""


def test_session_record_is_masked_for_roles_without_full_view(sqlite_admin, tmp_path) -> None:
    from station_app.core.actor import Actor

    case = case_in_state(sqlite_admin, "assessed")
    case = steps.record_session(
        sqlite_admin,
        case.id,
        case.version,
        {"place": "派出所", "mediators": "崔鑫龙", "note_taker": "辅警王"},
    )
    auxiliary = Actor(sqlite_admin.user_id, "fu", "辅警", "auxiliary", sqlite_admin.station_id)
    text = pdf_text(session_record_pdf(auxiliary, case.id, case.sessions[0].id).pdf, tmp_path)
    assert "152222199001011233" not in text and "152222********1233" in text
    full = pdf_text(session_record_pdf(sqlite_admin, case.id, case.sessions[0].id).pdf, tmp_path)
    assert "152222199001011233" in full
