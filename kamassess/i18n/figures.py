"""How every figure of a result is written: fit, range, coverage, places, verdicts with their
flags, colours and order, and the one-sentence reason — for the window, the CLI and the PDFs."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from kamassess.i18n.messages import tr
from kamassess.i18n.texts import number, verdict_label
from kamassess.scoring.fit import FIT_DIGITS

if TYPE_CHECKING:
    from kamassess.framework.model import Framework
    from kamassess.scoring.fit import ScoreResult
    from kamassess.scoring.ranking import Ranked

__all__ = [
    "LIST_VERDICTS",
    "VERDICT_COLOURS",
    "alpha_text",
    "coverage_text",
    "fit_text",
    "flag_labels",
    "interval_text",
    "level_text",
    "place_text",
    "range_cell",
    "range_text",
    "reason_text",
    "sd_text",
    "signed_text",
    "verdict_label",
    "verdict_line",
    "verdict_rank",
]

# Every verdict a list can filter on, best first; "none" is "not assessed".
LIST_VERDICTS = (
    "recommend",
    "conditional",
    "needs_consensus",
    "not_recommended",
    "insufficient_evidence",
    "none",
)
# Dark enough to read on white and told apart without colour by their words.
VERDICT_COLOURS = {
    "recommend": "#1e6b34",
    "conditional": "#8a5a00",
    "needs_consensus": "#1f4e8c",
    "not_recommended": "#a11d1d",
    "insufficient_evidence": "#555555",
    "none": "#333333",
}


def verdict_rank(verdict: str | None) -> int:
    """Sort order of verdicts, best highest (a list sorted by verdict)."""
    return len(LIST_VERDICTS) - LIST_VERDICTS.index(verdict or "none")


def fit_text(fit: float | None, lang: str) -> str:
    """86.84 -> '86.8' (en) / '86,8' (ru); always one decimal, so a fit and its range read
    alike."""
    if fit is None:
        return "—"
    text = f"{fit:.{FIT_DIGITS}f}"
    return text.replace(".", ",") if lang == "ru" else text


def level_text(value: float | None, lang: str) -> str:
    """A mean level: 3.5 -> '3.5', 4.0 -> '4'."""
    return "—" if value is None else number(value, lang, 1)


def coverage_text(coverage: float, lang: str) -> str:
    """Whole per cent, rounded down, so 79.6 % never reads as the 80 % a verdict needs."""
    return f"{math.floor(coverage * 100 + 1e-9)}\u00a0%"


def _ends(result: ScoreResult, lang: str) -> tuple[str, str] | None:
    if result.fit_range is None:
        return None
    low, high = result.fit_range
    return fit_text(low, lang), fit_text(high, lang)


def range_cell(result: ScoreResult, lang: str) -> str:
    """The range in a table cell: '80.1–88.2', one value when the ends meet, 'one assessor'."""
    ends = _ends(result, lang)
    if ends is None:
        return "—"
    if result.raters == 1:
        return tr("fig.one_assessor", lang)
    return ends[0] if ends[0] == ends[1] else f"{ends[0]}–{ends[1]}"


def range_text(result: ScoreResult, framework: Framework, lang: str) -> str:
    """The range in words: what it is (the spread of the ratings, not a confidence interval),
    printed with the fit's rounding so that the printed fit lies inside it."""
    ends = _ends(result, lang)
    if ends is None or result.fit_range is None:
        return ""
    if result.raters == 1:
        return tr("fig.range_one_assessor", lang)
    if ends[0] == ends[1]:
        return tr("fig.range_agree", lang, value=ends[0])
    text = tr("fig.range", lang, low=ends[0], high=ends[1])
    low, high = (round(x, FIT_DIGITS) for x in result.fit_range)
    if low < framework.verdicts.conditional and high >= framework.verdicts.recommend:
        text += tr("fig.all_bands", lang)
    return text


def place_text(ranked: Ranked) -> str:
    """'=1' for a candidate who shares the place above, else '1'."""
    return f"={ranked.place}" if ranked.tied_with_previous else str(ranked.place)


def flag_labels(result: ScoreResult, lang: str) -> list[str]:
    return [tr(f"flag.{flag}", lang) for flag in result.flags]


def verdict_line(result: ScoreResult, lang: str) -> str:
    """The verdict with its flags: 'conditional, with a development plan · borderline'."""
    return " · ".join([verdict_label(result.verdict, lang), *flag_labels(result, lang)])


def _threshold(value: float) -> str:
    return f"{value:g}"


def reason_text(result: ScoreResult, framework: Framework, lang: str) -> str:
    """Why the verdict is what it is, in one sentence."""
    reason, verdicts = result.reason, framework.verdicts

    def name(cid: str) -> str:
        return framework.competency(cid).name.get(lang)

    def detail(cid: str, key: str) -> str:
        cs = result.competency(cid)
        spread = "" if cs.low is None else f"{cs.low}–{cs.high}"
        return tr(
            key,
            lang,
            name=name(cid),
            score=level_text(cs.score, lang),
            minimum=cs.minimum,
            spread=spread,
        )

    code = reason.code
    if code == "knockout_unrated":
        return tr("reason.knockout_unrated", lang, names=", ".join(map(name, reason.competencies)))
    if code == "coverage":
        return tr(
            "reason.coverage",
            lang,
            coverage=coverage_text(result.coverage, lang),
            minimum=coverage_text(result.scoring.min_coverage, lang),
        )
    if code == "needs_consensus":
        parts = [detail(c, "reason.split_detail") for c in reason.competencies]
        return tr("reason.needs_consensus", lang, details="; ".join(parts))
    if code == "knockout":
        parts = [detail(c, "reason.knockout_detail") for c in reason.competencies]
        return tr("reason.knockout", lang, details="; ".join(parts))
    if code in ("recommend", "conditional", "not_recommended"):
        return tr(
            f"reason.{code}",
            lang,
            fit=fit_text(result.fit, lang),
            recommend=_threshold(verdicts.recommend),
            conditional=_threshold(verdicts.conditional),
        )
    return tr("reason.not_assessed", lang)


# -- calibration figures (kamassess.analysis.calibration) ------------------------------------------


def alpha_text(alpha: float | None, lang: str) -> str:
    """An alpha to three decimals, the precision its reading bands are compared at: '0.815'."""
    if alpha is None:
        return "—"
    text = f"{alpha:.3f}"
    return text.replace(".", ",") if lang == "ru" else text


def interval_text(interval: tuple[float, float] | None, lang: str) -> str:
    """A 95 % interval of an alpha: '0.702–0.881'."""
    if interval is None:
        return "—"
    return f"{alpha_text(interval[0], lang)}–{alpha_text(interval[1], lang)}"


def signed_text(value: float | None, lang: str) -> str:
    """A leniency, always signed, two decimals: '+0.21', '−0.05' (a real minus), '0.00'."""
    if value is None:
        return "—"
    text = f"{abs(value):.2f}"
    if text != "0.00":
        text = ("+" if value > 0 else "\u2212") + text
    return text.replace(".", ",") if lang == "ru" else text


def sd_text(value: float | None, lang: str) -> str:
    """A standard deviation of levels, two decimals: '0.93'."""
    if value is None:
        return "—"
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "ru" else text
