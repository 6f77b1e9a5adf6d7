"""Who may do what: one role × action matrix, deny by default. Every service checks it."""

from __future__ import annotations

from station_app.core.actor import Actor
from station_app.core.errors import PermissionDenied

ROLES: dict[str, str] = {
    "admin": "管理员",
    "chief": "所长",
    "officer": "民警",
    "auxiliary": "辅警",
    "grid_worker": "网格员",
    "readonly": "只读",
}

ACTIONS: dict[str, str] = {
    "users.manage": "管理账户",
    "settings.view": "查看设置",
    "settings.edit": "修改设置",
    "audit.view": "查看审计记录",
    "audit.verify": "校验审计链",
    "system.check": "检查数据库",
    "demo.load": "载入演示数据",
    "personal.view_full": "查看完整身份证号和电话",
    "export.unmasked": "导出未遮蔽的个人信息",
    "residents.view": "查看居民",
    "residents.edit": "登记和修改居民、区域",
    "residents.import": "导入居民",
    "residents.export": "导出居民名单",
    "residents.merge": "合并重复的居民",
    "disputes.view": "查看矛盾纠纷",
    "disputes.register": "登记矛盾纠纷",
    "disputes.edit": "办理矛盾纠纷（评估、调解、协议、回访）",
    "disputes.warn": "发出预警通报",
    "disputes.close": "结案、撤回或重新启动案件",
    "patrols.view": "查看巡逻台账",
    "patrols.edit": "记录巡逻、管理巡逻队",
    "hotline.view": "查看12345工单",
    "hotline.edit": "办理12345工单",
    "hotline.import": "导入12345工单",
    "restitution.view": "查看返赃台账",
    "restitution.edit": "登记返赃案件、追回和发还",
    "visits.view": "查看走访和普法记录",
    "visits.edit": "记录走访和普法宣传",
    "exchange.export": "导出送县局的数据包（含完整个人信息）",
    "exchange.import": "导入各派出所的数据包",
    "exchange.resolve": "处理数据包冲突",
    "exchange.enrol": "登记交换密钥（派出所与县局互认）",
    "backup.create": "立即备份数据库",
    "backup.restore": "从备份恢复数据库",
    "database.encrypt": "加密数据库",
}

_EVERYONE = frozenset(ROLES)
_MATRIX: dict[str, frozenset[str]] = {
    "users.manage": frozenset({"admin"}),
    "database.encrypt": frozenset({"admin"}),
    "settings.view": _EVERYONE,
    "settings.edit": frozenset({"admin", "chief"}),
    "audit.view": frozenset({"admin", "chief"}),
    "audit.verify": frozenset({"admin", "chief"}),
    "system.check": frozenset({"admin", "chief"}),
    "demo.load": frozenset({"admin"}),
    "personal.view_full": frozenset({"admin", "chief", "officer"}),
    "export.unmasked": frozenset({"admin", "chief"}),
    "residents.view": _EVERYONE,
    "residents.edit": frozenset({"admin", "chief", "officer", "auxiliary", "grid_worker"}),
    "residents.import": frozenset({"admin", "chief", "officer"}),
    "residents.export": frozenset({"admin", "chief", "officer", "auxiliary"}),
    "residents.merge": frozenset({"admin", "chief", "officer"}),
    "disputes.view": _EVERYONE,
    "disputes.register": frozenset({"admin", "chief", "officer", "auxiliary", "grid_worker"}),
    "disputes.edit": frozenset({"admin", "chief", "officer", "auxiliary"}),
    "disputes.warn": frozenset({"admin", "chief", "officer"}),
    "disputes.close": frozenset({"admin", "chief", "officer"}),
    "patrols.view": _EVERYONE,
    "patrols.edit": frozenset({"admin", "chief", "officer", "auxiliary"}),
    "hotline.view": _EVERYONE,
    "hotline.edit": frozenset({"admin", "chief", "officer", "auxiliary"}),
    "hotline.import": frozenset({"admin", "chief", "officer"}),
    "restitution.view": frozenset({"admin", "chief", "officer", "auxiliary", "readonly"}),
    "restitution.edit": frozenset({"admin", "chief", "officer"}),
    "visits.view": _EVERYONE,
    "visits.edit": frozenset({"admin", "chief", "officer", "auxiliary", "grid_worker"}),
    "exchange.export": frozenset({"admin", "chief"}),
    "exchange.import": frozenset({"admin", "chief"}),
    "exchange.resolve": frozenset({"admin", "chief"}),
    "exchange.enrol": frozenset({"admin", "chief"}),
    "backup.create": frozenset({"admin", "chief"}),
    "backup.restore": frozenset({"admin"}),
}


def role_label(role: str) -> str:
    return ROLES.get(role, role)


def allowed(role: str, action: str) -> bool:
    """True if `role` may do `action`; unknown roles and actions are denied."""
    return role in _MATRIX.get(action, frozenset())


def require(actor: Actor | None, action: str) -> None:
    """Raise PermissionDenied (Chinese message) unless `actor` may do `action`."""
    if actor is None:
        raise PermissionDenied("请先登录。")
    if not allowed(actor.role, action):
        raise PermissionDenied(
            f"当前账户（{role_label(actor.role)}）无权{ACTIONS.get(action, action)}。"
        )


def matrix() -> dict[str, frozenset[str]]:
    """A copy of the matrix, for the permission tests and the help page."""
    return dict(_MATRIX)
