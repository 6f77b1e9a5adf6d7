"""The length of every text field of the patrol forms (see core/limits.py), within each column's
max_length. The forms read these too, so typing stops where the service would refuse."""

from __future__ import annotations

from station_app.core.limits import NAME, PLACE, TEXT

TEAM = {"name": NAME, "note": TEXT}
PATROL = {"route": TEXT, "vehicles": PLACE, "note": TEXT}
FINDING = {"place_text": PLACE, "description": TEXT, "handling": TEXT}
