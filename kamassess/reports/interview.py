"""The interview sheet: a scorecard of a profile to take into the room — blank, or filled in for
one candidate (their name in the head and on every page, more room for evidence)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr
from kamassess.model import METHODS, RECOMMENDATIONS, Candidate
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


def who(candidate: Candidate, lang: str) -> str:
    """The candidate as the sheet names them: name, then id and current role."""
    role = f", {candidate.current_role}" if candidate.current_role else ""
    kind = tr(f"kind.{candidate.kind}", lang)
    return f"{candidate.name} ({candidate.id}, {kind}{role})"


def _head(
    fw: Framework, profile_id: str, lang: str, st: Styles, candidate: Candidate | None
) -> list[Flowable]:
    profile = fw.profile(profile_id)
    filled: Flowable | str = "" if candidate is None else p(who(candidate, lang), st.cell)
    fields = Table(
        [
            [
                p(tr("rep.int_candidate", lang), st.cell_bold),
                filled,
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
    fw: Framework,
    profile_id: str,
    comp_id: str,
    lang: str,
    st: Styles,
    with_targets: bool,
    evidence_lines: int,
    lead: list[Flowable],
) -> list[Flowable]:
    """One competency, kept on one page with `lead` (its group's heading, for the first of a
    group: reportlab keeps a heading with the next flowable, but not with a KeepTogether)."""
    comp = fw.competency(comp_id)
    target = fw.profile(profile_id).target(comp_id)
    assert target is not None
    # Assessors rate blind to the portrait: the target, weight and knock-out minimum print only
    # when asked for, and the target level is then marked in bold.
    meta = ""
    if with_targets:
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
        style = st.cell_bold if with_targets and level.level == target.target else st.cell
        rows.append([TickBox(), p(label, style), p(comp.anchors[level.level].get(lang), st.cell)])
    rows.append(
        [
            TickBox(),
            p(tr("rep.int_no_evidence", lang), st.cell),
            p(tr("rep.int_no_evidence_means", lang), st.cell),
        ]
    )
    # the level's column fits "5 · Исключительный" on one line
    anchors = layout.grid_table(
        rows, [8 * mm, 36 * mm, FRAME_W - 44 * mm], extra=[("VALIGN", (0, 1), (0, -1), "MIDDLE")]
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
                *lead,
                p(comp.name.get(lang), st.h2),
                *([p(meta, st.small)] if meta else []),
                p(comp.definition.get(lang), st.small),
                Spacer(1, 2),
                p(tr("rep.int_questions", lang), st.cell_bold),
                *questions,
                Spacer(1, 3),
                anchors,
                Spacer(1, 2),
                p(tr("rep.int_evidence", lang), st.cell_bold),
                _lines(evidence_lines),
                Spacer(1, 8),
            ]
        )
    ]


def interview_story(
    fw: Framework,
    profile_id: str,
    lang: str,
    *,
    with_targets: bool = False,
    candidate: Candidate | None = None,
) -> list[Flowable]:
    st = layout.styles()
    story = _head(fw, profile_id, lang, st, candidate)
    # A sheet for one person is the one kept: room for what was seen and heard.
    evidence_lines = 3 if candidate is None else 6
    in_profile = {t.competency for t in fw.profile(profile_id).targets}
    for group in fw.groups:
        members = [c.id for c in fw.group_competencies(group.id) if c.id in in_profile]
        if not members:
            continue
        lead: list[Flowable] = [p(group.name.get(lang), st.h1)]
        for comp_id in members:
            story += _competency(
                fw, profile_id, comp_id, lang, st, with_targets, evidence_lines, lead
            )
            lead = []
    story += [KeepTogether([p(tr("rep.int_total", lang), st.h1), _lines(5)])]
    story += recommendation_boxes(lang, st)
    return story


def recommendation_boxes(lang: str, st: Styles) -> list[Flowable]:
    """The assessor's own overall recommendation, ticked before the panel meets, and its reason."""
    cells: list[Flowable] = []
    widths: list[float] = []
    for rec in RECOMMENDATIONS:
        cells += [TickBox(), p(tr(f"rec.{rec}", lang), st.cell)]
        widths += [6 * mm, FRAME_W / len(RECOMMENDATIONS) - 6 * mm]
    boxes = Table([cells], colWidths=widths)
    boxes.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [
        KeepTogether(
            [
                p(tr("rep.int_recommendation", lang), st.h1),
                p(tr("rep.int_recommendation_note", lang), st.small),
                Spacer(1, 3),
                boxes,
                Spacer(1, 3),
                p(tr("rep.int_recommendation_reason", lang), st.cell_bold),
                _lines(3),
                Spacer(1, 4),
                layout.sign_row(tr("rep.int_signed_by", lang), lang, st),
            ]
        )
    ]


def write_interview(
    fw: Framework,
    profile_id: str,
    path: Path,
    lang: str,
    *,
    with_targets: bool = False,
    candidate: Candidate | None = None,
) -> Path:
    profile = fw.profile(profile_id).name.get(lang)
    title = f"{tr('rep.interview_title', lang)}: {profile}"
    # The footer names the candidate on every page, so loose pages find their way back.
    footer = f"{tr('rep.interview_title', lang)} · {profile}"
    if candidate is not None:
        title = f"{tr('rep.interview_title', lang)}: {candidate.name}"
        footer = f"{candidate.name} ({candidate.id}) · {tr('rep.interview_title', lang)}"
    layout.build(
        path,
        interview_story(fw, profile_id, lang, with_targets=with_targets, candidate=candidate),
        title=title,
        subject=f"{fw.id} {fw.version}",
        footer_left=footer,
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
