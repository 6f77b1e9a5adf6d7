"""The words of the mediation workflow: states, sources, categories, risk factors and levels."""

from __future__ import annotations

STATES: dict[str, str] = {
    "registered": "登记",
    "assessed": "风险评估",
    "mediating": "调解中",
    "agreed": "达成协议",
    "performing": "履行中",
    "followed_up": "回访",
    "closed": "结案",
    "failed": "调解不成",
    "withdrawn": "撤回",
    "not_mediable": "不予调解",
}
OPEN_STATES = ("registered", "assessed", "mediating", "agreed", "performing", "followed_up")
ENDED_STATES = ("closed", "failed", "withdrawn", "not_mediable")

SOURCES: tuple[str, ...] = ("110/电话报警", "群众来访", "网格员上报", "12345转办", "巡逻发现", "走访排查")
REPORTER_KINDS: dict[str, str] = {
    "resident": "居民",
    "official": "村/嘎查干部",
    "grid_worker": "网格员",
    "caller": "来电人",
    "officer": "民警",
    "auxiliary": "辅警",
    "volunteer": "义警",  # a volunteer patrol member (红城义警 …) who found the dispute on patrol
}
CATEGORIES: tuple[str, ...] = (
    "邻里纠纷",
    "婚姻家庭",
    "土地草场",
    "山林水利",
    "债权债务",
    "劳资纠纷",
    "损害赔偿",
    "物业纠纷",
    "交通事故",
    "其他",
)

# factor → weight. The level comes from the total; a weapon or threat alone makes it 高.
RISK_FACTORS: dict[str, tuple[str, int]] = {
    "threats_or_weapons": ("有威胁言语或持械", 3),
    "violence_history": ("有暴力前科或曾动手", 2),
    "alcohol": ("涉及酗酒", 1),
    "vulnerable_people": ("涉及老人、儿童、残疾人等弱势群体", 1),
    "group_potential": ("人数多，可能引发群体性事件", 3),
    "land_or_money": ("涉及土地、草场或较大金额", 1),
    "prior_failed": ("曾调解未成", 1),
}
RISK_LEVELS: tuple[str, ...] = ("低", "中", "高", "重大")
HIGH_LEVELS = ("高", "重大")

OUTCOME_REFERRALS: tuple[str, ...] = ("引导向人民法院起诉", "移交人民调解委员会", "依法行政处理", "其他")
AGREEMENT_KINDS: dict[str, str] = {"police": "治安调解协议书", "people": "人民调解协议书"}
SATISFACTION: tuple[str, ...] = ("满意", "基本满意", "不满意")
FOLLOW_UP_OUTCOMES: tuple[str, ...] = ("已履行", "部分履行", "未履行")
FOLLOW_UP_DAYS: tuple[int, ...] = (7, 30)


def risk_level(factors: list[str]) -> str:
    """低 / 中 / 高 / 重大 from the checked factors (unknown factor names are ignored)."""
    score = sum(RISK_FACTORS[name][1] for name in factors if name in RISK_FACTORS)
    if "threats_or_weapons" in factors and "group_potential" in factors or score >= 7:
        return "重大"
    if "threats_or_weapons" in factors or score >= 4:
        return "高"
    if score >= 2:
        return "中"
    return "低"
