"""The comparison of 2–6 candidates against one ideal portrait."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n import figures
from kamassess.i18n.figures import fit_text
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import money, number, risk_sentence
from kamassess.reports import layout
from kamassess.reports.common import heading, section
from kamassess.reports.layout import FRAME_W, Styles, Table, escape, grid_table, p, pm
from kamassess.reports.radar import GREYS, STYLES, Series, legend, radar
from kamassess.scoring.evaluation import Evaluation
from kamassess.scoring.ranking import COMPARE_MAX, Ranked, rank

MAX_CANDIDATES = COMPARE_MAX
HEADER_NAME_MAX = 60
KEY_RISKS = 2  # risk sentences per candidate in the table
SMALL_MULTIPLES_FROM = 4  # candidates: from here on, also one small chart each


def _short(name: str, limit: int = HEADER_NAME_MAX) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _ranked(evs: Sequence[Evaluation]) -> tuple[list[Evaluation], list[Ranked]]:
    """The evaluations in the order of the ranking, and the ranking."""
    by_id = {e.candidate.id: e for e in evs}
    ranked = rank([e.result for e in evs], evs[0].framework.scoring.meaningful_difference)
    return [by_id[r.result.candidate] for r in ranked], ranked


def _salary(ev: Evaluation, lang: str) -> str:
    """The expected pay against the profile's band: '95 000 RUB, within the band'."""
    c, fw = ev.candidate, ev.framework
    if c.salary_expectation is None:
        return tr("rep.unknown", lang)
    band = fw.profile(ev.result.profile).salary_band
    text = money(c.salary_expectation)
    if band is None:
        return text
    text += f" {band.currency}"
    if c.salary_expectation > band.base_max:
        return f"{text}, {tr('rep.above_band', lang)}"
    if c.salary_expectation < band.base_min:
        return f"{text}, {tr('rep.below_band', lang)}"
    return f"{text}, {tr('rep.in_band', lang)}"


def _ranking(evs: Sequence[Evaluation], lang: str, st: Styles) -> list[Flowable]:
    ordered, ranked = _ranked(evs)
    difference = evs[0].framework.scoring.meaningful_difference
    head = [
        p(tr(k, lang), st.cell_bold)
        for k in (
            "rep.col.place",
            "rep.col.candidate",
            "rep.col.fit",
            "rep.col.verdict",
            "rep.col.panel",
            "rep.col.salary",
        )
    ]
    rows: list[list[Flowable]] = [head]
    for r, ev in zip(ranked, ordered, strict=True):
        res, fw, cand = r.result, ev.framework, ev.candidate
        kind = escape(tr(f"kind.{cand.kind}", lang))
        name = f"<b>{escape(cand.name)}</b><br/><font size='7.5'>{kind}"
        if ev.other_profile:  # scored against a profile that is not their own: said, in bold
            own = cand.profile
            label = fw.profile(own).name.get(lang) if fw.has_profile(own) else own
            name += f" · <b>{escape(tr('rep.col.own_target', lang, profile=label))}</b>"
        name += "</font>"
        fit = f"<b>{escape(fit_text(res.fit, lang))}</b>"
        if res.fit_range is not None:
            fit += f"<br/><font size='7.5'>{escape(figures.range_cell(res, lang))}</font>"
        verdict = f"<b>{escape(figures.verdict_line(res, lang))}</b>"
        if res.verdict:
            verdict += f"<br/><font size='7.5'>{escape(figures.reason_text(res, fw, lang))}</font>"
        panel = tr(
            "rep.panel_cell",
            lang,
            n=res.raters,
            coverage=figures.coverage_text(res.coverage, lang),
        )
        rows.append(
            [
                p(figures.place_text(r), st.cell_center),
                pm(name, st.cell),
                pm(fit, st.cell_center),
                pm(verdict, st.cell),
                p(panel, st.cell),
                p(_salary(ev, lang), st.cell),
            ]
        )
    widths = [11 * mm, 42 * mm, 17 * mm, 52 * mm, 24 * mm]
    widths.append(FRAME_W - sum(widths))
    notes: list[Flowable] = []
    groups: list[list[str]] = []
    for r, ev in zip(ranked, ordered, strict=True):
        if r.tied_with_previous:
            groups[-1].append(ev.candidate.name)
        else:
            groups.append([ev.candidate.name])
    for names in groups:
        if len(names) > 1:
            joined = ", ".join(f"«{n}»" if lang == "ru" else f"“{n}”" for n in names)
            points = f"{difference:g}"
            notes.append(p(tr("rep.no_difference", lang, names=joined, points=points), st.body))
    profile = evs[0].framework.profile(evs[0].result.profile).name.get(lang)
    intro = p(tr("rep.compared_against", lang, profile=profile), st.small)
    table = grid_table(rows, widths)
    return section(tr("rep.ranking", lang), st, intro, Spacer(1, 3), table, Spacer(1, 4), *notes)


