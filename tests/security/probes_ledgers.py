"""Probes of the ledgers: disputes, patrols, the 12345 hotline, restitution and visits.
Rows: (target, actions, call(function, actor, context), options)."""

from __future__ import annotations

from datetime import date, timedelta

from station_app.core.clock import local_now, local_today, to_local
from station_app.hotline import calendar as hotline_calendar
from station_app.hotline import steps as hotline_steps
from station_app.mediation import steps as mediation_steps
from station_app.mediation.reading import get_case
from station_app.patrols import service as patrol_service
from station_app.patrols import teams
from station_app.restitution import events as restitution_events
from station_app.restitution import ledger
from station_app.restitution.cases import get_case as get_restitution
from station_app.restitution.receipt import event_receipt_pdf
from station_app.visits.visits import get_visit
from tests.security.world import World, case_at, fresh_order, fresh_patrol, fresh_visit, unique

CASES = "station_app.mediation.cases"
READING = "station_app.mediation.reading"
STEPS = "station_app.mediation.steps"
CLOSING = "station_app.mediation.closing"
DOCUMENTS = "station_app.mediation.documents"
ORDERS = "station_app.hotline.orders"
HOTLINE_STEPS = "station_app.hotline.steps"
CALENDAR = "station_app.hotline.calendar"
PATROLS = "station_app.patrols.service"
TEAMS = "station_app.patrols.teams"
PATROL_READING = "station_app.patrols.reading"
RESTITUTION = "station_app.restitution.cases"
LEDGER = "station_app.restitution.ledger"
EVENTS = "station_app.restitution.events"
VISITS = "station_app.visits.visits"
OUTREACH = "station_app.visits.outreach"
NO_WRITE = {"writes": False}
RECOVERY = {"amount": "10", "source": "犯罪嫌疑人退赔"}
PLACE = {"place": "派出所会议室"}


def _case(world: World):
    """The shared case as it is now (steps that may repeat: assess, warn, plan)."""
    return get_case(world.admin, world.case.id)


def _at(state: str):
    return {"setup": lambda world: case_at(world, state)}


def _warned(world: World):
    case = _case(world)
    case = mediation_steps.send_warning(world.admin, case.id, case.version, "司法所", "双方情绪激动。")
    return case, case.warnings[-1].id


def _planned(world: World):
    case = _case(world)
    case = mediation_steps.save_plan(world.admin, case.id, case.version, "组织调解", "崔鑫龙", "2099-12-31")
    return case, case.plans[-1].id


_ORDER_MOVES = {
    "received": lambda a, o: hotline_steps.dispatch_order(a, o.id, o.version, "社区警务室"),
    "dispatched": lambda a, o: hotline_steps.start_handling(a, o.id, o.version),
    "handling": lambda a, o: hotline_steps.complete_order(a, o.id, o.version, "已协调物业公司退还费用。"),
    "completed": lambda a, o: hotline_steps.record_feedback(a, o.id, o.version, "满意"),
}


def _order(status: str):
    def setup(world: World):
        order = fresh_order(world)
        while order.row.status != status:
            order = _ORDER_MOVES[order.row.status](world.admin, order)
        return order

    return {"setup": setup}


def _restitution(world: World):
    return get_restitution(world.admin, world.restitution_id)


AT_CASE = {"setup": _restitution}


def _new_day(year: int) -> date:
    return date(year, 1, 1) + timedelta(days=unique())


def _with_recovery(world: World):
    case = _restitution(world)
    return ledger.add_recovery(world.admin, case.id, case.version, RECOVERY)


def _planned_event(world: World, printed: bool = False):
    case = _restitution(world)
    case, event_id = restitution_events.plan_event(world.admin, case.id, case.version, PLACE,
                                                   [{"victim_id": case.victims[0].id, "amount": "10"}])
    if printed:
        event_receipt_pdf(world.admin, case.id, event_id)
        case = _restitution(world)
    return case, event_id


def _team(world: World):
    return teams.get_team(world.admin, world.team_id)


def _new_team(world: World):
    return teams.create_team(world.admin, {"name": f"巡防队{unique()}", "kind": "volunteer"},
                             [{"account_id": world.actors["auxiliary"].user_id, "is_leader": True}])


