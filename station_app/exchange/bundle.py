"""The data bundle a station carries to the county bureau: format version 2.

A bundle carries the station's changes since its last verified export (or all of its records: a
full bundle), decided by the change journal (`journal.py`), not by dates. The file is::

    PREFIX  = ">8sHB": magic b"PAJTBNDL", format version (2), sealing (1 = password)
    PARAMS  = ">III16s7sI16s" (password sealing): scrypt n, r, p, 16-byte salt, 7-byte nonce
              prefix, segment size, password check (bytes 32-47 of the scrypt output)
    then the sealed stream of `stream.py` (AES-256-GCM segments, key = bytes 0-31 of
    scrypt(password, salt, 64 bytes), the header PREFIX ‖ PARAMS authenticated with every segment)
    holding zlib-compressed frames. The check tells a wrong password from a damaged file; it gives
    an attacker nothing the first segment would not:

    M  manifest (JSON, first): format, version, schema_version, station {id, code, name, county,
       town}, journal {epoch, from, to, full}, period {key, first_day, last_day} (the week chosen
       at export: it names the folder, not what is carried), created_at, created_by,
       audit_anchor {seq, hash}, exports [earlier verified exports of this journal run:
       {from, to, full, period, created_at}], excluded_columns, tables {name: {columns}}
    T  a table begins (JSON): {table, ids: [ids of its records that follow], deleted: [ids]}
       (tables parents first; a full bundle has no `deleted`: what it lacks is gone)
    R  one record (JSON array, values in the table's `columns` order; UUIDs as strings,
       datetimes ISO UTC "+00:00", dates ISO, money integer 分)
    F  an attachment file begins (JSON {sha256, size}), then B frames of its bytes
    E  the end (JSON {records, deleted, files, missing_files}): a stream without it is incomplete

The county applies a bundle only if it continues what it holds of that station's journal
(`bundle_import.py`); `docs/exchange.md` explains the bookkeeping and how a gap is mended.
Version-1 bundles (a week's records by date, one sealed zip) are refused with a clear message.
Account passwords and login state never leave the station.
"""

from __future__ import annotations

import struct
import uuid
from datetime import date, datetime, timezone
from typing import Any

import peewee

from station_app.core.errors import StationError
from station_app.core.models import StationRecord

FORMAT_NAME = "station-ledger-bundle"
FORMAT_VERSION = 2
MAGIC = b"PAJTBNDL"
PREFIX = struct.Struct(">8sHB")
PASSWORD_PARAMS = struct.Struct(">III16s7sI16s")
SEALING_PASSWORD = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_SCRYPT_NR = 2**21  # 256 MB of scrypt memory; what we write needs 32 MB
MAX_SCRYPT_WORK = 2**21  # eight times what we write
EXPORT_ACTION = "exchange.export"  # the bundle carries unmasked personal data
MODEL_MODULES = (
    "station_app.residents.models", "station_app.accounts.models", "station_app.attachments.models",
)
EXCLUDED_COLUMNS: dict[str, frozenset[str]] = {
    "account": frozenset({"password_hash", "failed_logins", "locked_until", "last_login_at",
                          "must_change_password"}),
}

MSG_WRONG_PASSWORD = "密码错误，或数据包已被改动。请确认密码；若密码无误，请向对方重新索取数据包。"
MSG_NOT_BUNDLE = "不是平安台账数据包（文件类型不对，可能选错了文件）。"
MSG_TRUNCATED = "数据包不完整（文件被截断，可能复制时U盘被拔出）。请重新复制后再导入。"
MSG_BROKEN = ("数据包不完整或已损坏（可能复制时U盘被拔出，或文件被改动）。请重新复制后再导入；"
              "若仍不行，请向对方重新索取数据包。")
