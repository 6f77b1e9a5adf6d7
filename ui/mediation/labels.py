"""Words of the mediation screens: the workflow steps as buttons, and the core's labels that an
English UI should translate. Values stored in records (sources, categories, levels, referrals,
satisfaction) stay as the core writes them: they are printed on Chinese documents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common.noop import QT_TRANSLATE_NOOP

CONTEXT = "Mediation"

# step → button text, in workflow order (the action panel shows them in this order).
STEP_LABELS: dict[str, str] = {
    "assess": QT_TRANSLATE_NOOP("Mediation", "风险评估…"),
    "warn": QT_TRANSLATE_NOOP("Mediation", "预警通报…"),
    "plan": QT_TRANSLATE_NOOP("Mediation", "一事一策…"),
    "session": QT_TRANSLATE_NOOP("Mediation", "记录调解…"),
    "fail": QT_TRANSLATE_NOOP("Mediation", "调解不成…"),
    "draft_agreement": QT_TRANSLATE_NOOP("Mediation", "调解协议…"),
    "sign": QT_TRANSLATE_NOOP("Mediation", "协议签订…"),
    "follow_up": QT_TRANSLATE_NOOP("Mediation", "回访…"),
    "close": QT_TRANSLATE_NOOP("Mediation", "结案…"),
    "withdraw": QT_TRANSLATE_NOOP("Mediation", "撤回…"),
    "not_mediable": QT_TRANSLATE_NOOP("Mediation", "不予调解…"),
    "reopen": QT_TRANSLATE_NOOP("Mediation", "重新启动…"),
}

# The core's display labels (vocab.STATES, REPORTER_KINDS, RISK_FACTORS, AGREEMENT_KINDS, the timeline's
# action names), listed
# for the translation tools; a test keeps this list in step with the core.
VOCAB_LABELS = (
    QT_TRANSLATE_NOOP("Mediation", "登记"),
    QT_TRANSLATE_NOOP("Mediation", "风险评估"),
    QT_TRANSLATE_NOOP("Mediation", "调解中"),
    QT_TRANSLATE_NOOP("Mediation", "达成协议"),
    QT_TRANSLATE_NOOP("Mediation", "履行中"),
    QT_TRANSLATE_NOOP("Mediation", "回访"),
    QT_TRANSLATE_NOOP("Mediation", "结案"),
    QT_TRANSLATE_NOOP("Mediation", "调解不成"),
    QT_TRANSLATE_NOOP("Mediation", "撤回"),
    QT_TRANSLATE_NOOP("Mediation", "不予调解"),
    QT_TRANSLATE_NOOP("Mediation", "居民"),
    QT_TRANSLATE_NOOP("Mediation", "村/嘎查干部"),
    QT_TRANSLATE_NOOP("Mediation", "网格员"),
    QT_TRANSLATE_NOOP("Mediation", "来电人"),
    QT_TRANSLATE_NOOP("Mediation", "民警"),
    QT_TRANSLATE_NOOP("Mediation", "有威胁言语或持械"),
    QT_TRANSLATE_NOOP("Mediation", "有暴力前科或曾动手"),
    QT_TRANSLATE_NOOP("Mediation", "涉及酗酒"),
    QT_TRANSLATE_NOOP("Mediation", "涉及老人、儿童、残疾人等弱势群体"),
    QT_TRANSLATE_NOOP("Mediation", "人数多，可能引发群体性事件"),
    QT_TRANSLATE_NOOP("Mediation", "涉及土地、草场或较大金额"),
    QT_TRANSLATE_NOOP("Mediation", "曾调解未成"),
    QT_TRANSLATE_NOOP("Mediation", "治安调解协议书"),
    QT_TRANSLATE_NOOP("Mediation", "人民调解协议书"),
    # timeline actions (timeline.ACTION_LABELS) not listed above
    QT_TRANSLATE_NOOP("Mediation", "预警通报"),
    QT_TRANSLATE_NOOP("Mediation", "一事一策"),
    QT_TRANSLATE_NOOP("Mediation", "调解"),
    QT_TRANSLATE_NOOP("Mediation", "起草协议"),
    QT_TRANSLATE_NOOP("Mediation", "打印文书"),
    QT_TRANSLATE_NOOP("Mediation", "协议签订"),
    QT_TRANSLATE_NOOP("Mediation", "重新启动"),
    QT_TRANSLATE_NOOP("Mediation", "添加附件"),
    QT_TRANSLATE_NOOP("Mediation", "查看反映人完整电话"),
    # reporters found on patrol (REPORTER_KINDS) and follow-up outcomes (FOLLOW_UP_OUTCOMES)
    QT_TRANSLATE_NOOP("Mediation", "辅警"),
    QT_TRANSLATE_NOOP("Mediation", "义警"),
    QT_TRANSLATE_NOOP("Mediation", "已履行"),
    QT_TRANSLATE_NOOP("Mediation", "部分履行"),
    QT_TRANSLATE_NOOP("Mediation", "未履行"),
)

# Colours of the risk level badge: the dashboard and the case page use the same ones.
RISK_COLOURS = {"低": "#2e7d32", "中": "#b26a00", "高": "#c62828", "重大": "#7b1fa2"}
STATE_COLOUR = "#1a5fb4"


def vt(text: str) -> str:
    """A core label in the UI language (Chinese unless the English translator is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


def step_label(step: str) -> str:
    return vt(STEP_LABELS[step])


def badge(colour: str) -> str:
    """Style sheet of a small coloured label (state, risk level)."""
    return f"color: white; background: {colour}; border-radius: 3px; padding: 2px 8px; font-weight: bold;"
