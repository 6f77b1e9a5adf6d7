"""The process the crash test kills: the app's core doing a station's everyday writes, forever.

    python tests/crash/writer_child.py DATABASE_FILE SEED RUN WORK_DIR    # one writer
    python tests/crash/writer_child.py --serve DATABASE_FILE WORK_DIR     # forks one per stdin line

A writer opens the database the way the app does, logs in, then loops over realistic use cases through
the real service functions: registering a dispute with its parties, logging a patrol, registering
and correcting residents, importing a register (CSV or XLSX). Before each call it prints
`BEGIN {json}` and after the call returns (= committed) `COMMITTED <key>`, flushed at once, so the
parent knows which writes must survive a SIGKILL and which one may have been cut off. In between,
`TX BEGIN` / `TX COMMIT` say where SQLite's own transaction starts and where its COMMIT starts.

Every resident's ID number is derived from a number unique across runs (`id_number_of`), so the
parent can tell exactly which rows a write should have produced.
"""

from __future__ import annotations

import csv
import json
import os
import random
import sys
import traceback
from datetime import date, timedelta
from pathlib import Path

# Everything a write needs is imported up front, as the running app has it: the kills should land
# in the writes themselves, not in a first call's module loading.
import openpyxl

from station_app.accounts.service import login
from station_app.core import db, paths
from station_app.core.clock import local_now
from station_app.core.idnumber import make_id_number
from station_app.core.startup import open_database
from station_app.mediation.cases import open_case
from station_app.patrols.service import log_patrol
from station_app.patrols.teams import list_teams
from station_app.residents.importer import guess_mapping, read_source, run_import
from station_app.residents.models import Area
from station_app.residents.pinyin import name_search_keys
from station_app.residents.service import create_resident, update_resident

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "Admin1234"
REGION = "152222"
IDS_PER_RUN = 20_000  # run × this + counter: 1,000 runs stay within birth dates 1950–2005
TOWN, VILLAGE = "高力板镇", "查干陶勒盖嘎查"
STANDING_GRID = "第1网格"  # made by the test's set-up; half the imports bring a new grid instead
IMPORT_NOTE = "入户走访登记"  # + the import's key: the parent counts each import's rows by it
SURNAMES = "王李张刘陈杨赵黄周吴包白乌巴其萨"
GIVEN = ("德力格尔", "其木格", "巴特尔", "乌云", "秀英", "建国", "桂兰", "敖特根", "那仁", "宝音")
CATEGORIES = ("邻里纠纷", "婚姻家庭", "土地草场", "损害赔偿")
SOURCES = ("群众来访", "110/电话报警", "网格员上报", "巡逻发现")