def _risks_and_gaps(evs: Sequence[Evaluation], lang: str, st: Styles) -> list[Flowable]:
    """Per candidate, in rank order: the minimums missed, the largest gaps, the key risks."""
    ordered, _ = _ranked(evs)
    head = [
        p(tr(k, lang), st.cell_bold)
        for k in ("rep.col.candidate", "rep.knockouts", "rep.col.top_gaps", "rep.col.key_risks")
    ]
    rows: list[list[Flowable]] = [head]
    for ev in ordered:
        res, fw = ev.result, ev.framework
        knock = ", ".join(fw.competency(c).name.get(lang) for c in res.knockouts) or "—"
        gaps = (
            "; ".join(
                f"{fw.competency(g.competency).name.get(lang)} −{number(g.gap, lang)}"
                for g in res.gaps[:3]
            )
            or "—"
        )
        risks = [risk_sentence(r, lang) for r in res.risks if r.kind == "risk"][:KEY_RISKS]
        rows.append(
            [
                p(ev.candidate.name, st.cell_bold),
                p(knock, st.cell),
                p(gaps, st.cell),
                p("\n".join(risks) or "—", st.cell),
            ]
        )
    widths = [36 * mm, 30 * mm, 40 * mm]
    widths.append(FRAME_W - sum(widths))
    return section(tr("rep.risks_gaps", lang), st, grid_table(rows, widths))


def _radar(evs: Sequence[Evaluation], lang: str, st: Styles) -> list[Flowable]:
    evs, _ = _ranked(evs)  # the legend in rank order
    fw = evs[0].framework
    first = evs[0].result
    labels = [fw.competency(c.competency).name.get(lang) for c in first.competencies]
    # The ideal: a thick grey dashed line, unlike any candidate's thinner line with markers.
    ideal_grey = colors.Color(0.55, 0.55, 0.55)
    series = [
        Series(
            tr("rep.ideal", lang),
            [c.target for c in first.competencies],
            dash=(6, 3),
            marker="none",
            width=3.0,
            stroke=ideal_grey,
        )
    ]
    for i, ev in enumerate(evs):
        dash, marker = STYLES[i % len(STYLES)]
        scores = {c.competency: c.score for c in ev.result.competencies}
        series.append(
            Series(
                _short(ev.candidate.name, 50),
                [scores.get(c.competency) for c in first.competencies],
                dash=dash,
                marker=marker,
                width=1.2,
                stroke=GREYS[i % len(GREYS)],
            )
        )
    out: list[Flowable] = [
        KeepTogether(
            [
                p(tr("rep.compare_radar", lang), st.h1),
                radar(labels, series, max(fw.levels), width=FRAME_W, height=118 * mm),
                legend(series, width=FRAME_W),
            ]
        )
    ]
    if len(evs) >= SMALL_MULTIPLES_FROM:
        out += _small_radars(series, max(fw.levels), len(labels), lang, st)
    return out


