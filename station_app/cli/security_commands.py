"""`station encrypt` (an existing plain database, and then its old backups) and `station recover`
(the recovery code from the sheet in the safe: the one way in without a password)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli.main import UsageError, emit, login_name, login_password, open_actor, read_password


def register(sub: argparse._SubParsersAction) -> None:
    encrypt = sub.add_parser("encrypt", help="加密本所数据库（先做一份检查过的备份），可再加密旧备份")
    encrypt.add_argument("--recovery-sheet", metavar="FILE.pdf",
                         help="把恢复密钥单写成 PDF（打印后删除该文件，纸单放入保险柜）")
    backups = encrypt.add_mutually_exclusive_group()
    backups.add_argument("--encrypt-backups", action="store_true", help="把未加密的旧备份换成加密的")
    backups.add_argument("--keep-plain-backups", action="store_true", help="旧备份保持原样（不询问）")
    encrypt.add_argument("--json", action="store_true")
    encrypt.set_defaults(handler=cmd_encrypt)

    recover = sub.add_parser("recover", help="用恢复密钥单打开加密的数据库，为 --user 指定的管理员设置新密码")
    recover.add_argument("--code-file", metavar="F", help="恢复密钥所在文件（第一行）；不给则在终端输入")
    recover.set_defaults(handler=cmd_recover)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from station_app.backup.encryption import encrypt_backups, encrypt_database, plain_backups
    from station_app.cli.commands import print_recovery_code

    actor = open_actor(args)
    result = encrypt_database(actor, login_password(args))
    if not args.json:
        print_recovery_code(actor, result.recovery_code, args.recovery_sheet)
        if result.backup is not None:
            print(f"加密前的备份（未加密）：{result.backup.path}")
        if result.without_key:
            print("这些账户的密码还打不开加密的数据库：" + "、".join(result.without_key)
                  + "。请在“账户管理”中为他们重设密码（或让他们在本次程序运行中“切换用户”登录一次）。")
    replaced, problems = 0, list[str]()
    if result.plain_backups and _wants_backups_encrypted(args, len(result.plain_backups)):
        replaced, problems = encrypt_backups(actor)
    left = plain_backups()
    emit(args, {"recovery_code": result.recovery_code,
                "backup": str(result.backup.path) if result.backup else None,
                "accounts_without_key": list(result.without_key), "backups_encrypted": replaced,
                "plain_backups_left": [str(path) for path in left], "problems": problems},
         (f"已把 {replaced} 份旧备份换成加密的。" if replaced else "")
         + "".join(f"\n未能加密：{problem}" for problem in problems)
         + (f"\n还有 {len(left)} 份未加密的旧备份（station encrypt 之后可随时用 --encrypt-backups 处理）。"
            if left else ""))
    return 1 if problems else 0


def _wants_backups_encrypted(args: argparse.Namespace, count: int) -> bool:
    if args.encrypt_backups:
        return True
    if args.keep_plain_backups or sys.stdin is None or not sys.stdin.isatty():
        return False
    answer = input(f"备份文件夹里还有 {count} 份未加密的旧备份。换成加密的吗？[y/N] ")
    return answer.strip().lower() in ("y", "yes", "是")


def cmd_recover(args: argparse.Namespace) -> int:
    from station_app.accounts.signin import recover

    username = login_name(args)
    code = _read_code(args.code_file)
    password = read_password(getattr(args, "login_password_file", None),
                             f"{username} 的新密码 / New password: ")
    signed = recover(args.db, code, username, password)
    emit(args, {"username": signed.actor.username},
         f"已用恢复密钥打开数据库，管理员 {signed.actor.username} 的新密码已生效，钥匙文件已更新。")
    return 0


def _read_code(code_file: str | None) -> str:
    import getpass

    if code_file:
        try:
            with Path(code_file).open(encoding="utf-8") as source:
                return source.readline().strip()
        except OSError as exc:
            raise UsageError(f"无法读取恢复密钥文件 {code_file}：{exc.strerror}") from exc
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("恢复密钥（8 组，每组 5 个字符）/ Recovery code: ")
    raise UsageError("没有终端可以输入恢复密钥：请用 --code-file 指定。")
