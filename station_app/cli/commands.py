"""The `station` sub-commands of the foundation: init, users, demo, audit, check."""

from __future__ import annotations

import argparse
import dataclasses

from station_app.cli.main import UsageError, emit, open_actor, open_without_login, read_password
from station_app.core.actor import Actor
from station_app.core.errors import AlreadyInitialised


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help="首次设置：本所信息和第一个管理员账户")
    init.add_argument("--station-code", required=True)
    init.add_argument("--station-name", required=True)
    init.add_argument("--county", required=True)
    init.add_argument("--town", default="")
    init.add_argument("--admin", required=True, metavar="USER")
    init.add_argument("--admin-name", default="", metavar="NAME", help="管理员姓名（默认同用户名）")
    init.add_argument("--password-file", metavar="F")
    init.add_argument("--recovery-sheet", metavar="FILE.pdf",
                      help="把恢复密钥单写成 PDF（打印后删除该文件，纸单放入保险柜）")
    init.set_defaults(handler=cmd_init)

    users = sub.add_parser("users", help="账户管理").add_subparsers(dest="users_command", required=True)
    add = users.add_parser("add", help="添加账户")
    add.add_argument("username")
    add.add_argument("--role", required=True,
                     choices=["admin", "chief", "officer", "auxiliary", "grid_worker", "readonly"])
    add.add_argument("--name", default="", help="姓名（默认同用户名）")
    add.add_argument("--police-number", default="")
    add.add_argument("--password-file", metavar="F")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_users_add)
    listing = users.add_parser("list", help="列出账户")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_users_list)

    demo = sub.add_parser("demo", help="载入演示数据（可重复，结果由 --seed 决定）")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--accounts", type=int, default=8, help="演示账户数")
    demo.add_argument("--residents", type=int, default=0, help="演示居民数（如 100000）")
    demo.add_argument("--cases", type=int, default=0, help="演示矛盾纠纷案件数（需要居民）")
    demo.add_argument("--weeks", type=int, default=0,
                      help="填入最近 N 周的巡逻、12345工单、返赃、走访记录（需要居民）")
    demo.add_argument("--recovery-sheet", metavar="FILE.pdf", help="新建演示库时：恢复密钥单写成 PDF")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=cmd_demo)

    audit = sub.add_parser("audit", help="审计链").add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser("verify", help="校验审计链")
    verify.add_argument("--anchor", metavar="HASH",
                        help="报表或数据包上印的审计链锚点：检查本库的审计链仍包含它")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_audit_verify)
    listing = audit.add_parser("list", help="最近的审计记录（谁在何时做了什么）")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_audit_list)

    check = sub.add_parser("check", help="检查数据库完整性、外键和审计链")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)

    from station_app.cli.cases_commands import register as register_cases
    from station_app.cli.residents_commands import register as register_residents

    register_residents(sub)
    register_cases(sub)
    _register_feature_commands(sub)


# Feature modules that add `station` sub-commands, each with register(sub) in its own file.
FEATURE_COMMANDS = ("security_commands", "patrols_commands", "hotline_commands", "restitution_commands",
                    "visits_commands", "report_commands", "exchange_commands", "keys_commands",
                    "backup_commands")


def _register_feature_commands(sub: argparse._SubParsersAction) -> None:
    import importlib

    for name in FEATURE_COMMANDS:
        importlib.import_module(f"station_app.cli.{name}").register(sub)


def cmd_init(args: argparse.Namespace) -> int:
    from station_app.station.service import initialise_station

    if open_without_login(args):
        raise AlreadyInitialised("该数据库已经初始化过，不能重新初始化。")
    password = read_password(args.password_file, "管理员密码 / Admin password: ")
    admin = initialise_station(args.station_code, args.station_name, args.county, args.town,
                               args.admin, args.admin_name or args.admin, password)
    print(f"已初始化：{args.station_name}（{args.station_code}），管理员 {admin.username}")
    encrypt_new_database(admin, password, args.recovery_sheet)
    return 0


def encrypt_new_database(admin: Actor, password: str, sheet: str | None, quiet: bool = False) -> str | None:
    """A database the command made is encrypted at once (SQLite): the recovery code is printed
    here once (and the sheet written if asked) — it is stored nowhere. Returns the code (None on
    PostgreSQL); `quiet` leaves the printing to the caller (--json)."""
    from station_app.backup.encryption import encrypt_database
    from station_app.core import db

    if not db.is_sqlite():
        if not quiet:
            print("PostgreSQL：数据库的加密由服务器负责（见 README）。")
        return None
    result = encrypt_database(admin, password, keep_plain_copy=False)
    if quiet:
        if sheet:
            from station_app.backup.encryption import recovery_sheet_pdf
            from station_app.documents import write_pdf

            write_pdf(sheet, recovery_sheet_pdf(admin, result.recovery_code))
    else:
        print_recovery_code(admin, result.recovery_code, sheet)
    return result.recovery_code


