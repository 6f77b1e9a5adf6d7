"""Running one workflow step of a case, shared by steps.py and closing.py.

Each public step checks its own permission, then hands `run_step` a `write(case)` that stores the
step's records. Here: one transaction, the case's version checked, the state moved, one audit
entry, the fresh case page back. Another station's case (a county database) is never changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import cast

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import ValidationError
from station_app.core.scope import require_home_record
from station_app.core.textnorm import clean_text
from station_app.core.versioning import require_version, update_versioned
from station_app.mediation import workflow
from station_app.mediation.cases import audit_case, get_case, load_case
from station_app.mediation.models import DisputeCase
from station_app.mediation.views import CaseDetail

StepWrite = Callable[[DisputeCase], tuple[str, dict[str, object]]]


def run_step(actor: Actor, case_id: uuid.UUID, expected_version: int, step: str,
             write: StepWrite) -> CaseDetail:
    """`write(case)` returns (timeline summary, case field changes — "_happened" among them names
    when the step took place, if not now); the case moves to the step's
    next state with its version checked. The caller has checked the permission."""
    with db.transaction():
        case = load_case(case_id)
        require_home_record(case)
        require_version(case, expected_version)
        workflow.require_step(step, case.state)
        before_state = case.state
        summary, changes = write(case)
        # when the step took place, if not just now
        happened = cast("datetime | date | None", changes.pop("_happened", None))
        changes.setdefault("state", workflow.next_state(step, case.state))
        update_versioned(case, expected_version, **changes)
        audit_case(
            actor,
            f"case.{step if step != 'draft_agreement' else 'agreement'}",
            case.id,
            summary,
            {"state": before_state},
            {key: value for key, value in changes.items() if key in ("state", "risk_level")},
            happened=happened,
        )
    return get_case(actor, case_id)


def required_text(value: object, field: str, message: str) -> str:
    """The trimmed text, or a ValidationError on `field` saying what to fill in."""
    text = clean_text(value)
    if not text:
        raise ValidationError.single(field, message)
    return text
