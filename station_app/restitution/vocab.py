"""The words of the restitution ledger: case types, sources of recovered money, states."""

from __future__ import annotations

# Offered in the form; any other short text is accepted (the list is a help, not a rule).
CASE_TYPES: tuple[str, ...] = ("电信网络诈骗", "诈骗", "盗窃", "抢劫抢夺", "敲诈勒索", "侵占", "其他")
RECOVERY_SOURCES: tuple[str, ...] = (
    "犯罪嫌疑人退赔",
    "冻结账户返还",
    "扣押现金",
    "亲属代为退赔",
    "追缴变卖所得",
    "其他",
)

EVENT_STATES: dict[str, str] = {"planned": "待发还", "done": "已发还", "cancelled": "已取消"}
RETURN_STATES: dict[str, str] = {"pending": "待发还", "returned": "已返还"}

# Derived from the figures (views.case_status), never stored.
STATUS_NO_VICTIMS = "待登记被害人"
STATUS_NOTHING_RECOVERED = "待追赃"
STATUS_TO_RETURN = "待返还"
STATUS_PARTLY = "部分返还"
STATUS_ALL_RETURNED = "已全部返还"
STATUSES = (STATUS_NO_VICTIMS, STATUS_NOTHING_RECOVERED, STATUS_TO_RETURN, STATUS_PARTLY, STATUS_ALL_RETURNED)
