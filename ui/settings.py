"""The one place settings come from (QSettings), so tests can point them at a folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORG = APP = "KAM Assess"


def settings() -> QSettings:
    """User settings in the default format (native, or INI where tests set it)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORG, APP)
