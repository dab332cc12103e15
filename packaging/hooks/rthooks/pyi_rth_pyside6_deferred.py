"""Run-time hook used instead of PyInstaller's own for PySide6 (packaging/hooks/rthooks.dat).

PyInstaller's imports QtCore when the program starts, so every command would load Qt although
only the window uses it (the source keeps Qt out of the command line for the same reason). Qt is
pointed at its plugins here; the qt.conf that points it at its translations is registered by
PySide6 itself when the window first imports QtCore, relative to the folder.
"""

import os
import sys


def _hook() -> None:
    qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
    if not sys.platform.startswith("win"):
        qt = os.path.join(qt, "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


_hook()
del _hook
