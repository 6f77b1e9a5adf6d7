"""Stations and a county in one test: each a real database, switched between as a USB stick would be
carried. Used by the exchange, report and security tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.startup import open_database
from station_app.exchange.bundle import row_to_json, station_models
from station_app.exchange.bundle_import import ImportSummary, import_bundle
from station_app.exchange.bundle_writer import build_bundle
from station_app.exchange.journal import record_verified_export
from station_app.station.service import initialise_station

PASSWORD = "县局交换2026"
ADMIN_PASSWORD = "Admin1234"


def use(url: str) -> None:
    """Switch the process to the database at `url` (closing the current one)."""
    db.close()
    open_database(url)


def sqlite_url(tmp_path: Path, name: str) -> str:
    return f"sqlite:///{(tmp_path / f'{name}.sqlite3').as_posix()}"


def new_station(url: str, code: str = "152222-DBS", name: str = "代钦塔拉派出所",
                town: str = "代钦塔拉苏木") -> Actor:
    use(url)
    return initialise_station(code, name, "科右中旗", town, "admin", "包金山", ADMIN_PASSWORD)


def new_county(url: str) -> Actor:
    use(url)
    return initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国",
                              ADMIN_PASSWORD)


def export(actor: Actor, *, delivered: bool = True, **options: Any) -> bytes:
    """The station's next bundle; with `delivered`, noted as verified on a stick (as export_week does
    after the read-back), so the following export starts after it."""
    import io

    from station_app.exchange.bundle_writer import write_bundle

    buffer = io.BytesIO()
    written = write_bundle(actor, buffer, PASSWORD, **options)
    if delivered:
        with db.transaction():
            record_verified_export(actor.station_id, written.span, period_key="",
                                   created_at=written.created_at, created_by=actor.username, folder="",
                                   bundle_sha256="0" * 64, changes=written.changes)
    return buffer.getvalue()


def receive(county: Actor, data: bytes, **options: Any) -> ImportSummary:
    return import_bundle(county, data, PASSWORD, **options)


def station_rows(station_id: Any) -> dict[str, list[dict[str, Any]]]:
    """Every record of one station in the open database, as exported, by table (ordered by id)."""
    return {model._meta.table_name: sorted(
        (row_to_json(model, row) for row in model.select().where(model.station == station_id).dicts()),
        key=lambda record: record["id"]) for model in station_models()}


__all__ = ["build_bundle"]
