"""The validity page: how well fit and each group score ranked 12-month performance among the
people hired, with n and the interval beside every figure, and outcome rates by verdict band."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kamassess.analysis.validity import Correlation, Rate
from kamassess.decisions.validity_pool import ValidityReport
from kamassess.framework.model import Framework
from kamassess.i18n.figures import verdict_label
from kamassess.i18n.messages import tr
from kamassess.i18n.validity_text import (
    band_order,
    figure_text,
    group_name,
    group_order,
    interval_text,
    overall_text,
    rate_text,
    rho_text,
    short_reading,
    summary_text,
)
from kamassess.reports import layout
from kamassess.reports.common import section
from kamassess.reports.layout import FRAME_W, INK, SHADE, Styles, Table, grid_table, p, today


def _answer(report: ValidityReport, lang: str, st: Styles) -> Table:
    """The plain-language answer in a box, first thing on the page."""
    box = Table(
        [
            [p(overall_text(report.validity, lang), st.body)],
            [p(summary_text(report, lang), st.small)],
        ],
        colWidths=[FRAME_W],
    )
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 1.2, INK),
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return box


def _correlations(report: ValidityReport, fw: Framework, lang: str, st: Styles) -> list[Flowable]:
    v = report.validity
    head = [
        p(
            tr(k, lang),
            st.cell_bold if k in ("val.col.predictor", "val.col.reading") else st.cell_head,
        )
        for k in (
            "val.col.predictor",
            "val.col.n",
            "val.col.rho",
            "val.col.interval",
            "val.col.reading",
        )
    ]

    def row(label: str, c: Correlation, bold: bool = False) -> list[Flowable]:
        style = st.cell_bold if bold else st.cell
        if c.rho is None or c.interval95 is None:
            return [
                p(label, style),
                p(str(c.n), st.cell_center),
                p("—", st.cell_center),
                p("—", st.cell_center),
                p(figure_text(c, lang), st.cell),
            ]
        return [
            p(label, style),
            p(str(c.n), st.cell_center),
            p(rho_text(c.rho, lang), st.cell_center),
            p(interval_text(c.interval95, lang), st.cell_center),
            p(short_reading(c, lang), st.cell),
        ]

    rows = [head, row(tr("val.fit", lang), v.fit, bold=True)]
    rows += [
        row(group_name(fw, gid, lang), v.groups[gid]) for gid in group_order(fw, list(v.groups))
    ]
    numeric = [12 * mm, 16 * mm, 32 * mm]
    widths = [48 * mm, *numeric, FRAME_W - 48 * mm - sum(numeric)]
    return section(tr("val.correlations", lang), st, grid_table(rows, widths))


def _rates(title_key: str, rates: dict[str, Rate], lang: str, st: Styles) -> list[Flowable]:
    if not rates:
        return section(tr(title_key, lang), st, p(tr("val.no_rates", lang), st.body))
    head = [p(tr("val.col.band", lang), st.cell_bold), p(tr("val.col.rate", lang), st.cell_bold)]
    rows = [head] + [
        [p(verdict_label(b, lang), st.cell), p(rate_text(rates[b], lang), st.cell)]
        for b in band_order(list(rates))
    ]
    return section(tr(title_key, lang), st, grid_table(rows, [70 * mm, FRAME_W - 70 * mm]))


def validity_story(report: ValidityReport, fw: Framework, lang: str) -> list[Flowable]:
    st = layout.styles()
    v = report.validity
    sub = " · ".join(
        [
            f"{tr('rep.framework', lang)}: {fw.id} {fw.version}",
            f"{tr('rep.date', lang)}: {today(lang)}",
        ]
    )
    story: list[Flowable] = [
        p(tr("val.kicker", lang).upper(), st.tiny),
        p(tr("val.title", lang), st.title),
        p(sub, st.subtitle),
        _answer(report, lang, st),
        Spacer(1, 4),
        *_correlations(report, fw, lang, st),
        *_rates("val.probation_by_band", dict(v.probation), lang, st),
        *_rates("val.left_by_band", dict(v.left), lang, st),
    ]
    if report.unscorable:
        story.append(p(tr("val.unscorable", lang, ids=", ".join(report.unscorable)), st.small))
    story += section(
        tr("val.how", lang),
        st,
        p(tr("val.method", lang, needed=v.needed), st.small),
        Spacer(1, 3),
        p(tr("val.restriction", lang), st.small),
    )
    return story


def write_validity(report: ValidityReport, fw: Framework, path: Path, lang: str) -> Path:
    """Write the validity page (one page for a framework of a few groups) to path."""
    layout.build(
        path,
        validity_story(report, fw, lang),
        title=tr("val.title", lang),
        subject=f"{fw.id} {fw.version}",
        footer_left=tr("val.title", lang),
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
