"""`station keys show|new` and `station enrol export|import|list|revoke`: trust by key between a
station and its county (docs/exchange.md, "Keys and enrolment")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli.main import UsageError, emit, open_actor


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="本库的交换密钥").add_subparsers(dest="keys_command", required=True)
    show = keys.add_parser("show", help="本库密钥的指纹（与对方电话核对）")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_keys_show)
    new = keys.add_parser("new", help="重新生成本所密钥（原密钥丢失时；之后须重新登记）")
    new.add_argument("--yes", action="store_true", help="确认重新生成")
    new.set_defaults(handler=cmd_keys_new)
    enrol = sub.add_parser("enrol", help="与县局（或派出所）交换密钥、登记").add_subparsers(
        dest="enrol_command", required=True)
    export = enrol.add_parser("export", help="把本库的登记文件写到U盘（送给对方）")
    export.add_argument("--to", required=True, metavar="DIR")
    export.set_defaults(handler=cmd_enrol_export)
    importing = enrol.add_parser("import", help="导入对方的登记文件（县局：登记派出所；派出所：登记县局）")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--yes", action="store_true", help="已与对方核对指纹一致")
    importing.add_argument("--replace", action="store_true", help="对方重新生成了密钥：替换原登记")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_enrol_import)
    listing = enrol.add_parser("list", help="已登记的单位（含已注销的）")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_enrol_list)
    revoke = enrol.add_parser("revoke", help="注销一个单位的登记：它签名的数据包不再导入")
    revoke.add_argument("code", metavar="CODE")
    revoke.set_defaults(handler=cmd_enrol_revoke)


def cmd_keys_show(args: argparse.Namespace) -> int:
    from station_app.exchange.enrolment import key_info

    info = key_info(open_actor(args))
    if info is None:
        emit(args, {"fingerprint": None}, "本库还没有交换密钥（station keys new 生成）。")
        return 0
    emit(args, {"station": info.station_code, "fingerprint": info.fingerprint, "digits": info.digits,
                "key_file_present": info.key_file_present},
         f"{info.station_name}（{info.station_code}）的密钥指纹：{info.digits}"
         + ("" if info.key_file_present else "\n注意：本机没有这把密钥的私钥文件，不能导出签名的数据包。"))
    return 0


def cmd_keys_new(args: argparse.Namespace) -> int:
    from station_app.exchange.enrolment import make_keys

    if not args.yes:
        raise UsageError("重新生成密钥后，县局须重新登记本所（原登记作废）。确认请加 --yes。")
    info = make_keys(open_actor(args))
    print(f"已生成新的密钥，指纹：{info.digits}\n请用 station enrol export 把登记文件送县局重新登记。")
    return 0


def cmd_enrol_export(args: argparse.Namespace) -> int:
    from station_app.exchange.enrolment import export_enrolment, key_info

    actor = open_actor(args)
    path = export_enrolment(actor, Path(args.to))
    info = key_info(actor)
    print(f"已写入 {path}\n本库指纹：{info.digits if info else ''}（请对方导入后电话核对）")
    return 0


def cmd_enrol_import(args: argparse.Namespace) -> int:
    from station_app.exchange.enrolment import MAX_FILE, import_enrolment, read_enrolment

    actor = open_actor(args)
    try:
        data = Path(args.file).read_bytes()[:MAX_FILE + 1]
    except OSError as exc:
        raise UsageError(f"无法读取登记文件 {args.file}：{exc.strerror or exc}") from exc
    incoming = read_enrolment(data)
    print(f"{incoming.station['name']}（{incoming.station['code']}）的指纹：{incoming.digits}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("请先与对方电话核对指纹，一致后加 --yes 再导入。")
        if input("与对方核对的指纹一致吗？输入 yes 确认：").strip().lower() != "yes":
            print("没有登记。")
            return 1
    partner = import_enrolment(actor, data, replace=args.replace)
    emit(args, {"code": partner.code, "name": partner.name, "role": partner.role, "digits": partner.digits},
         f"已登记：{partner.name}（{partner.code}），指纹 {partner.digits}")
    return 0


def cmd_enrol_list(args: argparse.Namespace) -> int:
    from station_app.core.clock import format_local
    from station_app.exchange.enrolment import list_partners

    partners = list_partners(open_actor(args))
    data = [{"code": p.code, "name": p.name, "role": p.role, "digits": p.digits,
             "enrolled_at": format_local(p.enrolled_at), "enrolled_by": p.enrolled_by,
             "revoked_at": format_local(p.revoked_at) or None} for p in partners]
    lines = [f"{p.code}  {p.name}  {'县局' if p.role == 'county' else '派出所'}  {p.digits}  "
             f"{format_local(p.enrolled_at)} {p.enrolled_by}"
             + (f"  已注销（{format_local(p.revoked_at)} {p.revoked_by}）" if p.revoked_at else "")
             for p in partners]
    emit(args, data, "\n".join(lines) if lines else "还没有登记任何单位。")
    return 0


def cmd_enrol_revoke(args: argparse.Namespace) -> int:
    from station_app.exchange.enrolment import revoke

    partner = revoke(open_actor(args), args.code)
    print(f"已注销 {partner.name}（{partner.code}）的登记：它签名的数据包不再导入。")
    return 0
