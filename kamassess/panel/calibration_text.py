"""A calibration in words and figures for one language — the same lines for the command line,
the Calibration tab and the PDF: never an alpha without its n and interval, and "not enough
data (n of N)" below the floor."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kamassess.analysis.calibration import (
    METRICS,
    MIN_PAIRABLE,
    MIN_PAIRS,
    MIN_UNITS,
    RESAMPLES,
    Metric,
    Reading,
    reading,
)
from kamassess.framework.model import Framework
from kamassess.i18n.figures import alpha_text, interval_text, sd_text, signed_text
from kamassess.i18n.messages import tr
from kamassess.i18n.plural import count_text
from kamassess.panel.pool import CalibrationRun, Pool


@dataclass(frozen=True)
class CompetencyLine:
    competency: str
    name: str
    alpha: str  # the figure, or "not enough data (…)"
    interval: str
    units: str  # the count, grouped as the language writes it
    enough: bool


@dataclass(frozen=True)
class AssessorLine:
    name: str
    leniency: str  # "+0.21", or "fewer than 10 pairs"
    pairs: str  # the count, grouped as the language writes it
    sd: str
    shown: bool


@dataclass(frozen=True)
class CalibrationText:
    title: str
    scope: str
    pool: str  # what was counted
    headline: str  # the ordinal alpha with its interval and n, or "not enough data: …"
    figure: str  # the ordinal alpha alone ("" when there is none), for large type
    detail: str  # its interval and n, printed under the figure
    reading: Reading
    meaning: str  # the plain-language reading
    others: str  # interval and nominal alpha on the same units ("" below the floor)
    notes: tuple[str, ...]  # what was left out, and why
    competencies: tuple[CompetencyLine, ...]
    assessors: tuple[AssessorLine, ...]
    leniency_help: str
    method: str


def _raters(pool: Pool) -> dict[tuple[str, str], int]:
    """How many people rated each unit."""
    raters: dict[tuple[str, str], int] = defaultdict(int)
    for r in pool.ratings:
        raters[r.unit] += 1
    return raters


def _counts(raters: dict[tuple[str, str], int]) -> dict[str, tuple[int, int, int]]:
    """Per competency: units, units rated by two or more people, ratings in those units."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (_, comp), n in raters.items():
        row = out[comp]
        row[0] += 1
        if n >= 2:
            row[1] += 1
            row[2] += n
    return {c: (u, pu, pv) for c, (u, pu, pv) in out.items()}


