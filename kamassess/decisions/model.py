"""A decision on a candidate and the outcomes recorded later, as plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

DecisionKind = Literal["hire", "conditional", "reject", "withdrawn", "on_hold"]
LeftReason = Literal["own", "company"]

DECISIONS: tuple[str, ...] = get_args(DecisionKind)
LEFT_REASONS: tuple[str, ...] = get_args(LeftReason)
# Decisions after which the person works for us: outcomes are recorded for these only.
HIRED: tuple[str, ...] = ("hire", "conditional")


@dataclass(frozen=True)
class Decision:
    """The decision on one candidate ("hire" is a promotion for an internal one): when, by
    whom, on what conditions, and the base salary offered (compared with the profile's band)."""

    candidate: str
    decision: DecisionKind
    date: date
    decided_by: str
    conditions: str = ""
    salary_offered: float | None = None

    @property
    def hired(self) -> bool:
        return self.decision in HIRED


@dataclass(frozen=True)
class OutcomeRecord:
    """How a hired or promoted candidate did: probation, performance ratings after 6 and 12
    months on the framework's scale (and who rated them), leaving within 12 months and why.
    None: not known (yet)."""

    candidate: str
    probation_passed: bool | None = None
    probation_date: date | None = None
    performance_6m: int | None = None
    performance_6m_by: str | None = None
    performance_12m: int | None = None
    performance_12m_by: str | None = None
    left_12m: bool | None = None
    left_reason: LeftReason | None = None  # only when they left

    @property
    def empty(self) -> bool:
        return all(
            getattr(self, name) is None
            for name in (
                "probation_passed",
                "probation_date",
                "performance_6m",
                "performance_12m",
                "left_12m",
            )
        )
