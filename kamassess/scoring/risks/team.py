"""Rules for profiles that manage a team (Grundfos: "first of all a manager")."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from kamassess.scoring.fit import ScoreResult
from kamassess.scoring.risks.registry import Facts, Risk, figure, phrase, rule


def group_mean(result: ScoreResult, groups: tuple[str, ...]) -> float | None:
    """The mean level of the rated competencies in these groups."""
    levels = [c.score for c in result.competencies if c.group in groups and c.score is not None]
    return fmean(levels) if levels else None


@dataclass(frozen=True)
class SellerManager:
    gap: float = figure(ge=0, le=100, doc="levels by which sales may exceed management")
    sales_groups: tuple[str, ...] = figure(ref="group", doc="groups of selling competencies")
    management_groups: tuple[str, ...] = figure(ref="group", doc="groups of management")


@rule(
    "seller_not_manager",
    SellerManager,
    texts={
        "seller_not_manager": {
            "en": "Strong seller, unproven manager: sales competencies average {sales}, "
            "leadership {management}. Promoted top sellers often lower their team's results.",
            "ru": "Сильный продавец, но не проверен как руководитель: продажи в среднем {sales}, "
            "управление {management}. Лучшие продавцы, ставшие руководителями, часто снижают "
            "результат группы.",
        }
    },
)
def seller_not_manager(p: SellerManager, f: Facts) -> Risk | None:
    """Sales competencies far above management ones, for a profile that leads a team (Benson,
    Li & Shue 2019: promoted top sellers lowered their teams' sales)."""
    if not f.profile.leads_team:
        return None
    sales = group_mean(f.result, p.sales_groups)
    management = group_mean(f.result, p.management_groups)
    if sales is None or management is None or sales - management < p.gap:
        return None
    params = {"sales": round(sales, 2), "management": round(management, 2), "threshold": p.gap}
    return Risk("seller_not_manager", "risk", params)


@dataclass(frozen=True)
class Quota:
    management_share: tuple[int, int] = figure(
        ge=0, le=100, ordered=True, doc="per cent of time management takes [from, to]"
    )


def _quota_words(risk: Risk, lang: str) -> dict[str, str]:
    state = "not_reduced" if risk.params.get("agreed") else "unknown"
    return {"quota_state": phrase("quota_overload", state, lang)}


@rule(
    "quota_overload",
    Quota,
    texts={
        "quota_overload": {
            "en": "Management will take {share_min}–{share_max} % of the time, but the personal "
            "sales quota is {quota_state}: overload risk.",
            "ru": "Управление займёт {share_min}–{share_max} % времени, а личный план продаж "
            "{quota_state}: риск перегрузки.",
        },
        "not_reduced": {"en": "not reduced", "ru": "не снижен"},
        "unknown": {"en": "not yet agreed", "ru": "ещё не обсуждался"},
    },
    words=_quota_words,
    facts=("quota_reduced",),
)
def quota_overload(p: Quota, f: Facts) -> Risk | None:
    """A profile that leads a team, and the personal quota is not reduced."""
    if not f.profile.leads_team or f.candidate.quota_reduced is True:
        return None
    params = {
        "agreed": f.candidate.quota_reduced is not None,
        "share_min": p.management_share[0],
        "share_max": p.management_share[1],
    }
    return Risk("quota_overload", "risk", params)
