"""Plural forms inside catalogue sentences: "{n} {n:plural:candidate|candidates}" in English,
"{n} {n:plural:кандидат|кандидата|кандидатов}" in Russian (one, few, many — the CLDR rules for
whole numbers), so no sentence says "candidate(s)"; and counts grouped as each language writes
them, "{n:count}": 58,128 and 58 128."""

from __future__ import annotations

import string
from typing import Any

MARK = ":plural:"
COUNT = ":count}"  # "{n:count}": 58128 as "58,128" in English, "58 128" in Russian


def form(n: int, forms: list[str], lang: str) -> str:
    """The form of a word for the count n: forms are (one, other) in English and (one, few,
    many) in Russian: 1 кандидат, 2 кандидата, 5 кандидатов, 11 кандидатов, 21 кандидат."""
    n = abs(int(n))
    if lang == "ru" and len(forms) == 3:
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return forms[1]
        return forms[2]
    return forms[0] if n == 1 else forms[-1]


def count_text(n: int, lang: str) -> str:
    """58128 as "58,128" in English and "58 128" (a no-break space) in Russian."""
    grouped = f"{int(n):,}"
    return grouped.replace(",", "\u00a0") if lang == "ru" else grouped


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("plural:"):
            return form(value, format_spec.removeprefix("plural:").split("|"), self.lang)
        if format_spec == "count":
            return count_text(value, self.lang)
        return str(super().format_field(value, format_spec))


def format_plural(text: str, lang: str, params: dict[str, Any]) -> str:
    return _Formatter(lang).vformat(text, (), params)
