"""The profile's record of a decision: the decision recorded (with the salary offered against the
band) for page 1's decision block, and, later in the report, the outcomes and the conditions in
full. (While nothing is recorded, page 1 carries a form to decide on paper: profile.py.)"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kamassess.decisions.model import Decision, OutcomeRecord
from kamassess.framework.model import Framework
from kamassess.i18n.decision_text import decision_label, outcome_lines, salary_against_band
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import date_text
from kamassess.model import Candidate
from kamassess.reports.common import section
from kamassess.reports.layout import FRAME_W, RULE, Styles, Table, p

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


def decision_rows(
    candidate: Candidate,
    decision: Decision,
    framework: Framework,
    profile: str,
    lang: str,
    *,
    anonymous: bool = False,
) -> list[tuple[str, str]]:
    """The decision as label–value rows: what, when and who in one, then the conditions and the
    salary offered. Anonymised, the conditions (free text that may name the person) are left
    out."""
    said = [
        decision_label(decision.decision, lang, kind=candidate.kind),
        date_text(decision.date, lang),
        tr("dec.decided_by_name", lang, name=decision.decided_by),
    ]
    rows = [(tr("dec.decision", lang), " · ".join(said))]  # one row: page 1 has little room
    if decision.conditions and not anonymous:
        rows.append((tr("dec.conditions", lang), decision.conditions))
    if decision.salary_offered is not None:
        band = framework.profile(profile).salary_band if framework.has_profile(profile) else None
        rows.append(
            (
                tr("dec.salary_offered", lang),
                salary_against_band(decision.salary_offered, band, lang),
            )
        )
    return rows


def outcomes_section(
    decided: Decided,
    framework: Framework,
    lang: str,
    st: Styles,
    *,
    conditions_cut: bool = False,
) -> list[Flowable]:
    """After the other sections: the decision's conditions in full when page 1 had to cut them,
    and how a hired candidate did."""
    decision, outcome = decided
    out: list[Flowable] = []
    if decision is not None and conditions_cut:
        out += section(tr("dec.conditions", lang), st, p(decision.conditions, st.body))
    if outcome is not None and not outcome.empty:
        out += section(
            tr("dec.outcomes", lang), st, pairs_table(outcome_lines(outcome, framework, lang), st)
        )
    return out
