"""The length of every text field of the hotline forms (see core/limits.py), within each column's
max_length. The forms read these too, so typing stops where the service would refuse."""

from __future__ import annotations

from station_app.core.limits import NAME, PHONE, TEXT

ORDER = {"caller_name": NAME, "category": 32, "platform_unit": NAME, "content": 4000}
ORDER_NUMBER = 64
# Checked by their format (fields.py): the form stops typing at a length no valid one reaches.
FORMATTED = {"order_number": ORDER_NUMBER, "caller_phone": PHONE}
DISPATCH = {"office": NAME, "note": TEXT}
START = {"note": TEXT}
NOTE = {"text": 4000}
COMPLETE = {"result": 4000}
FEEDBACK = {"note": TEXT}
