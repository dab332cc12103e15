"""The candidate profile: what a director reads before deciding."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import number, pooling_lines, risk_sentence
from kamassess.reports import layout
from kamassess.reports.common import (
    facts_table,
    fit_text,
    heading,
    level_text,
    result_box,
    section,
)
from kamassess.reports.layout import FRAME_W, INK, SHADE, Styles, Table, grid_table, p, pm
from kamassess.reports.radar import Series, legend, radar
from kamassess.scoring.evaluation import Evaluation

GAPS_SHOWN = 5


def _header(ev: Evaluation, current: Framework, lang: str, st: Styles) -> list[Flowable]:
    fw = ev.framework
    out = heading(tr("rep.profile_title", lang), ev.candidate.name, fw, ev.result.profile, lang, st)
    if ev.outdated:
        note = Table(
            [
                [
                    p(
                        tr(
                            "rep.outdated",
                            lang,
                            id=fw.id,
                            version=fw.version,
                            current=f"{current.id} {current.version}",
                        ),
                        st.small,
                    )
                ]
            ],
            colWidths=[FRAME_W],
        )
        note.setStyle([("BOX", (0, 0), (-1, -1), 1, INK), ("BACKGROUND", (0, 0), (-1, -1), SHADE)])
        out += [note, Spacer(1, 4)]
    pooled = pooling_lines(ev, lang)
    if pooled:
        box = Table([[p(line, st.small)] for line in pooled], colWidths=[FRAME_W])
        box.setStyle([("BOX", (0, 0), (-1, -1), 1, INK), ("BACKGROUND", (0, 0), (-1, -1), SHADE)])
        out += [box, Spacer(1, 4)]
    return out


def _radar(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    fw, res = ev.framework, ev.result
    labels = [fw.competency(c.competency).name.get(lang) for c in res.competencies]
    ideal = Series(
        tr("rep.ideal", lang),
        [c.target for c in res.competencies],
        dash=(6, 3),
        marker="none",
        width=2.4,
        stroke=colors.Color(0.45, 0.45, 0.45),
    )
    cand = Series(
        tr("rep.candidate_series", lang),
        [c.score for c in res.competencies],
        marker="circle",
        width=1.5,
        stroke=colors.Color(0.1, 0.25, 0.45),
        fill=colors.Color(0.1, 0.25, 0.45, alpha=0.12),
        low=[c.low for c in res.competencies],
        high=[c.high for c in res.competencies],
    )
    max_level = max(fw.levels)
    return [
        p(tr("rep.radar_title", lang), st.h2),
        radar(labels, [ideal, cand], max_level, width=FRAME_W, height=112 * mm),
        legend([cand, ideal], width=FRAME_W),
    ]


def _competency_table(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    fw, res = ev.framework, ev.result
    head = [p(tr("rep.col.competency", lang), st.cell_bold)] + [
        p(tr(k, lang), st.cell_head)
        for k in (
            "rep.col.score",
            "rep.col.range",
            "rep.col.raters",
            "rep.col.target",
            "rep.col.gap",
            "rep.col.weight",
            "rep.col.marks",
        )
    ]
    rows: list[list[Flowable | str]] = [head]
    extra: list[tuple[object, ...]] = []
    for group in fw.groups:
        members = [c for c in res.competencies if c.group == group.id]
        if not members:
            continue
        gfit = res.groups.get(group.id)
        label = group.name.get(lang)
        if gfit is not None:
            label += f" — {tr('rep.group_fit', lang, fit=fit_text(gfit, lang))}"
        rows.append([p(label, st.cell_bold), "", "", "", "", "", "", ""])
        row = len(rows) - 1
        extra += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), layout.LIGHT)]
        for c in members:
            marks = []
            if c.knockout in ("confirmed", "split", "unrated"):
                mark = {"confirmed": "below", "split": "split", "unrated": "unrated"}[c.knockout]
                marks.append(escape(tr(f"rep.mark.{mark}", lang, minimum=c.minimum)))
            if c.disagreement:
                marks.append("≠")
            if c.strength:
                marks.append("+")
            if not c.levels:
                marks.append("—")
            rng = "" if c.low is None else (f"{c.low}" if c.low == c.high else f"{c.low}–{c.high}")
            if c.consensus is not None:
                rng += f" ({tr('rep.consensus', lang, level=c.consensus)})"
            rows.append(
                [
                    p(fw.competency(c.competency).name.get(lang), st.cell),
                    p(level_text(c.score, lang), st.cell_center),
                    p(rng, st.cell_center),
                    p(str(c.raters), st.cell_center),
                    p(str(c.target), st.cell_center),
                    p("—" if c.gap is None else number(c.gap, lang, 1), st.cell_center),
                    p(f"{c.weight:g}", st.cell_center),
                    pm(f"<b>{' '.join(marks)}</b>", st.cell_center),
                ]
            )
    numeric = [14 * mm, 19 * mm, 12 * mm, 12 * mm, 14 * mm, 11 * mm, 25 * mm]
    widths = [FRAME_W - sum(numeric), *numeric]
    return section(
        tr("rep.competencies", lang),
        st,
        grid_table(rows, widths, extra=extra),
        Spacer(1, 2),
        p(tr("rep.marks_legend", lang, levels=fw.scoring.disagreement_levels), st.tiny),
    )


def _gaps(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    fw, res = ev.framework, ev.result
    gaps = res.gaps[:GAPS_SHOWN]
    if not gaps:
        return section(tr("rep.gaps", lang), st, p(tr("rep.no_gaps", lang), st.body))
    blocks: list[Flowable] = []
    for g in gaps:
        comp, cs = fw.competency(g.competency), res.competency(g.competency)
        line = tr(
            "rep.gap_line",
            lang,
            score=number(cs.score or 0, lang, 1),
            target=cs.target,
            gap=number(g.gap, lang, 1),
            weight=f"{cs.weight:g}",
        )
        anchor = comp.anchors[cs.target].get(lang)
        blocks.append(
            KeepTogether(
                [
                    pm(f"<b>{escape(comp.name.get(lang))}</b> — {escape(line)}", st.body),
                    pm(
                        f"<i>{escape(tr('rep.what_good', lang, level=cs.target))}:</i> "
                        f"{escape(anchor)}",
                        st.small,
                    ),
                    Spacer(1, 4),
                ]
            )
        )
    return section(tr("rep.gaps", lang), st, *blocks)


def _plan(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    fw, res = ev.framework, ev.result
    if not res.gaps:
        return []
    head = [
        p(tr(k, lang), st.cell_bold)
        for k in ("rep.col.competency", "rep.col.goal", "rep.col.actions")
    ]
    rows: list[list[Flowable]] = [head]
    for g in res.gaps:
        comp, cs = fw.competency(g.competency), res.competency(g.competency)
        now_target = tr(
            "rep.now_target", lang, score=number(cs.score or 0, lang, 1), target=cs.target
        )
        rows.append(
            [
                pm(f"{escape(comp.name.get(lang))}<br/><i>{escape(now_target)}</i>", st.cell),
                p(comp.anchors[cs.target].get(lang), st.cell),
                Spacer(1, 16 * mm),
            ]
        )
    widths = [45 * mm, FRAME_W - 45 * mm - 55 * mm, 55 * mm]
    table = grid_table(rows, widths, extra=[("GRID", (2, 1), (2, -1), 0.4, layout.RULE)])
    return section(
        tr("rep.devplan", lang), st, p(tr("rep.devplan_intro", lang), st.small), Spacer(1, 3), table
    )


def _risks(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    risks = ev.result.risks
    if not ev.framework.risk_rules:  # a framework without risk rules has no risk section
        return []
    if not risks:
        return section(tr("rep.risks", lang), st, p(tr("rep.no_risks", lang), st.body))
    rows = [
        [
            pm(f"<b>{'+' if r.kind == 'plus' else '!'}</b>", st.cell_center),
            p(risk_sentence(r, lang), st.body),
        ]
        for r in risks
    ]
    table = Table(rows, colWidths=[7 * mm, FRAME_W - 7 * mm])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return section(tr("rep.risks", lang), st, table, p(tr("rep.risk_legend", lang), st.tiny))


def _evidence(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    fw = ev.framework
    blocks: list[Flowable] = []
    for comp in fw.competencies:
        notes = [
            (a, r)
            for a in ev.assessments
            for r in a.ratings
            if r.competency == comp.id and r.evidence.strip()
        ]
        if not notes:
            continue
        lines: list[Flowable] = [p(comp.name.get(lang), st.h2)]
        for a, r in notes:
            who = (
                f"{a.assessor} ({tr(f'role.{a.assessor_role}', lang)}, "
                f"{tr(f'method.{a.method}', lang)}, {a.date.isoformat()})"
            )
            level = "—" if r.level is None else str(r.level)
            lines.append(
                pm(
                    f"<b>{escape(who)}</b>, {escape(tr('rep.col.score', lang).lower())} "
                    f"{level}: {escape(r.evidence)}",
                    st.small,
                )
            )
        blocks.append(KeepTogether(lines[:2]))
        blocks.extend(lines[2:])
    if not blocks:
        blocks = [p(tr("rep.no_evidence", lang), st.body)]
    return section(tr("rep.evidence", lang), st, *blocks)


def _assessors(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    head = [
        p(tr(k, lang), st.cell_bold)
        for k in (
            "rep.col.assessor",
            "rep.col.role",
            "rep.col.method",
            "rep.col.date",
            "rep.col.status",
            "rep.col.rated",
        )
    ]
    rows: list[list[Flowable]] = [head]
    for a in ev.assessments:
        rated = sum(1 for r in a.ratings if r.level is not None)
        rows.append(
            [
                p(a.assessor, st.cell),
                p(tr(f"role.{a.assessor_role}", lang), st.cell),
                p(tr(f"method.{a.method}", lang), st.cell),
                p(a.date.isoformat(), st.cell),
                p(tr(f"status.{a.status}", lang), st.cell),
                p(str(rated), st.cell_center),
            ]
        )
    widths = [FRAME_W - 5 * 26 * mm] + [26 * mm] * 5
    return section(tr("rep.assessors", lang), st, grid_table(rows, widths))


def _signatures(lang: str, st: Styles) -> list[Flowable]:
    """Name, signature and date lines for HR and the director, with gaps between the lines."""
    gap = 6 * mm
    widths = [40 * mm, 62 * mm, gap, 40 * mm, gap, FRAME_W - 148 * mm - 2 * gap]
    rows = [
        [
            p("", st.cell),
            p(tr("rep.sign_name", lang), st.tiny),
            "",
            p(tr("rep.sign_signature", lang), st.tiny),
            "",
            p(tr("rep.sign_date", lang), st.tiny),
        ]
    ]
    for key in ("rep.sign_hr", "rep.sign_director"):
        rows.append([p(tr(key, lang), st.cell_bold), "", "", "", "", ""])
    table = Table(rows, colWidths=widths, rowHeights=[None, 14 * mm, 14 * mm])
    lines = [("LINEBELOW", (col, 1), (col, -1), 0.6, INK) for col in (1, 3, 5)]
    table.setStyle(
        [*lines, ("VALIGN", (0, 1), (0, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    )
    return [CondPageBreak(50 * mm), KeepTogether([p(tr("rep.signatures", lang), st.h1), table])]


def profile_story(ev: Evaluation, current: Framework, lang: str) -> list[Flowable]:
    """The flowables of a profile report (also used to measure layout in tests)."""
    st = layout.styles()
    left_w = 62 * mm
    top = Table(
        [[result_box(ev, lang, st, left_w), facts_table(ev, lang, st, FRAME_W - left_w - 6 * mm)]],
        colWidths=[left_w + 6 * mm, FRAME_W - left_w - 6 * mm],
    )
    top.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    story: list[Flowable] = [*_header(ev, current, lang, st), top, Spacer(1, 6)]
    if ev.result.fit is not None:
        story += _radar(ev, lang, st)
    story += [
        PageBreak(),
        *_competency_table(ev, lang, st),
        *_risks(ev, lang, st),
        *_gaps(ev, lang, st),
        *_plan(ev, lang, st),
        *_evidence(ev, lang, st),
        *_assessors(ev, lang, st),
        *_signatures(lang, st),
    ]
    if notes := ev.candidate.notes:
        story[3:3] = [
            pm(f"<b>{escape(tr('rep.notes', lang))}:</b> {escape(notes)}", st.small),
            Spacer(1, 4),
        ]
    return story


def write_profile(ev: Evaluation, current: Framework, path: Path, lang: str) -> Path:
    """Write the candidate profile PDF to path."""
    name = ev.candidate.name
    layout.build(
        path,
        profile_story(ev, current, lang),
        title=f"{tr('rep.profile_title', lang)}: {name}",
        subject=f"{tr('rep.target_profile', lang)}: "
        f"{ev.framework.profile(ev.result.profile).name.get(lang)}",
        # the name shortened at a word, so the "confidential" note always fits
        footer_left=f"{layout.shorten(name, FRAME_W * 0.5, 7.5)} · {tr('rep.confidential', lang)}",
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
