"""The core's user-visible sentences, each in Russian and English, addressed by key."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass, field
from typing import Any

from kamassess.i18n.catalog_cli import CLI
from kamassess.i18n.catalog_data import DATA
from kamassess.i18n.catalog_decisions import DECISIONS
from kamassess.i18n.catalog_figures import FIGURES
from kamassess.i18n.catalog_files import FILES
from kamassess.i18n.catalog_panel import PANEL
from kamassess.i18n.catalog_reports import REPORTS
from kamassess.i18n.catalog_safety import SAFETY
from kamassess.i18n.catalog_server import SERVER
from kamassess.i18n.catalog_where import WHERE
from kamassess.i18n.catalog_window import WINDOW
from kamassess.i18n.plural import COUNT, MARK, format_plural

LANGUAGES = ("ru", "en")

# Each entry: key -> {"en": ..., "ru": ...}; str.format placeholders are shared by both.
CATALOG: dict[str, dict[str, str]] = {
    **FILES,
    **DATA,
    **CLI,
    **REPORTS,
    **SAFETY,
    **FIGURES,
    **WINDOW,
    **SERVER,
    **WHERE,
    **PANEL,
    **DECISIONS,
}


def _normalise(lang: str | None) -> str | None:
    if not lang:
        return None
    code = lang.strip().lower().replace("-", "_")
    for known in LANGUAGES:
        if code == known or code.startswith(known + "_"):
            return known
    if code.startswith("russian"):  # Windows locale names: "Russian_Russia.1251"
        return "ru"
    if code.startswith("english"):
        return "en"
    return None


def system_language() -> str:
    """The user's language: KAMASSESS_LANG, then the locale; Russian or English (the default)."""
    explicit = _normalise(os.environ.get("KAMASSESS_LANG"))
    if explicit:
        return explicit
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = _normalise(os.environ.get(var, "").split(":")[0])
        if found:
            return found
    try:
        found = _normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "en"


def tr(key: str, lang: str, /, **params: Any) -> str:
    """The catalogue sentence for key in lang, with params filled in."""
    entry = CATALOG[key]
    text = entry.get(lang) or entry["en"]
    if MARK in text or COUNT in text:
        return format_plural(text, lang, params)
    return text.format(**params)


@dataclass(frozen=True)
class Message:
    """A sentence by key and parameters, rendered late in whatever language the reader uses."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        return tr(self.key, lang, **{k: _param(k, v, lang) for k, v in self.params.items()})


# Parameters named after a coded field are shown by the code's label ("interview" → "интервью").
_LABELLED = {"method": "method", "kind": "kind", "verdict": "verdict"}


def _param(name: str, value: Any, lang: str) -> Any:
    """A message parameter as the reader sees it: a parameter that renders itself (a Message, a
    location) does so in lang, a code by its label, a date in the language's format."""
    if hasattr(value, "render"):
        return value.render(lang)
    if isinstance(value, str):
        prefix = _LABELLED.get(name)
        if prefix is not None and f"{prefix}.{value}" in CATALOG:
            return tr(f"{prefix}.{value}", lang)
        if name == "date" or name.endswith("_date"):
            from kamassess.i18n.texts import date_text

            return date_text(value, lang)
    return value
