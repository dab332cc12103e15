"""Rules for external candidates (the article's aspects 1, 2 and 5)."""

from __future__ import annotations

from dataclasses import dataclass

from kamassess.i18n.texts import number, percent
from kamassess.model import MOTIVATIONS
from kamassess.scoring.risks.registry import Facts, Risk, figure, phrase, rule


def same_place(a: str, b: str) -> bool:
    """Regions compare without case or spacing: "Москва" is " москва "."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass(frozen=True)
class Payback:
    months: tuple[int, int] = figure(
        ge=0, le=120, ordered=True, doc="months before an external hire pays back [from, to]"
    )


@rule(
    "external_payback",
    Payback,
    texts={
        "external_payback": {
            "en": "External hire: expect {months_min}–{months_max} months before the investment "
            "pays back in a complex market.",
            "ru": "Внешний кандидат: вложения окупятся не раньше чем через "
            "{months_min}–{months_max} мес. на сложном рынке.",
        }
    },
)
def external_payback(p: Payback, f: Facts) -> Risk | None:
    """An external hire pays back only after some months (Grundfos: six to twelve)."""
    if f.candidate.kind != "external":
        return None
    return Risk("external_payback", "risk", {"months_min": p.months[0], "months_max": p.months[1]})


@dataclass(frozen=True)
class PayMotivated:
    motivations: tuple[str, ...] = figure(
        choices=MOTIVATIONS, doc="main motivations that mean a move bought with pay"
    )


@rule(
    "pay_motivated",
    PayMotivated,
    texts={
        "pay_motivated": {
            "en": "Moves mainly for pay: a higher offer may lure them away again "
            "(re-poaching risk).",
            "ru": "Переходит в основном ради денег: более высокое предложение может снова его "
            "переманить.",
        }
    },
)
def pay_motivated(p: PayMotivated, f: Facts) -> Risk | None:
    """An external candidate bought with salary keeps looking at other offers (Unity, KSB)."""
    c = f.candidate
    if c.kind == "external" and c.motivation is not None and c.motivation in p.motivations:
        return Risk("pay_motivated", "risk", {"motivation": c.motivation})
    return None


@dataclass(frozen=True)
class JobHopping:
    tenure_years: float = figure(ge=0, le=60, doc="average years per past job below this: risk")


@rule(
    "job_hopping",
    JobHopping,
    texts={
        "job_hopping": {
            "en": "Short tenures: {tenure_years} years per job on average, under {threshold} "
            "(job-hopping risk).",
            "ru": "Частая смена работы: в среднем {tenure_years} г. на месте, меньше "
            "{threshold} г.",
        }
    },
)
def job_hopping(p: JobHopping, f: Facts) -> Risk | None:
    """Short average tenure per past job."""
    tenure = f.candidate.tenure_years
    if f.candidate.kind == "external" and tenure is not None and tenure < p.tenure_years:
        return Risk("job_hopping", "risk", {"tenure_years": tenure, "threshold": p.tenure_years})
    return None


@dataclass(frozen=True)
class WeakStart:
    client_overlap_below: float = figure(
        ge=0, le=1, doc="share of our key clients (0..1) below which the start is weak"
    )


def _weak_start_words(risk: Risk, lang: str) -> dict[str, str]:
    overlap, regions = risk.params.get("overlap"), risk.params.get("regions")
    return {
        "overlap": percent(float(str(overlap))) if overlap is not None else "0 %",
        "threshold": percent(float(str(risk.params["threshold"]))),
        "regions": ", ".join(map(str, regions)) if isinstance(regions, list | tuple) else "",
    }


@rule(
    "weak_start",
    WeakStart,
    texts={
        "weak_start": {
            "en": "Same industry but another region ({region}; ours: {regions}) and {overlap} of "
            "our key clients in common, under {threshold}: expect a weak start; the client base "
            "may drift away.",
            "ru": "Та же отрасль, но другой регион ({region}; наши: {regions}), общих с нами "
            "ключевых клиентов {overlap} — меньше {threshold}: вероятен слабый старт, клиентская "
            "база может распасться.",
        }
    },
    words=_weak_start_words,
    facts=("industry", "client_overlap"),
)
def weak_start(p: WeakStart, f: Facts) -> Risk | None:
    """Same industry, another region than the company's own, hardly any of our clients
    (Unity: such a hire cannot keep the client base of a region they do not know)."""
    c, regions = f.candidate, f.framework.company.regions
    if c.kind != "external" or c.industry != "own" or not c.region or not regions:
        return None
    if any(same_place(c.region, r) for r in regions):
        return None
    if c.client_overlap is not None and c.client_overlap >= p.client_overlap_below:
        return None
    params: dict[str, object] = {
        "region": c.region,
        "regions": list(regions),
        "overlap": c.client_overlap,
        "threshold": p.client_overlap_below,
    }
    return Risk("weak_start", "risk", params)


@dataclass(frozen=True)
class ClientCredit:
    min_client_overlap: float = figure(
        ge=0, le=1, doc="share of our key clients (0..1) from which another market is a credit"
    )


def _credit_words(risk: Risk, lang: str) -> dict[str, str]:
    return {
        "overlap_pct": percent(float(str(risk.params["overlap"]))),
        "threshold": percent(float(str(risk.params["threshold"]))),
        "market": phrase("adjacent_credit", f"market_{risk.params['industry']}", lang),
    }


@rule(
    "adjacent_credit",
    ClientCredit,
    texts={
        "adjacent_credit": {
            "en": "{market} and already works with {overlap_pct} of our key clients (at least "
            "{threshold}): established trust — a credit, not a penalty.",
            "ru": "{market}, уже работает с {overlap_pct} наших ключевых клиентов (не меньше "
            "{threshold}): кредит доверия, а не недостаток.",
        },
        "market_adjacent": {"en": "Adjacent market", "ru": "Смежный рынок"},
        "market_other": {"en": "Another industry", "ru": "Другая отрасль"},
    },
    words=_credit_words,
    facts=("industry", "client_overlap"),
)
def adjacent_credit(p: ClientCredit, f: Facts) -> Risk | None:
    """From an adjacent or any other market, but already working with our key clients (Unity:
    better than our own industry in another region)."""
    c = f.candidate
    if c.industry not in ("adjacent", "other") or c.client_overlap is None:
        return None
    if c.client_overlap < p.min_client_overlap:
        return None
    params = {
        "industry": c.industry,
        "overlap": c.client_overlap,
        "threshold": p.min_client_overlap,
    }
    return Risk("adjacent_credit", "plus", params)


@dataclass(frozen=True)
class FixedHabits:
    competency: str = figure(ref="competency", doc="the competency that measures learning agility")
    below: float = figure(ge=0, le=100, doc="its score below this (or no rating): risk")


def _habits_words(risk: Risk, lang: str) -> dict[str, str]:
    score = risk.params.get("score")
    if score is None:
        return {"state": phrase("fixed_habits", "unrated", lang)}
    state = phrase(
        "fixed_habits",
        "low",
        lang,
        score=number(float(str(score)), lang),
        below=number(float(str(risk.params["below"])), lang),
    )
    return {"state": state}


@rule(
    "fixed_habits",
    FixedHabits,
    texts={
        "fixed_habits": {
            "en": "An experienced external hire may bring fixed habits and another corporate "
            "culture; learning agility {state}.",
            "ru": "Опытный внешний кандидат может принести устоявшиеся привычки и другую "
            "корпоративную культуру; обучаемость {state}.",
        },
        "unrated": {"en": "was not rated: ask about it", "ru": "не оценена: выясните её"},
        "low": {"en": "is rated {score}, under {below}", "ru": "оценена в {score}, ниже {below}"},
    },
    words=_habits_words,
)
def fixed_habits(p: FixedHabits, f: Facts) -> Risk | None:
    """An external candidate whose learning agility is low or unknown (Grundfos: an experienced
    KAM is hard to "rebuild" for another company)."""
    if f.candidate.kind != "external":
        return None
    try:
        cs = f.result.competency(p.competency)
    except StopIteration:  # the profile does not rate learning agility
        return None
    if cs.score is not None and cs.score >= p.below:
        return None
    return Risk(
        "fixed_habits", "risk", {"competency": p.competency, "score": cs.score, "below": p.below}
    )
