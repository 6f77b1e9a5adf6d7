"""Full numbers reach only those allowed, and reading one is audited. The unmasked residents export
and the USB bundle are checked in test_privacy_scan; here: every service that hands residents to a
reader (a role without personal.view_full receives masked numbers), the form contract that lets
such a reader edit a resident without ever writing a masked value back, and the audited reveal."""

from __future__ import annotations

import json
import uuid

import pytest

from station_app.accounts.service import create_account
from station_app.audit.models import AuditEntry
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.errors import ValidationError
from station_app.core.masking import mask_id_number, mask_phone
from station_app.residents import reading
from station_app.residents import service as residents
from tests.security.world import new_id_number, new_mobile

ID_NUMBER, PHONE = new_id_number(311), new_mobile(311)


def _actor(admin: Actor, role: str) -> Actor:
    info = create_account(admin, f"u{role.replace('_', '')}", f"测试{role}", role, "Station2026x")
    return Actor(info.id, info.username, info.full_name, role, admin.station_id)


def _newest() -> AuditEntry:
    return AuditEntry.select().order_by(AuditEntry.seq.desc()).first()


def test_revealing_the_numbers_is_audited_with_the_reason_without_the_numbers(sqlite_admin: Actor) -> None:
    person = residents.create_resident(sqlite_admin, {"name": "巴特尔·额尔敦", "id_number": ID_NUMBER,
                                                      "phone": PHONE})
    officer = _actor(sqlite_admin, "officer")
    full = reading.reveal_numbers(officer, person.id, "制作法律文书")
    assert (full.id_number, full.phone) == (ID_NUMBER, PHONE)
    entry = _newest()
    assert (entry.action, entry.username) == ("resident.reveal", "uofficer")
    assert entry.entity_id == str(person.id)
    extra = json.loads(entry.changes)["extra"]
    assert extra == {"name": "巴特尔·额尔敦", "reason": "制作法律文书", "shown": "身份证号、联系电话"}
    assert ID_NUMBER not in entry.changes and PHONE not in entry.changes


def test_the_audit_trail_itself_keeps_numbers_masked(sqlite_admin: Actor) -> None:
    details = {"name": "乌云其木格", "id_number": ID_NUMBER, "phone": PHONE}
    person = residents.create_resident(sqlite_admin, details)
    changes = json.loads(_newest().changes)["changes"]
    assert changes["id_number"][1] == mask_id_number(ID_NUMBER) and PHONE not in str(changes)
    residents.update_resident(sqlite_admin, person.id, person.version, {**person.as_form(), "phone": ""})
    assert PHONE not in _newest().changes


def test_a_role_without_personal_view_full_never_receives_a_full_id_number(sqlite_admin: Actor) -> None:
    person = residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER})
    view = residents.get_resident(_actor(sqlite_admin, "readonly"), person.id)
    assert view.id_number != ID_NUMBER


def _everything_a_reader_receives(reader: Actor, person_id, case_id) -> list[object]:
    """Every service that hands residents (or their numbers) to a reader, called as `reader`."""
    from station_app.mediation.reading import get_case

    party_views = [party.resident for party in get_case(reader, case_id).parties if party.name == "张三"]
    return [residents.get_resident(reader, person_id), *reading.residents_by_ids(reader, [person_id]),
            *reading.find_residents(reader, "张三"), *reading.find_residents(reader, ID_NUMBER[-6:]),
            *reading.find_residents(reader, PHONE[-4:]), *party_views]


@pytest.mark.parametrize("role", ["admin", "chief", "officer", "auxiliary", "grid_worker", "readonly"])
def test_every_read_of_a_resident_is_masked_exactly_for_the_roles_that_may_not_see_it(
        sqlite_admin: Actor, role: str) -> None:
    from station_app.mediation.cases import open_case

    person = residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER, "phone": PHONE})
    case = open_case(sqlite_admin, {"source": "群众来访", "category": "邻里纠纷", "summary": "院墙纠纷。"},
                     [{"resident_id": person.id}, {"resident": {"name": "李四"}}])
    reader = sqlite_admin if role == "admin" else _actor(sqlite_admin, role)
    received = _everything_a_reader_receives(reader, person.id, case.id)
    assert len(received) == 6
    may_see = role in SEE_FULL_NUMBERS  # the hand-written table below, not the matrix
    for view in received:
        assert view.name == "张三"
        assert (view.id_number == ID_NUMBER, view.phone == PHONE) == (may_see, may_see), view
        assert view.numbers_masked is not may_see
        assert view.id_masked == mask_id_number(ID_NUMBER) and view.phone_masked == mask_phone(PHONE)
        assert ID_NUMBER not in repr(view) or may_see


