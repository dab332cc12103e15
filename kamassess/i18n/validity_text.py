"""How predictive validity is written — rho never without n and its interval, rates as "k of n",
and a reading in plain words — for the window, the CLI and the PDF page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamassess.i18n.figures import LIST_VERDICTS, verdict_label
from kamassess.i18n.messages import tr

if TYPE_CHECKING:
    from kamassess.analysis.validity import Correlation, Rate, Validity
    from kamassess.decisions.validity_pool import ValidityReport
    from kamassess.framework.model import Framework


def rho_text(value: float, lang: str) -> str:
    """0.623 -> '0.62'; −0.1 -> '−0.10' (a true minus sign; a decimal comma in Russian)."""
    text = f"{abs(value):.2f}"
    if lang == "ru":
        text = text.replace(".", ",")
    return ("−" if value < 0 and text.strip("0.,") else "") + text


def interval_text(interval: tuple[float, float], lang: str) -> str:
    low, high = interval
    return tr("val.interval", lang, low=rho_text(low, lang), high=rho_text(high, lang))


def rate_text(rate: Rate, lang: str) -> str:
    """'9 of 11 (82 %)'."""
    return tr("val.rate", lang, count=rate.count, n=rate.n, pct=f"{rate.rate * 100:.0f}\u00a0%")


def figure_text(c: Correlation, lang: str) -> str:
    """'0.62 (0.31 to 0.82), n = 24', or why there is no figure: never a bare rho."""
    if c.rho is None or c.interval95 is None:
        return tr(f"val.why.{c.reason or 'not_enough_outcomes'}", lang, n=c.n)
    return tr(
        "val.figure",
        lang,
        rho=rho_text(c.rho, lang),
        interval=interval_text(c.interval95, lang),
        n=c.n,
    )


def reading_text(c: Correlation, needed: int, lang: str) -> str:
    """What the figure means, in a sentence."""
    if c.reason == "not_enough_outcomes":
        return tr("val.reading.insufficient", lang, n=c.n, needed=needed)
    return tr(f"val.reading.{c.reading}", lang)


def short_reading(c: Correlation, lang: str) -> str:
    """The reading in a few words (a table cell); why there is none when there is none."""
    if c.rho is None or c.interval95 is None:
        return figure_text(c, lang)
    return tr(f"val.short.{c.reading}", lang)


def group_name(framework: Framework, group_id: str, lang: str) -> str:
    found = next((g for g in framework.groups if g.id == group_id), None)
    return group_id if found is None else found.name.get(lang)


def group_order(framework: Framework, group_ids: list[str]) -> list[str]:
    """Group ids in the framework's order (unknown ones last, by id)."""
    known = [g.id for g in framework.groups]
    return sorted(group_ids, key=lambda g: (known.index(g) if g in known else len(known), g))


def band_order(bands: list[str]) -> list[str]:
    """Verdict bands best first, as lists show them."""
    return sorted(bands, key=lambda b: LIST_VERDICTS.index(b) if b in LIST_VERDICTS else 99)


def summary_text(report: ValidityReport, lang: str) -> str:
    v = report.validity
    return tr(
        "val.summary",
        lang,
        hired=report.hired,
        outcomes=report.with_outcomes,
        n=v.n,
        needed=v.needed,
    )


def overall_text(v: Validity, lang: str) -> str:
    """The plain-language answer first: not enough yet, or what the fit's interval says."""
    if not v.enough:
        return tr("val.not_enough", lang, n=v.n, needed=v.needed)
    return reading_text(v.fit, v.needed, lang)


def validity_lines(report: ValidityReport, framework: Framework, lang: str) -> list[str]:
    """The whole answer as text lines (the CLI's table)."""
    v = report.validity
    lines = [tr("val.title", lang), summary_text(report, lang), "", overall_text(v, lang), ""]
    lines.append(f"{tr('val.fit', lang)}: {figure_text(v.fit, lang)}")
    if v.enough:  # below the floor every group says the same as the fit
        for gid in group_order(framework, list(v.groups)):
            lines.append(
                f"  {group_name(framework, gid, lang)}: {figure_text(v.groups[gid], lang)}"
            )
    for title, rates in (("val.probation_by_band", v.probation), ("val.left_by_band", v.left)):
        lines += ["", tr(title, lang)]
        if not rates:
            lines.append("  " + tr("val.no_rates", lang))
        for band in band_order(list(rates)):
            lines.append(f"  {verdict_label(band, lang)}: {rate_text(rates[band], lang)}")
    if report.unscorable:
        lines += ["", tr("val.unscorable", lang, ids=", ".join(report.unscorable))]
    lines += ["", tr("val.method", lang, needed=v.needed), tr("val.restriction", lang)]
    return lines
