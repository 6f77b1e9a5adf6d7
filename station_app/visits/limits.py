"""The length of every text field of the visit and outreach forms (see core/limits.py), within each
column's max_length. The forms read these too, so typing stops where the service would refuse."""

from __future__ import annotations

from station_app.core.limits import NAME, PLACE, TEXT

VISIT = {"note": TEXT}
HOUSEHOLD = NAME  # each visited person's household label
FINDING = {"description": TEXT}  # each finding (the finding dialog names its field "finding")
EVENT = {"place_text": PLACE, "partners": PLACE, "content": TEXT}
