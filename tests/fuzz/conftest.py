"""Bad input attacked with hypothesis: one profile for the whole folder, and the database snapshot
every "fails and changes nothing" property compares against.

The profile is derandomized (the same examples on every run, so CI never flakes on a new one),
keeps no example database (nothing written into the working tree) and has no deadline (scrypt and
SQLite take what they take on a busy CI machine). Tests apply it with `@FUZZ` (or
`@settings(FUZZ, max_examples=…)`) rather than loading it globally, so other hypothesis tests keep
their own settings.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "station-fuzz",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=60,
    print_blob=False,
    # A database fixture is shared by the examples on purpose: each example must leave it unchanged.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large, HealthCheck.large_base_example],
)

CHINESE = r"[\u4e00-\u9fff]"


def database_state(apart_from_logins: bool = False) -> tuple[dict[str, int], str]:
    """Row count of every table and the hash at the head of the audit chain. `apart_from_logins`:
    the audit entries a `station` command's own login adds are left out (its work is the question)."""
    from station_app.audit.models import AuditEntry
    from station_app.core import db

    database = db.current()
    counts = {table: database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
              for table in sorted(database.get_tables())}
    entries = AuditEntry.select(AuditEntry.hash)
    if apart_from_logins:
        entries = entries.where(AuditEntry.action != "login")
        counts["audit_entry"] = entries.count()
    head = entries.order_by(AuditEntry.seq.desc()).limit(1).scalar() or ""
    return counts, head

