"""The length of every text field of the restitution forms (see core/limits.py), within each
column's max_length. The services check these and the forms read them too, so typing stops where
the service would refuse."""

from __future__ import annotations

from station_app.core.limits import LINE, NAME, PLACE, TEXT

CASE = {"case_type": 32, "summary": PLACE, "description": 5000, "reference": 64}
SUSPECT = 50  # each suspect's name
VICTIM = {"name": NAME, "place": PLACE, "note": TEXT}
RECOVERY = {"source": PLACE, "note": TEXT}
RETURN = {"handed_over_by": NAME}
EVENT = {"place": PLACE, "handed_over_by": NAME}
REASON = {"reason": LINE}
