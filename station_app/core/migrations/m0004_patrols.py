"""Schema 4: patrols (frozen copy of the models). Filled in by the patrols module."""

from __future__ import annotations

import peewee


def apply(database: peewee.Database) -> None:
    """Create the patrols tables."""
