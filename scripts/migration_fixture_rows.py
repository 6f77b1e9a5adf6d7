"""The rows of the migration fixtures (scripts/make_migration_fixtures.py): a small station written
through the frozen models of whatever schema is being built, with its audit chain.

Each part adds what its schema has (`Writer.has`), so the same parts build every version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date, timedelta

from migration_fixture_writer import PASSWORD, Writer, as_json, canonical, exported

from station_app.accounts.passwords import hash_password
from station_app.core.idnumber import make_id_number
from station_app.mediation.vocab import risk_level
from station_app.residents.pinyin import name_search_keys

ACCOUNTS = [  # key, username, full name, role, police number
    ("admin", "admin", "崔鑫龙", "admin", "051201"),
    ("chief", "baojs", "包金山", "chief", "051202"),
    ("wangwu", "wangwu", "王五", "officer", "051215"),
    ("lina", "lina", "李娜", "auxiliary", ""),
    ("wuliji", "wuliji", "乌力吉", "grid_worker", ""),
    ("zhaomin", "zhaomin", "赵敏", "readonly", ""),
]


def foundation(w: Writer) -> None:
    town = {"code": "152222-GLB", "name": "高力板派出所", "county": "科右中旗", "town": "高力板镇"}
    w.station_id = w.add("station", "home", is_home=True, **town)
    w.add("station", "neighbour", code="152222-BYHS", name="巴彦呼舒派出所", county="科右中旗",
          town="巴彦呼舒镇", is_home=False)
    if w.has("journal_state"):  # schema 11 on: setup starts the home station's change journal
        w.add("journal_state", station_id=w.station_id, epoch="0" * 31 + "1", last_seq=0, started_at=w.clock)
    for key, username, full_name, role, number in ACCOUNTS:
        w.add("account", key, username=username, full_name=full_name, role=role, police_number=number,
              password_hash=hash_password(PASSWORD), is_active=key != "zhaomin",
              must_change_password=key == "lina", failed_logins=2 if key == "wangwu" else 0,
              last_login_at=w.clock if key == "admin" else None)
        if key == "admin":
            w.act_as("admin")
            w.audit("station.initialise", "station", w.station_id, after=town)
        w.audit("account.create", "account", w.ids[key],
                after={"username": username, "full_name": full_name, "role": role})
    w.add("setting", key="idle_lock_minutes", value="15")
    w.add("setting", key="case_number_format", value=json.dumps("{station}纠字〔{year}〕第{seq:04d}号"))
    w.audit("settings.update", "settings", "", {"idle_lock_minutes": 15}, {"idle_lock_minutes": 10})
    w.audit("login.failed", "account", "", anonymous="wangwu", reason="密码错误")


VILLAGES = [("高力板嘎查", "152222101201"), ("哈达图嘎查", "152222101202"), ("白音花村", "152222101203")]
PEOPLE = [  # name, gender, ethnicity, birth, grid number, household, relation, phone, tags
    ("包音德力格尔", "男", "蒙古族", date(1968, 5, 12), 0, "包音德力格尔", "户主", "13904751201", ""),
    ("乌云其木格", "女", "蒙古族", date(1971, 2, 3), 0, "包音德力格尔", "配偶", "13904751202", ""),
    ("巴特尔", "男", "蒙古族", date(1979, 11, 20), 1, "巴特尔", "户主", "15004753377", ""),
    ("王建国", "男", "汉族", date(1975, 8, 8), 2, "王建国", "户主", "13847500311", ""),
    ("刘桂兰", "女", "汉族", date(1977, 1, 30), 2, "王建国", "配偶", "13847500312", ""),
    ("王小雨", "女", "汉族", date(2012, 6, 1), 2, "王建国", "子女", "", "留守儿童"),
    ("李秀英", "女", "汉族", date(1946, 3, 15), 3, "李秀英", "户主", "04755511234", "独居老人|低保户"),
    ("其其格", "女", "蒙古族", date(1983, 9, 9), 3, "其其格", "户主", "18647590021", ""),
    ("张伟", "男", "汉族", date(1988, 12, 24), 4, "张伟", "户主", "17747560088", ""),
    ("那仁花", "女", "蒙古族", date(1990, 4, 17), 4, "那仁花", "户主", "13514750193", ""),
    ("陈志强", "男", "汉族", date(1969, 7, 7), 5, "陈志强", "户主", "13904758876", "残疾人"),
    ("白玉兰", "女", "蒙古族", date(1985, 10, 2), 5, "白玉兰", "户主", "15849530042", ""),
    ("吴海龙", "男", "满族", date(1992, 2, 29), 0, "吴海龙", "户主", "18804750456", ""),
    ("额尔敦", "男", "蒙古族", date(1958, 12, 1), 1, "额尔敦", "户主", "", "留守老人"),
    ("图雅", "女", "蒙古族", date(1995, 5, 20), 1, "额尔敦", "子女", "15247501177", ""),
    ("孙立新", "男", "汉族", date(1981, 8, 13), 3, "孙立新", "户主", "13614750655", ""),
]


def residents(w: Writer) -> None:
    if not w.has("area", "resident", "grid_role"):
        return
    town = w.add("area", "town", kind="town", name="高力板镇", code="152222101")
    w.audit("area.create", "area", town, {"kind": "town", "name": "高力板镇"})
    grids = []
    for name, code in VILLAGES:
        village = w.add("area", name, kind="village", name=name, code=code, parent=town)
        w.audit("area.create", "area", village, {"kind": "village", "name": name, "parent": str(town)})
        for number in ("第一网格", "第二网格"):
            grids.append(w.add("area", kind="grid", name=number, code=f"{code}-{len(grids) % 2 + 1}",
                               parent=village))
    w.act_as("wangwu")
    for index, (name, gender, ethnicity, birth, grid, household, relation, phone, tags) in enumerate(PEOPLE):
        order = 11 + 2 * index + (gender == "女")  # odd for men, as on a real card
        id_number = None if name == "额尔敦" else make_id_number("152222", birth, order)
        w.tick(11)
        w.add("resident", f"r{index}", name=name, name_keys=name_search_keys(name), gender=gender,
              ethnicity=ethnicity, id_number=id_number, id_number_reversed=id_number and id_number[::-1],
              birth_date=birth, phone=phone, phone_reversed=phone[::-1], household=household,
              address=f"{VILLAGES[grid // 2][0]}{grid % 2 + 1}组", grid=grids[grid],
              relation_to_head=relation, tags=tags, notes="常年在外务工" if name == "张伟" else "")
        w.audit("resident.create", "resident", w.ids[f"r{index}"],
                after={"name": name, "gender": gender, "id_number": id_number, "phone": phone})
    duplicate = w.add("resident", name="巴特尔", name_keys=name_search_keys("巴特尔"), gender="男",
                      ethnicity="蒙古族", birth_date=PEOPLE[2][3], merged_into=w.ids["r2"], version=2)
    w.audit("resident.merge", "resident", w.ids["r2"], after={"merged": str(duplicate)})
    w.add("grid_role", grid=grids[0], role="grid_worker", account=w.ids["wuliji"])
    w.add("grid_role", grid=grids[1], role="grid_worker", account=w.ids["wuliji"])
    w.add("grid_role", grid=grids[2], role="building_head", resident=w.ids["r3"], building="3排")
    w.add("grid_role", grid=grids[2], role="unit_head", resident=w.ids["r4"], building="3排", unit="东")
    w.audit("grid.roles", "area", grids[0], after={"grid_worker": "乌力吉"})
    w.ids.update({f"grid{index}": grid for index, grid in enumerate(grids)})


CASES = [  # state, category, source, party residents, summary, risk factors
    ("registered", "邻里纠纷", "走访排查", (8, 9), "两户因院墙排水问题发生争执。", []),
    ("assessed", "土地草场", "网格员上报", (0, 2), "两户对草场边界认定不一，多次口角。",
     ["land_or_money", "prior_failed"]),
    ("mediating", "婚姻家庭", "110/电话报警", (3, 4), "夫妻因家庭琐事争吵，男方酒后摔砸物品。",
     ["alcohol", "violence_history", "threats_or_weapons"]),
    ("agreed", "债权债务", "群众来访", (7, 15), "借款两万元到期未还，双方对利息有争议。", ["land_or_money"]),
    ("performing", "损害赔偿", "巡逻发现", (10, 11), "羊群啃食邻户青贮饲料，要求赔偿。", ["land_or_money"]),
    ("closed", "交通事故", "110/电话报警", (12, 14), "三轮车与摩托车剐蹭，一人轻伤。", ["vulnerable_people"]),
    ("failed", "劳资纠纷", "12345转办", (13, 8), "务工人员讨要拖欠工资，雇主称已结清。", ["group_potential"]),
]
ORDER = ("registered", "assessed", "mediating", "agreed", "performing", "followed_up", "closed")
TERMS = [{"text": "乙方赔偿甲方经济损失人民币叁仟伍佰元整。", "amount_fen": 350000},
         {"text": "双方今后互不追究。", "amount_fen": None}]


def mediation(w: Writer) -> None:
    if not w.has("dispute_case", "case_party", "agreement", "number_counter", "attachment"):
        return
    agreements = 0
    for number, (state, category, source, parties, summary, factors) in enumerate(CASES, start=1):
        rank = ORDER.index(state) if state in ORDER else 2
        level = risk_level(factors) if rank >= 1 else ""
        names = [PEOPLE[person][0] for person in parties]
        w.tick(60 * 20)
        case_number = f"高力板派出所纠字〔2024〕第{number:04d}号"
        case = w.add("dispute_case", f"case{number}", year=2024, sequence=number, case_number=case_number,
                     source=source, reporter_kind="resident", reporter_name=names[0],
                     reporter_phone=PEOPLE[parties[0]][7], reported_at=w.clock, place_area=w.ids["grid0"],
                     place_text=f"{names[0]}家门前", category=category, summary=summary, state=state,
                     risk_level=level, registered_by="王五", version=1 + rank * 2,
                     closed_at=w.clock + timedelta(days=9) if state == "closed" else None)
        for position, person in enumerate(parties):
            w.add("case_party", case=case, resident=w.ids[f"r{person}"], position=position,
                  role_label="甲方" if position == 0 else "乙方", occupation="牧民")

        def step(action: str, text: str, after: dict | None = None, case: object = case) -> None:
            w.audit(action, "dispute_case", case, after, summary=text, by=w.user[2])

        step("case.open", f"{case_number} {category}（{source}）", {"state": "registered"})
        if rank >= 1:
            w.add("risk_assessment", case=case, factors=json.dumps(factors), level=level,
                  note="双方情绪激动" if factors else "", assessed_by="王五", assessed_at=w.clock)
            step("case.assess", f"风险等级：{level}", {"state": "assessed", "risk_level": level})
            w.add("case_plan", case=case, measures="网格员每周走访一次，掌握双方动态。", responsible="乌力吉",
                  deadline=w.clock.date() + timedelta(days=14),
                  done_at=w.clock + timedelta(days=10) if rank >= 4 else None)
            if rank in (1, 4):  # every case has its plan; two audited plan steps keep the file small
                step("case.plan", "一事一策：乌力吉")
        if level in ("高", "重大"):
            w.add("early_warning", case=case, recipient="高力板镇司法所", content="有升级风险，请协同化解。",
                  sent_at=w.clock, sent_by="王五", acknowledged_by="韩梅", acknowledged_at=w.tick())
            step("case.warn", "向高力板镇司法所发出预警通报")
        if rank >= 2:
            statements = [[name, "要求对方赔礼道歉。"] for name in names]
            w.add("mediation_session", case=case, started_at=w.tick(60 * 24), ended_at=w.tick(90),
                  place="高力板派出所调解室", mediators=as_json(["王五", "李娜"]), note_taker="李娜",
                  attendees=as_json(names), notices_given="已告知双方调解的权利义务",
                  statements=as_json(statements), facts_verified="双方对事实无异议",
                  outcome="同意继续协商" if rank == 2 else "达成一致")
            step("case.session", "第 1 次调解，高力板派出所调解室，调解人 王五、李娜", {"state": "mediating"})
        if state == "failed":
            step("case.fail", "调解不成：雇主拒不到场；引导向人民法院起诉", {"state": "failed"})
        if rank >= 3:
            agreements += 1
            w.add("agreement", case=case, kind="police", year=2024, sequence=agreements,
                  number=f"科右中旗公(高)调字〔2024〕第{agreements:04d}号", facts=summary,
                  responsibility="乙方负主要责任", terms=as_json(TERMS), performance_method="现金一次性支付",
                  performance_place="高力板派出所", performance_deadline=w.clock.date() + timedelta(days=7),
                  copies=3, agreement_date=w.clock.date(), performed=True if rank == 6 else None,
                  signed_on=w.clock.date() if rank >= 4 else None)
            step("case.agreement", "起草治安调解协议书", {"state": "agreed"})
        if rank >= 4:
            step("case.sign", "协议签订", {"state": "performing"})
        if rank == 6:
            w.add("follow_up", case=case, due_on=w.clock.date() + timedelta(days=7), visitor="王五",
                  done_at=w.tick(60 * 24 * 7), performed=True, satisfaction="满意", remaining_risk="低")
            step("case.follow_up", "回访：满意", {"state": "followed_up"})
            step("case.close", "结案", {"state": "closed"})
        if number in (1, 5):
            sha = hashlib.sha256(case_number.encode()).hexdigest()
            w.add("attachment", owner_kind="dispute_case", owner_id=str(case), sha256=sha,
                  file_name="现场照片1.jpg", size=348_211, purpose="现场照片", added_by="王五")
            w.audit("attachment.add", "dispute_case", case, file="现场照片1.jpg", sha256=sha, size=348_211)
    w.add("number_counter", kind="case", year=2024, last=len(CASES))
    w.add("number_counter", kind="police", year=2024, last=agreements)


PATROLS = [  # team, kind, weather, °C, metres, ended; then what was found
    ("police", "routine", "晴", 6, 18_500, True, "hazard", "废弃机井未封盖，已设警示标志", 0, None),
    ("police", "night", "雪", -18, 9_200, True, "dispute", "两户因羊群啃食饲料争吵", 0, "case5"),
    ("volunteers", "routine", "大风", -3, 4_300, True, "help", "醉酒牧民倒在路边，已送回家", 1, None),
    ("police", "border", "严寒", -26, 42_000, False, "opinion", "群众反映路灯不亮", 0, None),
]


def patrols(w: Writer) -> None:
    if not w.has("patrol_team", "patrol_team_member", "patrol", "patrol_member", "patrol_finding"):
        return
    teams = (("police", "高力板派出所巡逻一队", "police"), ("volunteers", "高力板嘎查义警队", "volunteer"))
    for ref, name, kind in teams:
        w.add("patrol_team", ref, name=name, kind=kind, note="每周一、三、五夜巡" if kind == "police" else "")
        w.audit("team.create", "patrol_team", w.ids[ref], {"name": name, "kind": kind})
    police, volunteers = w.ids["police"], w.ids["volunteers"]
    w.add("patrol_team_member", team=police, account=w.ids["wangwu"], is_leader=True)
    w.add("patrol_team_member", team=police, account=w.ids["lina"])
    w.add("patrol_team_member", team=volunteers, resident=w.ids["r2"], is_leader=True)
    w.add("patrol_team_member", team=volunteers, resident=w.ids["r12"], active=False)
    for index, (team, kind, weather, celsius, metres, ended, found, text, helped, case) in enumerate(PATROLS):
        started = w.tick(60 * 30)
        patrol = w.add("patrol", team=w.ids[team], kind=kind, started_at=started, weather=weather,
                       ended_at=started + timedelta(hours=3) if ended else None, temperature_c=celsius,
                       route="高力板嘎查—哈达图嘎查—白音花村", vehicles="蒙G·J1234 警车", distance_m=metres,
                       started_by="王五", ended_by="王五" if ended else "", entered_afterwards=index == 2)
        w.audit("patrol.start", "patrol", patrol, {"kind": kind, "weather": weather})
        if team == "police":
            w.add("patrol_member", patrol=patrol, account=w.ids["wangwu"], is_leader=True)
            w.add("patrol_member", patrol=patrol, account=w.ids["lina"])
        else:
            w.add("patrol_member", patrol=patrol, resident=w.ids["r2"], is_leader=True)
        for position in range(2):
            w.add("patrol_area", patrol=patrol, area=w.ids[f"grid{index + position}"], position=position)
        w.add("patrol_finding", patrol=patrol, kind=found, found_at=started + timedelta(hours=1),
              place_area=w.ids["grid0"], place_text="G111国道旁", description=text, handling="已处置",
              people_helped=helped, case=w.ids[case] if case else None, recorded_by="王五")
        w.audit("patrol.finding", "patrol", patrol, {"kind": found})


ORDER_STEPS = ["create", "dispatch", "start", "note", "complete", "feedback", "archive"]
ORDERS = [  # status, steps taken, category, content
    ("received", 1, "噪音扰民", "小区楼下烧烤摊夜间噪音大，影响休息。"),
    ("dispatched", 2, "治安秩序", "镇区网吧有未成年人上网。"),
    ("handling", 4, "邻里纠纷", "邻居占用公共通道堆放柴草。"),
    ("completed", 5, "劳动保障", "务工人员反映工资被拖欠两个月。"),
    ("visited", 6, "道路交通", "学校门口早晚高峰车辆乱停。"),
    ("archived", 7, "户籍证件", "咨询异地办理身份证的手续。"),
]


def hotline(w: Writer) -> None:
    if not w.has("hotline_order", "hotline_event", "calendar_day"):
        return
    w.act_as("lina")
    for index, (status, steps, category, content) in enumerate(ORDERS):
        received = w.tick(60 * 26)
        done = {step: received + timedelta(days=days) if steps >= step else None
                for step, days in ((2, 0), (5, 3), (6, 4), (7, 5))}
        caller = PEOPLE[index + 6]
        order = w.add("hotline_order", order_number=f"GD2024{received:%m%d}{index + 101:05d}",
                      received_at=received, caller_name=caller[0], caller_phone=caller[7] or "13804750000",
                      content=content, category=category, platform_unit="科右中旗12345政务服务热线",
                      deadline=received.date() + timedelta(days=7), deadline_rule="5个工作日", status=status,
                      dispatched_to="社区警务室" if done[2] else "", dispatched_at=done[2],
                      result="已联系当事人并处理完毕" if done[5] else "", completed_at=done[5],
                      satisfaction="满意" if done[6] else "", feedback_at=done[6], archived_at=done[7],
                      case=w.ids["case7"] if category == "劳动保障" else None, version=steps,
                      registered_by="李娜")
        for seq, kind in enumerate(ORDER_STEPS[:steps], start=1):
            w.add("hotline_event", order=order, seq=seq, kind=kind, at=received + timedelta(hours=seq),
                  by="李娜", text={"dispatch": "转派至社区警务室", "note": "已电话联系来电人"}.get(kind, ""),
                  satisfaction="满意" if kind == "feedback" else "")
            if seq in (1, steps):  # the steps between are audited alike; two keep the file small
                w.audit(f"hotline.{kind}", "hotline_order", order, {"status": status} if seq > 1 else None,
                        number=f"GD{index + 101}", by="李娜")
    for day, kind, name, origin in ((date(2024, 4, 4), "off", "清明节", "shipped"),
                                    (date(2024, 4, 7), "work", "清明节调休", "shipped"),
                                    (date(2024, 5, 6), "off", "那达慕调休", "user")):
        w.add("calendar_day", day=day, kind=kind, name=name, origin=origin, updated_at=w.clock,
              updated_by="李娜" if origin == "user" else "随程序提供")
    w.audit("hotline.calendar_set", "calendar_day", "2024-05-06", {"kind": "off", "name": "那达慕调休"})


RESTITUTION = [  # type, summary, victims (resident, 分 lost), 分 recovered, returned at an event
    ("电信网络诈骗", "刷单返利诈骗案", [(6, 1_280_000), (9, 356_000), (11, 98_050)], 1_000_000, True),
    ("盗窃", "盗窃羊只案", [(0, 450_000)], 300_000, False),
]


def restitution(w: Writer) -> None:
    if not w.has("restitution_case", "restitution_victim", "restitution_return", "restitution_event"):
        return
    w.act_as("wangwu")
    for sequence, (case_type, summary, victims, recovered, done) in enumerate(RESTITUTION, start=1):
        case = w.add("restitution_case", year=2024, sequence=sequence,
                     case_number=f"返赃〔2024〕第{sequence}号", case_type=case_type, summary=summary,
                     description=f"{summary}，已立案侦查。",
                     suspects=as_json(["刘某某"]), reference=f"科公(刑)立字〔2024〕{40 + sequence}号",
                     registered_at=w.tick(60 * 24), registered_by="王五")
        w.audit("restitution.open", "restitution_case", case, {"case_type": case_type}, by="王五")
        event = None
        if done:
            event = w.add("restitution_event", case=case, held_on=w.clock.date() + timedelta(days=20),
                          place="高力板派出所", handed_over_by="王五", state="done", completed_at=w.tick(),
                          document_sha256=hashlib.sha256(summary.encode()).hexdigest(),
                          verification_code="GLB7Q2XK")
            w.audit("restitution.event_done", "restitution_case", case, {"state": "done"},
                    {"state": "planned"})
        w.add("restitution_recovery", case=case, recovered_on=w.clock.date(), amount=recovered,
              source="冻结账户返还" if done else "追缴变卖所得", recorded_by="王五")
        w.audit("restitution.recovery", "restitution_case", case, {"amount": recovered}, by="王五")
        total, left = sum(amount for _person, amount in victims), recovered
        for position, (person, lost) in enumerate(victims):
            share = left if position == len(victims) - 1 else recovered * lost // total
            left -= share
            victim = w.add("restitution_victim", case=case, position=position, resident=w.ids[f"r{person}"],
                           name=PEOPLE[person][0], place=VILLAGES[0][0], amount_lost=lost)
            w.audit("restitution.victim", "restitution_case", case, {"amount_lost": lost})
            w.add("restitution_return", case=case, victim=victim, event=event, returned_on=w.clock.date(),
                  amount=share, handed_over_by="王五", receipt_signed=done,
                  state="returned" if done else "pending", recorded_by="王五")
    w.add("number_counter", kind="restitution", year=2024, last=len(RESTITUTION))


VISIT_FINDINGS = [("dispute", "两户因院墙排水问题发生争执", "case1"), ("hazard", "煤炉烟道未安装", None),
                  ("hardship", "独居老人冬季取暖困难", None), ("clue", "有人收购来路不明的羊只", None)]


def visits(w: Writer) -> None:
    if not w.has("visit", "visit_resident", "visit_finding", "outreach_event"):
        return
    for index, (kind, text, case) in enumerate(VISIT_FINDINGS):
        officer, name = ("wangwu", "王五") if index % 2 == 0 else ("lina", "李娜")
        w.act_as(officer)
        visit = w.add("visit", officer=w.ids[officer], officer_name=name, visited_on=w.tick(60 * 22).date(),
                      publicity_topics=as_json(["反电诈", "草原防火"][: index % 2 + 1]),
                      materials_count=3 + index, note="入户走访", recorded_by=name)
        w.audit("visit.record", "visit", visit, {"visited_on": w.clock.date().isoformat()})
        for position, person in enumerate((index * 3, index * 3 + 1)):
            w.add("visit_resident", visit=visit, resident=w.ids[f"r{person}"], household=PEOPLE[person][5],
                  position=position)
        w.add("visit_finding", visit=visit, kind=kind, description=text, resident=w.ids[f"r{index * 3}"],
              case=w.ids[case] if case else None)
        w.audit("visit.case_opened" if case else "visit.finding", "visit", visit, {"kind": kind})
    for place, audience in ((VILLAGES[0][0], 120), (VILLAGES[2][0], 65)):
        event = w.add("outreach_event", held_on=w.tick(60 * 30).date(), place_area=w.ids[place],
                      place_text="村委会广场", audience=audience, topics=as_json(["反电诈", "禁毒"]),
                      officer=w.ids["wangwu"], officer_name="王五", partners="高力板镇司法所",
                      content="发放宣传资料，讲解典型案例。", recorded_by="王五")
        w.audit("outreach.record", "outreach_event", event, {"audience": audience})


def exchange(w: Writer) -> None:
    """Two residents both stations edited since the last exchange: both copies kept side by side."""
    if not w.has("bundle_conflict"):
        return
    w.act_as("admin")
    resident = w.models["resident"]
    for index, person in enumerate((3, 9)):
        row = resident.select().where(resident.id == w.ids[f"r{person}"]).dicts().get()
        local = {field.column_name: exported(row[field.name]) for field in resident._meta.sorted_fields}
        phone = f"1300475000{index}"
        incoming = canonical({**local, "phone": phone, "phone_reversed": phone[::-1]})
        w.add("bundle_conflict", table_name="resident", record_id=local["id"], bundle_created_at=w.tick(),
              bundle_station=w.ids["neighbour"], local_version=row["version"],
              incoming_version=row["version"], local_json=canonical(local), incoming_json=incoming,
              incoming_sha256=hashlib.sha256(incoming.encode()).hexdigest(), reason="两边都修改了这条记录",
              detected_at=w.clock, resolved_at=w.tick() if index == 0 else None,
              resolved_by="admin" if index == 0 else "", resolution="keep_local" if index == 0 else "")
    w.audit("bundle.import", "bundle", "", {"conflicts": 2}, station="巴彦呼舒派出所")
    w.audit("bundle.conflict_resolved", "resident", w.ids["r3"], resolution="保留本库的记录")


CONTENT: list[Callable[[Writer], None]] = [
    foundation, residents, mediation, patrols, hotline, restitution, visits, exchange,
]
