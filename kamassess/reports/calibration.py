"""The calibration report: how far the assessors agree over the pool, and who rates how."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr
from kamassess.panel.calibration_text import CalibrationText, describe
from kamassess.panel.pool import CalibrationRun
from kamassess.reports import layout
from kamassess.reports.common import section
from kamassess.reports.layout import (
    FRAME_W,
    INK,
    SHADE,
    Styles,
    Table,
    escape,
    grid_table,
    p,
    pm,
    today,
)


def _headline(text: CalibrationText, lang: str, st: Styles) -> Table:
    """The pooled alpha large, with its interval and n, and what it means — boxed like a
    profile's fit; below the data floor, "not enough data" and how much is missing."""
    rows: list[list[Flowable]] = [[p(tr("cal.alpha", lang), st.small)]]
    if text.figure:
        rows += [[p(text.figure, st.big)], [p(text.detail, st.small)]]
    else:
        rows += [[pm(f"<b>{escape(text.headline)}</b>", st.body)]]
    rows.append([pm(f"<b>{escape(text.meaning)}</b>", st.body)])
    shaded = len(rows) - 2  # the figure and its detail (or the missing data) are shaded
    if text.others:
        rows.append([p(text.others, st.small)])
    rows.append([p(text.pool, st.small)])
    rows += [[p(note, st.small)] for note in text.notes]
    box = Table(rows, colWidths=[FRAME_W])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, INK),
                ("BACKGROUND", (0, 0), (-1, shaded), SHADE),
                ("LINEBELOW", (0, shaded), (-1, shaded), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return box


def _competencies(text: CalibrationText, lang: str, st: Styles) -> list[Flowable]:
    head = [p(tr("cal.col.competency", lang), st.cell_bold)] + [
        p(tr(k, lang), st.cell_head) for k in ("cal.col.alpha", "cal.col.interval", "cal.col.units")
    ]
    rows: list[list[Flowable]] = [head]
    extra: list[tuple[object, ...]] = []
    for line in text.competencies:
        if line.enough:
            rows.append(
                [
                    p(line.name, st.cell),
                    p(line.alpha, st.cell_center),
                    p(line.interval, st.cell_center),
                    p(line.units, st.cell_center),
                ]
            )
        else:  # the reason spans the figures' columns: no number stands alone
            units = p(line.units, st.cell_center)
            rows.append([p(line.name, st.cell), p(line.alpha, st.cell), p("", st.cell), units])
            extra.append(("SPAN", (1, len(rows) - 1), (2, len(rows) - 1)))
    numeric = [30 * mm, 32 * mm, 16 * mm]
    return section(
        tr("cal.per_competency", lang),
        st,
        grid_table(rows, [FRAME_W - sum(numeric), *numeric], extra=extra),
    )


def _assessors(text: CalibrationText, lang: str, st: Styles) -> list[Flowable]:
    head = [p(tr("cal.col.assessor", lang), st.cell_bold)] + [
        p(tr(k, lang), st.cell_head) for k in ("cal.col.leniency", "cal.col.pairs", "cal.col.sd")
    ]
    rows: list[list[Flowable]] = [head]
    for line in text.assessors:
        rows.append(
            [
                p(line.name, st.cell),
                p(line.leniency, st.cell_center),
                p(line.pairs, st.cell_center),
                p(line.sd, st.cell_center),
            ]
        )
    numeric = [36 * mm, 18 * mm, 26 * mm]
    return section(
        tr("cal.per_assessor", lang),
        st,
        grid_table(rows, [FRAME_W - sum(numeric), *numeric]),
        Spacer(1, 2),
        p(text.leniency_help, st.tiny),
    )


def calibration_story(run: CalibrationRun, framework: Framework, lang: str) -> list[Flowable]:
    """The flowables of a calibration report (also used to measure layout in tests)."""
    st = layout.styles()
    text = describe(run, framework, lang)
    sub = " · ".join(
        [
            text.scope,
            f"{tr('rep.framework', lang)}: {framework.id} {framework.version}",
            f"{tr('rep.date', lang)}: {today(lang)}",
        ]
    )
    return [
        p(tr("cal.kicker", lang).upper(), st.tiny),
        p(text.title, st.title),
        p(sub, st.subtitle),
        _headline(text, lang, st),
        Spacer(1, 4),
        *_competencies(text, lang, st),
        *_assessors(text, lang, st),
        *section(tr("cal.interpretation", lang), st, p(text.method, st.small)),
    ]


def write_calibration(run: CalibrationRun, framework: Framework, path: Path, lang: str) -> Path:
    """Write the calibration PDF to path."""
    title = tr("cal.title", lang)
    layout.build(
        path,
        calibration_story(run, framework, lang),
        title=title,
        subject=f"{framework.id} {framework.version}",
        footer_left=f"{title} · {tr('rep.confidential', lang)}",
        footer_label=tr("rep.page", lang, page="{page}", total="{total}"),
        lang=lang,
    )
    return path