# DOMAIN.md: full values on screen for the roles allowed to see them — the station's police
# (民警, 所长) and its administrator; not 辅警, 网格员 or a read-only account.
SEE_FULL_NUMBERS = {"admin", "chief", "officer"}


def test_likely_duplicates_are_shown_masked_to_a_role_that_may_not_see_numbers(sqlite_admin: Actor) -> None:
    residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER, "phone": PHONE})
    grid_worker = _actor(sqlite_admin, "grid_worker")
    with pytest.raises(residents.LikelyDuplicate) as caught:
        residents.create_resident(grid_worker, {"name": "张三", "birth_date": ID_NUMBER[6:14]})
    assert [view.id_number for view in caught.value.candidates] == [mask_id_number(ID_NUMBER)]
    assert PHONE not in repr(caught.value.candidates)


def test_a_reader_of_masked_numbers_edits_a_resident_and_the_numbers_stay(sqlite_admin: Actor) -> None:
    """The form contract: a masked view's form leaves the numbers out (or sends them back masked,
    as they were shown); the stored numbers stay. A number typed in full replaces the stored one."""
    from station_app.residents.models import Resident

    person = residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER, "phone": PHONE})
    auxiliary = _actor(sqlite_admin, "auxiliary")
    view = residents.get_resident(auxiliary, person.id)
    assert "id_number" not in view.as_form() and "phone" not in view.as_form()
    saved = residents.update_resident(auxiliary, view.id, view.version, {**view.as_form(), "notes": "已走访"})
    stored = Resident.get_by_id(person.id)
    assert (stored.id_number, stored.phone, stored.notes) == (ID_NUMBER, PHONE, "已走访")
    assert saved.numbers_masked and saved.id_number == mask_id_number(ID_NUMBER)
    # a form that sends the masked values back as it showed them keeps the numbers too
    echoed = {**saved.as_form(), "id_number": saved.id_number, "phone": saved.phone, "notes": "再次走访"}
    saved = residents.update_resident(auxiliary, saved.id, saved.version, echoed)
    stored = Resident.get_by_id(person.id)
    assert (stored.id_number, stored.phone) == (ID_NUMBER, PHONE)
    # a masked value that is not this resident's is refused, never stored
    with pytest.raises(ValidationError, match="遮蔽") as refused:
        residents.update_resident(auxiliary, saved.id, saved.version,
                                  {**saved.as_form(), "phone": "138****0000"})
    assert set(refused.value.errors) == {"phone"}
    # a new number typed in full replaces the stored one
    saved = residents.update_resident(auxiliary, saved.id, saved.version,
                                      {**saved.as_form(), "phone": "13800000000"})
    assert Resident.get_by_id(person.id).phone == "13800000000" and saved.phone == "138****0000"
    assert Resident.get_by_id(person.id).id_number == ID_NUMBER
    with pytest.raises(ValidationError, match="遮蔽"):
        residents.create_resident(auxiliary, {"name": "王五", "id_number": mask_id_number(ID_NUMBER)})


def test_showing_a_conflict_with_full_id_numbers_is_audited(sqlite_admin: Actor) -> None:
    """A conflict an older release kept: its two copies differ in the ID number."""
    import json

    from station_app.exchange.bundle import row_to_json
    from station_app.exchange.conflicts import conflict_detail, list_conflicts
    from station_app.exchange.models import BundleConflict
    from station_app.residents.models import Resident

    person = residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER})
    local = row_to_json(Resident, Resident.select().where(Resident.id == person.id).dicts().get())
    incoming = {**local, "id_number": new_id_number(312)}
    BundleConflict.create(table_name="resident", record_id=str(person.id), station=sqlite_admin.station_id,
                          bundle_station=sqlite_admin.station_id, bundle_created_at=utcnow(),
                          local_version=1, incoming_version=1, local_json=json.dumps(local),
                          incoming_json=json.dumps(incoming), incoming_sha256="0" * 64)
    conflict = next(row for row in list_conflicts(sqlite_admin) if row.record_id == str(person.id))
    before = _newest().seq
    detail = conflict_detail(sqlite_admin, conflict.id)
    assert ID_NUMBER in str(detail)
    assert _newest().seq > before


