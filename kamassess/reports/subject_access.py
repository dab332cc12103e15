"""Everything recorded about one person, for them to read (a subject-access request): facts,
the result, the decision and outcomes, every assessment with every rating and evidence note and
its assessor's recommendation, the consensus of a debrief, and the history in plain words."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from kamassess.decisions.model import Decision, OutcomeRecord
from kamassess.framework.model import Framework
from kamassess.i18n import figures
from kamassess.i18n.decision_text import decision_label, outcome_lines, salary_against_band
from kamassess.i18n.history_words import history_line, label, value_text
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import date_text
from kamassess.model import Assessment, Candidate, Consensus
from kamassess.reports import layout
from kamassess.reports.common import section
from kamassess.reports.decision_block import pairs_table
from kamassess.reports.layout import FRAME_W, Styles, Table, grid_table, p, today
from kamassess.reports.panel import recommendation_label
from kamassess.scoring.evaluation import Evaluation


@dataclass(frozen=True)
class SubjectData:
    """What the database holds about one person, gathered by the workspace."""

    candidate: Candidate
    assessments: tuple[Assessment, ...]
    frameworks: dict[int, Framework]  # the framework each assessment was made under
    history: tuple[dict[str, Any], ...]
    decision: Decision | None
    outcome: OutcomeRecord | None
    evaluation: Evaluation | None  # None when they cannot be scored (no such profile)
    framework: Framework  # the one in use
    consensus: tuple[Consensus, ...] = ()  # levels a debrief agreed on them


def _pairs(rows: list[tuple[str, str]], st: Styles) -> Table:
    return pairs_table(rows, st, 55 * mm)


def _facts(d: SubjectData, lang: str, st: Styles) -> list[Flowable]:
    c = d.candidate
    rows = [(tr("sar.id", lang), c.id)]
    for f in fields(Candidate):
        if f.name == "id":
            continue
        value = getattr(c, f.name)
        if f.name == "profile" and d.framework.has_profile(value):
            shown = d.framework.profile(value).name.get(lang)
        elif isinstance(value, date):
            shown = date_text(value, lang)
        elif f.name == "client_overlap" and value is not None:
            shown = f"{value * 100:.0f} %"
        else:
            shown = value_text(f.name, value, lang).strip("«»")
        rows.append((label(f.name, lang), shown))
    return section(tr("sar.facts", lang), st, _pairs(rows, st))


def _result(d: SubjectData, lang: str, st: Styles) -> list[Flowable]:
    ev = d.evaluation
    if ev is None:
        return []
    res = ev.result
    rows = [
        (tr("rep.fit", lang), figures.fit_text(res.fit, lang)),
        (tr("rep.verdict", lang), figures.verdict_line(res, lang)),
        (tr("sar.reason", lang), figures.reason_text(res, ev.framework, lang)),
        (tr("rep.coverage", lang), figures.coverage_text(res.coverage, lang)),
    ]
    return section(tr("sar.result", lang), st, _pairs(rows, st))


def _decision(d: SubjectData, lang: str, st: Styles) -> list[Flowable]:
    dec, c = d.decision, d.candidate
    if dec is None:
        return section(tr("dec.title", lang), st, p(tr("sar.no_decision", lang), st.body))
    rows = [
        (tr("dec.decision", lang), decision_label(dec.decision, lang, kind=c.kind)),
        (tr("dec.date", lang), date_text(dec.date, lang)),
        (tr("dec.decided_by", lang), dec.decided_by),
        (tr("dec.conditions", lang), dec.conditions or "—"),
    ]
    if dec.salary_offered is not None:
        fw = d.framework
        band = fw.profile(c.profile).salary_band if fw.has_profile(c.profile) else None
        rows.append(
            (tr("dec.salary_offered", lang), salary_against_band(dec.salary_offered, band, lang))
        )
    if d.outcome is not None:
        rows += outcome_lines(d.outcome, d.framework, lang)
    return section(tr("dec.title", lang), st, _pairs(rows, st))


def _assessment(a: Assessment, fw: Framework, lang: str, st: Styles) -> list[Flowable]:
    head = tr(
        "sar.assessment_head",
        lang,
        id=a.id,
        assessor=a.assessor,
        role=tr(f"role.{a.assessor_role}", lang),
        method=tr(f"method.{a.method}", lang),
        date=date_text(a.date, lang),
        status=tr(f"status.{a.status}", lang),
    )
    rows: list[list[Flowable]] = [
        [p(tr(k, lang), st.cell_bold) for k in ("rep.col.competency", "sar.level", "sar.evidence")]
    ]
    order = {c.id: n for n, c in enumerate(fw.competencies)}
    for r in sorted(a.ratings, key=lambda r: (order.get(r.competency, len(order)), r.competency)):
        known = fw.has_competency(r.competency)
        name = fw.competency(r.competency).name.get(lang) if known else r.competency
        if r.level is None:
            level = tr("hist.no_evidence", lang)
        else:
            text = fw.level_label(r.level)
            level = f"{r.level}" + (f" — {text.get(lang)}" if text is not None else "")
        rows.append([p(name, st.cell), p(level, st.cell), p(r.evidence or "—", st.cell)])
    widths = [55 * mm, 38 * mm, FRAME_W - 93 * mm]
    said = tr("rep.col.recommendation", lang) + ": " + recommendation_label(a.recommendation, lang)
    if a.recommendation_reason:
        said += f" — {a.recommendation_reason}"
    return [CondPageBreak(45 * mm), p(head, st.h2), grid_table(rows, widths), p(said, st.small)]


def _consensus(d: SubjectData, lang: str, st: Styles) -> list[Flowable]:
    """The levels a debrief of the assessors agreed on, with their notes."""
    if not d.consensus:
        return []
    fw = d.framework
    rows = []
    for c in sorted(d.consensus, key=lambda c: (c.day, c.competency)):
        name = (
            fw.competency(c.competency).name.get(lang)
            if fw.has_competency(c.competency)
            else c.competency
        )
        head = tr("rep.consensus_after", lang, date=date_text(c.day, lang), moderator=c.moderator)
        value = f"{c.level}" + (f" — {c.note}" if c.note else "") + f" ({head})"
        rows.append((name, value))
    return section(tr("rep.consensus_title", lang), st, _pairs(rows, st))


def _history(d: SubjectData, lang: str, st: Styles) -> list[Flowable]:
    if not d.history:
        return section(tr("sar.history", lang), st, p(tr("sar.no_history", lang), st.body))
    rows: list[list[Flowable]] = [
        [p(tr(k, lang), st.cell_bold) for k in ("sar.when", "sar.who", "sar.what")]
    ]
    for entry in d.history:
        when = str(entry["at"]).replace("T", " ")[:16]
        rows.append(
            [
                p(when, st.cell),
                p(str(entry["actor"]) or "—", st.cell),
                p(history_line(entry, d.framework, lang), st.cell),
            ]
        )
    widths = [28 * mm, 34 * mm, FRAME_W - 62 * mm]
    return section(
        tr("sar.history", lang),
        st,
        p(tr("sar.history_intro", lang), st.small),
        Spacer(1, 2),
        grid_table(rows, widths),
    )


def subject_story(d: SubjectData, lang: str) -> list[Flowable]:
    st = layout.styles()
    story: list[Flowable] = [
        p(tr("sar.kicker", lang).upper(), st.tiny),
        p(d.candidate.name, st.title),
        p(f"{tr('rep.date', lang)}: {today(lang)}", st.subtitle),
        p(tr("sar.intro", lang), st.small),
        *_facts(d, lang, st),
        *_result(d, lang, st),
        *_decision(d, lang, st),
    ]
    if d.assessments:
        story += section(
            tr("sar.assessments", lang), st, p(tr("sar.assessments_intro", lang), st.small)
        )
        for a in d.assessments:
            story += _assessment(a, d.frameworks[a.id], lang, st)
    else:
        story += section(
            tr("sar.assessments", lang), st, p(tr("sar.no_assessments", lang), st.body)
        )
    story += _consensus(d, lang, st)
    story += _history(d, lang, st)
    return story


def write_subject_access(d: SubjectData, path: Path, lang: str) -> Path:
    name = d.candidate.name
    layout.build(
        path,
        subject_story(d, lang),
        title=f"{tr('sar.kicker', lang)}: {name}",
        subject=tr("sar.kicker", lang),
        footer_left=f"{name[:80]} · {tr('rep.confidential', lang)}",
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
