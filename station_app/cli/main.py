"""The `station` command: administrators script the app with it.

Exit codes: 0 success, 1 failure (one line on stderr), 2 bad usage. `--json` gives machine output.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from station_app import __version__
from station_app.core.actor import Actor
from station_app.core.errors import StationError

log = logging.getLogger("station.cli")


class UsageError(Exception):
    """Bad usage found after argparse: exit 2."""


def read_password(password_file: str | None, prompt: str = "密码 / Password: ", confirm: bool = True) -> str:
    """The first line of `password_file` ('-' for stdin), or asked on a terminal (twice for a new
    password: `confirm`)."""
    if password_file:
        try:
            if password_file == "-":
                line = sys.stdin.readline()
            else:
                with Path(password_file).open(encoding="utf-8") as source:
                    line = source.readline()
        except OSError as exc:
            raise UsageError(f"无法读取密码文件 {password_file}：{exc.strerror}") from exc
        password = line.rstrip("\r\n")
    elif sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(prompt)
        if confirm and getpass.getpass("再输入一次 / Again: ") != password:
            raise UsageError("两次输入的密码不一致。")
    else:
        raise UsageError("没有终端可以输入密码：请用 --password-file 指定密码文件。")
    if not password:
        raise UsageError("密码为空。")
    return password


def build_parser() -> argparse.ArgumentParser:
    from station_app.cli import commands

    parser = argparse.ArgumentParser(
        prog="station", description="平安台账 Station Ledger — 命令行工具 (command line)"
    )
    parser.add_argument("--version", action="version", version=f"station-ledger {__version__}")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path 或 postgresql://user@host/db")
    parser.add_argument("--data-dir", metavar="DIR", help="数据目录 (data directory)")
    parser.add_argument("--user", metavar="NAME",
                        help="以哪个账户操作（除 init、check 外每个命令都要登录，"
                             "按该账户的权限执行并记入审计）")
    parser.add_argument("--password-file", dest="login_password_file", metavar="F",
                        help="登录密码文件（第一行；'-' 为标准输入）；不给则在终端输入")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from station_app.core import logs, paths

    paths.set_data_dir(args.data_dir)
    try:
        logs.setup_logging()
    except OSError as exc:
        print(f"错误：无法写入数据目录 {args.data_dir or ''}：{exc}", file=sys.stderr)
        return 1
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UsageError as exc:
        print(f"station: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `station cases list | head`: the reader left, nothing is wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stdout must stay open until exit)
        return 0
    except StationError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the traceback for the log
        log.exception("command %s failed", args.command)
        from station_app.core import paths as _paths

        print(f"内部错误：{type(exc).__name__}: {exc}（详情见日志 {_paths.log_file()}）", file=sys.stderr)
        return 1


def open_actor(args: argparse.Namespace) -> Actor:
    """Sign in to `--db` as `--user` (password from `--password-file`, else typed): the command
    acts as that account, with its permissions, and is audited under its name. On an encrypted
    database the password also unlocks the key (core/vault)."""
    from station_app.accounts.service import must_change_password
    from station_app.accounts.signin import sign_in

    actor = sign_in(args.db, login_name(args), login_password(args)).actor
    if must_change_password(actor):
        # the administrator who reset it knows it: nothing is done in this account's name with it
        raise StationError(f"账户 {actor.username} 的密码是管理员重设的临时密码："
                           "请先在程序窗口登录并修改密码，再使用命令行。")
    return actor


def login_name(args: argparse.Namespace) -> str:
    username = (getattr(args, "user", None) or "").strip()
    if not username:
        raise UsageError("请用 --user 指定您的账户，写在命令之前"
                         "（例如 station --user admin residents list）："
                         "命令行以该账户的身份和权限操作，并记入审计。")
    return username


def login_password(args: argparse.Namespace) -> str:
    return read_password(getattr(args, "login_password_file", None),
                         f"{login_name(args)} 的密码 / Password: ", confirm=False)


def open_without_login(args: argparse.Namespace) -> bool:
    """Open `--db` for `init` (no account exists yet) or a new database's demo; whether it is
    initialised already (an encrypted one is, and stays closed: it needs a login)."""
    from station_app.accounts.signin import lock_state
    from station_app.core.startup import open_database

    if lock_state(args.db).locked:
        return True
    return open_database(args.db).initialised


def add_station_option(parser: argparse.ArgumentParser) -> None:
    """`--station CODE` (repeatable): whose records to list. By default every station this
    database holds — at a station its own, at the county bureau all whose bundles it imported."""
    parser.add_argument("--station", action="append", metavar="CODE",
                        help="只列出该单位的记录（单位代码，可重复；默认本库的全部单位）")


def station_scope(args: argparse.Namespace) -> list:
    """The station ids `--station` names, or every station of the open database."""
    from station_app.core.scope import all_stations, station_ids_for_codes

    return station_ids_for_codes(args.station) if getattr(args, "station", None) else all_stations()


def station_codes() -> dict[str, str]:
    """Station id (text) → code, to say whose record each row is."""
    from station_app.core.scope import stations_here

    return {str(choice.id): choice.code for choice in stations_here()}


def jsonable(value: object) -> Any:
    """`value` (views, lists, dicts, dates, ids) as plain JSON values, for --json."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def emit(args: argparse.Namespace, data: object, text: str) -> None:
    """Print `data` as JSON with --json, otherwise the human `text`."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


if __name__ == "__main__":
    # `python -m station_app.cli.main`: run the module the commands import (this one is __main__,
    # and its UsageError would not be the one they raise)
    from station_app.cli.main import main as _main

    sys.exit(_main())
