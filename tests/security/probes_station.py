"""Probes of the station-wide use cases: accounts, settings, audit, demo data, residents, exports,
the county exchange and backups. Rows: (target, actions, call(function, actor, context), options)."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from station_app.accounts.service import create_account
from station_app.backup.encryption import EncryptionFailed
from station_app.core import paths
from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.residents import areas
from station_app.residents import service as residents
from tests.security.world import BUNDLE_PASSWORD, World, unique

ACCOUNTS = "station_app.accounts.service"
NO_WRITE = {"writes": False}
RESIDENTS = "station_app.residents.service"
AREAS = "station_app.residents.areas"
IMPORTER = "station_app.residents.importer"


def _target_account(world: World):
    return create_account(world.admin, f"target{unique()}", "目标", "officer", "Target2026x")


def _resident(world: World, **extra: object):
    return residents.create_resident(world.admin, {"name": f"居民{unique()}", "grid_id": world.grid, **extra})


def _residents_csv(world: World) -> tuple[object, dict[int, str]]:
    """A residents sheet with one new person (ID number included), read back as a SourceTable."""
    from station_app.core.idnumber import make_id_number
    from station_app.residents.importer import guess_mapping, read_source

    index = unique()
    number = make_id_number("152222", date(1970, 1, 1) + timedelta(days=index), 500 + index)
    path = paths.data_dir() / f"居民{index}.csv"
    path.write_text(f"姓名,身份证号,联系电话,镇,村/嘎查,网格\n导入{index},{number},13947000{index:03d},"
                    "高力板镇,查干陶勒盖嘎查,第1网格\n", encoding="utf-8")
    source = read_source(path)
    return source, guess_mapping(source.headers)


def _hotline_source(world: World):
    from station_app.hotline.import_source import read_orders

    path = paths.data_dir() / f"工单{unique()}.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "工单编号", "来电时间", "诉求人", "联系电话", "诉求内容", "诉求类别", "办理时限",
                  "承办单位"])
    received = local_today() - timedelta(days=1)
    sheet.append([1, f"XB2026{unique():07d}", f"{received:%Y-%m-%d} 09:05", "赵女士", world.person(2).phone,
                  "反映路灯不亮。", "城市管理", f"{received + timedelta(days=20):%Y-%m-%d}", "高力板派出所"])
    book.save(path)
    return read_orders(path)


def _export_path(name: str) -> Path:
    return paths.data_dir() / f"{name}{unique()}.xlsx"


def _week():
    from station_app.reports.periods import period_containing

    return period_containing("week", local_today())


def _bundle(world: World) -> bytes:
    """The next of another station's full bundles (each one applies, whatever came before)."""
    return world.foreign_bundles.pop(0)


def _bundle_file(world: World) -> Path:
    path = paths.data_dir() / f"代钦塔拉派出所_数据包{unique()}.pajt"
    path.write_bytes(_bundle(world))
    return path


def _conflict(world: World):
    """An undecided conflict as an older release kept it: a resident's two copies."""
    import json

    from station_app.core.clock import utcnow
    from station_app.exchange.bundle import row_to_json
    from station_app.exchange.models import BundleConflict
    from station_app.residents.models import Resident

    person = world.people[unique() % 4]
    local = row_to_json(Resident, Resident.select().where(Resident.id == person.id).dicts().get())
    return BundleConflict.create(
        table_name="resident", record_id=str(person.id), station=world.admin.station_id,
        bundle_station=world.admin.station_id, bundle_created_at=utcnow(), local_version=local["version"],
        incoming_version=local["version"], local_json=json.dumps(local, ensure_ascii=False),
        incoming_json=json.dumps({**local, "notes": f"改{unique()}"}, ensure_ascii=False),
        incoming_sha256=f"{unique():064d}")


def _enrolment_file(world: World) -> bytes:
    """Another station's enrolment file (each call a new station, so each registers)."""
    import json
    import uuid

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from station_app.exchange.enrolment import FORMAT, canonical_body
    from station_app.exchange.keys import b64, fingerprint

    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    sign_public, box_public = sign.public_key().public_bytes_raw(), box.public_key().public_bytes_raw()
    index = unique()
    body = {"format": FORMAT, "version": 1, "role": "station",
            "station": {"id": str(uuid.uuid4()), "code": f"1522-P{index}", "name": f"探针所{index}",
                        "county": "科右中旗", "town": ""},
            "sign_public": b64(sign_public), "box_public": b64(box_public),
            "fingerprint": fingerprint(sign_public, box_public), "created_at": "2026-12-07T00:00:00+00:00"}
    return json.dumps({**body, "signature": b64(sign.sign(canonical_body(body)))}).encode()


