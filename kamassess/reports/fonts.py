"""PT Sans, the four faces, registered once as a family so <b> and <i> really are bold/italic."""

from __future__ import annotations

import importlib.resources
from functools import cache

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


@cache
def _drawable() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def printable(text: str) -> str:
    """text with every character PT Sans cannot draw (emoji, Hebrew, Arabic...) shown as '?',
    rather than as an invisible blank; the stored data keeps the original characters."""
    glyphs = _drawable()
    return "".join(ch if ch in "\n\t" or ord(ch) in glyphs else "?" for ch in text)


@cache
def register() -> str:
    """Register the faces from the fontpkg-pt-sans package data; returns the family name."""
    folder = importlib.resources.files("fontpkg_pt_sans") / "files"
    for name, filename in _FILES.items():
        with importlib.resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
    # Drawings start from these defaults; Helvetica there would be an unembedded font.
    STATE_DEFAULTS["fontName"] = REGULAR
    # Binary (Flate only) streams: ASCII85 on top makes files ~25 % larger and slower to write.
    rl_config.useA85 = 0
    return REGULAR
