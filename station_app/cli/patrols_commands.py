"""`station patrols …` commands (filled in by the patrols module)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to `station`."""
