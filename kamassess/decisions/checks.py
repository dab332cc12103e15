"""What makes a decision or an outcome record acceptable, field by field: the window's forms show
these under their fields as you type, and the façade refuses a record that has any."""

from __future__ import annotations

import re

from kamassess.decisions.model import DECISIONS, Decision, OutcomeRecord
from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.parsing.sources import NOT_ONE_LINE
from kamassess.store.errors import StorageError

NAME_MAX = 300  # as a name in a bundle
TEXT_MAX = 20_000  # as a note in a bundle
SALARY_MAX = 1e9
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RecordRefused(StorageError):
    """A decision or outcome that cannot be recorded as given; nothing was written."""


def _name(value: str | None, *, required: bool) -> Message | None:
    if value is None or not value.strip():
        return Message("dec.required") if required else None
    if len(value) > NAME_MAX or NOT_ONE_LINE.search(value):
        return Message("dec.bad_name", {"limit": NAME_MAX})
    return None


def decision_problems(d: Decision) -> dict[str, Message]:
    """Problems by field name (empty: it can be recorded)."""
    out: dict[str, Message] = {}
    if d.decision not in DECISIONS:
        out["decision"] = Message("dec.unknown_decision", {"choices": ", ".join(DECISIONS)})
    if (problem := _name(d.decided_by, required=True)) is not None:
        out["decided_by"] = problem
    if len(d.conditions) > TEXT_MAX or _CONTROL.search(d.conditions):
        out["conditions"] = Message("dec.bad_text", {"limit": TEXT_MAX})
    if d.salary_offered is not None and not 0 <= d.salary_offered <= SALARY_MAX:
        out["salary_offered"] = Message("dec.bad_salary")
    return out


def outcome_problems(
    o: OutcomeRecord, decision: Decision | None, framework: Framework
) -> dict[str, Message]:
    """Problems by field name: outcomes belong to hired or promoted candidates, ratings are levels
    of the framework's scale, a reason for leaving needs the leaving."""
    out: dict[str, Message] = {}
    if decision is None or not decision.hired:
        out["candidate"] = Message("dec.outcome_not_hired", {"id": o.candidate})
    levels = ", ".join(str(lv) for lv in framework.levels)
    for name in ("performance_6m", "performance_12m"):
        value = getattr(o, name)
        if value is not None and value not in framework.levels:
            out[name] = Message("fw.level_off_scale", {"value": value, "levels": levels})
    for name in ("performance_6m_by", "performance_12m_by"):
        if (problem := _name(getattr(o, name), required=False)) is not None:
            out[name] = problem
    if o.left_reason is not None and o.left_12m is not True:
        out["left_reason"] = Message("bundle.left_reason_alone")
    if decision is not None and o.probation_date is not None and o.probation_date < decision.date:
        out["probation_date"] = Message(
            "dec.probation_before_decision", {"date": decision.date.isoformat()}
        )
    return out


def refuse(problems: dict[str, Message]) -> None:
    """Raise RecordRefused naming the first problem's field, if there is any."""
    for field, message in problems.items():
        raise RecordRefused(Message("dec.refused", {"field": field, "problem": message}))