def print_recovery_code(admin: Actor, code: str, sheet: str | None) -> None:
    from station_app.backup.encryption import recovery_sheet_pdf

    print("数据库已加密（SQLCipher，AES-256）。恢复密钥（只显示这一次，请抄在恢复密钥单上放入保险柜）：")
    print(f"  {code}")
    if sheet:
        from station_app.documents import write_pdf

        written = write_pdf(sheet, recovery_sheet_pdf(admin, code))
        print(f"恢复密钥单：{written}（打印后请删除这个文件）")


def cmd_users_add(args: argparse.Namespace) -> int:
    from station_app.accounts.service import create_account

    actor = open_actor(args)
    password = read_password(args.password_file)
    info = create_account(actor, args.username, args.name or args.username, args.role, password,
                          args.police_number)
    emit(args, _account_json(info), f"已添加账户 {info.username}（{info.role_label}）")
    return 0


def _account_json(info: object) -> dict[str, object]:
    data = dataclasses.asdict(info)  # type: ignore[call-overload]
    return {key: (str(value) if value is not None and key in ("id", "locked_until", "last_login_at")
                  else value) for key, value in data.items()}


def cmd_users_list(args: argparse.Namespace) -> int:
    from station_app.accounts.service import list_accounts

    accounts = list_accounts(open_actor(args))
    lines = [f"{'用户名':<16}{'姓名':<10}{'角色':<8}状态"]
    for info in accounts:
        state = "可用" if info.is_active else "已停用"
        lines.append(f"{info.username:<18}{info.full_name:<10}{info.role_label:<8}{state}")
    emit(args, [_account_json(info) for info in accounts], "\n".join(lines))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from station_app.demo.loader import DEMO_PASSWORD, create_demo_station, load_demo

    code = None
    if open_without_login(args):
        actor = open_actor(args)
    else:  # a new database: the demo station and its administrator (admin / the demo password)
        actor = create_demo_station()
        code = encrypt_new_database(actor, DEMO_PASSWORD, args.recovery_sheet, quiet=args.json)
    summary = load_demo(seed=args.seed, accounts=args.accounts, residents=args.residents, cases=args.cases,
                        weeks=args.weeks, actor=actor)
    extra = {"recovery_code": code} if code else {}
    emit(args, dataclasses.asdict(summary) | extra, summary.describe())
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from station_app.audit.chain import verify

    actor = open_actor(args)
    try:
        report = verify(actor, anchor=args.anchor)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    data = {"ok": report.ok, "entries_checked": report.entries_checked,
            "first_broken_seq": report.first_broken_seq, "problem": report.problem,
            "anchor_seq": report.anchor_seq}
    if report.ok:
        found = f"锚点是第 {report.anchor_seq} 条。" if args.anchor else ""
        emit(args, data, f"审计链完整：共 {report.entries_checked} 条记录。{found}")
        return 0
    if report.first_broken_seq is None:
        emit(args, data, report.problem)
        return 1
    emit(args, data, f"审计链断裂：{report.problem}（此前 {report.entries_checked} 条完好）")
    return 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    from station_app.audit.chain import list_entries
    from station_app.core.clock import format_local

    entries = list_entries(open_actor(args), limit=max(1, args.limit))
    data = [{"seq": e.seq, "at": format_local(e.at), "username": e.username, "action": e.action,
             "entity": e.entity, "entity_id": e.entity_id} for e in entries]
    lines = [f"#{e.seq}  {format_local(e.at)}  {e.username}  {e.action}  {e.entity} {e.entity_id}"
             for e in entries]
    emit(args, data, "\n".join(lines) or "没有审计记录。")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Works without logging in (the database may be what stops a login); an encrypted database
    is then checked from outside only, and fully with --user. On a full disk, read-only."""
    from station_app.accounts.signin import database_file, lock_state
    from station_app.core.actor import command_line_actor
    from station_app.core.errors import DatabaseUnavailable
    from station_app.core.health import check, check_locked_file, check_on_full_disk
    from station_app.station.service import home_station

    path = database_file(args.db)
    try:
        if getattr(args, "user", None):
            report = check(open_actor(args))
        elif path is not None and lock_state(args.db).locked:
            report = check_locked_file(path)
        else:
            open_without_login(args)
            station = home_station()
            report = check(command_line_actor(station.id if station else None))
    except DatabaseUnavailable:
        full = check_on_full_disk(args.db)  # a full disk: checked read-only, nothing written
        if full is None:
            raise
        report = full
    lines = [f"数据库：{report.backend} {report.sqlite_version}".rstrip(),
             f"审计记录：{report.audit_entries} 条"]
    lines += [f"说明：{note}" for note in report.notes]
    lines += [f"警告：{warning}" for warning in report.warnings]
    lines += [f"问题：{problem}" for problem in report.problems] or ["检查通过：未发现问题。"]
    emit(args, dataclasses.asdict(report) | {"ok": report.ok}, "\n".join(lines))
    return 0 if report.ok else 1