def _patrol_details(world: World, hours_ago: float) -> dict:
    team = _team(world)
    start = local_now() - timedelta(hours=hours_ago)
    return {"team_id": team.id, "kind": "routine", "started_at": start,
            "members": [member.id for member in team.members][:1], "area_ids": [world.village]}


def _started_patrol(world: World):
    return patrol_service.start_patrol(world.admin, _patrol_details(world, 1))


def _current_patrol(world: World):
    from station_app.patrols.reading import get_patrol

    return get_patrol(world.admin, world.patrol_id)


def _found_at(world: World):
    return to_local(_current_patrol(world).row.started_at) + timedelta(minutes=30)


def _printed(world: World):
    """An agreed case whose agreement was printed for signing."""
    from station_app.mediation.documents import agreement_pdf
    from station_app.mediation.print_record import record_print

    case = case_at(world, "agreed")
    return record_print(world.admin, case.id, agreement_pdf(world.admin, case.id))


def _built(world: World):
    """An agreed case and its agreement built (previewed), not yet printed."""
    from station_app.mediation.documents import agreement_pdf

    case = case_at(world, "agreed")
    return case, agreement_pdf(world.admin, case.id)


def _dispute_finding(world: World):
    visit = fresh_visit(world)
    return visit.findings[0]


_MEDIATION = [
    (f"{CASES}:open_case", "disputes.register", lambda f, a, w: f(a, {
        "source": "群众来访", "category": "邻里纠纷", "summary": "两户因院墙边界争吵。"},
        [{"resident_id": w.person(0).id}])),
    (f"{CASES}:attach_to_case", "disputes.edit", lambda f, a, w: f(a, w.case.id, w.photo, "现场照片")),
    (f"{READING}:find_case", "disputes.view", lambda f, a, w: f(a, w.case.row.case_number), NO_WRITE),
    (f"{READING}:list_cases", "disputes.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{READING}:get_case", "disputes.view", lambda f, a, w: f(a, w.case.id), NO_WRITE),
    (f"{READING}:case_for_documents", "disputes.view", lambda f, a, w: f(a, w.case.id), NO_WRITE),
    (f"{READING}:reveal_reporter_phone", "personal.view_full",
     lambda f, a, w: f(a, w.case.id, "电话联系本人")),
    ("station_app.mediation.attention:attention_items", "disputes.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{DOCUMENTS}:check_agreement", "disputes.view", lambda f, a, c: f(a, c.id),
     {**_at("agreed"), **NO_WRITE}),
    (f"{DOCUMENTS}:agreement_pdf", "disputes.edit", lambda f, a, c: f(a, c.id),
     {**_at("agreed"), **NO_WRITE}),
    (f"{DOCUMENTS}:session_record_pdf", "disputes.view", lambda f, a, c: f(a, c.id, c.sessions[0].id),
     {**_at("mediating"), **NO_WRITE}),
    (f"{DOCUMENTS}:warning_pdf", "disputes.view", lambda f, a, cw: f(a, cw[0].id, cw[1]),
     {"setup": _warned, **NO_WRITE}),
    ("station_app.mediation.print_record:record_print", "disputes.edit",
     lambda f, a, cb: f(a, cb[0].id, cb[1], "printed"), {"setup": _built}),
    (f"{STEPS}:assess_risk", "disputes.edit", lambda f, a, c: f(a, c.id, c.version, ["alcohol"]),
     {"setup": _case}),
    (f"{STEPS}:send_warning", "disputes.warn",
     lambda f, a, c: f(a, c.id, c.version, "高力板镇司法所", "双方情绪激动。"), {"setup": _case}),
    (f"{STEPS}:acknowledge_warning", "disputes.warn",
     lambda f, a, cw: f(a, cw[0].id, cw[0].version, cw[1], "王所长"), {"setup": _warned}),
    (f"{STEPS}:save_plan", "disputes.edit",
     lambda f, a, c: f(a, c.id, c.version, "组织双方调解", "崔鑫龙", "2099-12-31"), {"setup": _case}),
    (f"{STEPS}:complete_plan", "disputes.edit", lambda f, a, cp: f(a, cp[0].id, cp[0].version, cp[1]),
     {"setup": _planned}),
    (f"{STEPS}:record_session", "disputes.edit",
     lambda f, a, c: f(a, c.id, c.version, {"place": "嘎查委员会", "mediators": ["崔鑫龙"]}),
     _at("assessed")),
    (f"{STEPS}:record_failure", "disputes.edit",
     lambda f, a, c: f(a, c.id, c.version, "引导向人民法院起诉", "双方分歧大"), _at("mediating")),
    (f"{STEPS}:draft_agreement", "disputes.edit", lambda f, a, c: f(a, c.id, c.version, {
        "kind": "people", "facts": "双方因院墙边界发生争吵。", "terms": [{"text": "双方今后和睦相处"}],
        "performance_method": "当面履行", "performance_deadline": date(2099, 12, 31)}), _at("mediating")),
    (f"{CLOSING}:mark_signed", "disputes.edit", lambda f, a, c: f(a, c.id, c.version, local_today()),
     {"setup": _printed}),
    (f"{CLOSING}:record_follow_up", "disputes.edit",
     lambda f, a, c: f(a, c.id, c.version, {"performed": True, "satisfaction": "满意"}), _at("performing")),
    (f"{CLOSING}:close_case", "disputes.close", lambda f, a, c: f(a, c.id, c.version), _at("followed_up")),
    (f"{CLOSING}:withdraw_case", "disputes.close", lambda f, a, c: f(a, c.id, c.version, "当事人自行和解"),
     _at("assessed")),
    (f"{CLOSING}:mark_not_mediable", "disputes.close", lambda f, a, c: f(a, c.id, c.version, "涉嫌寻衅滋事"),
     _at("registered")),
    (f"{CLOSING}:reopen_case", "disputes.close", lambda f, a, c: f(a, c.id, c.version, "当事人再次发生争执"),
     _at("closed")),
]

