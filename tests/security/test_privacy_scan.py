"""Every document and export the app produces, scanned for the ID and mobile numbers of the people
in the database (DOMAIN.md: masked on anything that leaves the station; full values only where
the law needs them, or where the user chose the unmasked option — which is audited).

Reading of DOMAIN.md per document:
- weekly/monthly summary PDF and XLSX, the USB export folder (PDF, XLSX, manifest, file names),
  the residents export (default), the 预警通报 (sent to other departments) and the 返赃 receipt
  sheet: no full number at all, including numbers typed into free text (notes, summaries,
  notice content).
- 治安调解协议书: the parties' 身份证号 and 联系方式 in full (the procedural rules list the
  parties' basic details; each party keeps a copy they signed) — only the parties', and printing
  it is audited. 人民调解协议书: no ID number at all. The masked variant (mask_personal) carries none.
- 调解笔录: kept in the case file and signed by the parties; full numbers for roles that may see
  them (audited as a print), masked for the others.
- the encrypted bundle: its plaintext is for the county bureau and may hold everything; the file
  on the stick must not show any number in clear bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from station_app.audit.models import AuditEntry
from station_app.core import db, paths
from station_app.core.clock import local_today
from station_app.core.masking import mask_id_number, mask_phone
from station_app.mediation import cases as mediation_cases
from station_app.mediation import documents
from station_app.mediation import steps as mediation_steps
from station_app.mediation.print_record import record_print
from station_app.reports.periods import period_containing
from station_app.residents import service as residents
from station_app.restitution import cases as restitution_cases
from station_app.restitution import events as restitution_events
from station_app.restitution import ledger
from station_app.restitution.receipt import event_receipt_pdf
from tests.conftest import make_station
from tests.security import scan
from tests.security.world import BUNDLE_PASSWORD, Person, World, build_world, case_at, fresh_order


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A station whose people's numbers are also typed into free text wherever a clerk would."""
    from station_app.core.startup import open_database

    folder = tmp_path_factory.mktemp("privacy")
    paths.set_data_dir(folder / "data")
    open_database(f"sqlite:///{(folder / 'station.sqlite3').as_posix()}")
    admin = make_station()
    built = build_world(admin, folder)
    first, second, third, fourth = built.people[:4]
    view = residents.get_resident(admin, first.id)
    residents.update_resident(admin, view.id, view.version, {
        **view.as_form(), "notes": f"邻居{second.name}电话{second.phone}，身份证{second.id_number}"})
    risky = mediation_cases.open_case(admin, {
        "source": "群众来访", "category": "土地草场", "reporter_kind": "resident",
        "reporter_name": first.name, "reporter_phone": first.phone,
        "summary": f"对方扬言报复。{first.name}电话{first.phone}，对方身份证{fourth.id_number}"},
        [{"resident_id": first.id}, {"resident_id": fourth.id}])
    mediation_steps.assess_risk(admin, risky.id, risky.version, ["threats_or_weapons"])  # 高: on the report
    fresh_order(built, working_days=None, deadline=local_today(), caller_phone=third.phone,
                content=f"要求回电{third.phone}，来电人身份证{third.id_number}")  # due today: on the report
    yield built
    db.close()


def _grouped(number: str, *cuts: int) -> str:
    """A number as people copy it down: "152222 19900101 1234" (the scan joins the groups again)."""
    bounds = [0, *cuts, len(number)]
    return " ".join(number[start:end] for start, end in zip(bounds, bounds[1:], strict=False))


def _secrets(world: World) -> list[str]:
    return [value for person in world.people for value in (person.id_number, person.phone)]


def _clean(path: Path, world: World, except_for: tuple[Person, ...] = ()) -> str:
    """The file's text, once checked: no full number but those of `except_for`."""
    text = scan.file_text(path)
    allowed = [value for person in except_for for value in (person.id_number, person.phone)]
    assert scan.leaked(text, _secrets(world), allowed) == [], f"unmasked personal numbers in {path.name}"
    assert scan.completable(text, [person.id_number for person in world.people]) == [], \
        f"masked ID numbers beside the birth date that completes them in {path.name}"
    return text


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def _entries(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.seq))


