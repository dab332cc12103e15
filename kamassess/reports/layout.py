"""The house style: A4 pages, styles readable in black and white, "page X of Y" footers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle
from reportlab.platypus import Table as _Table

from kamassess.i18n.messages import tr
from kamassess.i18n.texts import date_text
from kamassess.outputs import write_private
from kamassess.reports.fonts import BOLD, REGULAR, draw_string, printable, register, width

PAGE_W, PAGE_H = A4


def escape(text: str) -> str:
    """&, < and > as markup entities (xml.sax.saxutils.escape does the same but imports
    urllib, http and email: 45 ms of every report's start)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


MARGIN = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.9, 0.9, 0.9)
LIGHT = colors.Color(0.96, 0.96, 0.96)
ACCENT = colors.Color(0.1, 0.25, 0.45)  # dark blue: prints as near-black in grey


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    big: ParagraphStyle
    verdict: ParagraphStyle


def styles() -> Styles:
    register()

    def ps(name: str, size: float, leading: float | None = None, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=kw.pop("font", REGULAR),
            fontSize=size,
            leading=leading or size * 1.25,
            textColor=kw.pop("color", INK),
            **kw,
        )

    return Styles(
        title=ps("title", 18, 22, font=BOLD, spaceAfter=2),
        subtitle=ps("subtitle", 10.5, 14, color=GREY, spaceAfter=6),
        # A heading is never the last line of a page: it keeps with what follows.
        h1=ps("h1", 13, 16, font=BOLD, spaceBefore=10, spaceAfter=5, color=ACCENT, keepWithNext=1),
        h2=ps("h2", 10.5, 13, font=BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        # Text to read is 9 pt at least, captions 7 pt.
        body=ps("body", 9.5, 12.5, spaceAfter=3),
        small=ps("small", 9, 11.5),
        tiny=ps("tiny", 7, 8.6, color=GREY),
        cell=ps("cell", 9, 11),
        cell_bold=ps("cell_bold", 9, 11, font=BOLD),
        cell_head=ps("cell_head", 9, 11, font=BOLD, alignment=TA_CENTER),
        cell_right=ps("cell_right", 9, 11, alignment=TA_RIGHT),
        cell_center=ps("cell_center", 9, 11, alignment=TA_CENTER),
        big=ps("big", 30, 32, font=BOLD, alignment=TA_LEFT),
        verdict=ps("verdict", 14, 17, font=BOLD),
    )


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: user text is escaped, so '<b>' in a name prints literally."""
    return Paragraph(printable(escape(text).replace("\n", "<br/>")), style)


def pm(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own markup (callers escape whatever user text they put inside)."""
    return Paragraph(printable(markup), style)


class Table(_Table):
    """reportlab's Table with PT Sans as its base font (its own default is Helvetica, which
    would put an unembedded font into the file)."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8.5)]))


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table that splits across pages repeating its header, ruled for black-and-white print."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows)
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, INK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(style + list(extra)))
    return table


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then stamps "page X of Y" on each."""

    footer_left = ""
    footer_label = "{page} / {total}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise every page's preamble names Helvetica, a font the file does not embed.
        if not kwargs.get("initialFontName"):  # the doc template passes None explicitly
            kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, 12 * mm, PAGE_W - MARGIN, 12 * mm)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(GREY)
        right = self.footer_label.format(page=number, total=total)
        room = FRAME_W - width(right, REGULAR, 7.5) - 12
        draw_string(self, MARGIN, 8 * mm, shorten(self.footer_left, room, 7.5), REGULAR, 7.5)
        self.drawRightString(PAGE_W - MARGIN, 8 * mm, right)
        self.restoreState()


def build(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    footer_left: str,
    footer_label: str,
    lang: str,
) -> None:
    """Lay the story out on A4 and write the file whole or not at all, owner-readable only."""
    register()
    canvas_class = type(
        "PageCanvas", (_NumberedCanvas,), {"footer_left": footer_left, "footer_label": footer_label}
    )

    def lay_out(fh: BinaryIO) -> None:
        doc = SimpleDocTemplate(
            fh,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=18 * mm,
            title=title,
            author="KAM Assess",
            subject=subject,
            creator="KAM Assess",
            lang=lang,
            initialFontName=REGULAR,
        )
        doc.build(story, canvasmaker=canvas_class)

    write_private(path, lay_out)


def shorten(text: str, room: float, size: float, font: str = REGULAR) -> str:
    """text cut at a word and ended with "…" when it is wider than room (never mid-word,
    unless a single word is wider than the room)."""
    if width(text, font, size) <= room:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        trial = " ".join(words).rstrip(" ·,;:—-") + "…"
        if width(trial, font, size) <= room:
            return trial
    word = words[0]
    while len(word) > 1 and width(word + "…", font, size) > room:
        word = word[:-1]
    return word + "…"


def today(lang: str) -> str:
    """Today as the language writes dates: 27.11.2026, 27 Nov 2026."""
    return date_text(date.today(), lang)


def sign_row(who: str, lang: str, st: Styles) -> Table:
    """Lines to sign on: `who` (a name to write), the signature and the date."""
    gap = 5 * mm
    table = Table(
        [
            ["", "", "", "", ""],
            [
                p(who, st.tiny),
                "",
                p(tr("rep.sign_signature", lang), st.tiny),
                "",
                p(tr("rep.sign_date", lang), st.tiny),
            ],
        ],
        colWidths=[FRAME_W - 2 * 40 * mm - 2 * gap, gap, 40 * mm, gap, 40 * mm],
        rowHeights=[9 * mm, None],
    )
    table.setStyle(
        [
            *[("LINEBELOW", (col, 0), (col, 0), 0.6, INK) for col in (0, 2, 4)],
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 1),
        ]
    )
    return table