@pytest.mark.parametrize("role", ["auxiliary", "grid_worker", "readonly"])
def test_the_birth_date_never_completes_a_masked_id_number(sqlite_admin: Actor, role: str) -> None:
    """Attack B: `station --user gridworker05 residents search 王 --json` gave "152222********4757"
    and "birth_date": "1937-06-27" — the eight masked digits ARE the birth date: the number in full."""
    import dataclasses

    person = residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER, "phone": PHONE})
    no_id = residents.create_resident(sqlite_admin, {"name": "张四", "birth_date": "1950-03-07"})
    reader = _actor(sqlite_admin, role)
    for view in (residents.get_resident(reader, person.id), *reading.find_residents(reader, "张三")):
        shown = str(dataclasses.asdict(view))
        assert ID_NUMBER[6:14] not in shown and "-".join((ID_NUMBER[6:10], ID_NUMBER[10:12])) not in shown
        assert view.birth_date is None and view.birth_year == int(ID_NUMBER[6:10])  # the age stays known
    assert residents.get_resident(reader, no_id.id).birth_date is not None  # nothing to complete there
    assert residents.get_resident(sqlite_admin, person.id).birth_date is not None


def test_a_masked_reader_editing_cannot_probe_the_birth_date(sqlite_admin: Actor) -> None:
    """The form of a reader who sees the number masked: a birth date typed (or left empty) is not
    checked against the stored number, whose answer ("身份证号显示为 1950-01-24") would tell it."""
    person = residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER, "phone": PHONE})
    stored = residents.get_resident(sqlite_admin, person.id).birth_date
    auxiliary = _actor(sqlite_admin, "auxiliary")
    view = residents.get_resident(auxiliary, person.id)
    for typed in ("2000-01-01", ""):
        view = residents.update_resident(auxiliary, view.id, view.version,
                                         {**view.as_form(), "birth_date": typed, "notes": f"走访{typed}"})
        assert residents.get_resident(sqlite_admin, person.id).birth_date == stored


@pytest.mark.parametrize("role", ["auxiliary", "grid_worker", "readonly"])
def test_a_masked_reader_cannot_test_hidden_digits_by_searching(sqlite_admin: Actor, role: str,
                                                                tmp_path) -> None:
    """Attack B: `station --user gridworker05 residents search 152222193706274757` found 王立 and the
    next birth date did not: a number search answered for the digits the mask hides (a digit at a
    time: "x4757" for x in 0-9 tells the ID's 14th digit, "x5678" a phone's). A reader without
    personal.view_full searches by the last 4 digits it is shown, whatever longer number it types."""
    from station_app.residents.exporter import export_residents
    from station_app.residents.search import resident_ids

    person = residents.create_resident(sqlite_admin, {"name": "张三", "id_number": ID_NUMBER, "phone": PHONE})
    reader = _actor(sqlite_admin, role)
    wrong_id = ID_NUMBER[:13] + str((int(ID_NUMBER[13]) + 1) % 10) + ID_NUMBER[14:]
    wrong_phone = PHONE[:6] + str((int(PHONE[6]) + 1) % 10) + PHONE[7:]
    for query in (ID_NUMBER, wrong_id, ID_NUMBER[-6:], wrong_id[-6:], PHONE, wrong_phone, wrong_phone[-5:]):
        assert [view.id for view in reading.find_residents(reader, query)] == [person.id], query
        assert [uuid.UUID(key) for key in reading.resident_ids(reader, query)] == [person.id], query
    admin_finds = reading.find_residents(sqlite_admin, wrong_id)
    assert admin_finds == [] and resident_ids(sqlite_admin.station_id, wrong_id) == []  # in full: exact
    if role == "auxiliary":  # residents.export
        assert export_residents(reader, tmp_path / "查找.xlsx", query=wrong_id) == 1