def test_numbers_copied_down_in_groups_are_masked_in_the_summary_too(world: World, tmp_path: Path) -> None:
    """Issue 16: "152222 19900101 1234" and "152222-19900101-1234" slipped through the masking."""
    from station_app.reports.summary import weekly_summary
    from station_app.reports.summary_pdf import build_summary_pdf

    person = world.person(3)
    dashed = "-".join((person.id_number[:6], person.id_number[6:14], person.id_number[14:]))
    for content in (f"身份证 {_grouped(person.id_number, 6, 14)} 反映噪音", f"身份证{dashed}反映噪音"):
        fresh_order(world, working_days=None, deadline=local_today(), content=content)
    summary = weekly_summary(world.admin, period_containing("week", local_today()))
    texts = " ".join(row.text for row in summary.attention)
    assert f"{person.id_number[:6]} ******** {person.id_number[-4:]}" in texts
    assert f"{person.id_number[:6]}-********-{person.id_number[-4:]}" in texts
    assert person.id_number[6:14] not in texts
    _clean(_write(tmp_path, "summary.pdf", build_summary_pdf(summary).pdf), world)


@pytest.mark.parametrize("kind", ["week", "month"])
def test_the_summaries_mask_every_number_even_in_attention_texts(world: World, tmp_path: Path,
                                                                  kind: str) -> None:
    from station_app.reports.summary import weekly_summary
    from station_app.reports.summary_pdf import build_summary_pdf
    from station_app.reports.summary_xlsx import write_summary_xlsx

    summary = weekly_summary(world.admin, period_containing(kind, local_today()))
    assert summary.attention, "the summary should list the high-risk case and the order due today"
    pdf = _clean(_write(tmp_path, "summary.pdf", build_summary_pdf(summary).pdf), world)
    sheet = _clean(write_summary_xlsx(summary, tmp_path / "summary.xlsx"), world)
    third = world.person(2)
    for text in (pdf, sheet):  # the order is on it, its number masked (not left out)
        assert mask_phone(third.phone) in scan.squash(text)


def test_the_residents_export_masks_by_default_and_the_unmasked_one_is_audited(world: World,
                                                                             tmp_path: Path) -> None:
    from station_app.residents.exporter import export_residents

    assert export_residents(world.admin, tmp_path / "居民.xlsx") >= 4
    text = _clean(tmp_path / "居民.xlsx", world)
    first = world.person(0)
    assert mask_id_number(first.id_number) in text and mask_phone(first.phone) in text

    export_residents(world.admin, tmp_path / "居民_完整.xlsx", unmasked=True)
    full = scan.file_text(tmp_path / "居民_完整.xlsx")
    assert first.id_number in full and first.phone in full
    chosen = _entries("resident.export")[-1]
    assert chosen.username == world.admin.username
    assert '"masked": false' in chosen.changes and "居民_完整.xlsx" in chosen.changes


def test_the_usb_export_shows_no_number_outside_the_encrypted_bundle(world: World, tmp_path: Path) -> None:
    from station_app.exchange.bundle_reader import open_bundle
    from station_app.reports.export import export_week

    week = period_containing("week", local_today())
    (tmp_path / "U盘").mkdir()
    result = export_week(world.admin, week, tmp_path / "U盘", BUNDLE_PASSWORD)
    written = sorted(result.target_dir.iterdir())
    assert {path.suffix for path in written} == {".pdf", ".xlsx", ".pajt", ".sha256"}
    for path in written:
        assert scan.leaked(path.name, _secrets(world)) == []
        if path.suffix in (".pdf", ".xlsx", ".sha256"):
            _clean(path, world)
        assert scan.raw_leaks(path.read_bytes(), _secrets(world)) == [], f"clear bytes in {path.name}"
    bundle = next(path for path in written if path.suffix == ".pajt")
    with bundle.open("rb") as source:
        _manifest, events = open_bundle(source, BUNDLE_PASSWORD)
        residents_table = json.dumps([event.values for event in events if type(event).__name__ == "Record"
                                      and event.table == "resident"], ensure_ascii=False)
    assert world.person(0).id_number in residents_table  # what the county needs is inside
    assert _entries("report.export")[-1].username == world.admin.username


def test_the_police_agreement_names_only_its_parties_in_full_and_is_audited(world: World,
                                                                         tmp_path: Path) -> None:
    case = case_at(world, "agreed")  # parties: the first and the fourth person, police form
    parties = (world.person(0), world.person(3))
    printed = len(_entries("case.printed"))
    built = documents.agreement_pdf(world.admin, case.id)
    text = _clean(_write(tmp_path, "协议.pdf", built.pdf), world, except_for=parties)
    for person in parties:
        assert person.id_number in scan.squash(text) and person.phone in scan.squash(text)
    assert len(_entries("case.printed")) == printed  # a preview is not a print
    record_print(world.admin, case.id, built, "printed")
    assert len(_entries("case.printed")) == printed + 1

    masked = documents.agreement_pdf(world.admin, case.id, mask_personal=True).pdf
    text = _clean(_write(tmp_path, "协议_遮蔽.pdf", masked), world)
    assert mask_id_number(parties[0].id_number) in scan.squash(text)


