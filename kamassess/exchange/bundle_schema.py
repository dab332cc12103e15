"""The exchange file's format as pydantic models: a bundle (BundleIn) and each of its items —
candidates, assessments with their ratings, and version 2's assessors, consensus, decisions and
outcomes — with the limits and text rules every field is held to. Reading a file and checking it
against a framework and a database is bundle.py's."""

from __future__ import annotations

import re
from datetime import date
from typing import (
    Annotated,
    Literal,
    NotRequired,  # pydantic needs these on Python 3.11
)

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, with_config
from pydantic_core import PydanticCustomError
from typing_extensions import TypedDict

from kamassess.framework.schema import ID_PATTERN
from kamassess.parsing.problems import NO_CONTROL_PATTERN
from kamassess.parsing.sources import NOT_ONE_LINE

FORMAT = "kamassess-bundle"
NAME_MAX = 300
NOTE_MAX = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _line(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty_text", "must not be empty")
    if NOT_ONE_LINE.search(value):
        raise PydanticCustomError("control_chars", "control characters")
    return value


def _user_id(value: str) -> str:
    if not value.strip() or _CONTROL.search(value) or any(c in value for c in "/\\\n\r"):
        raise PydanticCustomError("bad_user_id", "invalid id", {"value": value[:80]})
    return value


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> date:
    """A calendar date written YYYY-MM-DD: a number (0 would be 1970) or a date-time is refused
    rather than guessed, so that the duplicate check sees exactly what will be stored."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise PydanticCustomError("date_format", "expected YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("date_format", "expected YYYY-MM-DD") from None


def bundle_date(value: object) -> date | None:
    """The date a bundle item gives, or None where it is not a valid YYYY-MM-DD text."""
    try:
        return _iso_date(value)
    except PydanticCustomError:
        return None


Text300 = Annotated[str, Field(max_length=NAME_MAX), AfterValidator(_line)]
# Checked in pydantic's own (Rust) engine: there are hundreds of thousands of evidence notes in a
# large bundle, and a Python validator per note was most of the reading time.
Note = Annotated[str, Field(max_length=NOTE_MAX, pattern=NO_CONTROL_PATTERN)]
UserId = Annotated[str, Field(max_length=64), AfterValidator(_user_id)]


class _Strict(BaseModel):
    # NaN passes every "ge"/"le" bound, so it is refused outright (and infinity with it).
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


class FrameworkRef(_Strict):
    id: Annotated[str, Field(pattern=ID_PATTERN)]
    version: Annotated[str, Field(min_length=1, max_length=200)]


class CandidateIn(_Strict):
    id: UserId
    name: Text300
    kind: Literal["internal", "external"]
    profile: Annotated[str, Field(pattern=ID_PATTERN)]
    current_role: Text300 | None = None
    employer: Text300 | None = None
    tenure_years: Annotated[float, Field(ge=0, le=70)] | None = None
    industry: Literal["own", "adjacent", "other"] | None = None
    region: Text300 | None = None
    client_overlap: Annotated[float, Field(ge=0, le=1)] | None = None
    technical_education: bool | None = None
    salary_expectation: Annotated[float, Field(ge=0, le=1e9)] | None = None
    motivation: Literal["pay", "career", "product", "team", "other"] | None = None
    manages_team: bool | None = None
    quota_reduced: bool | None = None
    notes: Note | None = None
    holds_key_accounts: bool | None = None
    consent_until: Annotated[date, BeforeValidator(_iso_date)] | None = None  # version 2


@with_config(ConfigDict(strict=True, extra="forbid", allow_inf_nan=False))
class RatingIn(TypedDict):
    """One rating: a plain dict after checking (a model per rating cost 6× the time)."""

    level: int | None
    evidence: NotRequired[Note]


class AssessmentIn(_Strict):
    candidate: UserId
    assessor: Text300
    assessor_role: Literal["hr", "team_lead", "director", "other"]
    method: Literal["interview", "assessment_centre", "internal_review", "work_sample"]
    date: Annotated[date, BeforeValidator(_iso_date)]
    status: Literal["draft", "final"] = "draft"
    ratings: dict[str, RatingIn] = Field(default_factory=dict)
    # Version 2 (the panel): who the assessor is in the file's `assessors`, and their own
    # overall recommendation with its reason (None: not given).
    assessor_id: UserId | None = None
    recommendation: Literal["strong_no", "no", "yes", "strong_yes"] | None = None
    recommendation_reason: Note = ""


class AssessorIn(_Strict):
    """A person who rates, by the stable id their database gave them (version 2)."""

    id: UserId
    name: Text300


class ConsensusIn(_Strict):
    """A level agreed at a debrief for one competency of a candidate (version 2)."""

    candidate: UserId
    competency: Annotated[str, Field(pattern=ID_PATTERN)]
    level: int
    note: Note = ""
    moderator: Text300
    date: Annotated[date, BeforeValidator(_iso_date)]


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class DecisionIn(_Strict):
    """Version 2: the decision on a candidate (kamassess.decisions.model.Decision)."""

    candidate: UserId
    decision: Literal["hire", "conditional", "reject", "withdrawn", "on_hold"]
    date: IsoDate
    decided_by: Text300
    conditions: Note = ""
    salary_offered: Annotated[float, Field(ge=0, le=1e9)] | None = None


class OutcomeIn(_Strict):
    """Version 2: how a hired candidate did (kamassess.decisions.model.OutcomeRecord)."""

    candidate: UserId
    probation_passed: bool | None = None
    probation_date: IsoDate | None = None
    performance_6m: int | None = None
    performance_6m_by: Text300 | None = None
    performance_12m: int | None = None
    performance_12m_by: Text300 | None = None
    left_12m: bool | None = None
    left_reason: Literal["own", "company"] | None = None


class BundleIn(_Strict):
    format: Literal["kamassess-bundle"]
    version: Literal[1, 2]  # exports write 2; a version-1 file imports as it always did
    framework: FrameworkRef
    candidates: list[CandidateIn] = Field(default_factory=list)
    assessments: list[AssessmentIn] = Field(default_factory=list)
    # Version 2, the panel: the assessors' registry and the consensus of debriefs.
    assessors: list[AssessorIn] = Field(default_factory=list)
    consensus: list[ConsensusIn] = Field(default_factory=list)
    # Version 2, decisions: the decision on each candidate and how those hired did.
    decisions: list[DecisionIn] = Field(default_factory=list)
    outcomes: list[OutcomeIn] = Field(default_factory=list)
