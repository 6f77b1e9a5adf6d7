"""The log files never hold a password, a full ID number or a full mobile number (logs leave the
PC with bug reports). The app's own logging is switched on, real work is done — logins right and
wrong, a password change, residents with full IDs, an import with a bad row, the command line in
a real process, exceptions with personal numbers in their message — then every file in the log
folder is read."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station_app.accounts import service as accounts
from station_app.core import logs, paths
from station_app.core.actor import Actor
from station_app.core.errors import AuthenticationError, ValidationError
from station_app.core.masking import mask_id_number, mask_phone
from station_app.residents import service as residents
from tests.conftest import ADMIN_PASSWORD
from tests.security import scan
from tests.security.world import new_id_number, new_mobile

ROOT = Path(__file__).resolve().parents[2]
WRONG_PASSWORD = "Wr0ngHorse!Battery"
NEW_PASSWORD = "Gaoliban#2026"
OFFICER_PASSWORD = "Officer@2026x"
PERSON_ID, PERSON_PHONE = new_id_number(901), new_mobile(901)
OTHER_ID, OTHER_PHONE = new_id_number(902), new_mobile(902)
PASSWORDS = (ADMIN_PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, OFFICER_PASSWORD)


def _log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    assert files, f"nothing was logged in {folder}"
    return "\n".join(path.read_bytes().decode("utf-8", "replace") for path in files)


def _assert_clean(text: str) -> None:
    assert [word for word in PASSWORDS if word in text] == [], "a password is in the log"
    assert scan.leaked(text, (PERSON_ID, PERSON_PHONE, OTHER_ID, OTHER_PHONE)) == []


def test_the_services_log_no_password_and_no_full_number(sqlite_admin: Actor, data_dir: Path,
                                                         tmp_path: Path) -> None:
    from station_app.residents.importer import guess_mapping, read_source, run_import

    logs.setup_logging()
    log = logging.getLogger("station_app.test")
    log.info("logging on for the privacy check")
    with pytest.raises(AuthenticationError):
        accounts.login("admin", WRONG_PASSWORD)
    with pytest.raises(AuthenticationError):
        accounts.login(WRONG_PASSWORD, WRONG_PASSWORD)  # the password typed into the name box
    admin = accounts.login("admin", ADMIN_PASSWORD)
    accounts.change_own_password(admin, ADMIN_PASSWORD, NEW_PASSWORD)
    accounts.create_account(admin, "wangjg", "王警官", "officer", OFFICER_PASSWORD)
    residents.create_resident(admin, {"name": "巴特尔·额尔敦", "id_number": PERSON_ID, "phone": PERSON_PHONE})
    with pytest.raises(ValidationError) as refused:
        residents.create_resident(admin, {"name": "重号", "id_number": PERSON_ID})
    log.info("shown to user: %s", refused.value.message)  # what ui.common.errors logs for a known error
    sheet = tmp_path / "居民.csv"
    sheet.write_text(f"姓名,身份证号,联系电话\n乌云其木格,{OTHER_ID[:-1]},{OTHER_PHONE}\n", encoding="utf-8")
    source = read_source(sheet)
    assert run_import(admin, source, guess_mapping(source.headers)).rejected
    try:
        raise ValueError(f"row 2: {OTHER_ID} / {OTHER_PHONE} / {PERSON_ID}")
    except ValueError:
        log.exception("import of %s failed", sheet.name)  # a bug's traceback, with the message
    log.error("unexpected error", exc_info=(ValueError, ValueError(f"电话{OTHER_PHONE}"), None))
    text = _log_text(paths.log_dir())
    _assert_clean(text)
    assert f"ValueError: row 2: {mask_id_number(OTHER_ID)}" in text  # logged, and masked
    assert f"ValueError: 电话{mask_phone(OTHER_PHONE)}" in text


def test_the_command_line_logs_no_password_and_no_full_number(tmp_path: Path) -> None:
    folder = tmp_path / "cli-data"
    password_file = tmp_path / "password.txt"
    password_file.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    weak = tmp_path / "weak.txt"
    weak.write_text(WRONG_PASSWORD[:3] + "\n", encoding="utf-8")
    sheet = tmp_path / "居民.csv"
    sheet.write_text(f"姓名,身份证号,联系电话\n巴特尔·额尔敦,{PERSON_ID},{PERSON_PHONE}\n"
                     f"乌云其木格,{OTHER_ID[:-1]}9,{OTHER_PHONE}\n", encoding="utf-8")
    url = f"sqlite:///{(tmp_path / 'cli.sqlite3').as_posix()}"

    def station(*args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        login = [] if args[0] == "init" else ["--user", "admin", "--password-file", str(password_file)]
        command = [sys.executable, "-m", "station_app.cli.main", *login, "--data-dir", str(folder),
                   "--db", url]
        return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, timeout=120,
                              env=env, cwd=ROOT)

    initialised = station("init", "--station-code", "152222-GLB", "--station-name", "高力板派出所",
                          "--county", "科右中旗", "--admin", "admin", "--password-file", password_file)
    assert initialised.returncode == 0, initialised.stderr
    assert station("users", "add", "wangjg", "--role", "officer", "--password-file", weak).returncode == 1
    imported = station("residents", "import", sheet, "--rejects", tmp_path / "未导入.xlsx")
    assert imported.returncode == 0, imported.stderr
    assert station("residents", "search", PERSON_ID[-4:]).returncode == 0
    _assert_clean(_log_text(folder / "logs"))
