"""The length of every text field of the residents' forms (see core/limits.py): within each
column's max_length. The forms read these too, so typing stops where the service would refuse."""

from __future__ import annotations

from station_app.core.limits import NAME, PHONE, PLACE, TEXT

RESIDENT = {"name": NAME, "household": NAME, "address": PLACE, "building": 32, "unit": 32,
            "relation_to_head": 16, "notes": TEXT}
TAG = 32  # each of a resident's tags (标签)
# Checked by their format (core/textnorm): the form stops typing at a length no valid one reaches.
FORMATTED = {"phone": PHONE, "birth_date": 32}
AREA = {"name": NAME, "code": 32}
GRID_ROLE = {"building": 32, "unit": 32}
