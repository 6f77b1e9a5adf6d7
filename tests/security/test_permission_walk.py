"""Every guarded use case × every role, on a real SQLite database with a real account per role:
an allowed call succeeds (and a write is audited), a refused one raises PermissionDenied and
writes nothing. The matrix in accounts/permissions.py is the only source of the expectation.

The table of probes lives in probes_station.py / probes_ledgers.py. Adding an action to the matrix
or a service function with a permission check, without a probe, fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station_app.accounts import permissions
from station_app.audit.models import AuditEntry
from station_app.core import db, paths
from station_app.core.errors import PermissionDenied
from tests.conftest import make_station
from tests.security import source_scan
from tests.security.probes import PROBES, Probe
from tests.security.world import BUNDLE_PASSWORD, World, build_world

ROLES = list(permissions.ROLES)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One station for the whole walk: building it per test would cost a minute."""
    from station_app.core.startup import open_database

    folder: Path = tmp_path_factory.mktemp("walk")
    paths.set_data_dir(folder / "data")
    bundles = _another_stations_bundles(folder)
    open_database(f"sqlite:///{(folder / 'station.sqlite3').as_posix()}")
    admin = make_station()
    built = build_world(admin, folder)
    built.foreign_bundles = bundles
    yield built
    db.close()


def _another_stations_bundles(folder: Path, count: int = 12) -> list[bytes]:
    """Full bundles of a second station, each after one more change: every one of them applies
    at the walk's database whichever were taken before (a refused call takes one and drops it)."""
    from station_app.core.startup import open_database
    from station_app.exchange.bundle_writer import build_bundle
    from station_app.residents.service import create_resident
    from station_app.station.service import initialise_station

    open_database(f"sqlite:///{(folder / 'other.sqlite3').as_posix()}")
    other = initialise_station("152222-DBS", "代钦塔拉派出所", "科右中旗", "", "admin", "包金山", "Admin1234")
    bundles = []
    for index in range(count):
        create_resident(other, {"name": f"代钦{index}", "phone": f"1390475{index:04d}"})
        bundles.append(build_bundle(other, BUNDLE_PASSWORD, full=True))
    db.close()
    return bundles


def _params() -> list:
    params = []
    for index, probe in enumerate(PROBES):
        gap = probe.gap()
        marks = [pytest.mark.xfail(reason=gap, strict=False)] if gap else []
        for role in ROLES:
            name = f"{probe.name}[{'+'.join(probe.actions)}]-{role}"
            params.append(pytest.param(index, role, marks=marks, id=name))
    return params


_REFUSED_CONTEXT: dict[int, object] = {}  # a refused call consumes nothing: one target serves every role


def _context(world: World, index: int, probe: Probe, allowed: bool) -> object:
    if probe.setup is None:
        return world
    if allowed:
        return probe.setup(world)
    if index not in _REFUSED_CONTEXT:
        _REFUSED_CONTEXT[index] = probe.setup(world)
    return _REFUSED_CONTEXT[index]


@pytest.mark.parametrize(("index", "role"), _params())
def test_each_role_is_allowed_exactly_what_the_matrix_says(world: World, index: int, role: str) -> None:
    probe = PROBES[index]
    function = probe.function()
    assert function is not None, probe.gap()
    allowed = all(permissions.allowed(role, action) for action in probe.actions)
    context = _context(world, index, probe, allowed)
    actor = world.actors[role]
    newest = _newest_entry()
    if allowed:
        probe.call(function, actor, context)
        if probe.writes:
            assert _newest_entry() != newest, f"{probe.name} wrote no audit entry"
    else:
        with pytest.raises(PermissionDenied, match="无权"):
            probe.call(function, actor, context)
        assert _newest_entry() == newest, f"{probe.name} wrote before refusing {role}"


def _newest_entry() -> str:
    """The chain head: it changes with every entry appended (a restore replaces the chain too)."""
    entry = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).first()
    return entry.hash if entry else ""


def test_every_action_in_the_matrix_has_a_probe() -> None:
    probed = {action for probe in PROBES for action in probe.actions}
    assert sorted(set(permissions.ACTIONS) - probed) == [], "actions without a probe in tests/security"
    assert sorted(probed - set(permissions.ACTIONS)) == [], "probes name actions the matrix does not have"


def test_every_service_function_that_checks_a_permission_has_a_probe() -> None:
    # The command-line handlers act as the command-line administrator; their services are probed.
    code = {name: module for name, module in source_scan.modules("station_app").items()
            if not name.startswith("station_app.cli.")}
    guarded = source_scan.guarded_functions(code)
    assert len(guarded) > 80, "the source scan found too few guarded services: is it still working?"
    probed = {probe.target for probe in PROBES}
    assert sorted(guarded - probed) == []


def test_every_checked_action_is_in_the_matrix() -> None:
    """A typo in require("disputes.regsiter") would deny everyone, silently: none may exist."""
    code = source_scan.modules("station_app", "ui")
    code.pop("station_app.accounts.permissions")
    found = list(source_scan.checks(code))
    assert len(found) > 100
    unresolved = [check.where for check in found if check.action is None]
    assert unresolved == [], "permission checks whose action cannot be read from the source"
    unknown = sorted({f"{check.where} {check.action}" for check in found
                      if check.action not in permissions.ACTIONS})
    assert unknown == []
