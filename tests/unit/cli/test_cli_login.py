"""The `station` command logs in (issue 16): every command but --version, init and check acts as a
named account, limited by its role and audited under its name; the recovery code is the one way
in without a password. Real encrypted SQLite files throughout."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from station_app.cli.main import main
from station_app.core import db, paths, vault
from tests.cli_login import DEMO_PASSWORD, logged_in, password_file

# Who may do what, written out by hand from DOMAIN's roles (not read from permissions.py): the
# command, then the roles it must succeed for; every other role must be refused ("无权", exit 1).
EVERYONE = {"admin", "chief", "officer", "auxiliary", "grid_worker", "readonly"}
WHO_MAY = [
    (["users", "list"], {"admin"}),
    (["audit", "list", "--limit", "3"], {"admin", "chief"}),
    (["residents", "search", "王"], EVERYONE),
    (["residents", "export", "{out}", "--unmasked"], {"admin", "chief"}),
    (["residents", "export", "{out}"], {"admin", "chief", "officer", "auxiliary"}),
    (["backup"], {"admin", "chief"}),
    (["check"], {"admin", "chief"}),
    (["demo", "--accounts", "0"], {"admin"}),
]
# One account of each role in the demo (seed 1): the usernames load_demo gives them.
DEMO_USERS = {"admin": "admin", "chief": "chief01", "officer": "officer02", "auxiliary": "auxiliary04",
              "grid_worker": "gridworker05", "readonly": "readonly08"}


def station(*args: str | Path, user: str | None = "admin", password: str = DEMO_PASSWORD) -> int:
    """The command as a user at this PC runs it (the test's data directory)."""
    argv = ["--data-dir", str(paths.data_dir()), *(str(arg) for arg in args)]
    return main(logged_in(argv, user=user, password=password) if user else argv)


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> tuple[str, str]:
    """An encrypted demo database with an account per role; (url, recovery code)."""
    url = f"sqlite:///{(tmp_path / 'station.sqlite3').as_posix()}"
    assert station("--db", url, "demo", "--residents", "30", "--json", user=None) == 0
    code = json.loads(capsys.readouterr().out)["recovery_code"]
    db.close()
    vault.forget()  # as a new process would start
    return url, code


def test_a_command_without_a_user_is_refused_with_what_to_type(demo_db, capsys) -> None:
    url, _ = demo_db
    assert station("--db", url, "residents", "search", "王", user=None) == 2
    assert "--user" in capsys.readouterr().err


def test_a_wrong_password_opens_nothing_and_five_lock_the_account_out(demo_db, capsys) -> None:
    url, _ = demo_db
    for attempt in range(4):
        assert station("--db", url, "residents", "search", "王", password="Wrong1234") == 1
        assert f"再错 {4 - attempt} 次" in capsys.readouterr().err
    assert station("--db", url, "residents", "search", "王", password="Wrong1234") == 1
    assert "锁定" in capsys.readouterr().err
    assert station("--db", url, "residents", "search", "王") == 1  # the right one, but locked
    assert "锁定" in capsys.readouterr().err


@pytest.mark.parametrize("role", sorted(EVERYONE))
def test_each_role_through_the_command_line(demo_db, role: str, tmp_path: Path, capsys) -> None:
    url, _ = demo_db
    capsys.readouterr()
    for command, allowed in WHO_MAY:
        argv = [part.replace("{out}", str(tmp_path / f"{role}-名单.xlsx")) for part in command]
        code = station("--db", url, *argv, user=DEMO_USERS[role])
        out, err = capsys.readouterr()
        if role in allowed:
            assert code == 0, f"{role} {command}: {err}"
        else:
            assert code == 1 and "无权" in err, f"{role} {command} was not refused: {code} {out} {err}"
        db.close()
        vault.forget()


def test_the_audit_names_the_account_not_the_operating_system_user(demo_db, capsys) -> None:
    url, _ = demo_db
    assert station("--db", url, "backup", user="chief01") == 0
    assert station("--db", url, "audit", "list", "--json", "--limit", "5") == 0
    entries = json.loads(_last_json(capsys))
    backup = next(entry for entry in entries if entry["action"] == "backup.create")
    assert backup["username"] == "chief01"
    assert not any(entry["username"].startswith("cli:") for entry in entries)


def _last_json(capsys) -> str:
    out = capsys.readouterr().out
    return out[out.index("["):]


def test_check_without_login_on_an_encrypted_database_looks_from_outside(demo_db, capsys) -> None:
    url, _ = demo_db
    assert station("--db", url, "check", user=None) == 0
    out = capsys.readouterr().out
    assert "已加密" in out and "--user" in out


def test_the_recovery_code_opens_the_database_when_the_key_file_and_every_password_are_lost(
        demo_db, tmp_path: Path, capsys) -> None:
    url, code = demo_db
    path = Path(url.removeprefix("sqlite:///"))
    vault.slots_path(path).unlink()
    for copy in (paths.data_dir() / "backups" / "keys").glob("*.keys"):
        copy.unlink()
    assert station("--db", url, "residents", "search", "王") == 1
    assert "恢复密钥" in capsys.readouterr().err
    code_file = tmp_path / "code.txt"
    code_file.write_text(code.lower().replace("-", " ") + "\n", encoding="utf-8")  # as typed from paper
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("AAAAA-" * 7 + "AAAAA\n", encoding="utf-8")
    assert station("--db", url, "recover", "--code-file", wrong, password="Recover2026") == 1
    assert "恢复密钥不正确" in capsys.readouterr().err
    assert station("--db", url, "recover", "--code-file", code_file, password="Recover2026") == 0
    db.close()
    vault.forget()
    assert station("--db", url, "residents", "search", "王", password="Recover2026") == 0
    assert station("--db", url, "audit", "list", "--limit", "20", password="Recover2026") == 0
    assert "account.recovered" in capsys.readouterr().out


def test_a_plain_database_is_encrypted_by_the_command_after_a_checked_backup(
        sqlite_admin, sqlite_url: str, tmp_path: Path, capsys) -> None:
    from station_app.backup.service import backup_now
    from station_app.residents.service import create_resident

    create_resident(sqlite_admin, {"name": "乌云毕力格", "id_number": "152222199001011233"})
    old = backup_now(sqlite_admin).info.path
    db.close()
    sheet = tmp_path / "恢复密钥单.pdf"
    assert station("--db", sqlite_url, "encrypt", "--recovery-sheet", sheet, "--encrypt-backups",
                   password="Admin1234") == 0
    out = capsys.readouterr().out
    assert "已把 2 份旧备份换成加密的" in out, out
    assert re.search(r"[A-Z2-9]{5}(-[A-Z2-9]{5}){7}", out) and sheet.read_bytes().startswith(b"%PDF")
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    for file in (path, old, *path.parent.glob("data/backups/*.sqlite3")):
        assert vault.is_encrypted(file), file
        assert "乌云毕力格".encode() not in file.read_bytes()
    db.close()
    vault.forget()
    assert station("--db", sqlite_url, "residents", "search", "乌云", "--json", password="Admin1234") == 0
    assert "乌云毕力格" in capsys.readouterr().out


def test_password_file_names_only_the_login_before_the_command(demo_db, tmp_path: Path, capsys) -> None:
    """The global --password-file is the login's; a command's own --password-file (a bundle's)
    stays its own."""
    url, _ = demo_db
    login = password_file(DEMO_PASSWORD)
    assert main(["--db", url, "--user", "admin", "--password-file", str(login), "users", "list"]) == 0
    assert "admin" in capsys.readouterr().out


def test_a_temporary_password_from_a_reset_acts_on_nothing_until_it_is_changed(demo_db, capsys) -> None:
    """Attack B: after 重设密码 the administrator knows the officer's temporary password; the window
    makes the officer change it first, but the command acted with it at once — under the officer's
    name in the audit (`--user officer02 residents export …`), with no trace of who typed it."""
    from station_app.accounts.models import Account
    from station_app.accounts.service import reset_password
    from station_app.accounts.signin import sign_in

    url, _ = demo_db
    admin = sign_in(url, "admin", DEMO_PASSWORD).actor
    officer = Account.get(Account.username == "officer02")
    reset_password(admin, officer.id, "Temp2026x")
    db.close()
    vault.forget()
    capsys.readouterr()
    assert station("--db", url, "residents", "search", "王", user="officer02", password="Temp2026x") == 1
    err = capsys.readouterr().err
    assert "临时密码" in err and "修改" in err and len(err.strip().splitlines()) == 1, err