def test_an_auxiliary_gets_the_agreement_masked_and_its_print_is_no_copy_to_sign(world: World,
                                                                                tmp_path: Path) -> None:
    """Attack B: `station --user auxiliary04 agreement --out a.pdf N` (and 打印协议书 in the window)
    gave a role without personal.view_full every party's full ID number and phone; the 调解笔录 was
    already masked for it."""
    from station_app.mediation.models import Agreement

    case = case_at(world, "agreed")
    auxiliary = world.actors["auxiliary"]
    built = documents.agreement_pdf(auxiliary, case.id)
    text = _clean(_write(tmp_path, "协议_辅警.pdf", built.pdf), world)
    assert mask_id_number(world.person(0).id_number) in scan.squash(text)
    before = Agreement.get(Agreement.case == case.id).verification_code
    printed = record_print(auxiliary, case.id, built, "printed")
    assert Agreement.get(Agreement.case == case.id).verification_code == before  # not the one to sign
    assert "不供签字" in printed.timeline[-1].description, printed.timeline[-1]
    full = documents.agreement_pdf(world.actors["officer"], case.id)  # the officer's copy is in full
    assert world.person(0).id_number in scan.squash(scan.file_text(_write(tmp_path, "协议.pdf", full.pdf)))


def test_the_masked_agreement_also_masks_numbers_typed_into_its_text(world: World, tmp_path: Path) -> None:
    from station_app.mediation.reading import get_case
    from tests.security.world import AGREEMENT

    case = case_at(world, "agreed")
    second = world.person(1)
    facts = f"证人{second.name}（电话{second.phone}，身份证{second.id_number}）在场目睹。"
    mediation_steps.draft_agreement(world.admin, case.id, get_case(world.admin, case.id).version,
                                    {**AGREEMENT, "facts": facts})
    masked = documents.agreement_pdf(world.admin, case.id, mask_personal=True).pdf
    _clean(_write(tmp_path, "协议_遮蔽.pdf", masked), world)


def test_the_peoples_mediation_agreement_carries_no_id_number(world: World, tmp_path: Path) -> None:
    case = case_at(world, "mediating")
    agreement = {"kind": "people", "facts": "双方因草场边界发生争吵。", "terms": [{"text": "和睦相处"}],
                 "performance_method": "当面履行", "performance_deadline": local_today() + timedelta(days=30)}
    case = mediation_steps.draft_agreement(world.admin, case.id, case.version, agreement)
    pdf = documents.agreement_pdf(world.admin, case.id).pdf
    text = scan.file_text(_write(tmp_path, "人民调解协议.pdf", pdf))
    assert scan.ID_PATTERN.findall(scan.squash(text)) == []
    parties = (world.person(0), world.person(3))
    assert scan.leaked(text, _secrets(world), [person.phone for person in parties]) == []


@pytest.mark.parametrize("role", ["auxiliary", "officer"])
def test_the_session_record_is_masked_for_roles_that_may_not_see_full_numbers(world: World, tmp_path: Path,
                                                                            role: str) -> None:
    case = case_at(world, "mediating")
    built = documents.session_record_pdf(world.actors[role], case.id, case.sessions[0].id)
    pdf = built.pdf
    parties = (world.person(0), world.person(3))
    if role == "auxiliary":
        _clean(_write(tmp_path, "笔录.pdf", pdf), world)
    else:  # personal.view_full: the parties in full, nobody else; the print is audited
        text = _clean(_write(tmp_path, "笔录.pdf", pdf), world, except_for=parties)
        assert parties[0].id_number in scan.squash(text)
        record_print(world.actors[role], case.id, built, "printed")  # printed, not just looked at
        assert _entries("case.printed")[-1].username == world.actors[role].username


def test_the_warning_notice_masks_numbers_typed_into_its_content(world: World, tmp_path: Path) -> None:
    from station_app.mediation.reading import get_case

    case = get_case(world.admin, world.case.id)
    second = world.person(1)
    case = mediation_steps.send_warning(world.admin, case.id, case.version, "高力板镇司法所",
                                        f"{second.name}情绪激动，联系电话{second.phone}，身份证{second.id_number}。")
    pdf = documents.warning_pdf(world.admin, case.id, case.warnings[-1].id).pdf
    text = _clean(_write(tmp_path, "预警通报.pdf", pdf), world)
    assert mask_phone(second.phone) in scan.squash(text)


