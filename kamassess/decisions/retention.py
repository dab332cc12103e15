"""Who is due for deletion under the framework's retention policy, and since when.

External candidates are due `months` after a decision the policy names (reject and withdrawn by
default); anyone external whose recorded consent has run out is due the day after it ended,
whatever the decision. Internal candidates are our employees: never due automatically."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from kamassess.decisions.model import Decision
from kamassess.framework.model import Retention
from kamassess.model import Candidate

DueReason = Literal["decision", "consent"]


@dataclass(frozen=True)
class Due:
    """A candidate due for deletion: why, and since which day."""

    candidate: Candidate
    reason: DueReason
    since: date
    decision: Decision | None = None


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day where it is shorter (31 Aug + 6 → 28
    or 29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_since(
    candidate: Candidate, decision: Decision | None, policy: Retention
) -> tuple[date, DueReason] | None:
    """The day the candidate becomes due for deletion, and why; None when never automatically."""
    if candidate.kind != "external":
        return None
    found: list[tuple[date, DueReason]] = []
    if candidate.consent_until is not None:
        found.append((candidate.consent_until + timedelta(days=1), "consent"))
    if decision is not None and decision.decision in policy.decisions:
        found.append((add_months(decision.date, policy.months), "decision"))
    return min(found) if found else None


def due_for_deletion(
    candidates: Iterable[Candidate],
    decisions: Mapping[str, Decision],
    policy: Retention,
    today: date,
) -> list[Due]:
    """Everyone due on `today`, longest overdue first."""
    out = []
    for cand in candidates:
        decision = decisions.get(cand.id)
        when = due_since(cand, decision, policy)
        if when is not None and when[0] <= today:
            out.append(Due(cand, when[1], when[0], decision))
    return sorted(out, key=lambda d: (d.since, d.candidate.name.casefold(), d.candidate.id))
