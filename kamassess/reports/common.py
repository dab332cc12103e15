"""Pieces shared by the reports: labels, number formats, the result box, facts."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from kamassess.framework.model import Framework
from kamassess.i18n import figures
from kamassess.i18n.figures import fit_text, level_text
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import money, number, verdict_label
from kamassess.reports.layout import (
    FRAME_W,
    INK,
    RULE,
    SHADE,
    Styles,
    Table,
    escape,
    p,
    pm,
    today,
)
from kamassess.scoring.evaluation import Evaluation
from kamassess.scoring.risks import facts_in_use, optional_facts

__all__ = ["facts_table", "fit_text", "heading", "level_text", "result_box", "section"]


def result_box(ev: Evaluation, lang: str, st: Styles, width: float) -> Table:
    """Fit, range, verdict with its flags and reason, coverage, knock-outs: large and
    unmistakable, in black and white."""
    res, fw = ev.result, ev.framework
    verdict = (
        verdict_label(res.verdict, lang).upper() if res.verdict else tr("rep.not_assessed", lang)
    )
    flags = " · ".join(figures.flag_labels(res, lang))
    rows: list[list[Flowable]] = [
        [p(tr("rep.fit", lang), st.small)],
        [pm(f"{escape(fit_text(res.fit, lang))}<font size='12'> / 100</font>", st.big)],
        [p(figures.range_text(res, fw, lang), st.small)],
        [Spacer(1, 3)],
        [p(tr("rep.verdict", lang), st.small)],
        [p(verdict, st.verdict)],
    ]
    if flags:
        rows.append([pm(f"<b>{escape(flags)}</b>", st.small)])
    if res.verdict:
        rows.append([p(figures.reason_text(res, fw, lang), st.small)])
    if res.disagreements:
        n = len(res.disagreements)
        rows.append([pm(f"<b>{escape(tr('rep.flag_disagreement', lang, n=n))}</b>", st.small)])
    if not res.raters:  # nothing final: no coverage, minimums or assessors to speak of
        return _boxed(rows, width)
    coverage = tr("rep.coverage_value", lang, pct=figures.coverage_text(res.coverage, lang))
    rows.append([pm(f"<b>{escape(tr('rep.coverage', lang))}:</b> {escape(coverage)}", st.small)])
    names = [fw.competency(c).name.get(lang) for c in res.knockouts]
    knock = ", ".join(names[:3]) or tr("rep.none", lang)
    if len(names) > 3:  # the box stays its size on page 1; the table on page 2 has them all
        knock += " " + tr("rep.more", lang, n=len(names) - 3)
    rows.append([pm(f"<b>{escape(tr('rep.knockouts', lang))}:</b> {escape(knock)}", st.small)])
    rows.append([pm(f"<b>{escape(tr('rep.raters', lang))}:</b> {res.raters}", st.small)])
    return _boxed(rows, width)


def _boxed(rows: list[list[Flowable]], width: float) -> Table:
    box = Table(rows, colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, INK),
                ("BACKGROUND", (0, 0), (-1, 2), SHADE),
                ("LINEBELOW", (0, 2), (-1, 2), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return box


def salary_text(ev: Evaluation, lang: str) -> str:
    """The pay the candidate expects, against the profile's band."""
    c = ev.candidate
    if c.salary_expectation is None:
        return tr("rep.unknown", lang)
    salary = money(c.salary_expectation)
    band = ev.framework.profile(ev.result.profile).salary_band
    if band is not None:
        band_text = tr(
            "rep.band",
            lang,
            low=money(band.base_min),
            high=money(band.base_max),
            currency=band.currency,
        )
        if band.year is not None:
            band_text += tr("rep.band_year", lang, year=band.year)
        salary += f" {band.currency} ({band_text})"
        if c.salary_expectation > band.base_max:
            salary += f" — {tr('rep.above_band', lang)}"
    return salary


