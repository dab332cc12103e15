"""Date fields written the way their reader writes dates (27.11.2026, 27 Nov 2026), as the
reports and the list do."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

FORMATS = {"ru": "dd.MM.yyyy", "en": "d MMM yyyy"}


def local_dates(edit: QDateEdit, lang: str) -> QDateEdit:
    """Show the field's date in the language's format (month names in that language)."""
    language = QLocale.Language.Russian if lang == "ru" else QLocale.Language.English
    edit.setLocale(QLocale(language))
    edit.setDisplayFormat(FORMATS.get(lang, FORMATS["en"]))
    return edit
