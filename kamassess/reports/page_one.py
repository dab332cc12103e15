"""Page 1 of the profile: everything a decision needs, on one page whatever the content."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import money, number, pooling_lines, risk_sentence
from kamassess.reports import layout, panel
from kamassess.reports.common import (
    heading,
    result_box,
    salary_text,
)
from kamassess.reports.decision_block import Decided, decision_rows, pairs_table
from kamassess.reports.interview import TickBox
from kamassess.reports.layout import FRAME_W, INK, SHADE, Styles, Table, escape, p, pm
from kamassess.reports.radar import Series, legend, radar
from kamassess.scoring.evaluation import Evaluation

KEY_ITEMS = 3  # risks, gaps and strengths named on page 1
KEY_CHARS = 150  # an item on page 1 is cut at a word after this many characters
NOTE_CHARS = 280  # the note's excerpt on page 1; the whole note follows the other sections
RADAR_MAX = 100 * mm
RADAR_MIN = 58 * mm  # 62 before the assessors' recommendations took a line of page 1


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


def _series(ev: Evaluation, lang: str) -> tuple[list[str], Series, Series]:
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
    return labels, ideal, cand


class _FitRadar(Flowable):
    """The chart with its legend, as tall as page 1 allows after everything above it and the
    decision block below it (between RADAR_MIN and RADAR_MAX): a long note or reason makes the
    chart smaller, never pushes it or the decision off page 1."""

    def __init__(self, ev: Evaluation, lang: str, reserve: float) -> None:
        super().__init__()
        self.labels, ideal, cand = _series(ev, lang)
        self.series = [ideal, cand]
        self.legend = legend([cand, ideal], width=FRAME_W)
        self.max_level = max(ev.framework.levels)
        self.reserve = reserve
        self.chart_h = RADAR_MAX

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        room = avail_h - self.reserve - self.legend.height
        self.chart_h = max(RADAR_MIN, min(RADAR_MAX, room))
        return avail_w, self.chart_h + self.legend.height

    def draw(self) -> None:
        chart = radar(self.labels, self.series, self.max_level, width=FRAME_W, height=self.chart_h)
        chart.drawOn(self.canv, 0, self.legend.height)
        self.legend.drawOn(self.canv, 0, 0)


def clip(text: str, limit: int) -> str:
    """text cut at a word to at most `limit` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.—-")
    return cut + "…"


def _items(title: str, lines: list[str], more: int, lang: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [p(title, st.cell_bold)]
    out += [pm(f"•&nbsp;{escape(clip(line, KEY_CHARS))}", st.cell) for line in lines]
    if more:
        out.append(p(tr("rep.more", lang, n=more), st.tiny))
    return out


def _key_points(ev: Evaluation, lang: str, st: Styles, width: float) -> Table:
    """The three lists a decision turns on: top risks, largest gaps, strengths (three each; the
    rest on page 2)."""
    fw, res = ev.framework, ev.result
    if res.raters == 0:
        body = [p(tr("rep.no_final", lang), st.body)]
        if "drafts_pending" in res.flags:
            body.append(p(tr("rep.no_final_drafts", lang), st.body))
        cells: list[list[Flowable]] = [[b] for b in body]
    else:
        risks = [risk_sentence(r, lang) for r in res.risks if r.kind == "risk"]
        if not risks and fw.risk_rules:
            risks_lines, risks_more = [tr("rep.key_none_risks", lang)], 0
        else:
            risks_lines, risks_more = risks[:KEY_ITEMS], max(0, len(risks) - KEY_ITEMS)
        gaps = [
            tr(
                "rep.key_gap",
                lang,
                name=fw.competency(g.competency).name.get(lang),
                score=number(res.competency(g.competency).score or 0, lang, 1),
                target=res.competency(g.competency).target,
            )
            for g in res.gaps
        ] or [tr("rep.key_none_gaps", lang)]
        strong = sorted(
            (res.competency(c) for c in res.strengths),
            key=lambda cs: -((cs.score or 0) - cs.target),
        )
        strengths = [
            tr(
                "rep.key_strength",
                lang,
                name=fw.competency(cs.competency).name.get(lang),
                score=number(cs.score or 0, lang, 1),
                target=cs.target,
            )
            for cs in strong
        ] or [tr("rep.key_none_strengths", lang)]
        recommended = panel.summary(ev, lang)
        cells = []
        blocks = [
            _items(tr("rep.key_risks", lang), risks_lines, risks_more, lang, st)
            if fw.risk_rules
            else [],
            _items(
                tr("rep.key_gaps", lang),
                gaps[:KEY_ITEMS],
                max(0, len(res.gaps) - KEY_ITEMS),
                lang,
                st,
            ),
            _items(
                tr("rep.key_strengths", lang),
                strengths[:KEY_ITEMS],
                max(0, len(strong) - KEY_ITEMS),
                lang,
                st,
            ),
            # the assessors' own recommendations, beside the fit and not part of it
            _items(tr("rep.recommend_tally", lang), recommended, 0, lang, st)
            if recommended
            else [],
        ]
        for block in blocks:
            if block:
                cells += [[f] for f in block] + [[Spacer(1, 3)]]
    table = Table(cells, colWidths=[width])
    table.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ]
    )
    return table


