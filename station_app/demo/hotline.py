"""Demo 12345 work orders over the last weeks, brought in the way a station gets them — through
the real import of a platform export — and then handled through the real services: orders in
every status, some overdue, one the caller was 不满意 with (back to 办理中), two that opened
dispute cases. Running it again with the same seed adds nothing twice."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.core.db import tuples
from station_app.hotline import importer, linking, steps
from station_app.hotline.import_source import FIELD_LABELS
from station_app.hotline.models import HotlineEvent, HotlineOrder
from station_app.residents.import_source import SourceTable

# (category, caller, content, office, result)
_ORDERS = (
    ("物业管理", "白先生",
     "反映所住小区物业公司向装修住户收取装修保证金和工本费，认为属于乱收费，要求核实处理。",
     "住建部门（物业监管）",
     "经物业办核查，责令物业公司全额退还工本费；装修保证金按合同约定收取，不属于乱收费，已向来电人解释。"),
    ("噪音扰民", "乌云其木格", "反映镇政府家属楼一楼烧烤店每晚营业至凌晨两点，噪音和油烟扰民，多次协商无果。",
     "社区警务室", "民警上门告知经营者夜间噪音管理规定，店主承诺每晚十一点前停止室外经营。"),
    ("道路交通", "包先生", "反映镇里至查干陶勒盖嘎查的乡道积雪结冰未清理，校车和牧民出行困难，请求尽快除雪。",
     "镇政府", "镇政府组织铲车连夜清雪，路面已通行；派出所在急弯处设置警示标志。"),
    ("冬季供暖", "张女士", "反映所住小区暖气不热，室温不足16度，家中有老人和婴儿，供热公司电话无人接听。",
     "供热公司", "供热公司上门排查为楼内管道气堵，已排气，室温恢复至20度。"),
    ("邻里纠纷", "王桂兰", "反映楼上住户装修长期占用楼道堆放建材，双方多次争吵，担心矛盾激化。",
     "社区警务室", "社区民警约双方到警务室沟通，建材已清出楼道。"),
    ("治安秩序", "额尔敦巴雅尔", "反映嘎查村口夜间常有陌生车辆停放，怀疑有人偷盗牛羊，请求加强巡逻。",
     "治安组", "已将该嘎查列入夜间巡逻路线，联系嘎查干部登记过往车辆。"),
    ("劳动保障", "李先生", "反映在镇上饭店打工三个月，老板拖欠工资4500元不付。",
     "司法所", "经司法所调解，饭店老板已当面支付拖欠工资4500元。"),
    ("户籍证件", "匿名", "咨询新生儿落户需要哪些材料，户籍室电话一直占线。",
     "户籍室", "户籍室民警回电告知所需材料（出生医学证明、父母户口簿和身份证），并约定办理时间。"),
    ("物业管理", "刘建国", "反映物业公司以欠缴物业费为由停止其家中供水，双方在物业办公室发生推搡。",
     "社区警务室", "已恢复供水，物业费争议转入调解。"),
    ("市场监管", "孟女士", "反映在集市购买的羊肉疑似注水，要求相关部门查处。",
     "镇政府", "已移交市场监管所抽检，结果将另行告知来电人。"),
)
# What each demo order reaches; "returned" is a 不满意 call sent back, "case" opens a dispute.
_TARGETS = ("archived", "received", "case", "handling", "visited", "dispatched", "completed", "returned",
            "handling", "case", "archived", "received")
_CASE_CATEGORY = {"邻里纠纷": "邻里纠纷", "物业管理": "物业纠纷"}
_OPEN = ("received", "dispatched", "handling", "case")


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"


def _received(rng: random.Random, target: str, old_open: bool, span: float) -> datetime:
    """Open orders alternate between overdue (old, 2 working days) and fresh ones."""
    now = local_now()
    if old_open:
        back = timedelta(days=max(span, 7.0) - rng.uniform(0.1, 0.5))
    elif target in _OPEN:
        back = timedelta(hours=rng.uniform(2, 40))
    else:
        back = timedelta(days=rng.uniform(min(6.0, span), max(span, 7.0)))
    moment = now - back
    return moment.replace(hour=rng.randint(8, 17), minute=rng.randrange(60), second=0, microsecond=0) \
        if moment.date() < now.date() else moment.replace(second=0, microsecond=0)


def load_demo_hotline(actor: Actor, seed: int, weeks: int) -> int:
    """About five orders a week (at least twelve) over the last `weeks` weeks; returns how many
    orders were added."""
    rng = random.Random(seed * 53 + 5)
    weeks = max(1, weeks)
    count = max(len(_TARGETS), weeks * 5)
    span = weeks * 7.0
    rows, plans, open_seen = [], {}, 0
    for index in range(count):
        category, caller, content, office, result = _ORDERS[index % len(_ORDERS)]
        target = _TARGETS[index % len(_TARGETS)]
        if target == "case" and category not in _CASE_CATEGORY:
            category, caller, content, office, result = _ORDERS[4 if index % 4 == 2 else 8]
        old_open = target in _OPEN and open_seen % 2 == 0
        open_seen += target in _OPEN
        received = _received(rng, target, old_open, span)
        number = f"XA{received:%Y%m%d}{seed % 100:02d}{index:04d}"
        rule = "2个工作日" if old_open else rng.choice(("3个工作日", "5个工作日", "5个工作日", "10个工作日"))
        rows.append((index + 3, [number, received.strftime("%Y-%m-%d %H:%M:%S"), caller, _phone(rng), content,
                                 category, rule, "高力板派出所"]))
        plans[number] = (target, office, result, category, received)
    existing = {number for (number,) in tuples(HotlineOrder.select(HotlineOrder.order_number)
                .where(HotlineOrder.order_number.in_(list(plans))))}
    headers = [FIELD_LABELS[name] for name in ("order_number", "received_at", "caller_name", "caller_phone",
                                               "content", "category", "deadline", "platform_unit")]
    source = SourceTable(Path("12345工单演示数据.xlsx"), "工单", ["工单"], 2, headers,
                         [row for row in rows if row[1][0] not in existing], sha256="demo")
    if not source.rows:
        return 0
    report = importer.run_import(actor, source)
    # The demo pretends each order came in when it was received (its later steps are dated so).
    for event in HotlineEvent.select().join(HotlineOrder).where(
            (HotlineEvent.kind == "import") & HotlineOrder.order_number.in_(list(plans))
            & HotlineOrder.order_number.not_in(list(existing) or [""])):
        HotlineEvent.update(at=event.order.received_at).where(HotlineEvent.id == event.id).execute()
    for number, (target, office, result, category, received) in plans.items():
        if number not in existing:
            _advance(actor, number, target, office, result, category, received, rng)
    return report.imported


def _advance(actor: Actor, number: str, target: str, office: str, result: str, category: str,
             received: datetime, rng: random.Random) -> None:
    order = HotlineOrder.get(HotlineOrder.order_number == number, HotlineOrder.station == actor.station_id)
    span = local_now() - received

    def at(fraction: float) -> datetime:
        return (received + span * fraction).replace(second=0, microsecond=0)

    if target == "received":
        return
    detail = steps.dispatch_order(actor, order.id, order.version, office, at=at(0.05))
    if target == "case":
        detail = linking.open_dispute(actor, order.id, detail.version, _CASE_CATEGORY[category])
    if target in ("dispatched",):
        return
    detail = steps.start_handling(actor, order.id, detail.version, at=at(0.1))
    if target in ("handling", "case"):
        steps.add_note(actor, order.id, detail.version, "已电话联系来电人了解情况，正在协调。", at=at(0.2))
        return
    detail = steps.complete_order(actor, order.id, detail.version, result, at=at(0.4))
    if target == "completed":
        return
    if target == "returned":
        steps.record_feedback(actor, order.id, detail.version, "不满意",
                              "来电人表示问题没有彻底解决，要求再次处理。", at=at(0.6))
        return
    detail = steps.record_feedback(actor, order.id, detail.version, rng.choice(("满意", "满意", "基本满意")),
                                   "电话回访", at=at(0.7))
    if target == "archived":
        steps.archive_order(actor, order.id, detail.version, at=at(0.8))
