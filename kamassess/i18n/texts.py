"""Numbers and sentences shared by the CLI, the GUI and the reports."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from kamassess.i18n.messages import tr

if TYPE_CHECKING:
    from kamassess.scoring.evaluation import Evaluation
    from kamassess.scoring.risks import Risk


def money(amount: float) -> str:
    """80000 -> '80 000' with a no-break space, as Russian typography groups digits (the narrow
    one, U+202F, is missing from PT Sans and breaks lines in Qt)."""
    return f"{amount:,.0f}".replace(",", "\u00a0")


def number(value: float, lang: str, digits: int = 1) -> str:
    """1.5 -> '1.5' (en) or '1,5' (ru); whole numbers without a fraction."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return text.replace(".", ",") if lang == "ru" else text


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_text(day: date | str, lang: str) -> str:
    """A date as its reader writes it: '16.11.2026' in Russian, '16 Nov 2026' in English (never
    '11/16', which half the readers take for the 11th); text that is not an ISO date is kept."""
    if isinstance(day, str):
        try:
            return date_text(date.fromisoformat(day), lang)
        except ValueError:
            return day
    if lang == "ru":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def percent(share: float) -> str:
    """0.35 -> '35 %' (a share of 0..1 as whole per cent, the same in both languages)."""
    return f"{share * 100:.0f}\u00a0%"


def verdict_label(verdict: str | None, lang: str) -> str:
    return tr(f"verdict.{verdict or 'none'}", lang)


def risk_sentence(risk: Risk | Mapping[str, object], lang: str) -> str:
    """The indicator as a sentence in lang, in the words of the rule that found it."""
    from kamassess.scoring.risks import sentence  # the rules own their words

    return sentence(risk, lang)


def pooling_lines(ev: Evaluation, lang: str) -> list[str]:
    """What a score combined from assessments of several framework versions, in sentences;
    empty when every assessment counted in full under one version."""
    pooling = ev.pooling
    if pooling is None:
        return []
    by_id = {a.id: a for a in ev.assessments}
    lines = [tr("eval.pooled", lang, framework=pooling.framework)]
    for aid, comps in pooling.partly:
        a = by_id[aid]
        lines.append(
            tr(
                "eval.partly",
                lang,
                assessor=a.assessor,
                date=date_text(a.date, lang),
                competencies=", ".join(comps),
                framework=pooling.framework,
            )
        )
    for aid, _why in pooling.left_out:
        a = by_id[aid]
        lines.append(tr("eval.left_out", lang, assessor=a.assessor, date=date_text(a.date, lang)))
    return lines