def _small_radars(
    series: Sequence[Series], max_level: int, axes: int, lang: str, st: Styles
) -> list[Flowable]:
    """From four candidates on, lines cross too often to follow: each candidate also alone,
    beside the ideal, three to a row."""
    ideal, *candidates = series
    per_row, cell_w = 3, FRAME_W / 3
    cells: list[list[Flowable]] = []
    for s in candidates:
        chart = radar(
            [""] * axes, [ideal, s], max_level, width=cell_w, height=50 * mm, level_labels=False
        )
        cells.append([chart, p(s.name, st.cell_head)])
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(cells), per_row):
        chunk = cells[start : start + per_row]
        rows.append([c[0] for c in chunk] + [""] * (per_row - len(chunk)))
        rows.append([c[1] for c in chunk] + [""] * (per_row - len(chunk)))
    grid = Table(rows, colWidths=[cell_w] * per_row)
    grid.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [Spacer(1, 4), KeepTogether([p(tr("rep.small_radars", lang), st.small), grid])]


def _matrix(evs: Sequence[Evaluation], lang: str, st: Styles) -> list[Flowable]:
    evs, _ = _ranked(evs)  # columns in rank order
    fw = evs[0].framework
    first = evs[0].result
    head = [
        p(tr("rep.col.competency", lang), st.cell_bold),
        p(tr("rep.col.target", lang), st.cell_head),
    ]
    head += [p(_short(ev.candidate.name), st.cell_head) for ev in evs]
    rows: list[list[Flowable]] = [head]
    for comp in first.competencies:
        row: list[Flowable] = [
            p(fw.competency(comp.competency).name.get(lang), st.cell),
            p(str(comp.target), st.cell_center),
        ]
        for ev in evs:
            cs = next((c for c in ev.result.competencies if c.competency == comp.competency), None)
            if cs is None or cs.score is None:
                row.append(p("—", st.cell_center))
                continue
            marks = (" <" if cs.knocked_out else "") + (" ≠" if cs.disagreement else "")
            text = escape(number(cs.score, lang, 1))
            if cs.score >= cs.target:
                text = f"<b>{text}</b>"
            row.append(pm(f"{text}<font size='7'>{escape(marks)}</font>", st.cell_center))
        rows.append(row)
    fit_row: list[Flowable] = [p(tr("rep.fit", lang), st.cell_bold), p("", st.cell)]
    fit_row += [p(fit_text(ev.result.fit, lang), st.cell_head) for ev in evs]
    rows.append(fit_row)
    name_w = 52 * mm
    target_w = 12 * mm
    col = (FRAME_W - name_w - target_w) / len(evs)
    table = grid_table(
        rows,
        [name_w, target_w] + [col] * len(evs),
        extra=[
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, layout.INK),
            ("BACKGROUND", (0, -1), (-1, -1), layout.LIGHT),
        ],
    )
    legend_text = tr("rep.matrix_legend", lang, levels=fw.scoring.disagreement_levels)
    return section(tr("rep.matrix", lang), st, table, Spacer(1, 2), p(legend_text, st.tiny))


def compare_story(
    evs: Sequence[Evaluation], lang: str, *, anonymous: bool = False
) -> list[Flowable]:
    st = layout.styles()
    fw: Framework = evs[0].framework
    title = tr("rep.compare_title", lang)
    story: list[Flowable] = heading(title, title, fw, evs[0].result.profile, lang, st)
    if anonymous:
        story.append(p(tr("rep.anon_note", lang), st.small))
    story += _ranking(evs, lang, st)
    story += _risks_and_gaps(evs, lang, st)
    story += _radar(evs, lang, st)
    story += _matrix(evs, lang, st)
    return story


def write_comparison(
    evs: Sequence[Evaluation], path: Path, lang: str, *, anonymous: bool = False
) -> Path:
    if not 2 <= len(evs) <= MAX_CANDIDATES:
        raise ValueError(f"a comparison takes 2 to {MAX_CANDIDATES} candidates, not {len(evs)}")
    profile = evs[0].framework.profile(evs[0].result.profile).name.get(lang)
    layout.build(
        path,
        compare_story(evs, lang, anonymous=anonymous),
        title=f"{tr('rep.compare_title', lang)}: {profile}",
        subject=", ".join(e.candidate.name for e in evs)[:500],
        footer_left=f"{tr('rep.compare_title', lang)} · {tr('rep.confidential', lang)}",
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
