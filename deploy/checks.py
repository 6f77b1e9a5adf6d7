"""CI checks of the installation paths (issue 14), run once per CI run by .ci/kit-checks.sh.

    python -m deploy.checks [--built dist/StationLedger] [--work DIR]

1. resolve  — the full dependency set resolves, wheels only, for Windows x64, Linux x86_64 and
              Linux aarch64 and every Python each carries (pip --dry-run: metadata only).
2. kit      — a kit for this machine installs into a fresh environment with no index at all;
              `station --version`, `init`, `demo` run from it and the window starts offscreen.
3. build    — the standalone folder: `station --version`, the window offscreen, its size.
4. upgrade  — the previous release (git commit PREVIOUS) installed with data, the new kit over it:
              the database opens, row counts are kept, `station check` (audit chain) passes.
Each check prints what it did and its time; any failure fails the run (exit 1), none is skipped.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from deploy.build import folder_size
from deploy.kit import build_project_wheel, isolated_pip_env, make_kit
from deploy.target_pip import pip_args
from deploy.targets import TARGETS, this_machine

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS = "94866a0"  # main before the wave that added the kit: the release stations run today
PASSWORD = "Kit-Check-2026"


class CheckFailed(Exception):
    pass


def run(args: list, env: dict | None = None, timeout: float = 600, **kwargs) -> str:
    """Run a command; its output is returned, and shown with the command when it fails."""
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env,
                            timeout=timeout, **kwargs)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(str(a) for a in args)} → exit {result.returncode}\n"
                          f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


class Checks:
    def __init__(self, work: Path, built: Path | None, previous: str = PREVIOUS) -> None:
        self.work = work
        self.built = built
        self.previous = previous
        self.kit = work / "kit"
        self.results: list[tuple[str, bool, float]] = []

    def check(self, name: str, body: Callable[[], None]) -> None:
        print(f"kit-check {name}: running", flush=True)
        started = time.monotonic()
        try:
            body()
            ok = True
        except (CheckFailed, subprocess.TimeoutExpired, AssertionError, OSError) as exc:
            print(f"kit-check {name}: FAILED\n{exc}", flush=True)
            ok = False
        seconds = time.monotonic() - started
        self.results.append((name, ok, seconds))
        print(f"kit-check {name}: {'ok' if ok else 'FAILED'} ({seconds:.0f} s)", flush=True)

    # 1 ---------------------------------------------------------------------------------------
    def resolve(self) -> None:
        wheel = build_project_wheel(ROOT, self.work / "project")
        jobs = [(t, py) for t in TARGETS for py in TARGETS[t].pythons]

        def one(job: tuple[str, str]) -> str:
            target, python = job
            report = self.work / f"resolve-{target}-{python}.json"
            run([sys.executable, "-m", "deploy.target_pip", target, python, "--", "install", "--dry-run",
                 "--quiet", "--ignore-installed", "--report", report, "--target", self.work / "unused",
                 *pip_args(target, python), wheel], env=isolated_pip_env(), cwd=ROOT)
            names = {i["metadata"]["name"].lower().replace("_", "-"): i["metadata"]["version"]
                     for i in json.loads(report.read_text())["install"]}
            assert "pyside6-essentials" in names, f"{target} {python}: no PySide6 in {sorted(names)}"
            if target == "win_amd64":
                assert "tzdata" in names, f"{target} {python}: tzdata missing (markers not for Windows?)"
            pyside = names["pyside6-essentials"]
            return f"{target:14} Python {python}: {len(names)} packages, PySide6 {pyside}"

        with ThreadPoolExecutor(max_workers=4) as pool:
            for line in pool.map(one, jobs):
                print("   " + line, flush=True)

    # 2 ---------------------------------------------------------------------------------------
    def environment(self, name: str) -> dict[str, str]:
        """A person's session in a folder of its own: home, data folder, offscreen Qt."""
        home = self.work / name / "home"
        (home / ".local" / "share").mkdir(parents=True, exist_ok=True)
        env = isolated_pip_env()
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
                   QT_QPA_PLATFORM="offscreen")
        env.pop("XDG_CONFIG_HOME", None)
        return env

    def install_kit(self, prefix: Path, env: dict[str, str]) -> Path:
        started = time.monotonic()
        run([sys.executable, self.kit / "kit_install.py", "--user", "--prefix", prefix,
             "--no-system-packages"], env=env)
        print(f"   installed from the kit with --no-index in {time.monotonic() - started:.0f} s", flush=True)
        return prefix / "venv" / "bin"

    def init_and_demo(self, bin_dir: Path, env: dict[str, str], login: bool = True) -> None:
        """`station init` (an encrypted database since wave 2), then `station demo` logged in as
        its administrator; `login=False` for a release before the command logged in."""
        password = self.work / "password.txt"
        password.write_text(PASSWORD)
        run([bin_dir / "station", "init", "--station-code", "152222-GLB", "--station-name",
             "高力板派出所", "--county", "科右中旗", "--town", "高力板镇", "--admin", "admin",
             "--password-file", password], env=env)
        run([bin_dir / "station", *(self.login() if login else []), "demo", "--residents", "300",
             "--cases", "8", "--weeks", "3"], env=env)

    def login(self) -> list[str | Path]:
        return ["--user", "admin", "--password-file", self.work / "password.txt"]

    def smoke(self, program: Path, env: dict[str, str]) -> None:
        out = run([program, "--smoke-test"], env=env, timeout=120)
        assert "windows=['" in out, f"no window was shown: {out}"
        print("   " + out.strip().splitlines()[-1], flush=True)

    def kit_install(self) -> None:
        target, python = this_machine()
        info = make_kit(self.kit, [target], [python])
        print(f"   kit for {target}, Python {python}: {info['size_mb']} MB, built in {info['seconds']} s")
        with zipfile.ZipFile(self.kit / "wheels" / info["app"]) as wheel:
            names = set(wheel.namelist())
        for needed in ("resources/translations/station_en.qm", "resources/icons/station-256.png",
                       "station_app/documents/templates/agreement_police.json"):
            assert needed in names, f"the app's wheel lacks {needed}"
        env = self.environment("fresh")
        bin_dir = self.install_kit(self.work / "fresh" / "prefix", env)
        print("   " + run([bin_dir / "station", "--version"], env=env).strip())
        self.init_and_demo(bin_dir, env)
        self.smoke(bin_dir / "station-desk", env)

    # 3 ---------------------------------------------------------------------------------------
    def standalone(self) -> None:
        assert self.built is not None and self.built.is_dir(), f"no standalone folder at {self.built}"
        env = self.environment("standalone")
        # No Python of ours on the way: PATH without the venv, no PYTHONPATH/PYTHONHOME.
        env["PATH"] = "/usr/bin:/bin"
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(name, None)
        print("   " + run([self.built / "station", "--version"], env=env).strip())
        self.init_and_demo(self.built, env)
        self.smoke(self.built / "StationLedger", env)
        print(f"   standalone folder {self.built}: {folder_size(self.built) / 2**20:.0f} MB")

    # 4 ---------------------------------------------------------------------------------------
    def upgrade(self) -> None:
        assert (self.kit / "kit_install.py").exists(), "the kit check did not build a kit"
        source = self.work / "previous-source"
        source.mkdir()
        archive = subprocess.run(["git", "archive", self.previous], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
        old_wheel = build_project_wheel(source, self.work / "previous-wheel")
        env = self.environment("upgrade")
        prefix = self.work / "upgrade" / "prefix"
        venv = prefix / "venv"
        run([sys.executable, "-m", "venv", "--without-pip", venv], env=env)
        python = venv / "bin" / "python"
        (pip_wheel,) = sorted((self.kit / "wheels").glob("pip-*.whl"))[-1:]
        run([python, pip_wheel / "pip", "install", "--quiet", "--no-index", "--find-links",
             self.kit / "wheels", "pip"], env=env)
        run([python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", self.kit / "wheels",
             old_wheel], env=env)
        old_version = run([venv / "bin" / "station", "--version"], env=env).strip()
        self.init_and_demo(venv / "bin", env, login=False)  # the previous release: a plain database
        database = Path(env["XDG_DATA_HOME"]) / "StationLedger" / "station.sqlite3"
        before = table_counts(database)
        self.install_kit(prefix, env)
        new_version = run([venv / "bin" / "station", "--version"], env=env).strip()
        print(run([venv / "bin" / "station", "check"], env=env).strip().splitlines()[-1])
        run([venv / "bin" / "station", *self.login(), "audit", "verify"], env=env)
        after = table_counts(database)
        lost = {t: (n, after.get(t)) for t, n in before.items() if after.get(t, 0) < n}
        assert not lost, f"rows lost in the upgrade: {lost}"
        changed = {t: (before[t], after[t]) for t in before if before[t] != after[t]}
        backups = sorted((database.parent / "backups").rglob("*.sqlite3*"))
        rows = sum(v for k, v in before.items() if k != "_schema")
        print(f"   {old_version} → {new_version}; schema {before.get('_schema')} → {after.get('_schema')}; "
              f"{rows} rows kept; changed: {changed or 'none'}; backups: {len(backups)}")
        if after.get("_schema") != before.get("_schema"):
            assert backups, "the schema was upgraded without a backup first"

    def run_all(self, only: list[str] | None = None) -> bool:
        checks = {"resolve": self.resolve, "kit": self.kit_install, "build": self.standalone,
                  "upgrade": self.upgrade}
        for name, body in checks.items():
            if not only or name in only or (name == "kit" and "upgrade" in only):  # upgrade needs the kit
                self.check(name, body)
        failed = [name for name, ok, _ in self.results if not ok]
        total = sum(seconds for *_, seconds in self.results)
        print(f"kit-checks: {len(self.results) - len(failed)} of {len(self.results)} ok in {total:.0f} s"
              + (f"; FAILED: {', '.join(failed)}" if failed else ""), flush=True)
        return not failed


def table_counts(database: Path) -> dict[str, int]:
    """Rows per table, and the schema version under '_schema'."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        counts = {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
        row = connection.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
        counts["_schema"] = row[0]
    connection.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--built", type=Path, default=ROOT / "dist" / "StationLedger")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--previous", default=PREVIOUS, help="the release to upgrade from (git commit)")
    parser.add_argument("--only", action="append", choices=["resolve", "kit", "build", "upgrade"],
                        help="by hand only: CI runs every check")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="station-kit-checks-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        ok = Checks(work.resolve(), args.built.resolve(), args.previous).run_all(args.only)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
