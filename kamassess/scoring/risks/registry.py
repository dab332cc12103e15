"""A typed risk indicator and the registry of rules that produce them.

A rule is one small function with its figures (a dataclass read from the framework's
`risk_rules.<id>`) and its sentences in Russian and English. Adding a rule means writing it in
one module of this package and naming it, with its figures, in the framework file; the schema,
the validator and the reports find it here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from kamassess.framework.model import Framework, Profile
    from kamassess.model import Candidate
    from kamassess.scoring.fit import ScoreResult

Kind = Literal["risk", "plus"]
P = TypeVar("P")


@dataclass(frozen=True)
class Risk:
    """One indicator that applies: which, whether it counts against or for the candidate, and
    the figures its sentence needs."""

    code: str
    kind: Kind
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def as_dict(self) -> dict[str, object]:
        """The `score --json` form: {"code": ..., "kind": ..., figures...}."""
        return {"code": self.code, "kind": self.kind, **self.params}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Risk:
        kind: Kind = "plus" if data.get("kind") == "plus" else "risk"
        params = {k: v for k, v in data.items() if k not in ("code", "kind")}
        return cls(str(data["code"]), kind, params)


@dataclass(frozen=True)
class Facts:
    """What a rule may look at."""

    framework: Framework
    profile: Profile
    candidate: Candidate
    result: ScoreResult


@dataclass(frozen=True)
class Rule(Generic[P]):
    id: str  # its key under risk_rules
    params: type[P]  # a dataclass of its figures
    check: Callable[[P, Facts], Risk | None]
    texts: Mapping[str, Mapping[str, str]]  # risk code -> {"en": ..., "ru": ...}
    words: Callable[[Risk, str], dict[str, str]] | None = None  # extra placeholders
    facts: tuple[str, ...] = ()  # candidate facts only rules use (shown when a rule reads them)
    doc: str = ""


RULES: dict[str, Rule[Any]] = {}


def phrase(rule_id: str, key: str, lang: str, /, **params: object) -> str:
    """A fragment of a rule's own texts (the words its sentence is built from)."""
    entry = RULES[rule_id].texts[key]
    return (entry.get(lang) or entry["en"]).format(**params)


def rule(
    rule_id: str,
    params: type[P],
    *,
    texts: Mapping[str, Mapping[str, str]],
    words: Callable[[Risk, str], dict[str, str]] | None = None,
    facts: tuple[str, ...] = (),
) -> Callable[[Callable[[P, Facts], Risk | None]], Callable[[P, Facts], Risk | None]]:
    """Register the decorated check as the rule `rule_id`."""

    def register(check: Callable[[P, Facts], Risk | None]) -> Callable[[P, Facts], Risk | None]:
        if rule_id in RULES:
            raise ValueError(f"risk rule {rule_id!r} registered twice")
        doc = " ".join((check.__doc__ or "").split())
        RULES[rule_id] = Rule(rule_id, params, check, texts, words, facts, doc)
        return check

    return register


def figure(
    default: Any = dataclasses.MISSING,
    *,
    ge: float | None = None,
    le: float | None = None,
    ref: Literal["group", "competency"] | None = None,
    choices: tuple[str, ...] | None = None,
    ordered: bool = False,
    doc: str = "",
) -> Any:
    """A rule's figure with what the validator checks: bounds, a reference to a group or a
    competency, allowed values, or a [low, high] pair in order."""
    meta = {"ge": ge, "le": le, "ref": ref, "choices": choices, "ordered": ordered, "doc": doc}
    if default is dataclasses.MISSING:
        return field(metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class NoFigures:
    """A rule that needs no figures: `{}` in the framework switches it on."""
