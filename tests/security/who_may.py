"""Who may do what, written out by hand from DOMAIN.md's roles — the expectation the permission
walk and the role-visibility tests check the app against. It is deliberately NOT read from
accounts/permissions.py: a wrong entry in the matrix then fails those tests instead of being what
they expect. A new action needs a line here (test_the_matrix_is_the_hand_written_table says so).

The roles, as DOMAIN.md describes the station:
- 管理员 (admin) runs the PC: accounts, settings, backups and restores, the demo data; everything else
  an officer does as well.
- 所长 (chief) watches the ledgers, signs off the weekly summary, manages settings and the exchange
  with the county; not accounts, not a restore of the whole database.
- 民警 (officer) does the police work: disputes end to end (warnings, closing), patrols, hotline orders,
  restitution, residents (import, merge) and sees full ID and phone numbers on screen.
- 辅警 (auxiliary) assists: registers and handles disputes, patrols, hotline orders and visits, keeps
  residents; sees restitution; no warnings, closing, imports, merges or full numbers.
- 网格员 (grid worker) reports disputes, keeps the residents of the grid and records visits; reads the
  other ledgers (not restitution: fraud victims' losses are police business).
- 只读 (readonly) reads the ledgers, restitution included, and changes nothing.
"""

from __future__ import annotations

_READ_LEDGERS = {"residents.view", "disputes.view", "patrols.view", "hotline.view", "visits.view",
                 "settings.view"}

MAY: dict[str, frozenset[str]] = {
    "admin": frozenset({
        *_READ_LEDGERS, "restitution.view",
        "users.manage", "settings.edit", "audit.view", "audit.verify", "system.check", "demo.load",
        "backup.create", "backup.restore", "database.encrypt",
        "personal.view_full", "export.unmasked",
        "residents.edit", "residents.import", "residents.export", "residents.merge",
        "disputes.register", "disputes.edit", "disputes.warn", "disputes.close",
        "patrols.edit", "hotline.edit", "hotline.import", "restitution.edit", "visits.edit",
        "exchange.export", "exchange.import", "exchange.resolve", "exchange.enrol",
    }),
    "chief": frozenset({
        *_READ_LEDGERS, "restitution.view",
        "settings.edit", "audit.view", "audit.verify", "system.check", "backup.create",
        "personal.view_full", "export.unmasked",
        "residents.edit", "residents.import", "residents.export", "residents.merge",
        "disputes.register", "disputes.edit", "disputes.warn", "disputes.close",
        "patrols.edit", "hotline.edit", "hotline.import", "restitution.edit", "visits.edit",
        "exchange.export", "exchange.import", "exchange.resolve", "exchange.enrol",
    }),
    "officer": frozenset({
        *_READ_LEDGERS, "restitution.view",
        "personal.view_full",
        "residents.edit", "residents.import", "residents.export", "residents.merge",
        "disputes.register", "disputes.edit", "disputes.warn", "disputes.close",
        "patrols.edit", "hotline.edit", "hotline.import", "restitution.edit", "visits.edit",
    }),
    "auxiliary": frozenset({
        *_READ_LEDGERS, "restitution.view",
        "residents.edit", "residents.export",
        "disputes.register", "disputes.edit",
        "patrols.edit", "hotline.edit", "visits.edit",
    }),
    "grid_worker": frozenset({
        *_READ_LEDGERS,
        "residents.edit", "disputes.register", "visits.edit",
    }),
    "readonly": frozenset({*_READ_LEDGERS, "restitution.view"}),
}


def may(role: str, *actions: str) -> bool:
    """True when `role` may do every one of `actions` (a button or call that needs several)."""
    return all(action in MAY.get(role, frozenset()) for action in actions)