def test_a_masked_reader_cannot_test_a_callers_hidden_digits_by_searching_orders(sqlite_admin: Actor) -> None:
    """Attack B: the 12345 list searched the caller's phone ending with every digit typed: "x8898"
    for each x told a masked phone's hidden digits one at a time (and so did a long number in the
    content). A reader without personal.view_full searches the ending by the 4 digits it is shown."""
    from datetime import timedelta

    from station_app.core.clock import local_now
    from station_app.hotline import orders

    orders.create_order(sqlite_admin, {
        "order_number": "XA20261207001", "caller_name": "白先生", "caller_phone": PHONE,
        "content": f"要求回电{PHONE}", "category": "物业管理", "working_days": 5,
        "received_at": local_now() - timedelta(hours=1)})
    wrong = PHONE[:6] + str((int(PHONE[6]) + 1) % 10) + PHONE[7:]
    grid_worker = _actor(sqlite_admin, "grid_worker")
    for query in (PHONE, wrong, PHONE[-5:], wrong[-5:]):
        assert len(orders.list_orders(grid_worker, query=query)) == 1, query
    assert len(orders.list_orders(sqlite_admin, query=wrong[-5:])) == 0  # who sees it in full: exact
    assert len(orders.list_orders(grid_worker, query="20261207001")) == 1  # an order number still found


def test_numbers_typed_into_a_residents_free_text_reach_a_masked_reader_masked(sqlite_admin: Actor) -> None:
    """Attack B: a neighbour's ID number and phone typed into 备注 (or 住址, 户主) went in full to every
    role that may view residents (`station --user gridworker05 residents search …`, the form)."""
    other_id, other_phone = new_id_number(312), new_mobile(312)
    notes = f"邻居电话{other_phone}，身份证{other_id}"
    person = residents.create_resident(sqlite_admin, {"name": "张三", "notes": notes,
                                                      "address": f"幸福路1号（联系{other_phone}）"})
    grid_worker = _actor(sqlite_admin, "grid_worker")
    found = reading.find_residents(grid_worker, "张三")
    for view in (residents.get_resident(grid_worker, person.id), *found):
        assert other_id not in view.notes and other_phone not in view.notes + view.address
        assert mask_phone(other_phone) in view.notes and mask_id_number(other_id) in view.notes
    # saved back as shown (a tag ticked, say): the stored text keeps its numbers
    view = residents.get_resident(grid_worker, person.id)
    residents.update_resident(grid_worker, view.id, view.version, {**view.as_form(), "unit": "2单元"})
    stored = residents.get_resident(sqlite_admin, person.id)
    assert stored.notes == notes and other_phone in stored.address and stored.unit == "2单元"


def test_numbers_in_a_12345_orders_text_reach_a_masked_reader_masked(sqlite_admin: Actor) -> None:
    """Attack B: the order's content ("要求回电139…") and its steps' text went in full to every role
    (`station --user gridworker05 orders list --json`), beside the caller's phone shown masked."""
    from datetime import timedelta

    from station_app.core.clock import local_now
    from station_app.hotline import orders

    created = orders.create_order(sqlite_admin, {
        "order_number": "XA20261207002", "caller_name": "白先生", "caller_phone": PHONE,
        "content": f"要求回电{PHONE}，身份证{ID_NUMBER}", "category": "物业管理", "working_days": 5,
        "received_at": local_now() - timedelta(hours=1)})
    grid_worker = _actor(sqlite_admin, "grid_worker")
    [row] = orders.list_orders(grid_worker)
    detail = orders.get_order(grid_worker, created.row.id)
    for text in (row.content, detail.row.content):
        assert PHONE not in text and ID_NUMBER not in text and mask_phone(PHONE) in text
    assert PHONE in orders.get_order(sqlite_admin, created.row.id).row.content


