"""Names never lose letters on paper: what PT Sans lacks comes from a bundled font that has it;
only what no bundled font has becomes a visible replacement character."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from kamassess.reports.fonts import PLACEHOLDER, printable, printable_everywhere, visual
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace

from .conftest import run_cli

GREEK = "Αλέξανδρος Παπαδόπουλος"
HEBREW = "דוד כהן"
ARABIC = "محمد"


def test_text_pt_sans_draws_is_left_alone() -> None:
    assert printable("Иванов <b>Пётр</b> &amp; Co") == "Иванов <b>Пётр</b> &amp; Co"


def test_greek_comes_whole_from_noto_sans() -> None:
    # π is in PT Sans, but a Greek name is drawn in one font, not two
    assert printable(f"<b>{GREEK}</b>") == f'<b><font name="NotoSans">{GREEK}</font></b>'


def test_hebrew_is_put_in_drawing_order_in_its_font() -> None:
    # drawn left to right, a right-to-left word is reversed: דוד כהן -> ןהכ דוד
    assert visual(HEBREW) == "ןהכ דוד"
    assert printable(f"Имя: {HEBREW}") == 'Имя: <font name="Heebo">ןהכ דוד</font>'


def test_arabic_letters_are_joined_and_in_drawing_order() -> None:
    shown = visual(ARABIC)
    # four letters in their contextual presentation forms (U+FE70–U+FEFF), last letter first
    assert len(shown) == 4 and all(0xFE70 <= ord(c) <= 0xFEFF for c in shown)
    assert printable(ARABIC) == f'<font name="NotoSansArabic">{shown}</font>'


def test_what_no_bundled_font_has_becomes_a_visible_placeholder() -> None:
    assert not printable_everywhere("Иван 😀")
    assert printable_everywhere(f"{GREEK} {HEBREW} {ARABIC}")
    assert printable("Иван 😀") == f'Иван <font name="NotoSans">{PLACEHOLDER}</font>'


def test_a_profile_of_names_in_three_scripts_embeds_the_fonts_that_draw_them(
    tmp_path: Path,
) -> None:
    db = tmp_path / "k.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    with Store.open(db) as store:
        c = store.candidate("c-001")
        name = f"{GREEK} {HEBREW} {ARABIC}"
        store.save_candidate(dataclasses.replace(c, name=name), "test")
    out = tmp_path / "p.pdf"
    with Workspace.open(db, lang="en") as ws:
        ws.write_profile("c-001", out)
    reader = PdfReader(out)
    fonts: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    # embedded under their PostScript names
    assert {"NotoSans-Regular", "Heebo-Regular", "NotoSansArabic-Regular"} <= fonts, fonts
    first = reader.pages[0].extract_text()
    assert GREEK in first  # every Greek letter came out as itself, none replaced
    assert PLACEHOLDER not in first
