"""Rules for internal candidates (KSB and WILO: people grown in the company)."""

from __future__ import annotations

from dataclasses import dataclass

from kamassess.scoring.risks.registry import Facts, NoFigures, Risk, figure, rule


@dataclass(frozen=True)
class Tenure:
    years: float = figure(ge=0, le=60, doc="years in the company from which tenure is a plus")


@rule(
    "internal_tenure",
    Tenure,
    texts={
        "internal_tenure": {
            "en": "Internal, {tenure_years} years in the company (at least {threshold}): knows "
            "our products, processes and culture.",
            "ru": "Внутренний кандидат, {tenure_years} г. в компании (не меньше {threshold}): "
            "знает продукты, процессы и культуру.",
        },
        "internal_short_tenure": {
            "en": "Internal, but only {tenure_years} years in the company (under {threshold}).",
            "ru": "Внутренний кандидат, но в компании только {tenure_years} г. (меньше "
            "{threshold}).",
        },
    },
)
def internal_tenure(p: Tenure, f: Facts) -> Risk | None:
    """Years in our company: a plus from the threshold on (KSB: "not less than three years")."""
    tenure = f.candidate.tenure_years
    if f.candidate.kind != "internal" or tenure is None:
        return None
    params = {"tenure_years": tenure, "threshold": p.years}
    if tenure >= p.years:
        return Risk("internal_tenure", "plus", params)
    return Risk("internal_short_tenure", "risk", params)


@rule(
    "successor_needed",
    NoFigures,
    texts={
        "successor_needed": {
            "en": "Holds key accounts now: they need a successor before the move.",
            "ru": "Сейчас ведёт ключевых клиентов: до перехода им нужен преемник.",
        }
    },
    facts=("holds_key_accounts",),
)
def successor_needed(p: NoFigures, f: Facts) -> Risk | None:
    """An internal candidate who holds key accounts leaves them to someone."""
    if f.candidate.kind == "internal" and f.candidate.holds_key_accounts is True:
        return Risk("successor_needed", "risk")
    return None
