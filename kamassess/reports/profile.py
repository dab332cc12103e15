"""The candidate profile: what a director reads before deciding."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import date_text, number, risk_sentence
from kamassess.reports import layout, panel
from kamassess.reports.common import (
    facts_table,
    fit_text,
    level_text,
    section,
)
from kamassess.reports.decision_block import Decided, outcomes_section
from kamassess.reports.layout import FRAME_W, Styles, Table, escape, grid_table, p, pm
from kamassess.reports.page_one import KEY_CHARS, NOTE_CHARS, clip, page_one
from kamassess.scoring.evaluation import Evaluation

GAPS_SHOWN = 5


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
                    # figures as plain cells: a Paragraph each made tables the slowest part
                    level_text(c.score, lang),
                    rng,
                    str(c.raters),
                    str(c.target),
                    "—" if c.gap is None else number(c.gap, lang, 1),
                    f"{c.weight:g}",
                    pm(f"<b>{' '.join(marks)}</b>", st.cell_center),
                ]
            )
    numeric = [14 * mm, 19 * mm, 12 * mm, 12 * mm, 13 * mm, 13 * mm, 24 * mm]
    widths = [FRAME_W - sum(numeric), *numeric]
    extra += [("ALIGN", (1, 1), (6, -1), "CENTER"), ("FONTSIZE", (1, 1), (6, -1), st.cell.fontSize)]
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
    """A plan for the same gaps as "Largest gaps": the goal is the target level's behaviour;
    actions, an owner and a date are written in by hand."""
    fw, res = ev.framework, ev.result
    if not res.gaps:
        return []
    head = [
        p(tr(k, lang), st.cell_bold)
        for k in (
            "rep.col.competency",
            "rep.col.goal",
            "rep.col.actions",
            "rep.col.owner",
            "rep.col.due",
        )
    ]
    rows: list[list[Flowable]] = [head]
    for g in res.gaps[:GAPS_SHOWN]:
        comp, cs = fw.competency(g.competency), res.competency(g.competency)
        now_target = tr(
            "rep.now_target", lang, score=number(cs.score or 0, lang, 1), target=cs.target
        )
        rows.append(
            [
                pm(f"{escape(comp.name.get(lang))}<br/><i>{escape(now_target)}</i>", st.cell),
                p(comp.anchors[cs.target].get(lang), st.cell),
                Spacer(1, 16 * mm),
                Spacer(1, 1),
                Spacer(1, 1),
            ]
        )
    widths = [38 * mm, 52 * mm, 0.0, 28 * mm, 20 * mm]
    widths[2] = FRAME_W - sum(widths)
    table = grid_table(rows, widths, extra=[("GRID", (2, 1), (-1, -1), 0.4, layout.RULE)])
    body: list[Flowable] = [p(tr("rep.devplan_intro", lang), st.small), Spacer(1, 3), table]
    if len(res.gaps) > GAPS_SHOWN:
        more = len(res.gaps) - GAPS_SHOWN
        body += [Spacer(1, 2), p(tr("rep.devplan_more", lang, shown=GAPS_SHOWN, n=more), st.tiny)]
    return section(tr("rep.devplan", lang), st, *body)


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
    """Each competency's notes as a table whose heading row repeats on the next page when the
    notes go on there; a long note splits between pages rather than jumping whole; the
    assessor's line breaks are kept."""
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
        rows: list[list[Flowable]] = [[p(comp.name.get(lang), st.h2)]]
        for a, r in notes:
            who = (
                f"{a.assessor} ({tr(f'role.{a.assessor_role}', lang)}, "
                f"{tr(f'method.{a.method}', lang)}, {date_text(a.date, lang)})"
            )
            level = "—" if r.level is None else str(r.level)
            evidence = escape(r.evidence.strip()).replace("\n", "<br/>")
            rows.append(
                [
                    pm(
                        f"<b>{escape(who)}</b>, {escape(tr('rep.col.score', lang).lower())} "
                        f"{level}: {evidence}",
                        st.small,
                    )
                ]
            )
        table = Table(rows, colWidths=[FRAME_W], repeatRows=1, splitInRow=1)
        table.setStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
        blocks.append(table)
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
                p(date_text(a.date, lang), st.cell),
                p(tr(f"status.{a.status}", lang), st.cell),
                p(str(rated), st.cell_center),
            ]
        )
    widths = [FRAME_W - 5 * 26 * mm] + [26 * mm] * 5
    return section(tr("rep.assessors", lang), st, grid_table(rows, widths))


def profile_story(
    ev: Evaluation,
    current: Framework,
    lang: str,
    *,
    decided: Decided = (None, None),
    anonymous: bool = False,
) -> list[Flowable]:
    """The flowables of a profile report (also used to measure layout in tests); `decided` is
    the decision and outcomes recorded on the candidate."""
    st = layout.styles()
    story = page_one(ev, current, lang, st, decided, anonymous)
    if anonymous:  # said under the title
        story.insert(3, p(tr("rep.anon_note", lang), st.small))
    story += section(
        tr("rep.facts_title", lang), st, facts_table(ev, lang, st, FRAME_W), Spacer(1, 4)
    )
    if ev.result.raters:
        story += [
            *_competency_table(ev, lang, st),
            *panel.consensus(ev, lang, st, anonymous=anonymous),
            *panel.recommendations(ev, lang, st, anonymous=anonymous),
            *_risks(ev, lang, st),
            *_gaps(ev, lang, st),
            *_plan(ev, lang, st),
        ]
    else:
        story += _risks(ev, lang, st)  # facts alone can raise them
    if not anonymous:
        story += _evidence(ev, lang, st)
    story += _assessors(ev, lang, st)
    conditions = "" if decided[0] is None or anonymous else " ".join(decided[0].conditions.split())
    cut = clip(conditions, KEY_CHARS) != conditions
    story += outcomes_section(decided, ev.framework, lang, st, conditions_cut=cut)
    notes = (ev.candidate.notes or "").strip()
    if notes and clip(" ".join(notes.split()), NOTE_CHARS) != " ".join(notes.split()):
        story += section(tr("rep.note_whole", lang), st, p(notes, st.body))
    return story


def write_profile(
    ev: Evaluation,
    current: Framework,
    path: Path,
    lang: str,
    *,
    decided: Decided = (None, None),
    anonymous: bool = False,
) -> Path:
    """Write the candidate profile PDF to path."""
    name = ev.candidate.name
    layout.build(
        path,
        profile_story(ev, current, lang, decided=decided, anonymous=anonymous),
        title=f"{tr('rep.profile_title', lang)}: {name}",
        subject=f"{tr('rep.target_profile', lang)}: "
        f"{ev.framework.profile(ev.result.profile).name.get(lang)}",
        # the name shortened at a word, so the "confidential" note always fits
        footer_left=f"{layout.shorten(name, FRAME_W * 0.5, 7.5)} · {tr('rep.confidential', lang)}",
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
