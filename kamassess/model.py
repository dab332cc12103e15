"""Candidates, assessments and ratings as plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

Kind = Literal["internal", "external"]
Industry = Literal["own", "adjacent", "other"]
Motivation = Literal["pay", "career", "product", "team", "other"]
AssessorRole = Literal["hr", "team_lead", "director", "other"]
Method = Literal["interview", "assessment_centre", "internal_review", "work_sample"]
Status = Literal["draft", "final"]
# An assessor's own overall recommendation, given beside the ratings and never mixed into the fit.
Recommendation = Literal["strong_no", "no", "yes", "strong_yes"]

KINDS: tuple[str, ...] = get_args(Kind)
INDUSTRIES: tuple[str, ...] = get_args(Industry)
MOTIVATIONS: tuple[str, ...] = get_args(Motivation)
ASSESSOR_ROLES: tuple[str, ...] = get_args(AssessorRole)
METHODS: tuple[str, ...] = get_args(Method)
STATUSES: tuple[str, ...] = get_args(Status)
RECOMMENDATIONS: tuple[str, ...] = get_args(Recommendation)

# Candidate facts in the order forms, bundles and reports show them.
CANDIDATE_FIELDS = (
    "current_role",
    "employer",
    "tenure_years",
    "industry",
    "region",
    "client_overlap",
    "technical_education",
    "salary_expectation",
    "motivation",
    "manages_team",
    "quota_reduced",
    "holds_key_accounts",
    "notes",
    "consent_until",
)


def person_key(name: str) -> str:
    """Who a name is, as one key: case and spacing do not make two people of one."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Candidate:
    """A person considered for a profile. Personal data: stored locally, deleted completely."""

    id: str
    name: str
    kind: Kind
    profile: str
    current_role: str | None = None
    employer: str | None = None
    tenure_years: float | None = None
    industry: Industry | None = None
    region: str | None = None
    client_overlap: float | None = None
    technical_education: bool | None = None
    salary_expectation: float | None = None
    motivation: Motivation | None = None
    manages_team: bool | None = None
    quota_reduced: bool | None = None
    notes: str | None = None
    holds_key_accounts: bool | None = None  # internal: key accounts that will need a successor
    consent_until: date | None = None  # the person agreed to be kept until then (personal data)


@dataclass(frozen=True)
class CandidateSummary:
    """What the candidate list shows before scores are computed (one query for all)."""

    candidate: Candidate
    final_assessments: int
    drafts: int
    last_assessed: date | None
    decision: str | None = None  # the decision recorded on them (kamassess.decisions), if any
    decided_on: date | None = None


@dataclass(frozen=True)
class Rating:
    """One assessor's level for one competency (None: no evidence), with the evidence note."""

    competency: str
    level: int | None
    evidence: str = ""


@dataclass(frozen=True)
class Assessment:
    """One assessor's ratings of one candidate, made under one framework version."""

    id: int
    candidate: str
    assessor: str
    assessor_role: AssessorRole
    method: Method
    date: date
    status: Status
    framework_hash: str
    ratings: tuple[Rating, ...] = field(default=())
    assessor_id: int | None = None  # the person in the assessors' registry
    recommendation: Recommendation | None = None  # None: not given (e.g. a version-1 bundle)
    recommendation_reason: str = ""

    @property
    def person(self) -> str:
        """Who rated, as one key: the registry's id (two methods by one person are one rater)."""
        return f"#{self.assessor_id}" if self.assessor_id is not None else person_key(self.assessor)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What makes two assessments the same one: candidate, assessor, date, method."""
        return (self.candidate, self.assessor, self.date.isoformat(), self.method)

    def levels(self) -> dict[str, int | None]:
        return {r.competency: r.level for r in self.ratings}


@dataclass(frozen=True)
class Assessor:
    """A person who rates, with a stable identity: `uid` travels in bundles, `id` is local."""

    id: int
    uid: str
    name: str


@dataclass(frozen=True)
class Consensus:
    """The level a panel agreed for one competency of a candidate at their debrief; the
    assessors' own ratings stay as they were."""

    candidate: str
    competency: str
    level: int
    note: str
    moderator: str
    day: date