def _enrolled_code(world: World) -> str:
    from station_app.exchange.enrolment import import_enrolment, read_enrolment

    data = _enrolment_file(world)
    import_enrolment(world.admin, data)
    return read_enrolment(data).station["code"]


def _keys_here(world: World) -> World:
    """The private key in this test's data directory (each test has its own)."""
    from station_app.exchange.enrolment import make_keys

    make_keys(world.admin)
    return world


def _stick(world: World) -> Path:
    stick = paths.data_dir() / f"U盘{unique()}"
    stick.mkdir()
    return stick


def _refused_after_the_check(expected: type[Exception]):
    """A call the walk must not really make (encrypting the walk's database would change every
    later probe): allowed roles get past the permission check and stop at `expected`."""
    import pytest

    def call(function, actor, world):  # noqa: ANN001, ANN202
        with pytest.raises(expected):
            function(actor, "不是这个密码") if expected.__name__ == "ValidationError" else function(actor)

    return call


def _backup(world: World) -> Path:
    """A backup of the database as it is now: restoring it changes nothing the walk relies on."""
    from station_app.backup.service import backup_now

    return backup_now(world.admin).info.path


STATION_PROBES = [
    (f"{ACCOUNTS}:create_account", "users.manage",
     lambda f, a, w: f(a, f"new{unique()}", "新人", "auxiliary", "Newbie2026x")),
    (f"{ACCOUNTS}:list_accounts", "users.manage", lambda f, a, w: f(a), NO_WRITE),
    (f"{ACCOUNTS}:update_account", "users.manage", lambda f, a, t: f(a, t.id, t.version, "目标", "chief"),
     {"setup": _target_account}),
    (f"{ACCOUNTS}:set_account_active", "users.manage", lambda f, a, t: f(a, t.id, False),
     {"setup": _target_account}),
    (f"{ACCOUNTS}:reset_password", "users.manage", lambda f, a, t: f(a, t.id, "Reset2026xy"),
     {"setup": _target_account}),
    (f"{ACCOUNTS}:list_colleagues", "settings.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.settings.service:update_settings", "settings.edit",
     lambda f, a, w: f(a, idle_lock_minutes=5 + unique() % 50)),
    ("station_app.audit.chain:list_entries", "audit.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.audit.chain:verify", "audit.verify", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.core.health:check", "system.check", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.demo.loader:load_demo", "demo.load", lambda f, a, w: f(accounts=0, actor=a), NO_WRITE),
    ("station_app.demo.loader:load_demo_residents", "demo.load", lambda f, a, w: f(a, 7, 2)),
    ("station_app.demo.restitution:load_demo_restitution", "demo.load", lambda f, a, w: f(a, 3, 1),
     NO_WRITE),
    ("station_app.demo.visits:load_demo_visits", "demo.load", lambda f, a, w: f(a, 3, 1), NO_WRITE),
    ("station_app.residents.reading:reveal_numbers", "personal.view_full",
     lambda f, a, w: f(a, w.person(0).id, "核对身份")),
    ("station_app.residents.reading:residents_by_ids", "residents.view",
     lambda f, a, w: f(a, [w.person(0).id]), NO_WRITE),
    ("station_app.residents.reading:find_residents", "residents.view",
     lambda f, a, w: f(a, w.person(0).name), NO_WRITE),
    ("station_app.residents.reading:resident_ids", "residents.view",
     lambda f, a, w: f(a, w.person(0).name), NO_WRITE),
    ("station_app.residents.exporter:export_residents", ("residents.export", "export.unmasked"),
     lambda f, a, w: f(a, _export_path("完整名单"), unmasked=True)),
    ("station_app.residents.exporter:export_residents", "residents.export",
     lambda f, a, w: f(a, _export_path("居民名单"))),
    (f"{RESIDENTS}:get_resident", "residents.view", lambda f, a, w: f(a, w.person(0).id), NO_WRITE),
    (f"{RESIDENTS}:create_resident", "residents.edit",
     lambda f, a, w: f(a, {"name": f"新居民{unique()}", "grid_id": w.grid})),
    (f"{RESIDENTS}:update_resident", "residents.edit",
     lambda f, a, v: f(a, v.id, v.version, {**v.as_form(), "notes": "已核实"}), {"setup": _resident}),
    (f"{RESIDENTS}:merge_residents", "residents.merge", lambda f, a, pair: f(a, pair[0].id, pair[1].id),
     {"setup": lambda w: (_resident(w), _resident(w))}),
    (f"{AREAS}:create_area", "residents.edit",
     lambda f, a, w: f(a, "grid", f"第{unique() + 10}网格", w.village)),
    (f"{AREAS}:assign_grid_role", "residents.edit",
     lambda f, a, w: f(a, w.grid, "building_head", resident_id=w.person(1).id, building=f"{unique()}号楼")),
    (f"{AREAS}:remove_grid_role", "residents.edit", lambda f, a, row: f(a, row.id), {
        "setup": lambda w: areas.assign_grid_role(w.admin, w.grid, "grid_worker",
                                                  account_id=w.actors["grid_worker"].user_id)}),
    (f"{IMPORTER}:preview_import", "residents.import", lambda f, a, s: f(a, *s),
     {"setup": _residents_csv, "writes": False}),
    (f"{IMPORTER}:run_import", "residents.import", lambda f, a, s: f(a, *s), {"setup": _residents_csv}),
    ("station_app.hotline.importer:preview_import", "hotline.import", lambda f, a, s: f(a, s),
     {"setup": _hotline_source, "writes": False}),
    ("station_app.hotline.importer:run_import", "hotline.import", lambda f, a, s: f(a, s),
     {"setup": _hotline_source}),
    ("station_app.reports.summary:weekly_summary", "disputes.view", lambda f, a, w: f(a, _week()),
     NO_WRITE),
    ("station_app.reports.export:export_week", ("disputes.view", "exchange.export"),
     lambda f, a, stick: f(a, _week(), stick, BUNDLE_PASSWORD), {"setup": _stick}),
    ("station_app.exchange.bundle_writer:write_bundle", "exchange.export",
     lambda f, a, w: f(a, io.BytesIO(), BUNDLE_PASSWORD), NO_WRITE),
    ("station_app.exchange.bundle_import:import_bundle", "exchange.import",
     lambda f, a, data: f(a, data, BUNDLE_PASSWORD), {"setup": _bundle}),
    ("station_app.exchange.bundle_import:import_bundle_stream", "exchange.import",
     lambda f, a, data: f(a, io.BytesIO(data), BUNDLE_PASSWORD), {"setup": _bundle}),
    ("station_app.exchange.bundle_import:import_bundle_file", "exchange.import",
     lambda f, a, path: f(a, path, BUNDLE_PASSWORD), {"setup": _bundle_file}),
    ("station_app.exchange.status:exchange_status", "disputes.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.exchange.enrolment:key_info", "settings.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.exchange.enrolment:make_keys", "exchange.enrol", lambda f, a, w: f(a)),
    ("station_app.exchange.enrolment:enrolment_file_bytes", "exchange.enrol", lambda f, a, w: f(a),
     {"setup": _keys_here, "writes": False}),
    ("station_app.exchange.enrolment:export_enrolment", "exchange.enrol", lambda f, a, stick: f(a, stick),
     {"setup": lambda w: _keys_here(w) and _stick(w)}),
    ("station_app.exchange.enrolment:import_enrolment", "exchange.enrol", lambda f, a, data: f(a, data),
     {"setup": _enrolment_file}),
    ("station_app.exchange.enrolment:list_partners", "settings.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.exchange.enrolment:revoke", "exchange.enrol", lambda f, a, code: f(a, code),
     {"setup": _enrolled_code}),
    ("station_app.exchange.enrolment:sends_signed", "exchange.export", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.exchange.conflicts:list_conflicts", "exchange.import", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.exchange.conflicts:conflict_detail", "exchange.import", lambda f, a, c: f(a, c.id),
     {"setup": _conflict, "writes": False}),
    ("station_app.exchange.conflicts:resolve_conflict", "exchange.resolve",
     lambda f, a, c: f(a, c.id, "keep_local"), {"setup": _conflict}),
    ("station_app.reports.summary:report_stations", "disputes.view", lambda f, a, w: f(a), NO_WRITE),
    ("station_app.backup.service:backup_now", "backup.create", lambda f, a, w: f(a)),
    ("station_app.backup.restore:restore_backup", "backup.restore", lambda f, a, path: f(a, path),
     {"setup": _backup}),
    ("station_app.backup.encryption:encrypt_database", "database.encrypt",
     _refused_after_the_check(ValidationError), NO_WRITE),
    ("station_app.backup.encryption:encrypt_backups", "database.encrypt",
     _refused_after_the_check(EncryptionFailed), NO_WRITE),
    ("station_app.backup.encryption:recovery_sheet_pdf", "database.encrypt",
     lambda f, a, w: f(a, "ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGHJ"), NO_WRITE),
]
