"""The panel's part of a candidate profile: each assessor's own recommendation, printed beside
the fit and never mixed into it, and the consensus a debrief recorded."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kamassess.i18n.messages import tr
from kamassess.i18n.texts import date_text
from kamassess.reports.common import section
from kamassess.reports.layout import FRAME_W, Styles, escape, grid_table, p, pm
from kamassess.scoring.evaluation import Evaluation


def recommendation_label(recommendation: str | None, lang: str) -> str:
    return tr(f"rec.{recommendation or 'none'}", lang)


def recommendations(
    ev: Evaluation, lang: str, st: Styles, *, anonymous: bool = False
) -> list[Flowable]:
    """Who recommends what and why, one row per assessment ("not given" for a file of
    version 1, or an assessment finalised before recommendations were asked for). Anonymised,
    the reasons are left out, as the evidence is: an assessor's words may name the person."""
    if not ev.assessments:
        return []
    head = [
        p(tr(k, lang), st.cell_bold)
        for k in ("rep.col.assessor", "rep.col.method", "rep.col.recommendation", "rep.col.why")
    ]
    rows: list[list[Flowable]] = [head]
    for a in ev.assessments:
        who = a.assessor if a.status == "final" else f"{a.assessor} ({tr('status.draft', lang)})"
        rows.append(
            [
                p(who, st.cell),
                p(tr(f"method.{a.method}", lang), st.cell),
                pm(f"<b>{escape(recommendation_label(a.recommendation, lang))}</b>", st.cell),
                p("—" if anonymous else a.recommendation_reason or "—", st.cell),
            ]
        )
    widths = [42 * mm, 30 * mm, 28 * mm]
    return section(
        tr("rep.recommendations", lang),
        st,
        grid_table(rows, [*widths, FRAME_W - sum(widths)]),
    )


def consensus(ev: Evaluation, lang: str, st: Styles, *, anonymous: bool = False) -> list[Flowable]:
    """ "Consensus after debrief on DATE": the agreed levels beside the ratings they settled
    (anonymised, without the notes)."""
    if not ev.consensus:
        return []
    fw, res = ev.framework, ev.result
    blocks: list[Flowable] = []
    meetings = sorted(ev.consensus, key=lambda c: (c.day, c.moderator))
    for (day, moderator), agreed in groupby(meetings, key=lambda c: (c.day, c.moderator)):
        blocks.append(
            pm(
                "<b>"
                + escape(
                    tr("rep.consensus_after", lang, date=date_text(day, lang), moderator=moderator)
                )
                + "</b>",
                st.body,
            )
        )
        for c in agreed:
            levels = ", ".join(str(lv) for lv in res.competency(c.competency).levels) or "—"
            line = tr(
                "rep.consensus_line",
                lang,
                competency=fw.competency(c.competency).name.get(lang),
                level=c.level,
                levels=levels,
            )
            note = f" — {escape(c.note)}" if c.note and not anonymous else ""
            blocks.append(pm(f"• {escape(line)}{note}", st.small))
        blocks.append(Spacer(1, 3))
    blocks.append(p(tr("rep.consensus_legend", lang), st.tiny))
    return section(tr("rep.consensus_title", lang), st, *blocks)


def summary(ev: Evaluation, lang: str) -> list[str]:
    """Page one's line beside the fit: how the assessors recommend (not part of the fit), and
    whether a debrief's consensus is in the score; none before an assessment is final."""
    finals = [a for a in ev.assessments if a.status == "final"]
    if not finals:
        return []
    counts: dict[str, int] = {}
    for a in finals:
        key = a.recommendation or "none"
        counts[key] = counts.get(key, 0) + 1
    order = ("strong_yes", "yes", "no", "strong_no", "none")
    line = ", ".join(f"{recommendation_label(k, lang)} {counts[k]}" for k in order if k in counts)
    if ev.consensus:
        last = max(c.day for c in ev.consensus)
        n = len(ev.consensus)
        line += "; " + tr("rep.consensus_summary", lang, date=date_text(last, lang), n=n)
    return [line]
