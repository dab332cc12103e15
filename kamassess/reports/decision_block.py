"""The profile's decision block: the decision recorded (with the salary offered against the band
and, later, the outcomes), or a blank one for the director to fill in by hand."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kamassess.decisions.model import DECISIONS, Decision, OutcomeRecord
from kamassess.framework.model import Framework
from kamassess.i18n.decision_text import decision_label, outcome_lines, salary_against_band
from kamassess.i18n.messages import tr
from kamassess.model import Candidate
from kamassess.reports.interview import TickBox
from kamassess.reports.layout import FRAME_W, INK, RULE, Styles, Table, p

LABEL_W = 52 * mm

# The decision and the outcomes recorded on a candidate (either may be missing).
Decided = tuple[Decision | None, OutcomeRecord | None]


def pairs_table(rows: list[tuple[str, str]], st: Styles, label_w: float = LABEL_W) -> Table:
    """Label–value rows, ruled lightly (as the profile's facts)."""
    table = Table(
        [[p(label, st.cell_bold), p(value, st.cell)] for label, value in rows],
        colWidths=[label_w, FRAME_W - label_w],
    )
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    return table


def _blank(candidate: Candidate, lang: str, st: Styles) -> list[Flowable]:
    """Boxes to tick and lines to write on: a decision taken on paper."""
    cells: list[Flowable] = []
    for d in DECISIONS:
        cells += [TickBox(), p(decision_label(d, lang, kind=candidate.kind), st.cell)]
    widths = [6 * mm, FRAME_W / len(DECISIONS) - 6 * mm] * len(DECISIONS)
    boxes = Table([cells], colWidths=widths)
    boxes.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    lines = Table(
        [[p(tr(k, lang), st.cell_bold), ""] for k in ("dec.conditions", "dec.salary_offered")],
        colWidths=[LABEL_W, FRAME_W - LABEL_W],
        rowHeights=[9 * mm, 9 * mm],
    )
    lines.setStyle(
        [
            ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [p(tr("dec.not_recorded", lang), st.small), Spacer(1, 2), boxes, lines]


def decision_block(
    candidate: Candidate,
    decision: Decision | None,
    outcome: OutcomeRecord | None,
    framework: Framework,
    profile: str,
    lang: str,
    st: Styles,
) -> list[Flowable]:
    """The block itself, kept on one page."""
    title = p(tr("dec.title", lang), st.h1)
    if decision is None:
        return [KeepTogether([title, *_blank(candidate, lang, st)])]
    rows = [
        (tr("dec.decision", lang), decision_label(decision.decision, lang, kind=candidate.kind)),
        (tr("dec.date", lang), decision.date.isoformat()),
        (tr("dec.decided_by", lang), decision.decided_by),
    ]
    if decision.conditions:
        rows.append((tr("dec.conditions", lang), decision.conditions))
    if decision.salary_offered is not None:
        band = framework.profile(profile).salary_band if framework.has_profile(profile) else None
        rows.append(
            (
                tr("dec.salary_offered", lang),
                salary_against_band(decision.salary_offered, band, lang),
            )
        )
    body: list[Flowable] = [title, pairs_table(rows, st)]
    if outcome is not None and not outcome.empty:
        body += [
            p(tr("dec.outcomes", lang), st.h2),
            pairs_table(outcome_lines(outcome, framework, lang), st),
        ]
    return [KeepTogether(body)]