def id_number_of(unique: int) -> str:
    """A valid ID number for `unique` (birth date and order code both vary with it)."""
    return make_id_number(REGION, date(1950, 1, 1) + timedelta(days=unique // 1000), unique % 1000)


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Writer:
    """One writer process's stream of use cases, as the logged-in administrator."""

    def __init__(self, seed: int, run: int, work_dir: Path) -> None:
        self.random = random.Random(seed)
        self.run, self.work_dir, self.counter, self.writes = run, work_dir, 0, 0
        self.begin({"kind": "login", "key": f"login-{run}"})
        self.actor = login(ADMIN_USERNAME, ADMIN_PASSWORD)
        emit(f"COMMITTED login-{run}")
        team = list_teams(self.actor)[0]
        self.team_id = team.id
        self.team_members = [member.id for member in team.members if member.active]
        self.village_id = Area.get(Area.name == VILLAGE).id
        self.existing = [member.person_id for member in team.members if member.is_volunteer]
        self.created: list[tuple[object, dict[str, object]]] = []  # (id, fields) not yet corrected

    def next_unique(self, count: int = 1) -> int:
        first = self.run * IDS_PER_RUN + self.counter
        self.counter += count
        if self.counter >= IDS_PER_RUN:
            raise RuntimeError("this run used up its ID numbers; the parent should have killed it")
        return first

    def key(self, kind: str) -> str:
        self.writes += 1
        return f"{kind}-r{self.run}-w{self.writes}"

    def name(self) -> str:
        return self.random.choice(SURNAMES) + self.random.choice(GIVEN)

    def step(self) -> None:
        kinds = ["case"] * 5 + ["patrol"] * 5 + ["resident"] * 4 + ["import"] * 3
        if self.created:
            kinds += ["update"] * 3
        kind = self.random.choice(kinds)
        getattr(self, "import_" if kind == "import" else kind)()

    def begin(self, record: dict[str, object]) -> None:
        emit("BEGIN " + json.dumps(record, ensure_ascii=False))

    def resident_fields(self, unique: int) -> dict[str, object]:
        return {"name": self.name(), "id_number": id_number_of(unique), "ethnicity": "蒙古族",
                "phone": f"139{unique % 100_000_000:08d}", "address": f"{VILLAGE}{unique % 97 + 1}号"}

    def resident(self) -> None:
        unique = self.next_unique()
        key = self.key("resident")
        fields = self.resident_fields(unique)
        self.begin({"kind": "resident", "key": key, "unique": unique})
        view = create_resident(self.actor, fields, confirm=True)
        emit(f"COMMITTED {key}")
        self.created.append((view.id, fields))
        self.existing.append(view.id)

    def update(self) -> None:
        resident_id, fields = self.created.pop(self.random.randrange(len(self.created)))
        key = self.key("update")
        self.begin({"kind": "update", "key": key, "resident": str(resident_id)})
        update_resident(self.actor, resident_id, 1, {**fields, "notes": key, "phone": "0482-8123456"},
                        confirm=True)
        emit(f"COMMITTED {key}")

    def case(self) -> None:
        unique = self.next_unique()
        key = self.key("case")
        other = self.random.choice(self.existing)
        self.begin({"kind": "case", "key": key, "unique": unique, "other": str(other)})
        open_case(
            self.actor,
            {"source": self.random.choice(SOURCES), "category": self.random.choice(CATEGORIES),
             "summary": f"{self.name()}反映与邻居因草场围栏发生争执。登记编号 {key}",
             "reporter_kind": "resident", "place_area_id": self.village_id},
            [{"resident": self.resident_fields(unique), "role_label": "甲方"},
             {"resident_id": other, "role_label": "乙方"}],
        )
        emit(f"COMMITTED {key}")

    def patrol(self) -> None:
        key = self.key("patrol")
        start = local_now().replace(microsecond=0) - timedelta(hours=self.random.randint(3, 48))
        self.begin({"kind": "patrol", "key": key})
        log_patrol(self.actor, {
            "team_id": self.team_id, "kind": "routine", "started_at": start,
            "ended_at": start + timedelta(hours=2), "members": self.random.sample(self.team_members, 2),
            "area_ids": [self.village_id], "route": "村道—草场围栏", "weather": "晴", "note": key,
        })
        emit(f"COMMITTED {key}")

    def import_(self) -> None:
        rows = self.random.randint(20, 400)
        first = self.next_unique(rows)
        key = self.key("import")
        grid = f"第{key}网格" if self.random.random() < 0.5 else STANDING_GRID
        suffix = ".xlsx" if self.random.random() < 0.3 else ".csv"
        path = self.work_dir / f"{key}{suffix}"
        self.begin({"kind": "import", "key": key, "first": first, "rows": rows, "grid": grid,
                    "file": path.name})
        header = ["序号", "姓名", "性别", "民族", "公民身份号码", "手机号", "所属乡镇", "村(嘎查)",
                  "所属网格", "备注"]
        table = [[number + 1, self.name(), "", "蒙古族", id_number_of(first + number),
                  f"138{(first + number) % 100_000_000:08d}", TOWN, VILLAGE, grid, f"{IMPORT_NOTE} {key}"]
                 for number in range(rows)]
        write_table(path, header, table)
        source = read_source(path)
        report = run_import(self.actor, source, guess_mapping(source.headers))
        if report.imported != rows:
            raise RuntimeError(f"{key}: imported {report.imported} of {rows}, rejected {report.rejected[:3]}")
        emit(f"COMMITTED {key}")


def write_table(path: Path, header: list[str], rows: list[list[object]]) -> None:
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        return
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "花名册"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def trace_transactions(statement: str) -> None:
    words = statement.split(maxsplit=2)
    if words and words[0].upper() in ("BEGIN", "COMMIT", "ROLLBACK") and words[1:2] != ["TO"]:
        emit(f"TX {words[0].upper()}")


def write_forever(database_file: Path, seed: int, run: int, work_dir: Path) -> None:
    # Nothing of this run may land in the user's real data directory (backups, logs).
    paths.set_data_dir(work_dir / "data")
    open_database(f"sqlite:///{database_file.as_posix()}")
    # Say when SQLite begins and commits, so the parent can tell a kill inside a transaction from
    # one before it or during its COMMIT (the callback runs as each statement starts).
    db.current().connection().set_trace_callback(trace_transactions)
    parent = os.getppid()
    writer = Writer(seed, run, work_dir)
    while os.getppid() == parent:  # an orphan (the test was interrupted) stops writing
        writer.step()


def serve(database_file: Path, work_dir: Path) -> None:
    """For each `seed run` line on stdin, fork a writer (its output goes to our stdout), print
    `PID <pid>`, wait for it to die and print `EXIT <exit code>`. The modules are imported and
    pypinyin loaded once, here: a fresh interpreter per kill would spend most of the test's time
    starting up. The database is opened only in the forked writers, never in this process."""
    for line in sys.stdin:
        seed, run = (int(word) for word in line.split())
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(database_file, seed, run, work_dir)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(1)
        emit(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        emit(f"EXIT {os.waitstatus_to_exitcode(status)}")


def main(argv: list[str]) -> None:
    # pypinyin loads its dictionary (~0.3 s) at the first resident name a process writes, inside
    # that write's transaction; the running app has long done so. Load it now, so the kills land
    # in database work rather than in that one-off load.
    name_search_keys("王")
    if argv[0] == "--serve":
        serve(Path(argv[1]), Path(argv[2]))
    else:
        write_forever(Path(argv[0]), int(argv[1]), int(argv[2]), Path(argv[3]))


if __name__ == "__main__":
    main(sys.argv[1:])
