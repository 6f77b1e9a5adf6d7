"""Schema 6: restitution (frozen copy of the models). Filled in by the restitution module."""

from __future__ import annotations

import peewee


def apply(database: peewee.Database) -> None:
    """Create the restitution tables."""
