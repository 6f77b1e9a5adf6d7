"""The length of every text field of the mediation forms (see core/limits.py). The forms read
these too, so typing stops where the service would refuse."""

from __future__ import annotations

from station_app.core.limits import LINE, NAME, PHONE, PLACE, SHORT, TEXT

CASE = {"summary": TEXT, "reporter_name": NAME, "reporter_phone": PHONE, "place_text": PLACE}
PARTY = {"role_label": 16, "occupation": SHORT, "guardian": NAME, "representative": NAME}
RISK = {"note": TEXT}
WARNING = {"recipient": NAME, "content": TEXT, "acknowledged_by": NAME}
PLAN = {"measures": TEXT, "responsible": PLACE}
SESSION = {"place": PLACE, "note_taker": SHORT, "notices_given": TEXT, "facts_verified": TEXT,
           "outcome": TEXT, "mediators": PLACE, "attendees": PLACE,
           "statement": TEXT}  # each party's statement (当事人陈述)
AGREEMENT = {"facts": TEXT, "responsibility": TEXT, "performance_method": PLACE,
             "performance_place": PLACE}
TERM = LINE  # each agreement term
FOLLOW_UP = {"measures": TEXT, "visitor": SHORT}
REASON = {"reason": LINE}
