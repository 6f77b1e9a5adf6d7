"""Schema 5: hotline (frozen copy of the models). Filled in by the hotline module."""

from __future__ import annotations

import peewee


def apply(database: peewee.Database) -> None:
    """Create the hotline tables."""
