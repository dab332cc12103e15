"""The comparison of 2–6 candidates against one ideal portrait."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n import figures
from kamassess.i18n.figures import fit_text
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import number
from kamassess.reports import layout
from kamassess.reports.common import heading, section
from kamassess.reports.layout import FRAME_W, Styles, grid_table, p, pm
from kamassess.reports.radar import GREYS, STYLES, Series, legend, radar
from kamassess.scoring.evaluation import Evaluation
from kamassess.scoring.fit import COMPARE_MAX, rank

MAX_CANDIDATES = COMPARE_MAX
HEADER_NAME_MAX = 60


def _short(name: str, limit: int = HEADER_NAME_MAX) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _ranking(evs: Sequence[Evaluation], lang: str, st: Styles) -> list[Flowable]:
    by_id = {e.candidate.id: e for e in evs}
    difference = evs[0].framework.scoring.meaningful_difference
    ranked = rank([e.result for e in evs], difference)
    head = [
        p(tr(k, lang), st.cell_bold)
        for k in (
            "rep.col.place",
            "rep.col.candidate",
            "rep.col.fit",
            "rep.col.fit_range",
            "rep.col.verdict",
            "rep.knockouts",
            "rep.col.top_gaps",
        )
    ]
    rows: list[list[Flowable]] = [head]
    for r in ranked:
        ev = by_id[r.result.candidate]
        res, fw = r.result, ev.framework
        knock = ", ".join(fw.competency(c).name.get(lang) for c in res.knockouts) or "—"
        gaps = (
            "; ".join(
                f"{fw.competency(g.competency).name.get(lang)} −{number(g.gap, lang)}"
                for g in res.gaps[:2]
            )
            or "—"
        )
        name = escape(ev.candidate.name)
        if ev.other_profile:
            own = ev.candidate.profile
            label = fw.profile(own).name.get(lang) if fw.has_profile(own) else own
            name += f"<br/><font size='7'>{escape(tr('rep.other_profile', lang, profile=label))}"
            name += "</font>"
        verdict = f"<b>{escape(figures.verdict_line(res, lang))}</b>"
        if res.verdict:
            verdict += f"<br/><font size='7'>{escape(figures.reason_text(res, fw, lang))}</font>"
        rows.append(
            [
                p(figures.place_text(r), st.cell_center),
                pm(name, st.cell_bold),
                p(fit_text(res.fit, lang), st.cell_center),
                p(figures.range_cell(res, lang), st.cell_center),
                pm(verdict, st.cell),
                p(knock, st.cell),
                p(gaps, st.cell),
            ]
        )
    widths = [11 * mm, 33 * mm, 13 * mm, 19 * mm, 43 * mm, 22 * mm]
    widths.append(FRAME_W - sum(widths))
    notes: list[Flowable] = []
    groups: list[list[str]] = []
    for r in ranked:
        name = by_id[r.result.candidate].candidate.name
        if r.tied_with_previous:
            groups[-1].append(name)
        else:
            groups.append([name])
    for names in groups:
        if len(names) > 1:
            joined = ", ".join(f"«{n}»" if lang == "ru" else f"“{n}”" for n in names)
            points = f"{difference:g}"
            notes.append(p(tr("rep.no_difference", lang, names=joined, points=points), st.body))
    profile = evs[0].framework.profile(evs[0].result.profile).name.get(lang)
    intro = p(tr("rep.compared_against", lang, profile=profile), st.small)
    table = grid_table(rows, widths)
    return section(tr("rep.ranking", lang), st, intro, Spacer(1, 3), table, Spacer(1, 4), *notes)


def _radar(evs: Sequence[Evaluation], lang: str, st: Styles) -> list[Flowable]:
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
    return [
        KeepTogether(
            [
                p(tr("rep.compare_radar", lang), st.h1),
                radar(labels, series, max(fw.levels), width=FRAME_W, height=118 * mm),
                legend(series, width=FRAME_W),
            ]
        )
    ]


def _matrix(evs: Sequence[Evaluation], lang: str, st: Styles) -> list[Flowable]:
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
            marks = (" KO" if cs.knocked_out else "") + (" ≠" if cs.disagreement else "")
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


def compare_story(evs: Sequence[Evaluation], lang: str) -> list[Flowable]:
    st = layout.styles()
    fw: Framework = evs[0].framework
    title = tr("rep.compare_title", lang)
    story: list[Flowable] = heading(title, title, fw, evs[0].result.profile, lang, st)
    story += _ranking(evs, lang, st)
    story += _radar(evs, lang, st)
    story += _matrix(evs, lang, st)
    return story


def write_comparison(evs: Sequence[Evaluation], path: Path, lang: str) -> Path:
    if not 2 <= len(evs) <= MAX_CANDIDATES:
        raise ValueError(f"a comparison takes 2 to {MAX_CANDIDATES} candidates, not {len(evs)}")
    profile = evs[0].framework.profile(evs[0].result.profile).name.get(lang)
    layout.build(
        path,
        compare_story(evs, lang),
        title=f"{tr('rep.compare_title', lang)}: {profile}",
        subject=", ".join(e.candidate.name for e in evs)[:500],
        footer_left=f"{tr('rep.compare_title', lang)} · {tr('rep.confidential', lang)}",
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
