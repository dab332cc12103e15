"""Risk indicators from the article, as codes with parameters (the reader turns them into text)."""

from __future__ import annotations

from statistics import fmean
from typing import Any

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.scoring.fit import ScoreResult

# Each indicator is {"code": ..., "kind": "risk" | "plus", ...parameters}.
Risk = dict[str, Any]


def _group_mean(result: ScoreResult, groups: tuple[str, ...]) -> float | None:
    levels = [c.score for c in result.competencies if c.group in groups and c.score is not None]
    return fmean(levels) if levels else None


def indicators(framework: Framework, candidate: Candidate, result: ScoreResult) -> list[Risk]:
    """Every rule of the framework's risk_rules that applies to this candidate and result."""
    rules = framework.risk_rules
    profile = framework.profile(result.profile)
    out: list[Risk] = []
    overlap = candidate.client_overlap

    if candidate.kind == "external":
        low, high = rules.payback_months
        out.append(
            {"code": "external_payback", "kind": "risk", "months_min": low, "months_max": high}
        )
        if candidate.motivation == "pay":
            out.append({"code": "pay_motivated", "kind": "risk"})
        if (
            candidate.tenure_years is not None
            and candidate.tenure_years < rules.job_hopping_tenure_years
        ):
            out.append(
                {
                    "code": "job_hopping",
                    "kind": "risk",
                    "tenure_years": candidate.tenure_years,
                    "threshold": rules.job_hopping_tenure_years,
                }
            )
        if candidate.industry == "own" and (
            overlap is None or overlap < rules.client_overlap_credit
        ):
            out.append(
                {
                    "code": "weak_start",
                    "kind": "risk",
                    "region": candidate.region or "",
                    "overlap": overlap,
                }
            )
        if (
            candidate.industry == "adjacent"
            and overlap is not None
            and (overlap >= rules.client_overlap_credit)
        ):
            out.append({"code": "adjacent_credit", "kind": "plus", "overlap": overlap})
    else:
        tenure = candidate.tenure_years
        if tenure is not None and tenure >= rules.internal_tenure_years:
            out.append(
                {
                    "code": "internal_tenure",
                    "kind": "plus",
                    "tenure_years": tenure,
                    "threshold": rules.internal_tenure_years,
                }
            )
        elif tenure is not None:
            out.append(
                {
                    "code": "internal_short_tenure",
                    "kind": "risk",
                    "tenure_years": tenure,
                    "threshold": rules.internal_tenure_years,
                }
            )
        out.append({"code": "successor_needed", "kind": "risk"})

    if profile.leads_team:
        sales = _group_mean(result, rules.sales_groups)
        management = _group_mean(result, rules.management_groups)
        if (
            sales is not None
            and management is not None
            and (sales - management >= rules.seller_manager_gap)
        ):
            out.append(
                {
                    "code": "seller_not_manager",
                    "kind": "risk",
                    "sales": round(sales, 2),
                    "management": round(management, 2),
                    "threshold": rules.seller_manager_gap,
                }
            )
        if candidate.quota_reduced is not True:
            out.append(
                {
                    "code": "quota_overload",
                    "kind": "risk",
                    "agreed": candidate.quota_reduced is not None,
                }
            )

    band = profile.salary_band
    expectation = candidate.salary_expectation
    if band is not None and expectation is not None and expectation > band.base_max:
        out.append(
            {
                "code": "salary_above_band",
                "kind": "risk",
                "expectation": expectation,
                "base_max": band.base_max,
                "currency": band.currency,
                "above_total": band.total_max is not None and expectation > band.total_max,
            }
        )
    return out
