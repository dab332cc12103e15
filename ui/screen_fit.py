"""First sizes that fit the screen the window opens on (a 1024×768 laptop, a 1366×768 office
screen), title bar and borders included, centred on its free area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# What a window manager adds around the client area before the window is shown (the frame is
# unknown until then): a title bar and thin borders.
FRAME_W, FRAME_H = 16, 40


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or less where the screen's free area is smaller, and centre."""
    screen = window.screen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    w = min(width, free.width() - FRAME_W)
    h = min(height, free.height() - FRAME_H)
    window.resize(max(w, 200), max(h, 200))
    window.move(
        free.x() + max(0, (free.width() - window.width() - FRAME_W) // 2),
        free.y() + max(0, (free.height() - window.height() - FRAME_H) // 2),
    )
