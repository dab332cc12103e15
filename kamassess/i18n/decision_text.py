"""How decisions, outcomes and retention are written — for the window, the CLI and the PDFs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamassess.i18n.messages import tr
from kamassess.i18n.texts import date_text, money

if TYPE_CHECKING:
    from kamassess.decisions.model import Decision, OutcomeRecord
    from kamassess.decisions.retention import Due
    from kamassess.framework.model import Framework, SalaryBand

# Every decision a list can filter on, in the order of a hiring process; "none": not decided.
LIST_DECISIONS = ("hire", "conditional", "on_hold", "reject", "withdrawn", "none")


def decision_label(decision: str | None, lang: str, *, kind: str | None = None) -> str:
    """'hire' for an external candidate, 'promote' for an internal one, 'hire / promote' when
    the kind is not given (a filter); 'no decision' for None."""
    if decision is None:
        return tr("decision.none", lang)
    if decision == "hire" and kind is not None:
        return tr(f"decision.hire.{kind}", lang)
    return tr(f"decision.{decision}", lang)


def salary_against_band(salary: float, band: SalaryBand | None, lang: str) -> str:
    """'120 000 RUB — above the band 80 000–100 000 RUB by 20 000' (or within / below it);
    the amount alone when the profile has no band."""
    if band is None:
        return tr("dec.salary_no_band", lang, amount=money(salary))
    params = {
        "amount": money(salary),
        "low": money(band.base_min),
        "high": money(band.base_max),
        "currency": band.currency,
    }
    if salary > band.base_max:
        return tr("dec.salary_above", lang, by=money(salary - band.base_max), **params)
    if salary < band.base_min:
        return tr("dec.salary_below", lang, by=money(band.base_min - salary), **params)
    return tr("dec.salary_within", lang, **params)


def decision_summary(d: Decision, kind: str | None, lang: str) -> str:
    """'promote · 1 Dec 2026 · decided by Иванов И. И.'"""
    return " · ".join(
        [
            decision_label(d.decision, lang, kind=kind),
            date_text(d.date, lang),
            tr("dec.decided_by_name", lang, name=d.decided_by),
        ]
    )


def yes_no(value: bool | None, lang: str) -> str:
    return tr("rep.unknown" if value is None else "rep.yes" if value else "rep.no", lang)


def outcome_lines(o: OutcomeRecord, framework: Framework, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs of what is known of the outcomes, in the order they come in."""

    def level(value: int | None, by: str | None) -> str:
        if value is None:
            return tr("rep.unknown", lang)
        label = framework.level_label(value)
        text = f"{value}" + (f" — {label.get(lang)}" if label is not None else "")
        return text + (f" ({tr('dec.rated_by', lang, name=by)})" if by else "")

    probation = yes_no(o.probation_passed, lang)
    if o.probation_date is not None:
        probation += f", {date_text(o.probation_date, lang)}"
    if o.left_12m is None:
        left = tr("rep.unknown", lang)
    elif o.left_12m:
        reason = o.left_reason
        left = tr("rep.yes", lang) + (f" — {tr(f'dec.left.{reason}', lang)}" if reason else "")
    else:
        left = tr("rep.no", lang)
    return [
        (tr("dec.probation_passed", lang), probation),
        (tr("dec.performance_6m", lang), level(o.performance_6m, o.performance_6m_by)),
        (tr("dec.performance_12m", lang), level(o.performance_12m, o.performance_12m_by)),
        (tr("dec.left_12m", lang), left),
    ]


def due_reason(due: Due, lang: str) -> str:
    """Why and since when a candidate is due for deletion, in one line."""
    since = date_text(due.since, lang)
    if due.reason == "consent" and due.candidate.consent_until is not None:
        return tr(
            "dec.due_consent", lang, until=date_text(due.candidate.consent_until, lang), since=since
        )
    d = due.decision
    assert d is not None
    return tr(
        "dec.due_decision",
        lang,
        decision=decision_label(d.decision, lang, kind=due.candidate.kind),
        date=date_text(d.date, lang),
        since=since,
    )
