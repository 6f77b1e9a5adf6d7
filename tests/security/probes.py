"""The probe table: one real service call per guarded use case, run by every role.

A probe names its service function as "module:function" (resolved when it runs, so a probe can
be written before its service exists), the actions the call needs (all of them must allow the
role), an optional `setup` that makes a fresh target as the administrator (a case in the right
state, an order to archive …), and the call itself. `writes`: an allowed call appends to the
audit chain (every write use case records one entry).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.security.probes_ledgers import LEDGER_PROBES
from tests.security.probes_station import STATION_PROBES


@dataclass(frozen=True)
class Probe:
    target: str  # "station_app.module:function"
    actions: tuple[str, ...]
    call: Callable[..., object]  # call(function, actor, context)
    setup: Callable[..., Any] | None = None  # setup(world) -> context; default: the world
    writes: bool = True
    pending: str = ""  # why the service cannot be probed yet (the probe is an expected failure)

    @property
    def name(self) -> str:
        return self.target.removeprefix("station_app.").replace(":", ".")

    def function(self) -> Callable[..., object] | None:
        module_name, _, attribute = self.target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            return None
        return getattr(module, attribute, None)

    def gap(self) -> str:
        """Why this probe cannot pass today ("" when it can)."""
        function = self.function()
        if function is None:
            return self.pending or f"{self.target} does not exist yet"
        try:
            parameters = inspect.signature(function).parameters
        except (TypeError, ValueError):
            return ""
        if "actor" not in parameters:
            return self.pending or f"{self.target} takes no actor: nothing checks who calls it"
        return ""


def _probe(row: tuple) -> Probe:
    target, actions, call, *rest = row
    options = rest[0] if rest else {}
    return Probe(target, (actions,) if isinstance(actions, str) else tuple(actions), call, **options)


PROBES: list[Probe] = [_probe(row) for row in (*STATION_PROBES, *LEDGER_PROBES)]
