"""Every guarded use case × every role, on a real SQLite database with a real account per role:
an allowed call succeeds (and a write is audited), a refused one raises PermissionDenied and
writes nothing. What each role may do is the hand-written table in who_may.py (from DOMAIN.md's
roles), never the matrix in accounts/permissions.py that the services consult: a wrong matrix fails.

The table of probes lives in probes_station.py / probes_ledgers.py. Adding an action to the matrix
or a service function with a permission check, without a probe, fails here; so does a probe whose
service is missing or takes no actor.
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
from tests.security.who_may import MAY, may
from tests.security.world import BUNDLE_PASSWORD, World, build_world

ROLES = ["admin", "chief", "officer", "auxiliary", "grid_worker", "readonly"]  # DOMAIN.md


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
    # A probe whose service is missing or takes no actor is a failure (its gap is the message).
    return [pytest.param(index, role, id=f"{probe.name}[{'+'.join(probe.actions)}]-{role}")
            for index, probe in enumerate(PROBES) for role in ROLES]


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
def test_each_role_is_allowed_exactly_what_the_domain_says(world: World, index: int, role: str) -> None:
    probe = PROBES[index]
    function = probe.function()
    assert function is not None and not probe.gap(), probe.gap()
    allowed = may(role, *probe.actions)
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


def test_the_matrix_is_the_hand_written_table() -> None:
    """Every role of DOMAIN.md and every action of the matrix is in who_may.MAY, and they agree:
    the difference names each (role, action) the matrix gets wrong."""
    assert sorted(permissions.ROLES) == sorted(ROLES) == sorted(MAY)
    unknown = sorted(set().union(*MAY.values()) - set(permissions.ACTIONS))
    assert unknown == [], "who_may names actions the matrix does not have"
    wrong = sorted((role, action, permissions.allowed(role, action))
                   for role in ROLES for action in permissions.ACTIONS
                   if permissions.allowed(role, action) != may(role, action))
    assert wrong == [], "(role, action, what the matrix says) where it differs from who_may.MAY"


def test_a_probe_whose_service_is_missing_fails_the_walk() -> None:
    """Not an expected failure: a probe of a service that does not exist (or takes no actor) fails."""
    from tests.security.probes import Probe

    missing = Probe("station_app.residents.service:no_such_service", ("residents.view",),
                    lambda f, a, w: f(a))
    assert missing.function() is None and "does not exist" in missing.gap()
    assert all(not param.marks for param in _params()), "a walk parameter is marked (xfail/skip)"


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
