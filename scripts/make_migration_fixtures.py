"""Write tests/data/schema_vN.sqlite3: a small, realistic station database at every schema version.

tests/unit/core/test_migration_fixtures.py upgrades a copy of each through the real start-up path
and checks that no row is lost. A fixture stands for a database out in the field, written by the
release that had schema N, so a fixture once committed NEVER changes: this script writes only the
files that are missing. After adding migration N+1, run it once and commit the new schema_v(N+1)
file (the test insists on a fixture for every released version).

    .venv/bin/python scripts/make_migration_fixtures.py

Each file is built by running migrations 1..N the way `migrate()` does (foreign keys off, one
transaction per migration, the schema_version row), then inserting rows through the FROZEN models
those migrations created (captured as they call create_tables), never the live models, which may
have columns an old schema lacks. Rows are inserted with foreign keys ON, so every child row points
at a real parent. The audit chain is hashed by station_app/audit/chain.py's own functions, so it is
exactly what `record()` would have written and `verify_chain()` accepts it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import peewee

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from station_app.core import migrations  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from migration_fixture_rows import CONTENT, Writer  # noqa: E402

DATA = ROOT / "tests" / "data"
MAX_KB = 400  # binary files in git: keep each one small (the search index from schema 10 adds ~50 KB)


def fixture_path(version: int) -> Path:
    return DATA / f"schema_v{version}.sqlite3"


def apply_up_to(database: peewee.SqliteDatabase, version: int) -> dict[str, type[peewee.Model]]:
    """Run migrations 1..`version` as migrate() does; return the frozen models by table name."""
    captured: dict[str, type[peewee.Model]] = {}
    create_tables = database.create_tables

    def recording(models: list[type[peewee.Model]], **options: object) -> None:
        create_tables(models, **options)
        captured.update({model._meta.table_name: model for model in models})

    database.create_tables = recording  # shadows the method while the migrations run
    database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for migration in migrations.MIGRATIONS:
            if migration.number > version:
                break
            with database.atomic():
                migration.apply(database)
                migrations._set_version(database, migration.number)
    finally:
        del database.create_tables
        database.execute_sql("PRAGMA foreign_keys = ON")
    for table, model in captured.items():
        columns = {column.name: column for column in database.get_columns(table)}
        fields = {field.column_name for field in model._meta.sorted_fields}
        # A column added later with a default (ALTER TABLE ADD COLUMN … DEFAULT, as schema 13's
        # follow_up.outcome) takes its default on insert: the frozen model still writes the table.
        added = [name for name in columns.keys() - fields
                 if not (columns[name].default is not None or columns[name].null)]
        if not fields <= columns.keys() or added:
            # A later migration altered a table created earlier: the frozen model captured here is
            # not the table any more. Teach this script that migration's model before going on.
            raise SystemExit(f"table {table} at schema {version} no longer matches its frozen model")
    database.bind(list(captured.values()))
    return captured


def build(version: int, target: Path) -> None:
    temporary = target.with_suffix(".building")
    temporary.unlink(missing_ok=True)
    database = peewee.SqliteDatabase(str(temporary), pragmas={"foreign_keys": 1})
    database.connect()
    # Small pages keep a file of ~30 nearly empty tables (each with its indexes) commit-sized.
    database.execute_sql("PRAGMA page_size = 512")
    models = apply_up_to(database, version)
    writer = Writer(models)
    with database.atomic():
        for part in CONTENT:
            part(writer)
    problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise SystemExit(f"schema {version}: foreign key problems {problems[:5]}")
    database.execute_sql("VACUUM")
    # As the app leaves its files: in WAL mode (a clean close folds the -wal file back in).
    database.execute_sql("PRAGMA journal_mode = wal")
    database.close()
    temporary.replace(target)


def main() -> int:
    DATA.mkdir(parents=True, exist_ok=True)
    for version in range(1, migrations.latest_version() + 1):
        target = fixture_path(version)
        if target.exists():
            print(f"kept    {target.relative_to(ROOT)} (released fixtures never change)")
            continue
        build(version, target)
        size = target.stat().st_size // 1024
        print(f"written {target.relative_to(ROOT)} ({size} KB)")
        if size > MAX_KB:
            print(f"  larger than {MAX_KB} KB: trim the rows of the older tables before committing it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
