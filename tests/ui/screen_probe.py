"""Run by test_fits_screen.py in its own process, on an offscreen screen of a given size (Qt
reads the screen's size once, at start): opens the main window and a draft's rating window on
the demo set and prints, as JSON, where the things a user must reach ended up."""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget


def reach(widget: QWidget, screen: QWidget | None = None) -> dict[str, object]:
    """Where the widget is on the screen, and whether any of it is left unclipped."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return {
        "x": top_left.x(),
        "y": top_left.y(),
        "w": widget.width(),
        "h": widget.height(),
        "visible": widget.isVisible() and not widget.visibleRegion().isEmpty(),
    }


def main(lang: str) -> None:
    folder = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication(sys.argv[:1])
    from kamassess.exchange.demo import bundle as demo_bundle
    from kamassess.exchange.importer import import_bundle
    from kamassess.framework.model import load_framework
    from kamassess.paths import bundled_framework
    from kamassess.store.sqlite import Store
    from kamassess.workspace import Workspace
    from ui.app import install_translators
    from ui.identity import KEY
    from ui.main_window import MainWindow
    from ui.settings import settings

    install_translators(app, lang)
    settings().setValue(KEY, "tester")
    fw = load_framework(bundled_framework())
    store = Store.open(folder / "probe.db")
    from kamassess.exchange.bundle import parse_bundle

    text = json.dumps(demo_bundle(), ensure_ascii=False)
    import_bundle(store, fw, parse_bundle(text, "demo", fw, store), "t")
    ws = Workspace(store, fw, bundled_framework(), lang, user="tester")
    window = MainWindow(ws)
    window.show()
    app.processEvents()
    window.candidates.select("c-002")
    app.processEvents()
    aid = store.create_assessment("c-002", "tester", "hr", "interview", date.today(), fw, "t")
    rating = window.candidates.open_assessment(aid)
    assert rating is not None
    app.processEvents()
    screen = app.primaryScreen().availableGeometry()
    page = window.candidates.page
    out = {
        "screen": [screen.width(), screen.height()],
        "main": reach(window),
        "main_min": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "page_buttons": {
            b.text(): reach(b)
            for b in page.findChildren(type(page.new_button))
            if b.isVisibleTo(page)
        },
        "rating": reach(rating),
        "rating_min": [rating.minimumSizeHint().width(), rating.minimumSizeHint().height()],
        "finalise": reach(rating.finalise_button),
        "result": reach(rating.result.headline),
        "last_card": reach(rating.cards[-1]),
    }
    rating.scroll.ensureWidgetVisible(rating.cards[-1])
    app.processEvents()
    out["last_card_scrolled"] = reach(rating.cards[-1])
    print(json.dumps(out, ensure_ascii=False))
    rating.close()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1])
