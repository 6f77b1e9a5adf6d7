"""The `station` command logs in (issue 16): tests run it as an account, like an administrator
scripting it does — `--user NAME --password-file F` before the command."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from station_app.core import paths
from station_app.demo.loader import DEMO_PASSWORD

ADMIN_PASSWORD = "Admin1234"  # what tests.conftest.make_station and the tests' `init` use
__all__ = ["ADMIN_PASSWORD", "DEMO_PASSWORD", "logged_in", "password_file"]


def password_file(password: str, user: str = "admin") -> Path:
    """A one-line password file (in the system's temporary folder: a test's data directory may be
    on a disk it fills on purpose)."""
    folder = Path(tempfile.gettempdir()) / f"station-test-logins-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    path = folder / f"{user}-{hashlib.sha256(password.encode()).hexdigest()[:12]}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return path


def logged_in(argv: Sequence[str | Path], user: str = "admin", password: str = ADMIN_PASSWORD) -> list[str]:
    """`argv` run as `user` (unless it names a user itself), in the test's data directory (not
    the real one in the home folder)."""
    args = [str(arg) for arg in argv]
    if "--data-dir" not in args:
        args = ["--data-dir", str(paths.data_dir()), *args]
    if "--user" in args:
        return args
    return ["--user", user, "--password-file", str(password_file(password, user)), *args]