def facts_table(ev: Evaluation, lang: str, st: Styles, width: float) -> Table:
    """The candidate's facts as label–value rows; unknown facts say so rather than vanish."""
    c, fw = ev.candidate, ev.framework
    profile = fw.profile(ev.result.profile)

    def yes_no(value: bool | None) -> str:
        return (
            tr("rep.unknown", lang) if value is None else tr("rep.yes" if value else "rep.no", lang)
        )

    def opt(value: object, fmt: str = "{}") -> str:
        return tr("rep.unknown", lang) if value in (None, "") else fmt.format(value)

    salary = salary_text(ev, lang)
    tenure_key = "rep.tenure_internal" if c.kind == "internal" else "rep.tenure_external"
    # Facts only some risk rule reads (client overlap, quota, ...) print when this framework's
    # rules read them or when the candidate has a value: another framework has no use for them.
    used = facts_in_use(fw)

    def shown(fact: str) -> bool:
        return fact not in optional_facts() or fact in used or getattr(c, fact) is not None

    rows = [
        (tr("rep.kind", lang), tr(f"kind.{c.kind}", lang)),
        (tr("rep.current_role", lang), opt(c.current_role)),
        (tr("rep.employer", lang), opt(c.employer)) if c.kind == "external" else None,
        (
            tr(tenure_key, lang),
            opt(None if c.tenure_years is None else number(c.tenure_years, lang)),
        ),
        (tr("rep.industry", lang), opt(c.industry and tr(f"industry.{c.industry}", lang)))
        if shown("industry")
        else None,
        (tr("rep.region", lang), opt(c.region)),
        (
            tr("rep.overlap", lang),
            opt(None if c.client_overlap is None else f"{c.client_overlap * 100:.0f} %"),
        )
        if shown("client_overlap")
        else None,
        (tr("rep.education", lang), yes_no(c.technical_education)),
        (tr("rep.salary", lang), salary),
        (tr("rep.motivation", lang), opt(c.motivation and tr(f"motivation.{c.motivation}", lang))),
        (tr("rep.manages_team", lang), yes_no(c.manages_team)),
        (tr("rep.quota", lang), yes_no(c.quota_reduced))
        if profile.leads_team and shown("quota_reduced")
        else None,
        (tr("rep.key_accounts", lang), yes_no(c.holds_key_accounts))
        if c.kind == "internal" and shown("holds_key_accounts")
        else None,
    ]
    data = [
        [p(label, st.cell_bold), p(value, st.cell)] for row in rows if row for label, value in [row]
    ]
    label_w = 42 * mm
    table = Table(data, colWidths=[label_w, width - label_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


LONG_TABLE_ROWS = 8  # a table longer than this may start at a page foot and continue


def section(title: str, st: Styles, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of its content."""
    if not body:
        return [p(title, st.h1)]
    first = body[0]
    if isinstance(first, Table) and len(first._cellvalues) > LONG_TABLE_ROWS:
        # A long table starts under its heading on the same page and splits (its header row
        # repeats): only the heading and its first rows need room, not the whole table.
        first.wrap(FRAME_W, 100_000)
        need = sum(first._rowHeights[: (first.repeatRows or 0) + 3]) + 2 * st.h1.leading
        loose = ParagraphStyle("h1", parent=st.h1, keepWithNext=0)
        return [CondPageBreak(need), p(title, loose), *body]
    # Nested KeepTogethers make reportlab push the whole group to a new page: flatten them.
    opening = list(first._content) if isinstance(first, KeepTogether) else [first]
    return [KeepTogether([p(title, st.h1), *opening]), *body[1:]]


def heading(
    kicker: str, title: str, fw: Framework, profile_id: str, lang: str, st: Styles
) -> list[Flowable]:
    """The top of a report: kicker, title, and a line with profile, framework and date."""
    # A line may break before a "·", never after it, and never between a label and its value.
    sub = " ·\u00a0".join(
        [
            f"{tr('rep.target_profile', lang)}:\u00a0{fw.profile(profile_id).name.get(lang)}",
            f"{tr('rep.framework', lang)}:\u00a0{fw.id}\u00a0{fw.version}",
            f"{tr('rep.date', lang)}:\u00a0{today(lang)}",
        ]
    )
    # A long name gets a smaller title, so it never crowds page 1 off its page.
    size = 18 if len(title) <= 60 else 14 if len(title) <= 120 else 11
    style = (
        st.title
        if size == 18
        else ParagraphStyle("title_small", parent=st.title, fontSize=size, leading=size * 1.2)
    )
    return [p(kicker.upper(), st.tiny), p(title, style), p(sub, st.subtitle)]


def profile_label(fw: Framework, profile_id: str, lang: str) -> str:
    return fw.profile(profile_id).name.get(lang)