MSG_DAMAGED = "数据包已损坏或被改动，无法导入。请向对方重新索取数据包。"
MSG_VERSION_1 = ("这是旧版平安台账生成的数据包（格式第 1 版，按周截取记录，会漏掉更早的记录和删除），"
                 "导入后县局的数据无法与该所一致，因此不再导入。请该所升级平安台账后重新导出："
                 "升级后的第一次导出会包含该所的全部数据。")


class BundleError(StationError):
    """A bundle that cannot be read or imported; the message says why in plain Chinese."""


def station_models() -> list[type[StationRecord]]:
    """Every StationRecord table, parents before children (foreign keys), by table name otherwise."""
    import importlib

    from station_app.residents.service import LINKING_MODULES

    for name in (*LINKING_MODULES, *MODEL_MODULES):
        importlib.import_module(name)
    found: dict[str, type[StationRecord]] = {}
    pending = list(StationRecord.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        found[model._meta.table_name] = model
    ordered: list[type[StationRecord]] = []
    remaining = dict(sorted(found.items()))
    while remaining:
        ready = [name for name, model in remaining.items() if not any(
            field.rel_model is not model and field.rel_model._meta.table_name in remaining
            for field in model._meta.refs)]
        if not ready:
            raise RuntimeError(f"foreign key cycle among {sorted(remaining)}")
        ordered.extend(remaining.pop(name) for name in ready)
    return ordered


def exported_fields(model: type[peewee.Model]) -> list[peewee.Field]:
    excluded = EXCLUDED_COLUMNS.get(model._meta.table_name, frozenset())
    return [field for field in model._meta.sorted_fields if field.column_name not in excluded]


def to_json(value: Any) -> Any:
    """One column value as JSON: UUID → str, datetime (naive UTC) → ISO UTC, date → ISO."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat() + "+00:00"
    if isinstance(value, date):
        return value.isoformat()
    return value


def parse_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def from_json(field: peewee.Field, value: Any) -> Any:
    """One JSON value back to what the field stores.

    Raises BundleError for a value the column cannot hold (wrong JSON type, unreadable date or
    UUID, NULL in a required column): checked here, before any comparison or write, so a broken
    bundle stops the import instead of crashing it.
    """
    if value is None:
        if not field.null and not isinstance(field, peewee.AutoField):
            raise bad_value(field)
        return None
    target = field.rel_field if isinstance(field, peewee.ForeignKeyField) else field
    try:
        if isinstance(target, peewee.DateTimeField):
            return parse_datetime(value)
        if isinstance(target, peewee.DateField):
            return date.fromisoformat(value)
        if isinstance(target, peewee.UUIDField):
            return uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        raise bad_value(field) from None
    expected = next((types for kind, types in _JSON_TYPES if isinstance(target, kind)), None)
    if expected is not None and (not isinstance(value, expected) or (isinstance(value, bool)
                                                                   and bool not in expected)):
        raise bad_value(field)
    if isinstance(value, str) and ("\x00" in value or (
            isinstance(target, peewee.CharField) and target.max_length and len(value) > target.max_length)):
        raise bad_value(field)  # SQLite would keep what PostgreSQL refuses: refuse it everywhere
    if isinstance(value, int) and not isinstance(value, bool) and not -2**63 <= value < 2**63:
        raise bad_value(field)
    return value


_JSON_TYPES: tuple[tuple[type[peewee.Field], tuple[type, ...]], ...] = (
    (peewee.BooleanField, (bool,)), (peewee.IntegerField, (int,)), (peewee.FloatField, (int, float)),
    (peewee.CharField, (str,)), (peewee.TextField, (str,)),
)


def bad_value(field: peewee.Field) -> BundleError:
    return BundleError(f"数据包中“{field.model._meta.table_name}”表的“{field.column_name}”一栏内容不正确。"
                       f"{MSG_DAMAGED}")


def row_to_json(model: type[peewee.Model], row: dict[str, Any]) -> dict[str, Any]:
    """A `.dicts()` row (keyed by field name) as a record keyed by column name."""
    return {field.column_name: to_json(row[field.name]) for field in exported_fields(model)}


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
