"""The QApplication: language, translators, the database and framework, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from kamassess import paths
from kamassess.framework.model import Framework
from kamassess.workspace import Workspace
from ui import jobs
from ui.identity import remembered_user
from ui.main_window import MainWindow
from ui.settings import APP, ORG, settings
from ui.startup import (
    choose_database,
    choose_language,
    install_exception_hook,
    load_start_framework,
    lock_database,
    open_server,
    open_store,
    start_backup,
)

I18N = Path(__file__).resolve().parent / "i18n"
GUI_BUSY_S = 1.5  # a save waits this long for another program's lock, then says so and retries

__all__ = ["Application", "install_translators", "open_store", "run_gui"]


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons say «Отмена») and ours, for Russian."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    loaded = []
    if lang == "ru":
        qt = QTranslator(app)
        if qt.load(
            QLocale(QLocale.Language.Russian),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            loaded.append(qt)
        ours = QTranslator(app)
        if ours.load(str(I18N / "kamassess_ru.qm")):
            app.installTranslator(ours)
            loaded.append(ours)
    return loaded


class Application:
    """Owns the window; rebuilds it when the language changes, when the database must be opened
    again (another program restored it), and when the user connects to a server or back to
    this computer's database. The data lives in the database, not in the window."""

    def __init__(self, app: QApplication, ws: Workspace, lock: QLockFile | None = None) -> None:
        self.app, self.ws, self.lock = app, ws, lock
        self.window: MainWindow | None = None

    def show(self, *, offer_demo: bool) -> MainWindow:
        install_translators(self.app, self.ws.lang)
        self.window = MainWindow(self.ws)
        self.window.language_change.connect(self.switch_language)
        self.window.reopen_requested.connect(self.reopen)
        self.window.connect_requested.connect(self.connect_to_server)
        self.window.desktop_requested.connect(self.use_desktop)
        self.window.show()
        if offer_demo:
            QTimer.singleShot(0, self.window.files.offer_demo)
        return self.window

    def _replace_window(self, *, keep_view: bool = True) -> None:
        """A new window on self.ws; keep_view carries the search, filters and selection over
        (the same database in another language, or reopened; not another database)."""
        old = self.window
        state: dict[str, object] = {}
        if old is not None:
            old.save_settings()
            for signal in (
                old.language_change,
                old.reopen_requested,
                old.connect_requested,
                old.desktop_requested,
            ):
                signal.disconnect()
            if keep_view:
                state = old.candidates.view_state()
        self.show(offer_demo=False)
        if state and self.window is not None:
            self.window.candidates.restore_view_state(state)  # the search and selection stay
        if old is not None:
            old.close()
            old.deleteLater()

    def switch_language(self, lang: str) -> None:
        settings().setValue("language", lang)
        if lang == self.ws.lang or self.window is None:
            return
        self.ws.lang = lang
        self._replace_window()

    def connect_to_server(self, address: str = "") -> bool:
        """File ▸ Connect to server…: log in, and the window shows the server's data as this
        user's role allows (the desktop database is left as it is)."""
        last = settings().value("last/server")
        start = address or (last if isinstance(last, str) else "")
        store = open_server(start, self.ws.lang, self.window, ask=not address)
        if store is None:
            return False
        store.set_busy_timeout(GUI_BUSY_S)
        settings().setValue("last/server", store.address)
        self._switch(Workspace(store, self.ws.framework, self.ws.framework_path, self.ws.lang))
        return True

    def use_desktop(self) -> None:
        """Back from a server to this computer's own database file."""
        path = paths.default_database()
        taken = lock_database(path, self.window)
        if taken is None:
            return
        lock, read_only = taken
        store = open_store(path, self.ws.lang, self.window, read_only=read_only)
        if store is None:
            _release(lock)
            return
        store.set_busy_timeout(GUI_BUSY_S)
        self._switch(
            Workspace(store, self.ws.framework, self.ws.framework_path, self.ws.lang), lock
        )

    def _switch(self, ws: Workspace, lock: QLockFile | None = None) -> None:
        old, old_lock = self.ws, self.lock
        self.ws, self.lock = ws, lock
        self._replace_window(keep_view=False)
        old.close()
        if old_lock is not None:
            _release(old_lock)

    def reopen(self) -> None:
        """Open the database file again (it was replaced under us) and rebuild the window."""
        if self.ws.on_server:
            return  # a server is never replaced under us: nothing to reopen
        store = open_store(self.ws.db_path, self.ws.lang, self.window, read_only=self.ws.read_only)
        if store is None:
            return
        store.set_busy_timeout(GUI_BUSY_S)
        old = self.ws
        self.ws = Workspace(store, old.framework, old.framework_path, old.lang, old.user)
        self._replace_window()
        old.close()


def run_gui(args: argparse.Namespace, lang: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    install_exception_hook()
    lang = choose_language(args.lang, lang)
    install_translators(app, lang)
    start = load_start_framework(args, lang)
    if start is None:
        return 1
    framework, fw_path = start
    target = choose_database(args.db)
    lock: QLockFile | None = None
    if isinstance(target, str):  # a server: no lock file, no file backups; the server decides
        store = open_server(target, lang)
        if store is None:
            return 1
        store.set_busy_timeout(GUI_BUSY_S)
        ws: Workspace | None = Workspace(store, framework, fw_path, lang)
        read_only = False
    else:
        taken = lock_database(target)
        if taken is None:
            return 1
        lock, read_only = taken
        ws = _open(target, framework, fw_path, lang, read_only)
    if ws is None:
        return 1
    application = Application(app, ws, lock)
    application.show(
        offer_demo=ws.may("edit_candidates") and not read_only and not ws.store.candidate_ids()
    )
    if os.environ.get("KAMASSESS_QUIT_AFTER_SHOW"):  # start-up benchmarks and install checks
        # After the event loop's first turn: the window has been laid out and painted.
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    code = app.exec()
    jobs.wait_all()  # a background job still writing finishes before the database closes
    application.ws.close()
    if application.lock is not None:
        _release(application.lock)
    return code


def _open(
    db_path: Path, framework: Framework, fw_path: Path, lang: str, read_only: bool
) -> Workspace | None:
    for _ in range(2):  # a second time after a damaged database was restored from its backup
        store = open_store(db_path, lang, read_only=read_only)
        if store is None:
            return None
        store.set_busy_timeout(GUI_BUSY_S)
        ws = Workspace(store, framework, fw_path, lang, remembered_user())
        outcome = start_backup(ws)
        if outcome != "restored":
            return ws if outcome == "ok" else None
    return None


def _release(lock: QLockFile) -> None:
    if lock.isLocked():
        lock.unlock()
