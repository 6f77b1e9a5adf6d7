"""The length of the account form's text fields (see core/limits.py): within the columns'
max_length. The form reads these too, so typing stops where the service would refuse."""

from __future__ import annotations

ACCOUNT = {"full_name": 64, "police_number": 16}