def test_the_restitution_receipt_carries_no_number(world: World, tmp_path: Path) -> None:
    third = world.person(2)
    case = restitution_cases.open_case(world.admin, {
        "case_type": "电信网络诈骗", "suspects": "包某",
        "summary": f"嫌疑人冒充二手车商，收款手机号{third.phone}"})
    admin = world.admin
    case = ledger.add_victim(admin, case.id, case.version, {"resident_id": third.id, "amount_lost": "2,000"})
    case = ledger.add_recovery(admin, case.id, case.version, {"amount": "2,000", "source": "犯罪嫌疑人退赔"})
    case, event_id = restitution_events.plan_event(admin, case.id, case.version, {"place": "派出所会议室"},
                                                   [{"victim_id": case.victims[0].id, "amount": "2,000"}])
    _clean(_write(tmp_path, "签收单.pdf", event_receipt_pdf(world.admin, case.id, event_id).pdf), world)


def test_a_rejected_rows_file_echoes_only_what_the_imported_sheet_held(world: World, tmp_path: Path) -> None:
    """The file of rows to fix carries the sheet's own values back (to be corrected and imported
    again), never a number from the database — e.g. of the resident an ID clashes with."""
    from station_app.residents.importer import guess_mapping, preview_import, read_source, write_rejects

    first, second = world.person(0), world.person(1)
    sheet = tmp_path / "居民.csv"
    sheet.write_text(f"姓名,身份证号,联系电话\n{first.name},{first.id_number},\n重复者,{first.id_number},\n"
                     f"坏号码,15222219900101123,{second.phone}\n", encoding="utf-8")
    source = read_source(sheet)
    report = preview_import(world.admin, source, guess_mapping(source.headers))
    assert report.rejected
    write_rejects(tmp_path / "未导入.xlsx", report, source)
    text = scan.file_text(tmp_path / "未导入.xlsx")
    assert scan.leaked(text, _secrets(world)) == sorted({first.id_number, second.phone})


def test_numbers_in_a_patrol_finding_reach_a_masked_reader_masked(world: World) -> None:
    """Attack B: a number written in a patrol finding (the patrol page, `get_patrol`) went in full
    to every role; findings are added, never edited back."""
    from station_app.core.clock import local_now
    from station_app.patrols.findings import add_finding
    from station_app.patrols.reading import get_patrol
    from tests.security.world import fresh_patrol

    patrol = fresh_patrol(world)
    person = world.person(2)
    add_finding(world.admin, patrol.row.id, {
        "kind": "help", "found_at": local_now() - timedelta(hours=4),  # during the patrol
        "description": f"老人走失，家属电话{person.phone}",
        "handling": f"已联系家属（身份证{person.id_number}）"})
    shown = get_patrol(world.actors["grid_worker"], patrol.row.id).findings[-1]
    text = shown.description + shown.handling
    assert person.phone not in text and person.id_number not in text and mask_phone(person.phone) in text
    assert person.phone in get_patrol(world.admin, patrol.row.id).findings[-1].description


def test_a_patrol_note_is_masked_for_a_masked_reader_and_an_edit_keeps_its_numbers(world: World) -> None:
    """The patrol's own note: a number in it reached every role in full (it is edited back from the
    form); now masked, and an auxiliary's correction of the rest keeps the stored number."""
    from station_app.core.clock import to_local
    from station_app.patrols import service as patrols
    from station_app.patrols.reading import get_patrol
    from tests.security.world import fresh_patrol

    person = world.person(3)
    patrol = fresh_patrol(world)

    def details(shown, note: str) -> dict[str, object]:
        return {"team_id": world.team_id, "kind": "routine", "started_at": to_local(shown.row.started_at),
                "ended_at": to_local(shown.row.ended_at),
                "members": [{f"{p.person_kind}_id": p.person_id} for p in shown.people],
                "area_ids": [world.village], "route": shown.route, "note": note}

    note = f"报警人电话{person.phone}，已劝离"
    patrols.update_patrol(world.admin, patrol.id, patrol.version, details(patrol, note))
    auxiliary = world.actors["auxiliary"]
    shown = get_patrol(auxiliary, patrol.id)
    assert person.phone not in shown.note and mask_phone(person.phone) in shown.note
    patrols.update_patrol(auxiliary, shown.id, shown.version, details(shown, shown.note + "，次日回访"))
    assert get_patrol(world.admin, patrol.id).note == f"报警人电话{person.phone}，已劝离，次日回访"
