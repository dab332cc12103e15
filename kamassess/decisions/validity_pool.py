"""The pool predictive validity is computed over: every hired or promoted candidate with outcomes,
scored as they were known at the decision (final assessments dated on or before its day)."""

from __future__ import annotations

from dataclasses import dataclass

from kamassess.analysis.validity import MIN_OUTCOMES, RESAMPLES, SEED, Outcome, Validity, validity
from kamassess.decisions.model import HIRED
from kamassess.framework.model import Framework
from kamassess.scoring.errors import ProfileUnknown
from kamassess.scoring.evaluation import FrameworkCache, evaluate_as_of
from kamassess.store.base import Store


@dataclass(frozen=True)
class ValidityReport:
    """The validity figures and the pool behind them (how many were hired, how many of those
    have outcomes, who could not be scored)."""

    validity: Validity
    hired: int
    with_outcomes: int
    unscorable: tuple[str, ...] = ()


def outcome_pool(store: Store, framework: Framework) -> tuple[list[Outcome], int, list[str]]:
    """(each hired candidate with outcomes, how many were hired, ids that could not be scored)."""
    decisions = {c: d for c, d in store.decisions().items() if d.decision in HIRED}
    outcomes = store.outcomes()
    cache = FrameworkCache(store, framework)
    pool: list[Outcome] = []
    unscorable: list[str] = []
    for cid in sorted(decisions):
        record = outcomes.get(cid)
        if record is None or record.empty:
            continue
        try:
            ev = evaluate_as_of(store, framework, cid, decisions[cid].date, cache=cache)
        except ProfileUnknown:
            unscorable.append(cid)
            continue
        res = ev.result
        pool.append(
            Outcome(
                candidate=cid,
                fit=res.fit,
                band=res.verdict or "none",
                groups=dict(res.groups),
                probation_passed=record.probation_passed,
                performance_12m=None
                if record.performance_12m is None
                else float(record.performance_12m),
                left_12m=record.left_12m,
            )
        )
    return pool, len(decisions), unscorable


def validity_report(
    store: Store,
    framework: Framework,
    *,
    min_outcomes: int = MIN_OUTCOMES,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> ValidityReport:
    pool, hired, unscorable = outcome_pool(store, framework)
    figures = validity(pool, min_outcomes=min_outcomes, resamples=resamples, seed=seed)
    return ValidityReport(figures, hired, len(pool), tuple(unscorable))
