"""The interview sheet: a blank scorecard of a profile to take into the room."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr
from kamassess.model import METHODS
from kamassess.reports import layout
from kamassess.reports.layout import FRAME_W, INK, RULE, Styles, Table, escape, p, pm


class TickBox(Flowable):
    """An empty square to tick with a pen (PT Sans has no ballot-box glyph)."""

    def __init__(self, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size)


def _lines(count: int, height: float = 7 * mm) -> Table:
    table = Table([[""]] * count, colWidths=[FRAME_W], rowHeights=[height] * count)
    table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
    return table


def _head(fw: Framework, profile_id: str, lang: str, st: Styles) -> list[Flowable]:
    profile = fw.profile(profile_id)
    fields = Table(
        [
            [
                p(tr("rep.int_candidate", lang), st.cell_bold),
                "",
                p(tr("rep.int_date", lang), st.cell_bold),
                "",
            ],
            [p(tr("rep.int_assessor", lang), st.cell_bold), "", "", ""],
        ],
        colWidths=[25 * mm, 95 * mm, 15 * mm, FRAME_W - 135 * mm],
        rowHeights=[9 * mm] * 2,
    )
    fields.setStyle(
        [
            ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
            ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    boxes: list[Flowable] = [p(tr("rep.int_method", lang), st.cell_bold)]
    widths = [25 * mm]
    for method in METHODS:
        boxes += [TickBox(), p(tr(f"method.{method}", lang), st.cell)]
        widths += [6 * mm, (FRAME_W - 25 * mm) / len(METHODS) - 6 * mm]
    methods = Table([boxes], colWidths=widths)
    methods.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [
        p(tr("rep.interview_title", lang).upper(), st.tiny),
        p(f"{tr('rep.interview_title', lang)}: {profile.name.get(lang)}", st.title),
        p(f"{tr('rep.framework', lang)}: {fw.id} {fw.version}", st.subtitle),
        fields,
        Spacer(1, 4),
        methods,
        Spacer(1, 6),
        p(tr("rep.int_instructions", lang), st.body),
    ]


def _competency(
    fw: Framework, profile_id: str, comp_id: str, lang: str, st: Styles
) -> list[Flowable]:
    comp = fw.competency(comp_id)
    target = fw.profile(profile_id).target(comp_id)
    assert target is not None
    meta = tr("rep.int_target", lang, target=target.target, weight=f"{target.weight:g}")
    if target.minimum is not None:
        meta += "; " + tr("rep.int_knockout", lang, minimum=target.minimum)
    head: list[Flowable | str] = [
        "",
        p(tr("rep.int_level", lang), st.cell_bold),
        p(tr("rep.int_anchor", lang), st.cell_bold),
    ]
    rows: list[list[Flowable | str]] = [head]
    for level in fw.scale:
        label = f"{level.level} · {level.label.get(lang)}"
        style = st.cell_bold if level.level == target.target else st.cell
        rows.append([TickBox(), p(label, style), p(comp.anchors[level.level].get(lang), st.cell)])
    rows.append(
        [
            TickBox(),
            p(tr("rep.int_no_evidence", lang), st.cell),
            p(tr("rep.int_no_evidence_means", lang), st.cell),
        ]
    )
    anchors = layout.grid_table(
        rows, [8 * mm, 30 * mm, FRAME_W - 38 * mm], extra=[("VALIGN", (0, 1), (0, -1), "MIDDLE")]
    )
    questions: list[Flowable] = []
    for i, q in enumerate(comp.questions, 1):
        questions.append(p(f"{i}. {q.get(lang)}", st.small))
        if q.probe is not None:
            probe = f"{tr('rep.int_probe', lang)}: {q.probe.get(lang)}"
            questions.append(pm(f"&nbsp;&nbsp;&nbsp;&nbsp;<i>{escape(probe)}</i>", st.small))
    return [
        KeepTogether(
            [
                p(comp.name.get(lang), st.h2),
                p(meta, st.tiny),
                p(comp.definition.get(lang), st.small),
                Spacer(1, 2),
                p(tr("rep.int_questions", lang), st.cell_bold),
                *questions,
                Spacer(1, 3),
                anchors,
                Spacer(1, 2),
                p(tr("rep.int_evidence", lang), st.cell_bold),
                _lines(3),
                Spacer(1, 8),
            ]
        )
    ]


def interview_story(fw: Framework, profile_id: str, lang: str) -> list[Flowable]:
    st = layout.styles()
    story = _head(fw, profile_id, lang, st)
    in_profile = {t.competency for t in fw.profile(profile_id).targets}
    for group in fw.groups:
        members = [c.id for c in fw.group_competencies(group.id) if c.id in in_profile]
        if not members:
            continue
        story.append(p(group.name.get(lang), st.h1))
        for comp_id in members:
            story += _competency(fw, profile_id, comp_id, lang, st)
    story += [KeepTogether([p(tr("rep.int_total", lang), st.h1), _lines(5)])]
    return story


def write_interview(fw: Framework, profile_id: str, path: Path, lang: str) -> Path:
    profile = fw.profile(profile_id).name.get(lang)
    layout.build(
        path,
        interview_story(fw, profile_id, lang),
        title=f"{tr('rep.interview_title', lang)}: {profile}",
        subject=f"{fw.id} {fw.version}",
        footer_left=f"{tr('rep.interview_title', lang)} · {profile}",
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