_HOTLINE = [
    (f"{ORDERS}:create_order", "hotline.edit", lambda f, a, w: f(a, {
        "order_number": f"XC2026{unique():07d}", "caller_name": "白先生", "content": "反映噪音扰民。",
        "category": "治安", "working_days": 5, "received_at": local_now() - timedelta(hours=1)})),
    (f"{ORDERS}:list_orders", "hotline.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{ORDERS}:find_order", "hotline.view", lambda f, a, w: f(a, w.order_number), NO_WRITE),
    (f"{ORDERS}:get_order", "hotline.view", lambda f, a, w: f(a, w.order_id), NO_WRITE),
    (f"{ORDERS}:reveal_caller_phone", ("hotline.view", "personal.view_full"),
     lambda f, a, w: f(a, w.order_id, "电话联系来电人")),
    ("station_app.hotline.attention:attention_items", "hotline.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.hotline.linking:order_of_case", "hotline.view", lambda f, a, w: f(a, w.case.id), NO_WRITE),
    ("station_app.hotline.linking:open_dispute", ("hotline.edit", "disputes.register"),
     lambda f, a, o: f(a, o.id, o.version, "物业纠纷"), _order("received")),
    (f"{HOTLINE_STEPS}:dispatch_order", "hotline.edit", lambda f, a, o: f(a, o.id, o.version, "社区警务室"),
     _order("received")),
    (f"{HOTLINE_STEPS}:start_handling", "hotline.edit", lambda f, a, o: f(a, o.id, o.version),
     _order("dispatched")),
    (f"{HOTLINE_STEPS}:add_note", "hotline.edit", lambda f, a, o: f(a, o.id, o.version, "已电话联系来电人。"),
     _order("dispatched")),
    (f"{HOTLINE_STEPS}:complete_order", "hotline.edit", lambda f, a, o: f(a, o.id, o.version, "已协调解决。"),
     _order("handling")),
    (f"{HOTLINE_STEPS}:record_feedback", "hotline.edit", lambda f, a, o: f(a, o.id, o.version, "满意"),
     _order("completed")),
    (f"{HOTLINE_STEPS}:archive_order", "hotline.edit", lambda f, a, o: f(a, o.id, o.version),
     {"setup": lambda w: _ORDER_MOVES["completed"](w.admin, _order("completed")["setup"](w))}),
    (f"{CALENDAR}:list_days", "hotline.view", lambda f, a, w: f(a, 2026), NO_WRITE),
    (f"{CALENDAR}:preview_deadline", "hotline.view", lambda f, a, w: f(a, date(2026, 11, 27), 3), NO_WRITE),
    (f"{CALENDAR}:set_day", "hotline.edit", lambda f, a, w: f(a, _new_day(2030), "off", "临时假日")),
    (f"{CALENDAR}:remove_day", "hotline.edit", lambda f, a, day: f(a, day), {
        "setup": lambda w: hotline_calendar.set_day(w.admin, _new_day(2031), "off", "临时假日").day}),
]

