"""Risk indicators from the article: the rules the framework switches on, applied to a candidate."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kamassess.framework import codec
from kamassess.framework.model import Framework
from kamassess.i18n.texts import number
from kamassess.model import Candidate
from kamassess.scoring.fit import ScoreResult

# The rules register themselves on import; their order here is the order risks are listed in.
from kamassess.scoring.risks import external, internal, pay, team  # noqa: F401
from kamassess.scoring.risks.registry import RULES, Facts, Risk, Rule

__all__ = ["RULES", "Risk", "Rule", "enabled", "facts_in_use", "indicators", "sentence"]

_ORDER = (
    "external_payback",
    "pay_motivated",
    "job_hopping",
    "weak_start",
    "adjacent_credit",
    "fixed_habits",
    "internal_tenure",
    "successor_needed",
    "seller_not_manager",
    "quota_overload",
    "salary_above_band",
)
_enabled: dict[str, list[tuple[Rule[Any], Any]]] = {}


def enabled(framework: Framework) -> list[tuple[Rule[Any], Any]]:
    """The rules the framework names, each with its figures built (once per framework)."""
    found = _enabled.get(framework.content_hash)
    if found is None:
        named = framework.risk_rules or {}
        found = [
            (RULES[rid], codec.build(RULES[rid].params, named[rid]))
            for rid in (*_ORDER, *sorted(set(RULES) - set(_ORDER)))
            if rid in named
        ]
        _enabled[framework.content_hash] = found
    return found


def indicators(framework: Framework, candidate: Candidate, result: ScoreResult) -> list[Risk]:
    """Every enabled rule that applies to this candidate and result, in a fixed order."""
    rules = enabled(framework)
    if not rules:
        return []
    facts = Facts(framework, framework.profile(result.profile), candidate, result)
    return [risk for rule, params in rules if (risk := rule.check(params, facts)) is not None]


def facts_in_use(framework: Framework) -> set[str]:
    """Candidate facts that only rules read, for the rules this framework switches on."""
    return {fact for rule, _ in enabled(framework) for fact in rule.facts}


def optional_facts() -> set[str]:
    """Candidate facts that matter only to some rule (forms and reports may leave them out)."""
    return {fact for rule in RULES.values() for fact in rule.facts}


def _rule_of(code: str) -> Rule[Any]:
    return next(r for r in RULES.values() if code in r.texts)


def sentence(risk: Risk | Mapping[str, object], lang: str) -> str:
    """The indicator as one sentence in lang, in the words of the rule that found it."""
    if not isinstance(risk, Risk):
        risk = Risk.from_dict(risk)
    rule = _rule_of(risk.code)
    words = {
        k: number(v, lang) if isinstance(v, float) else v
        for k, v in risk.params.items()
        if v is not None
    }
    if rule.words is not None:
        words.update(rule.words(risk, lang))
    entry = rule.texts[risk.code]
    return (entry.get(lang) or entry["en"]).format(**words)
