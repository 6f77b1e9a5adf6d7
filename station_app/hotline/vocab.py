"""The words of the hotline ledger: statuses, satisfaction, categories and usual dispatch targets."""

from __future__ import annotations

# 接收 → 转派 → 办理中 → 已办结 → 已回访 → 归档; 不满意 sends an order back to 办理中.
STATUSES: dict[str, str] = {
    "received": "接收",
    "dispatched": "转派",
    "handling": "办理中",
    "completed": "已办结",
    "visited": "已回访",
    "archived": "归档",
}
# An order is open (its deadline counts) until it is handled; after 已办结 only feedback remains.
OPEN_STATUSES: tuple[str, ...] = ("received", "dispatched", "handling")

SATISFACTION: tuple[str, ...] = ("满意", "基本满意", "不满意")
UNSATISFIED = "不满意"

# Suggestions only: the platform's own category is stored as it comes.
CATEGORIES: tuple[str, ...] = (
    "物业管理", "噪音扰民", "道路交通", "冬季供暖", "治安秩序", "邻里纠纷", "劳动保障", "市场监管",
    "环境卫生", "户籍证件", "其他",
)
# Offices and departments an order is usually passed on to (转派); free text is accepted too.
OFFICES: tuple[str, ...] = (
    "社区警务室", "治安组", "户籍室", "案件办理组", "交警中队", "司法所", "镇政府", "嘎查/村委会",
    "住建部门（物业监管）", "供热公司",
)

SOURCES: dict[str, str] = {"manual": "手工登记", "import": "平台导入"}
DEFAULT_WORKING_DAYS = 5
MAX_WORKING_DAYS = 60

EVENT_LABELS: dict[str, str] = {
    "create": "登记",
    "import": "导入",
    "reimport": "平台更新",
    "dispatch": "转派",
    "start": "开始办理",
    "note": "办理记录",
    "complete": "办结",
    "feedback": "回访",
    "return": "退回重办",
    "archive": "归档",
    "case": "开立矛盾纠纷",
}