_PATROLS = [
    (f"{PATROLS}:start_patrol", "patrols.edit", lambda f, a, w: f(a, _patrol_details(w, 0.5))),
    (f"{PATROLS}:end_patrol", "patrols.edit", lambda f, a, p: f(a, p.id, p.version, {"distance_km": "3"}),
     {"setup": _started_patrol}),
    (f"{PATROLS}:log_patrol", "patrols.edit",
     lambda f, a, w: f(a, {**_patrol_details(w, 6), "ended_at": local_now() - timedelta(hours=4)})),
    (f"{PATROLS}:update_patrol", "patrols.edit", lambda f, a, p: f(a, p.id, p.version, {
        "team_id": p.row.team_id, "kind": p.row.kind, "started_at": to_local(p.row.started_at),
        "ended_at": to_local(p.row.ended_at),
        "members": [{f"{person.person_kind}_id": person.person_id} for person in p.people],
        "area_ids": [area_id for area_id, _name in p.areas], "route": "改：村道"}),
     {"setup": fresh_patrol}),
    ("station_app.patrols.findings:add_finding", "patrols.edit",
     lambda f, a, w: f(a, w.patrol_id, {"kind": "help", "description": "送迷路老人回家",
                                        "found_at": _found_at(w)})),
    ("station_app.patrols.findings:add_finding", ("patrols.edit", "disputes.register"),
     lambda f, a, w: f(a, w.patrol_id, {"kind": "dispute", "description": "两户争吵", "category": "邻里纠纷",
                                        "found_at": _found_at(w)},
                       [{"resident_id": w.person(1).id}])),
    (f"{PATROL_READING}:list_patrols", "patrols.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{PATROL_READING}:get_patrol", "patrols.view", lambda f, a, w: f(a, w.patrol_id), NO_WRITE),
    (f"{PATROL_READING}:finding_for_case", "patrols.view", lambda f, a, w: f(a, w.case.id), NO_WRITE),
    ("station_app.patrols.attention:attention_items", "patrols.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{TEAMS}:create_team", "patrols.edit", lambda f, a, w: f(
        a, {"name": f"义警{unique()}", "kind": "volunteer"},
        [{"resident_id": w.person(2).id, "is_leader": True}])),
    (f"{TEAMS}:update_team", "patrols.edit", lambda f, a, t: f(
        a, t.id, t.version, {"name": t.name, "kind": "joint"},
        [{"account_id": t.members[0].person_id, "is_leader": True}]), {"setup": _new_team}),
    (f"{TEAMS}:set_team_active", "patrols.edit", lambda f, a, t: f(a, t.id, t.version, False),
     {"setup": _new_team}),
    (f"{TEAMS}:get_team", "patrols.view", lambda f, a, w: f(a, w.team_id), NO_WRITE),
    (f"{TEAMS}:list_teams", "patrols.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{TEAMS}:find_team", "patrols.view", lambda f, a, w: f(a, "红城义警"), NO_WRITE),
]