def describe(run: CalibrationRun, framework: Framework, lang: str) -> CalibrationText:
    """Every line of a calibration in `lang`."""
    cal, pool = run.calibration, run.pool
    raters = _raters(pool)
    pairable_units = sum(1 for n in raters.values() if n >= 2)  # the floor counts both
    not_enough = tr(
        "cal.not_enough",
        lang,
        pairable=cal.pairable,
        need_pairable=MIN_PAIRABLE,
        units=pairable_units,
        need_units=MIN_UNITS,
    )
    ordinal = cal.alpha["ordinal"]
    figure = detail = ""
    if not cal.enough_data:
        headline, others = not_enough, ""
    elif ordinal is None:
        headline, others = tr("cal.no_alpha", lang), ""
    else:
        headline = _alpha_line(run, "ordinal", pairable_units, lang)
        figure = alpha_text(ordinal, lang)
        interval = cal.alpha_interval95.get("ordinal")
        detail = tr(
            "cal.detail",
            lang,
            low=alpha_text(None if interval is None else interval[0], lang),
            high=alpha_text(None if interval is None else interval[1], lang),
            pairable=cal.pairable,
            units=pairable_units,
        )
        others = tr(
            "cal.other_metrics",
            lang,
            others="; ".join(_other_line(run, m, lang) for m in METRICS if m != "ordinal"),
        )
    key = reading(ordinal if cal.enough_data else None)
    meaning = tr(f"cal.reading.{key}", lang)
    interval = cal.alpha_interval95.get("ordinal")
    if key in ("reliable", "tentative") and interval is not None:
        lower = reading(interval[0])
        if lower != key and lower in ("tentative", "unreliable"):
            meaning += " " + tr("cal.reading_reaches", lang, band=tr(f"cal.band.{lower}", lang))
    scope = (
        tr("cal.scope_all", lang)
        if pool.profile is None
        else tr("cal.scope_profile", lang, profile=framework.profile(pool.profile).name.get(lang))
    )
    notes = []
    if pool.other_scale:
        notes.append(tr("cal.other_scale", lang, n=pool.other_scale))
    if pool.repeated:
        notes.append(tr("cal.repeated", lang, n=pool.repeated))
    counts = _counts(raters)
    comps = []
    order = {c.id: i for i, c in enumerate(framework.competencies)}
    for cid in sorted(cal.per_competency, key=lambda c: (order.get(c, len(order)), c)):
        found = cal.per_competency[cid]
        n_units, p_units, p_values = counts.get(cid, (0, 0, 0))
        units = count_text(n_units, lang)
        name = framework.competency(cid).name.get(lang) if framework.has_competency(cid) else cid
        if found is None:
            short = tr(
                "cal.not_enough_short",
                lang,
                pairable=p_values,
                need_pairable=MIN_PAIRABLE,
                units=p_units,
                need_units=MIN_UNITS,
            )
            comps.append(CompetencyLine(cid, name, short, "", units, False))
        elif found.alpha_ordinal is None:
            comps.append(
                CompetencyLine(cid, name, tr("cal.no_competency_alpha", lang), "", units, True)
            )
        else:
            comps.append(
                CompetencyLine(
                    cid,
                    name,
                    alpha_text(found.alpha_ordinal, lang),
                    interval_text(found.interval95, lang),
                    units,
                    True,
                )
            )
    few = tr("cal.few_pairs", lang, n=MIN_PAIRS)
    people = [
        AssessorLine(
            name,
            signed_text(s.leniency, lang) if s.leniency is not None else few,
            count_text(s.pairs, lang),
            sd_text(s.sd, lang),
            s.leniency is not None,
        )
        for name, s in sorted(cal.assessors.items(), key=lambda kv: kv[0].casefold())
    ]
    return CalibrationText(
        title=tr("cal.title", lang),
        scope=scope,
        pool=tr(
            "cal.pool",
            lang,
            assessments=pool.assessments,
            units=cal.units,
            pairable=cal.pairable,
        ),
        headline=headline,
        figure=figure,
        detail=detail,
        reading=key,
        meaning=meaning,
        others=others,
        notes=tuple(notes),
        competencies=tuple(comps),
        assessors=tuple(people),
        leniency_help=tr("cal.leniency_help", lang, n=MIN_PAIRS),
        method=tr("cal.method", lang, resamples=RESAMPLES),
    )


def _alpha_line(run: CalibrationRun, metric: Metric, units: int, lang: str) -> str:
    cal = run.calibration
    interval = cal.alpha_interval95.get(metric)
    return tr(
        "cal.alpha_line",
        lang,
        metric=tr(f"cal.metric.{metric}", lang),
        alpha=alpha_text(cal.alpha[metric], lang),
        low=alpha_text(None if interval is None else interval[0], lang),
        high=alpha_text(None if interval is None else interval[1], lang),
        pairable=cal.pairable,
        units=units,
    )


def _other_line(run: CalibrationRun, metric: Metric, lang: str) -> str:
    cal = run.calibration
    interval = cal.alpha_interval95.get(metric)
    return tr(
        "cal.other_line",
        lang,
        metric=tr(f"cal.metric_adj.{metric}", lang),
        alpha=alpha_text(cal.alpha[metric], lang),
        low=alpha_text(None if interval is None else interval[0], lang),
        high=alpha_text(None if interval is None else interval[1], lang),
    )
