"""Key slots of an encrypted station database (issue 16): the key follows the people, not the PC.
Each test runs on a real SQLCipher file; "a new start" is the database closed and the process's
key forgotten, so only a password (or the recovery code) can open it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station_app.accounts import service as accounts
from station_app.accounts.signin import lock_state, recover, sign_in
from station_app.backup.encryption import encrypt_database
from station_app.core import db, vault
from station_app.core.errors import AuthenticationError, ValidationError
from tests.conftest import ADMIN_PASSWORD


def new_start() -> None:
    db.close()
    vault.forget()


@pytest.fixture
def encrypted(sqlite_admin, sqlite_url: str) -> tuple[str, str]:
    """(url, recovery code) of an encrypted station with the administrator admin."""
    code = encrypt_database(sqlite_admin, ADMIN_PASSWORD, keep_plain_copy=False).recovery_code
    new_start()
    return sqlite_url, code


def database_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def test_nothing_opens_without_a_password_and_the_login_window_knows_the_station(encrypted) -> None:
    url, _ = encrypted
    path = database_path(url)
    assert vault.is_encrypted(path) and lock_state(url).locked
    assert lock_state(url).station_name == "高力板派出所"
    with pytest.raises(vault.DatabaseLocked):
        db.connect(url)
    assert sign_in(url, "admin", ADMIN_PASSWORD).actor.username == "admin"
    assert not lock_state(url).locked


def test_wrong_passwords_count_and_lock_the_slot_out(encrypted) -> None:
    url, _ = encrypted
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationError, match=f"再错 {left} 次"):
            sign_in(url, "admin", "Wrong1234")
    with pytest.raises(AuthenticationError, match="锁定"):
        sign_in(url, "admin", "Wrong1234")
    with pytest.raises(AuthenticationError, match="锁定"):
        sign_in(url, "admin", ADMIN_PASSWORD)
    assert vault.unlocked_key(database_path(url)) is None


def test_a_new_account_opens_the_file_and_a_disabled_one_no_longer_does(encrypted) -> None:
    url, _ = encrypted
    admin = sign_in(url, "admin", ADMIN_PASSWORD).actor
    info = accounts.create_account(admin, "zhangsan", "张三", "officer", "Zhang1234")
    new_start()
    officer = sign_in(url, "zhangsan", "Zhang1234").actor
    assert officer.role == "officer"
    new_start()
    admin = sign_in(url, "admin", ADMIN_PASSWORD).actor
    accounts.set_account_active(admin, info.id, False)
    new_start()
    with pytest.raises(AuthenticationError, match="重设密码"):
        sign_in(url, "zhangsan", "Zhang1234")


def test_a_changed_password_re_wraps_and_the_old_one_opens_nothing(encrypted) -> None:
    url, _ = encrypted
    admin = sign_in(url, "admin", ADMIN_PASSWORD).actor
    accounts.change_own_password(admin, ADMIN_PASSWORD, "Changed2026")
    new_start()
    with pytest.raises(AuthenticationError):
        sign_in(url, "admin", ADMIN_PASSWORD)
    assert sign_in(url, "admin", "Changed2026").actor.username == "admin"


def test_an_administrators_reset_wraps_the_key_for_the_temporary_password(encrypted) -> None:
    url, _ = encrypted
    admin = sign_in(url, "admin", ADMIN_PASSWORD).actor
    info = accounts.create_account(admin, "lisi", "李四", "auxiliary", "Lisi12345")
    accounts.reset_password(admin, info.id, "Temp54321")
    new_start()
    with pytest.raises(AuthenticationError):
        sign_in(url, "lisi", "Lisi12345")
    lisi = sign_in(url, "lisi", "Temp54321").actor
    assert accounts.must_change_password(lisi)


def test_a_colleague_without_a_slot_gets_one_by_logging_in_while_the_file_is_open(sqlite_admin,
                                                                                 sqlite_url: str) -> None:
    accounts.create_account(sqlite_admin, "wangwu", "王五", "officer", "Wangwu123")
    encrypt_database(sqlite_admin, ADMIN_PASSWORD, keep_plain_copy=False)  # only the admin's slot
    new_start()
    with pytest.raises(AuthenticationError, match="重设密码"):
        sign_in(sqlite_url, "wangwu", "Wangwu123")
    sign_in(sqlite_url, "admin", ADMIN_PASSWORD)
    accounts.login("wangwu", "Wangwu123")  # 切换用户 in the same session
    new_start()
    assert sign_in(sqlite_url, "wangwu", "Wangwu123").actor.username == "wangwu"


def test_a_failed_commit_puts_the_previous_slots_back(encrypted) -> None:
    url, _ = encrypted
    sign_in(url, "admin", ADMIN_PASSWORD)
    before = vault.slots_path(database_path(url)).read_text("utf-8")
    with pytest.raises(RuntimeError), vault.changing_slots() as slots, db.transaction():
        assert slots is not None
        slots.add(__import__("uuid").uuid4(), "ghost", "Ghost1234")
        slots.save()
        raise RuntimeError("the commit fails")
    assert vault.slots_path(database_path(url)).read_text("utf-8") == before


def test_the_key_file_is_found_again_in_the_backup_folder(encrypted) -> None:
    from station_app.backup.service import backup_now

    url, _ = encrypted
    backup_now(sign_in(url, "admin", ADMIN_PASSWORD).actor)
    new_start()
    vault.slots_path(database_path(url)).unlink()
    assert lock_state(url).locked
    assert sign_in(url, "admin", ADMIN_PASSWORD).actor.username == "admin"
    assert vault.slots_path(database_path(url)).is_file()


def test_a_key_file_from_another_database_is_named_not_taken_for_damage(encrypted, tmp_path: Path) -> None:
    url, _ = encrypted
    slots_file = vault.slots_path(database_path(url))
    data = json.loads(slots_file.read_text("utf-8"))
    other = vault.KeySlots.create(database_path(url), "别的所")
    other.set_key(bytes(32))
    account = next(iter(data["slots"]))
    other.add(__import__("uuid").UUID(account), "admin", ADMIN_PASSWORD, bytes(32))
    other.save()
    with pytest.raises(vault.VaultError, match="钥匙文件不属于这个数据库"):
        sign_in(url, "admin", ADMIN_PASSWORD)


def test_the_recovery_code_as_typed_from_paper(encrypted) -> None:
    url, code = encrypted
    vault.slots_path(database_path(url)).unlink()
    typed = " ".join(code.lower().split("-"))
    with pytest.raises(vault.VaultError, match="恢复密钥不正确"):
        recover(url, code.replace(code[0], "2" if code[0] != "2" else "3", 1), "admin", "Recover2026")
    with pytest.raises(vault.VaultError, match="恢复密钥不正确"):
        recover(url, "0O1IL", "admin", "Recover2026")
    new_start()
    with pytest.raises(ValidationError, match="管理员"):
        recover(url, typed, "nobody", "Recover2026")
    new_start()
    signed = recover(url, typed, "admin", "Recover2026")
    assert signed.actor.username == "admin" and vault.slots_path(database_path(url)).is_file()
    new_start()
    assert sign_in(url, "admin", "Recover2026").actor.username == "admin"


def test_a_plain_backup_restored_into_an_encrypted_database_stays_encrypted(sqlite_admin,
                                                                           sqlite_url: str) -> None:
    from station_app.backup.restore import restore_backup
    from station_app.backup.service import backup_now
    from station_app.residents.service import create_resident

    create_resident(sqlite_admin, {"name": "其木格"})
    plain = backup_now(sqlite_admin).info.path
    encrypt_database(sqlite_admin, ADMIN_PASSWORD)
    admin = accounts.login("admin", ADMIN_PASSWORD)
    result = restore_backup(admin, plain)
    assert result.contents.counts["residents"] == 1
    path = database_path(sqlite_url)
    assert vault.is_encrypted(path) and "其木格".encode() not in path.read_bytes()
    new_start()
    assert sign_in(sqlite_url, "admin", ADMIN_PASSWORD).actor.username == "admin"


def test_the_check_sees_an_encrypted_database_from_outside_and_in_full_after_a_login(encrypted) -> None:
    from station_app.core.health import check, check_locked_file

    url, _ = encrypted
    outside = check_locked_file(database_path(url))
    assert outside.ok and any("已加密" in note for note in outside.notes)
    report = check(sign_in(url, "admin", ADMIN_PASSWORD).actor)
    assert report.ok and "SQLCipher" in report.backend


def test_a_key_file_that_cannot_be_written_says_disk_full_and_leaves_no_temporary_file(
        encrypted, monkeypatch) -> None:
    """Attack B: on a full disk the key file's temporary copy (.station.sqlite3.keys.new) stayed
    behind, and a password service failed with the bare OSError (the command: "内部错误：OSError")."""
    import errno

    from station_app.accounts.models import Account

    url, _ = encrypted
    admin = sign_in(url, "admin", ADMIN_PASSWORD).actor
    before = vault.slots_path(database_path(url)).read_text("utf-8")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vault.os, "write", full)
    with pytest.raises(vault.VaultError, match="磁盘已满"):
        accounts.create_account(admin, "zhangsan", "张三", "officer", "Zhang1234")
    monkeypatch.undo()
    folder = database_path(url).parent
    assert [path.name for path in folder.iterdir() if path.name.endswith(".new")] == []
    assert vault.slots_path(database_path(url)).read_text("utf-8") == before
    assert not Account.select().where(Account.username == "zhangsan").exists()