def _fact_line(ev: Evaluation, lang: str) -> str:
    """Who the candidate is, in one line: type, role and employer, the pay they expect."""
    c = ev.candidate
    parts = [tr(f"kind.{c.kind}", lang)]
    role = ", ".join(x for x in (c.current_role, c.employer) if x)
    if role:
        parts.append(role)
    if c.salary_expectation is not None:
        parts.append(f"{tr('rep.salary', lang)}:\u00a0{salary_text(ev, lang)}")
    return " ·\u00a0".join(parts)


def _decision_form(
    ev: Evaluation, lang: str, st: Styles, decided: Decided, anonymous: bool
) -> list[Flowable]:
    """The decision on page 1, beside what it decides on: the one recorded (its conditions cut
    short; the whole text follows the other sections), or, while none is, a form to take it on
    paper — a box to tick, conditions, the salary offered against the band; and who decided,
    with signature and date, either way."""
    sign = layout.sign_row(tr("rep.dec_by", lang), lang, st)
    if decided[0] is not None:
        rows = decision_rows(
            ev.candidate, decided[0], ev.framework, ev.result.profile, lang, anonymous=anonymous
        )
        rows = [(label, clip(" ".join(value.split()), KEY_CHARS)) for label, value in rows]
        return [p(tr("rep.decision", lang), st.h2), pairs_table(rows, st), Spacer(1, 2), sign]
    options = ("rep.dec_hire", "rep.dec_conditional", "rep.dec_reject", "rep.dec_hold")
    cells: list[Flowable | str] = []
    for key in options:
        cells += [TickBox(), p(tr(key, lang), st.cell)]
    tick_w = 6 * mm
    boxes = Table([cells], colWidths=[tick_w, FRAME_W / 4 - tick_w] * 4)
    boxes.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    band = ev.framework.profile(ev.result.profile).salary_band
    salary_label = tr("rep.dec_salary", lang)
    if band is not None:
        band_text = tr(
            "rep.dec_band",
            lang,
            low=money(band.base_min),
            high=money(band.base_max),
            currency=band.currency,
        )
        salary_label += f" ({band_text})"
    label_w = 58 * mm
    lines = Table(
        [
            [p(tr("rep.dec_conditions", lang), st.cell_bold), ""],
            [p(salary_label, st.cell_bold), ""],
        ],
        colWidths=[label_w, FRAME_W - label_w],
        rowHeights=[8 * mm, 8 * mm],
    )
    lines.setStyle(
        [
            ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [
        p(tr("rep.decision", lang), st.h2),
        boxes,
        Spacer(1, 1),
        lines,
        sign,
    ]


def _note_excerpt(ev: Evaluation, lang: str, st: Styles) -> list[Flowable]:
    notes = (ev.candidate.notes or "").strip()
    if not notes:
        return []
    short = clip(" ".join(notes.split()), NOTE_CHARS)
    text = f"<b>{escape(tr('rep.notes', lang))}:</b> {escape(short)}"
    if short != " ".join(notes.split()):
        text += f" <i>{escape(tr('rep.note_more', lang))}</i>"
    return [pm(text, st.small), Spacer(1, 3)]


def page_one(
    ev: Evaluation,
    current: Framework,
    lang: str,
    st: Styles,
    decided: Decided = (None, None),
    anonymous: bool = False,
) -> list[Flowable]:
    """Everything a decision needs, on one page whatever the content: the verdict with its
    reason and flags, the top risks, gaps and strengths, the assessors' own recommendations
    and any consensus, the chart, the decision block."""
    left_w = 62 * mm
    right_w = FRAME_W - left_w - 6 * mm
    top = Table(
        [[result_box(ev, lang, st, left_w), _key_points(ev, lang, st, right_w)]],
        colWidths=[left_w + 6 * mm, right_w],
    )
    top.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    decision = _decision_form(ev, lang, st, decided, anonymous)
    heading_space = st.h2.spaceBefore + st.h2.spaceAfter
    reserve = sum(f.wrap(FRAME_W, 1000)[1] for f in decision) + heading_space + 8
    story: list[Flowable] = [
        *_header(ev, current, lang, st),
        p(_fact_line(ev, lang), st.small),
        Spacer(1, 4),
        top,
        Spacer(1, 4),
        *_note_excerpt(ev, lang, st),
    ]
    if ev.result.fit is not None:
        story.append(_FitRadar(ev, lang, reserve))
    story += [Spacer(1, 4), KeepTogether(decision), PageBreak()]
    return story
