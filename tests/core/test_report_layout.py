"""Small layout rules of the printed page."""

from __future__ import annotations

from kamassess.reports.fonts import width
from kamassess.reports.layout import REGULAR, shorten, styles


def test_a_long_name_is_shortened_at_a_word_with_an_ellipsis() -> None:
    name = "Константинопольская-Щедрина Александра Вячеславовна"
    room = width("Константинопольская-Щедрина Александра…", REGULAR, 7.5) + 1
    # the last word does not fit: it goes, whole
    assert shorten(name, room, 7.5) == "Константинопольская-Щедрина Александра…"
    assert shorten(name, 10_000, 7.5) == name  # fits: untouched
    tiny = shorten(name, 30, 7.5)  # one word wider than the room: cut, still with "…"
    assert tiny.endswith("…") and width(tiny, REGULAR, 7.5) <= 30


def test_headings_keep_with_what_follows_and_text_is_large_enough() -> None:
    st = styles()
    assert st.h1.keepWithNext and st.h2.keepWithNext
    body = [st.body, st.small, st.cell, st.cell_bold, st.cell_head, st.cell_right]
    assert min(s.fontSize for s in body) >= 9
    assert st.tiny.fontSize >= 7  # captions