def test_numbers_in_a_dispute_cases_text_reach_a_masked_reader_masked(sqlite_admin: Actor) -> None:
    """Attack B: a number typed into the case's 纠纷情况 went in full to every role (`cases list
    --json`, `cases show`, the timeline that repeats it), beside the parties' masked numbers."""
    from station_app.mediation import cases
    from station_app.mediation import reading as cases_reading

    first = residents.create_resident(sqlite_admin, {"name": "巴特尔", "id_number": ID_NUMBER})
    second = residents.create_resident(sqlite_admin, {"name": "其其格"})
    case = cases.open_case(sqlite_admin, {
        "source": "群众来访", "category": "邻里纠纷", "reporter_kind": "resident",
        "summary": f"对方扬言报复，电话{PHONE}，身份证{ID_NUMBER}"},
        [{"resident_id": first.id}, {"resident_id": second.id}])
    auxiliary = _actor(sqlite_admin, "auxiliary")
    detail = cases_reading.get_case(auxiliary, case.id)
    [row] = cases_reading.list_cases(auxiliary)
    shown = " ".join([row.summary, detail.row.summary, *(entry.description for entry in detail.timeline)])
    assert PHONE not in shown and ID_NUMBER not in shown and mask_phone(PHONE) in shown
    assert PHONE in cases_reading.get_case(sqlite_admin, case.id).row.summary


@pytest.mark.parametrize("role", ["auxiliary", "readonly"])
def test_numbers_in_a_restitution_cases_text_reach_a_reader_masked(sqlite_admin: Actor, role: str) -> None:
    """Attack B: a fraud victim's phone or ID typed into the 返赃 case's text went in full to the roles
    that only read the ledger (`station --user readonly08 restitution show N --json`)."""
    from station_app.restitution import cases as restitution

    case = restitution.open_case(sqlite_admin, {
        "case_type": "电信网络诈骗", "summary": f"被害人电话{PHONE}",
        "description": f"被害人身份证{ID_NUMBER}，电话{PHONE}"})
    reader = _actor(sqlite_admin, role)
    detail = restitution.get_case(reader, case.row.id)
    [row] = restitution.list_cases(reader)
    shown = " ".join([row.summary, detail.row.summary, detail.description])
    assert PHONE not in shown and ID_NUMBER not in shown and mask_phone(PHONE) in shown
    assert PHONE in restitution.get_case(sqlite_admin, case.row.id).description


def test_numbers_in_a_visits_text_reach_a_masked_reader_masked(sqlite_admin: Actor) -> None:
    """Attack B: a number written in a visit's note or finding (`visits list --json`, the visit
    page) went in full to every role."""
    from station_app.visits import visits

    person = residents.create_resident(sqlite_admin, {"name": "张三"})
    made = visits.record_visit(sqlite_admin, {"note": f"留了电话{PHONE}"}, [{"resident_id": person.id}],
                               [{"kind": "hardship", "description": f"身份证{ID_NUMBER}待补办"}])
    grid_worker = _actor(sqlite_admin, "grid_worker")
    [row] = visits.list_visits(grid_worker)
    detail = visits.get_visit(grid_worker, made.row.id)
    shown = " ".join([row.note, detail.row.note, *(finding.description for finding in detail.findings)])
    assert PHONE not in shown and ID_NUMBER not in shown and mask_phone(PHONE) in shown
    assert PHONE in visits.get_visit(sqlite_admin, made.row.id).row.note


def test_a_masked_reader_editing_free_text_keeps_the_numbers_it_could_not_see(sqlite_admin: Actor) -> None:
    """A grid worker changes the rest of a note that holds a neighbour's phone and ID number (shown
    masked): the numbers stay as stored instead of being replaced by their masks; a number the
    reader deletes is gone, and one the reader types is kept as typed."""
    other_id, other_phone, new_phone = new_id_number(313), new_mobile(313), new_mobile(314)
    person = residents.create_resident(sqlite_admin, {
        "name": "李四", "notes": f"邻居电话{other_phone}，身份证{other_id}，住村东",
        "address": f"幸福路2号（联系{other_phone}）"})
    grid_worker = _actor(sqlite_admin, "grid_worker")
    view = residents.get_resident(grid_worker, person.id)
    notes = view.notes.replace("住村东", "已搬到村西") + f"，新电话{new_phone}"
    address = view.address.replace(f"（联系{mask_phone(other_phone)}）", "")
    residents.update_resident(grid_worker, view.id, view.version,
                              {**view.as_form(), "notes": notes, "address": address})
    stored = residents.get_resident(sqlite_admin, person.id)
    assert stored.notes == f"邻居电话{other_phone}，身份证{other_id}，已搬到村西，新电话{new_phone}"
    assert stored.address == "幸福路2号"
