"""The `station` command's contract: outputs, exit codes 0/1/2, no tracebacks for bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from station_app import __version__
from station_app.cli.main import main
from tests.cli_login import ADMIN_PASSWORD, DEMO_PASSWORD, logged_in


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text("Admin1234\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str,
        password: str = ADMIN_PASSWORD) -> tuple[int, str, str]:
    try:
        code = main(logged_in(args, password=password))
    except SystemExit as exc:  # argparse: --version and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys, url: str, password_file: Path) -> str:
    """`station init`; its output (the recovery code is in it once, on SQLite)."""
    code, out, err = run(capsys, "--db", url, "init", "--station-code", "152222-GLB",
                         "--station-name", "高力板派出所", "--county", "科右中旗", "--town", "高力板镇",
                         "--admin", "admin", "--password-file", str(password_file))
    assert code == 0, err
    assert "已初始化" in out
    return out


def recovery_key(init_output: str) -> bytes:
    import re

    from station_app.core import vault

    code = re.search(r"[A-Z2-9]{5}(?:-[A-Z2-9]{5}){7}", init_output)
    assert code, init_output
    return vault.key_from_code(code.group(0))


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_init_users_and_refusal_to_reinitialise(capsys, database_url: str, password_file: Path,
                                                tmp_path: Path) -> None:
    init(capsys, database_url, password_file)
    code, _, err = run(capsys, "--db", database_url, "init", "--station-code", "X1", "--station-name",
                       "别的所", "--county", "某县", "--admin", "root", "--password-file", str(password_file))
    assert code == 1 and "不能重新初始化" in err and "Traceback" not in err

    officer_pw = tmp_path / "officer.txt"
    officer_pw.write_text("Police2026\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", database_url, "users", "add", "cuixl", "--role", "officer",
                         "--name", "崔鑫龙", "--password-file", str(officer_pw), "--json")
    assert code == 0, err
    assert json.loads(out)["role_label"] == "民警"
    code, out, _ = run(capsys, "--db", database_url, "users", "list", "--json")
    listed = {item["username"]: item for item in json.loads(out)}
    assert set(listed) == {"admin", "cuixl"} and listed["cuixl"]["full_name"] == "崔鑫龙"
    code, out, _ = run(capsys, "--db", database_url, "users", "list")
    assert code == 0 and "崔鑫龙" in out and "民警" in out

    code, _, err = run(capsys, "--db", database_url, "users", "add", "cuixl", "--role", "officer",
                       "--password-file", str(officer_pw))
    assert code == 1 and "已被使用" in err
    weak = tmp_path / "weak.txt"
    weak.write_text("1234\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", database_url, "users", "add", "li", "--role", "auxiliary",
                       "--password-file", str(weak))
    assert code == 1 and "至少 8 位" in err


def test_bad_usage_exits_2(capsys, sqlite_url: str, password_file: Path) -> None:
    assert run(capsys, "users", "add", "x", "--role", "sheriff")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2
    init(capsys, sqlite_url, password_file)
    code, _, err = run(capsys, "--db", sqlite_url, "users", "add", "li", "--role", "officer",
                       "--password-file", "/no/such/file")
    assert code == 2 and "无法读取密码文件" in err


def test_unusable_databases_fail_cleanly(capsys, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    for url, expected in (
        (f"sqlite:///{garbage}", "损坏"),
        ("postgresql://nobody@127.0.0.1:1/none", "无法连接"),
        ("mysql://x@y/z", "不支持"),
    ):
        code, out, err = run(capsys, "--db", url, "users", "list")
        assert code == 1, (url, out, err)
        assert expected in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert garbage.read_bytes() == b"this is not a database" * 100


def test_commands_on_an_uninitialised_database_say_what_to_do(capsys, sqlite_url: str) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "users", "list")
    assert code == 1 and "station init" in err


def test_audit_verify_and_check(capsys, sqlite_url: str, password_file: Path) -> None:
    key = recovery_key(init(capsys, sqlite_url, password_file))
    code, out, _ = run(capsys, "--db", sqlite_url, "audit", "verify", "--json")
    # the station and its administrator, the database encrypted, this command's login
    assert code == 0 and json.loads(out) == {"ok": True, "entries_checked": 4,
                                             "first_broken_seq": None, "problem": "",
                                             "anchor_seq": None}
    code, out, _ = run(capsys, "--db", sqlite_url, "check")
    assert code == 0 and "检查通过" in out and "WAL" in out

    from station_app.core import db, sqlite_files

    db.close()  # someone with the recovery code edits the file behind the program's back
    raw = sqlite_files.connect(sqlite_url.removeprefix("sqlite:///"), key=key)
    raw.execute("DROP TRIGGER audit_entry_no_update")
    raw.execute("UPDATE audit_entry SET action = 'nothing.happened' WHERE seq = 1")
    raw.commit()
    raw.close()
    code, out, _ = run(capsys, "--db", sqlite_url, "audit", "verify")
    assert code == 1 and "第 1 条" in out
    code, out, _ = run(capsys, "--db", sqlite_url, "check", "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and "审计链断裂" in report["problems"][0]


def test_check_on_postgres(capsys, database_url: str, password_file: Path) -> None:
    init(capsys, database_url, password_file)
    code, out, err = run(capsys, "--db", database_url, "check")
    assert code == 0, out + err


def test_demo_is_deterministic_and_repeatable(capsys, tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    lists = []
    for path in (first, second):
        code, out, err = run(capsys, "--db", f"sqlite:///{path}", "demo", "--seed", "7", "--json")
        assert code == 0, err
        assert json.loads(out)["station_created"] is True
        code, out, _ = run(capsys, "--db", f"sqlite:///{path}", "users", "list", "--json",
                           password=DEMO_PASSWORD)
        lists.append([(item["username"], item["full_name"], item["role"]) for item in json.loads(out)])
    assert lists[0] == lists[1] and len(lists[0]) == 9
    assert {role for _, _, role in lists[0]} == {"admin", "chief", "officer", "auxiliary",
                                                  "grid_worker", "readonly"}
    code, out, _ = run(capsys, "--db", f"sqlite:///{first}", "demo", "--seed", "7", "--json",
                       password=DEMO_PASSWORD)
    assert code == 0 and json.loads(out)["accounts_created"] == []


def test_installed_entry_point_and_data_dir(tmp_path: Path, password_file: Path) -> None:
    station = Path(sys.executable).with_name("station")
    if not station.exists():
        pytest.skip("the project is not installed in this environment (pip install -e .)")
    data = tmp_path / "mydata"
    result = subprocess.run(
        [str(station), "--data-dir", str(data), "init", "--station-code", "152222-GLB",
         "--station-name", "高力板派出所", "--county", "科右中旗", "--admin", "admin",
         "--password-file", str(password_file)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (data / "station.sqlite3").exists()
    assert (data / "logs" / "station.log").exists()


def test_audit_list_shows_the_newest_entries(capsys, sqlite_url: str, password_file: Path) -> None:
    init(capsys, sqlite_url, password_file)
    code, out, _ = run(capsys, "--db", sqlite_url, "audit", "list", "--json", "--limit", "5")
    entries = json.loads(out)
    newest_first = sorted((e["seq"] for e in entries), reverse=True)
    assert code == 0 and entries and [e["seq"] for e in entries] == newest_first
    code, out, _ = run(capsys, "--db", sqlite_url, "audit", "list")
    assert code == 0 and "admin" in out
