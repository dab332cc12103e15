"""PT Sans, the four faces, registered once as a family so <b> and <i> really are bold/italic;
and, for the letters PT Sans lacks (Greek, Hebrew, Arabic), bundled fallback fonts."""

from __future__ import annotations

import importlib.resources
import re
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "PTSans", "PTSans-Bold", "PTSans-Italic", "PTSans-BoldItalic"
_FILES = {
    REGULAR: "PT_Sans-Web-Regular.ttf",
    BOLD: "PT_Sans-Web-Bold.ttf",
    ITALIC: "PT_Sans-Web-Italic.ttf",
    BOLD_ITALIC: "PT_Sans-Web-BoldItalic.ttf",
}


# What PT Sans lacks, from bundled fonts that have it (each registered on first need: parsing a
# font takes tens of milliseconds a profile without such text should not pay).
FALLBACKS: tuple[tuple[str, str, str], ...] = (
    ("NotoSans", "fontpkg_noto_sans", "NotoSans[wdth,wght].ttf"),  # Greek, Latin and Cyrillic
    ("Heebo", "fontpkg_heebo", "Heebo[wght].ttf"),  # Hebrew
    ("NotoSansArabic", "fontpkg_noto_sans_arabic", "NotoSansArabic[wdth,wght].ttf"),
)
# Where no bundled font has a character (emoji, say): the replacement character "�" (in Noto
# Sans), visible, never an invisible blank.
PLACEHOLDER = "\ufffd"
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")


@cache
def _drawable() -> frozenset[str]:
    register()
    return frozenset(chr(c) for c in pdfmetrics.getFont(REGULAR).face.charToGlyph) | {"\n", "\t"}


@cache
def _fallback(index: int) -> frozenset[str]:
    """Register fallback font `index`; the characters it has."""
    name, package, filename = FALLBACKS[index]
    folder = importlib.resources.files(package) / "files"
    with importlib.resources.as_file(folder / filename) as path:
        font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return frozenset(chr(c) for c in font.face.charToGlyph)


def font_of(ch: str) -> str | None:
    """The font that draws ch: PT Sans, else the first fallback that has it, else None. Greek
    comes from the fallback whole: PT Sans has a few Greek letters (π, µ), and a name drawn
    half in one font and half in another looks misspelt."""
    if ch in _drawable() and not _GREEK.match(ch):
        return REGULAR
    for index, (name, _, _) in enumerate(FALLBACKS):
        if ch in _fallback(index):
            return name
    return None


def printable_everywhere(text: str) -> bool:
    """Can every character of text be printed with the bundled fonts?"""
    return all(font_of(ch) is not None for ch in set(text) - _drawable())


def visual(text: str) -> str:
    """Right-to-left words (Hebrew, Arabic) in the order they are drawn, Arabic letters in their
    joined forms: a PDF line is drawn left to right, glyph by glyph. python-bidi (the Unicode
    bidirectional algorithm) and arabic-reshaper do what we should not write ourselves."""
    if not _RTL.search(text):
        return text
    from bidi import get_display

    if _ARABIC.search(text):
        import arabic_reshaper

        text = arabic_reshaper.reshape(text)
    # Our pages are left-to-right (Russian, English): a name in Hebrew reads right to left
    # inside them, and brackets around it stay as typed.
    return str(get_display(text, base_dir="L"))


def runs(text: str) -> list[tuple[str, str]]:
    """text (plain, already in visual order) as (font, piece) runs; a character no bundled font
    has becomes PLACEHOLDER (in Noto Sans)."""
    out: list[tuple[str, str]] = []
    for ch in text:
        # a space stays in its word's font: one run per name
        font = out[-1][0] if ch == " " and out else font_of(ch)
        if font is None:
            font, ch = FALLBACKS[0][0], PLACEHOLDER
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def printable(markup: str) -> str:
    """Paragraph markup with every character drawn by a font that has it: runs PT Sans lacks
    are wrapped in <font name=...> of a bundled fallback, right-to-left words put in drawing
    order; characters no bundled font has become a visible box. Tags and entities are kept."""
    if set(markup) <= _drawable() and not _GREEK.search(markup):
        return markup  # nearly every text: one set operation in C
    pieces = []
    for piece in _MARKUP.split(markup):
        if not piece or _MARKUP.fullmatch(piece):
            pieces.append(piece)
            continue
        for font, run in runs(visual(piece)):
            pieces.append(run if font == REGULAR else f'<font name="{font}">{run}</font>')
    return "".join(pieces)


def draw_string(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """canvas.drawString for text that may need fallback fonts."""
    if set(text) <= _drawable() and not _GREEK.search(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    for f, run in runs(visual(text)):
        face = font if f == REGULAR else f
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, face, size)


def width(text: str, font: str, size: float) -> float:
    """The drawn width of plain text, fallback runs measured in their own fonts."""
    if set(text) <= _drawable() and not _GREEK.search(text):
        return float(pdfmetrics.stringWidth(text, font, size))
    return sum(
        float(pdfmetrics.stringWidth(run, font if f == REGULAR else f, size))
        for f, run in runs(visual(text))
    )


@cache
def register() -> str:
    """Register the faces from the fontpkg-pt-sans package data; returns the family name."""
    folder = importlib.resources.files("fontpkg_pt_sans") / "files"
    # Bold italic is never asked for (no style is italic, and our markup never nests <i> in
    # <b>): its 15 ms parse is saved and <b><i> would print bold.
    for name, filename in _FILES.items():
        if name == BOLD_ITALIC:
            continue
        with importlib.resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
    )
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    # Drawings start from these defaults; Helvetica there would be an unembedded font.
    STATE_DEFAULTS["fontName"] = REGULAR
    # Binary (Flate only) streams: ASCII85 on top makes files ~25 % larger and slower to write.
    rl_config.useA85 = 0
    return REGULAR
