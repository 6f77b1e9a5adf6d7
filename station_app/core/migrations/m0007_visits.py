"""Schema 7: visits (frozen copy of the models). Filled in by the visits module."""

from __future__ import annotations

import peewee


def apply(database: peewee.Database) -> None:
    """Create the visits tables."""
