"""The competency framework as plain frozen dataclasses, loaded from YAML and validated."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kamassess.parsing.sources import SourceError, decode, read_bytes

MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Text:
    """A text in Russian and English."""

    ru: str
    en: str

    def get(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.en

    @classmethod
    def of(cls, value: Mapping[str, str] | None) -> Text | None:
        return None if value is None else cls(ru=value["ru"], en=value["en"])


@dataclass(frozen=True)
class Level:
    level: int
    label: Text
    description: Text | None = None


@dataclass(frozen=True)
class Group:
    id: str
    name: Text
    description: Text | None = None


@dataclass(frozen=True)
class Question:
    """An interview question (past behaviour, STAR) and the follow-up probe that goes with it."""

    ask: Text
    probe: Text | None = None

    def get(self, lang: str) -> str:
        return self.ask.get(lang)


@dataclass(frozen=True)
class Competency:
    id: str
    group: str
    name: Text
    definition: Text
    anchors: Mapping[int, Text] = field(hash=False)
    questions: tuple[Question, ...]
    source: Text | None = None


@dataclass(frozen=True)
class Target:
    competency: str
    target: int
    weight: float
    minimum: int | None = None


@dataclass(frozen=True)
class SalaryBand:
    currency: str
    base_min: float
    base_max: float
    total_max: float | None = None
    note: Text | None = None
    year: int | None = None  # the year the figures are in (the article's are 2014 roubles)


@dataclass(frozen=True)
class Profile:
    id: str
    name: Text
    targets: tuple[Target, ...]
    leads_team: bool = False
    description: Text | None = None
    salary_band: SalaryBand | None = None

    def target(self, competency: str) -> Target | None:
        for t in self.targets:
            if t.competency == competency:
                return t
        return None


@dataclass(frozen=True)
class Verdicts:
    recommend: float
    conditional: float


@dataclass(frozen=True)
class Scoring:
    """The scoring thresholds a company may change; the defaults are those of DOMAIN.md."""

    min_coverage: float = 0.8  # rated weight below this share: insufficient evidence
    disagreement_levels: int = 2  # raters this many levels apart are flagged
    meaningful_difference: float = 5.0  # fits closer than this share a place
    far_from_target: int = 2  # a rating this many levels from its target is marked


@dataclass(frozen=True)
class Company:
    """Facts about the company itself that rules compare candidates with."""

    regions: tuple[str, ...] = ()  # where the company sells; the weak-start rule reads it


@dataclass(frozen=True)
class Process:
    """How assessors rate: blind until they submit, and whether they see targets meanwhile."""

    blind: bool = True
    show_targets_to_assessors: bool = False


@dataclass(frozen=True)
class Retention:
    """When an external candidate who was not taken on is due for deletion (the defaults are
    those of DOMAIN.md: 6 months after a rejection or a withdrawal)."""

    months: int = 6
    decisions: tuple[str, ...] = ("reject", "withdrawn")


@dataclass(frozen=True)
class Framework:
    """A validated framework; `content_hash` identifies its meaning, not its formatting."""

    id: str
    version: str
    title: Text
    scale: tuple[Level, ...]
    groups: tuple[Group, ...]
    competencies: tuple[Competency, ...]
    profiles: tuple[Profile, ...]
    verdicts: Verdicts
    content_hash: str
    text: str = field(repr=False, compare=False)
    source: Text | None = None
    scoring: Scoring = Scoring()
    company: Company = Company()
    # Risk rule id -> its figures, as validated; kamassess.scoring.risks reads them. None: no
    # risk section at all (every rule is optional).
    risk_rules: Mapping[str, Mapping[str, object]] | None = field(default=None, hash=False)
    process: Process = Process()
    retention: Retention = Retention()

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(level.level for level in self.scale)

    def competency(self, competency_id: str) -> Competency:
        return self._competencies[competency_id]

    def profile(self, profile_id: str) -> Profile:
        return self._profiles[profile_id]

    def group(self, group_id: str) -> Group:
        return next(g for g in self.groups if g.id == group_id)

    def has_profile(self, profile_id: str) -> bool:
        return profile_id in self._profiles

    def has_competency(self, competency_id: str) -> bool:
        return competency_id in self._competencies

    def level_label(self, level: int) -> Text | None:
        return next((lv.label for lv in self.scale if lv.level == level), None)

    def group_competencies(self, group_id: str) -> tuple[Competency, ...]:
        return tuple(c for c in self.competencies if c.group == group_id)

    @cached_property  # stored in __dict__ directly, so a frozen dataclass may have it
    def _competencies(self) -> dict[str, Competency]:
        return {c.id: c for c in self.competencies}

    @cached_property
    def _profiles(self) -> dict[str, Profile]:
        return {p.id: p for p in self.profiles}


class FrameworkError(SourceError):
    """A framework file that cannot be used, with every problem found in it."""


def parse_framework(text: str, file: str = "<framework>") -> Framework:
    """Validate framework YAML text; FrameworkError lists every problem with line and column."""
    from kamassess.framework.rules import validate  # pydantic loads only when validating

    return validate(text, file)


def load_framework(path: str | Path, *, use_cache: bool = True) -> Framework:
    """Load and validate a framework file; FileNotFoundError or FrameworkError if unusable.

    A file validated before (same bytes, same program version) comes from the cache of
    validated frameworks, which spares start-up the schema machinery.
    """
    from kamassess.framework import cache as framework_cache

    p = Path(path)
    try:
        raw = read_bytes(p, MAX_FRAMEWORK_BYTES)
        text = decode(raw, str(p))
    except SourceError as exc:
        raise FrameworkError(exc.problems) from None
    key = hashlib.sha256(raw).hexdigest()
    if use_cache:
        cached = framework_cache.get(key, text)
        if cached is not None:
            return cached
    fw = parse_framework(text, str(p))
    if use_cache:
        framework_cache.put(key, fw)
    return fw
