"""The QApplication: language, translators, the database and framework, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kamassess import paths
from kamassess.framework.model import Framework, FrameworkError, load_framework
from kamassess.i18n.messages import tr as core_tr
from kamassess.store.backup import list_backups, restore_newest
from kamassess.store.sqlite import DatabaseDamaged, SchemaTooNew, StorageError, Store
from kamassess.workspace import Workspace
from ui.main_window import MainWindow
from ui.settings import APP, ORG, settings

I18N = Path(__file__).resolve().parent / "i18n"


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


def choose_language(explicit: str | None, system: str) -> str:
    """--lang, else the language picked in Settings, else the system's."""
    if explicit in ("ru", "en"):
        return explicit
    saved = settings().value("language")
    return saved if saved in ("ru", "en") else system


def choose_database(explicit: str | None) -> Path:
    """--db, else $KAMASSESS_DB, else the database used last (if it still exists), else the
    default one in the per-user data folder."""
    if explicit:
        return Path(explicit)
    if os.environ.get("KAMASSESS_DB"):
        return paths.default_database()
    last = settings().value("last/database")
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return paths.default_database()


def open_store(path: Path, lang: str, parent: QWidget | None = None) -> Store | None:
    """Open the database; explain any problem, and offer the newest backup for a damaged one."""
    try:
        return Store.open(path)
    except DatabaseDamaged as exc:
        if not list_backups(path):
            QMessageBox.critical(parent, "KAM Assess", exc.message.render(lang))
            return None
        answer = QMessageBox.question(
            parent,
            "KAM Assess",
            exc.message.render(lang)
            + "\n\n"
            + QApplication.translate(
                "App",
                "Restore the newest automatic backup? The damaged file is kept beside it, renamed.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        restored = restore_newest(path)
        if restored is None:
            return None
        return Store.open(path)
    except (SchemaTooNew, StorageError) as exc:
        QMessageBox.critical(parent, "KAM Assess", exc.message.render(lang))
        return None


def load_start_framework(args: argparse.Namespace, lang: str) -> tuple[Framework, Path] | None:
    path = Path(args.framework) if args.framework else paths.bundled_framework()
    try:
        return load_framework(path), path
    except (FileNotFoundError, FrameworkError) as exc:
        details = (
            exc.render(lang)
            if isinstance(exc, FrameworkError)
            else [core_tr("file.missing", lang, path=path)]
        )
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "KAM Assess",
            core_tr("cli.framework_unusable", lang, path=path),
        )
        box.setDetailedText("\n".join(details))
        box.exec()
        return None


class Application:
    """Owns the window; rebuilds it when the language changes (data lives in the database)."""

    def __init__(self, app: QApplication, ws: Workspace) -> None:
        self.app, self.ws = app, ws
        self.window: MainWindow | None = None

    def show(self, *, offer_demo: bool) -> MainWindow:
        install_translators(self.app, self.ws.lang)
        self.window = MainWindow(self.ws)
        self.window.language_change.connect(self.switch_language)
        self.window.show()
        if offer_demo:
            QTimer.singleShot(0, self.window.files.offer_demo)
        return self.window

    def switch_language(self, lang: str) -> None:
        settings().setValue("language", lang)
        if lang == self.ws.lang or self.window is None:
            return
        old = self.window
        old.save_settings()
        self.ws.lang = lang
        self.show(offer_demo=False)
        old.language_change.disconnect()
        old.close()
        old.deleteLater()


def run_gui(args: argparse.Namespace, lang: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    lang = choose_language(args.lang, lang)
    install_translators(app, lang)
    start = load_start_framework(args, lang)
    if start is None:
        return 1
    framework, fw_path = start
    db_path = choose_database(args.db)
    store = open_store(db_path, lang)
    if store is None:
        return 1
    ws = Workspace(store, framework, fw_path, lang)
    ws.auto_backup()
    application = Application(app, ws)
    application.show(offer_demo=not store.candidate_ids())
    if os.environ.get("KAMASSESS_QUIT_AFTER_SHOW"):  # for the start-up benchmark
        print("shown", flush=True)
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    store.close()
    return code
