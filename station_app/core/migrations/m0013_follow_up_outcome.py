"""Schema 13: a follow-up's outcome in words, so a visit can find an agreement partly performed.

`follow_up.outcome`: 已履行 / 部分履行 / 未履行 ("" while the visit is still to be made). The
boolean `performed` stays: true only for 已履行. Existing visits get the outcome their boolean
says. Adding a column with a default rebuilds no table (SQLite ALTER TABLE ADD COLUMN), so no
child rows are at risk.
"""

from __future__ import annotations

import peewee


def apply(database: peewee.Database) -> None:
    database.execute_sql("ALTER TABLE follow_up ADD COLUMN outcome VARCHAR(16) NOT NULL DEFAULT ''")
    for performed, outcome in ((True, "已履行"), (False, "未履行")):
        database.execute_sql(
            "UPDATE follow_up SET outcome = %s WHERE done_at IS NOT NULL AND performed = %s".replace(
                "%s", database.param), (outcome, performed))