_RESTITUTION = [
    (f"{RESTITUTION}:open_case", "restitution.edit",
     lambda f, a, w: f(a, {"case_type": "盗窃", "summary": "盗窃电动车后销赃"})),
    (f"{RESTITUTION}:update_case", "restitution.edit",
     lambda f, a, c: f(a, c.id, c.version, {"case_type": c.row.case_type, "summary": c.row.summary,
                                            "suspects": list(c.suspects), "description": "补充案情"}),
     {"setup": _restitution}),
    (f"{RESTITUTION}:find_case", "restitution.view", lambda f, a, w: f(a, w.restitution_number), NO_WRITE),
    (f"{RESTITUTION}:list_cases", "restitution.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{RESTITUTION}:get_case", "restitution.view", lambda f, a, w: f(a, w.restitution_id), NO_WRITE),
    (f"{LEDGER}:add_victim", "restitution.edit", lambda f, a, c: f(a, c.id, c.version, {
        "name": f"被害人{unique()}", "place": "吉林省白城市", "amount_lost": "100"}), AT_CASE),
    (f"{LEDGER}:update_victim", "restitution.edit", lambda f, a, c: f(a, c.id, c.version, c.victims[1].id, {
        "name": c.victims[1].name, "place": "山东省聊城市临清市", "amount_lost": "3,000"}), AT_CASE),
    (f"{LEDGER}:add_recovery", "restitution.edit",
     lambda f, a, c: f(a, c.id, c.version, RECOVERY), AT_CASE),
    (f"{LEDGER}:remove_recovery", "restitution.edit",
     lambda f, a, c: f(a, c.id, c.version, c.recoveries[-1].id, "录入错误"), {"setup": _with_recovery}),
    (f"{LEDGER}:record_return", "restitution.edit",
     lambda f, a, c: f(a, c.id, c.version, {"victim_id": c.victims[1].id, "amount": "10"}), AT_CASE),
    (f"{EVENTS}:plan_event", "restitution.edit", lambda f, a, c: f(
        a, c.id, c.version, PLACE, [{"victim_id": c.victims[0].id, "amount": "10"}]), AT_CASE),
    (f"{EVENTS}:complete_event", "restitution.edit", lambda f, a, ce: f(a, ce[0].id, ce[0].version, ce[1]),
     {"setup": lambda w: _planned_event(w, printed=True)}),
    (f"{EVENTS}:cancel_event", "restitution.edit",
     lambda f, a, ce: f(a, ce[0].id, ce[0].version, ce[1], "改约时间"), {"setup": _planned_event}),
    ("station_app.restitution.receipt:event_receipt_pdf", "restitution.edit",
     lambda f, a, ce: f(a, ce[0].id, ce[1]), {"setup": _planned_event}),
]

_VISITS = [
    (f"{VISITS}:record_visit", "visits.edit", lambda f, a, w: f(a, {
        "officer_id": w.actors["officer"].user_id, "visited_on": local_today() - timedelta(days=1),
        "publicity_topics": ["反电诈"], "materials_count": 2},
        [{"resident_id": w.person(3).id, "household": ""}])),
    (f"{VISITS}:add_finding", "visits.edit", lambda f, a, v: f(a, v.id, v.version, {
        "kind": "opinion", "description": "群众希望增设路灯。"}),
     {"setup": lambda w: get_visit(w.admin, w.visit_id)}),
    (f"{VISITS}:list_visits", "visits.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{VISITS}:get_visit", "visits.view", lambda f, a, w: f(a, w.visit_id), NO_WRITE),
    (f"{OUTREACH}:record_event", "visits.edit", lambda f, a, w: f(a, {
        "held_on": local_today() - timedelta(days=1), "place_text": "高力板镇中学", "audience": 50,
        "topics": ["禁毒"]})),
    (f"{OUTREACH}:attach_photo", "visits.edit", lambda f, a, w: f(a, w.event_id, w.photo)),
    (f"{OUTREACH}:list_events", "visits.view", lambda f, a, w: f(a), NO_WRITE),
    (f"{OUTREACH}:get_event", "visits.view", lambda f, a, w: f(a, w.event_id), NO_WRITE),
    (f"{OUTREACH}:known_topics", "visits.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.visits.findings:open_case_for_finding", ("visits.edit", "disputes.register"),
     lambda f, a, fv: f(a, fv.id, fv.version, {"category": "邻里纠纷"}), {"setup": _dispute_finding}),
    ("station_app.visits.findings:case_origin", "visits.view", lambda f, a, w: f(a, w.case.id), NO_WRITE),
]

LEDGER_PROBES = [*_MEDIATION, *_HOTLINE, *_PATROLS, *_RESTITUTION, *_VISITS]
