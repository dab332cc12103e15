"""The QApplication: language, translators, settings, and the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from kamassess import paths
from kamassess.framework import Framework, FrameworkError, load_framework
from kamassess.messages import tr
from ui.framework_view import FrameworkView

ORG, APP = "KAM Assess", "KAM Assess"


class MainWindow(QMainWindow):
    """The application window; pages are added as the product grows."""

    def __init__(
        self,
        framework: Framework,
        framework_path: Path,
        db_path: Path,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.lang = lang
        self.framework, self.framework_path, self.db_path = framework, framework_path, db_path
        self.framework_view = FrameworkView(framework, lang, self)
        self.setCentralWidget(self.framework_view)
        self._build_menus()
        self._update_title()
        self.resize(1100, 720)
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_fw = QAction(self.tr("Open &framework…"), self)
        open_fw.setShortcut(QKeySequence("Ctrl+Shift+O"))
        open_fw.triggered.connect(self.open_framework)
        file_menu.addAction(open_fw)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _update_title(self) -> None:
        self.setWindowTitle(
            f"KAM Assess — {self.db_path.name} — {self.framework.id} {self.framework.version}"
        )

    def open_framework(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open framework"),
            str(self.framework_path.parent),
            self.tr("Framework files (*.yaml *.yml *.json)"),
        )
        if name:
            self.load_framework_file(Path(name))

    def load_framework_file(self, path: Path) -> bool:
        """Switch to another framework; a broken one is refused and the current one kept."""
        try:
            fw = load_framework(path)
        except FileNotFoundError:
            QMessageBox.warning(
                self, self.tr("Framework not loaded"), tr("file.missing", self.lang, path=path)
            )
            return False
        except FrameworkError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Framework not loaded"),
                tr("cli.framework_unusable", self.lang, path=path),
                parent=self,
            )
            box.setInformativeText(
                self.tr("The current framework stays in use. Fix the file and open it again.")
            )
            box.setDetailedText("\n".join(exc.render(self.lang)))
            box.exec()
            return False
        self.framework, self.framework_path = fw, path
        self.framework_view.set_framework(fw, self.lang)
        self._update_title()
        return True

    def _restore(self) -> None:
        settings = QSettings(ORG, APP)
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("main/frameworkSplitter")
        if isinstance(state, QByteArray):
            self.framework_view.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings(ORG, APP)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/frameworkSplitter", self.framework_view.saveState())
        super().closeEvent(event)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons) in the user's language, plus ours where built."""
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
        if ours.load(str(Path(__file__).parent / "i18n" / "kamassess_ru.qm")):
            app.installTranslator(ours)
            loaded.append(ours)
    return loaded


def run_gui(args: argparse.Namespace, lang: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    translators = install_translators(app, lang)
    fw_path = Path(args.framework) if args.framework else paths.bundled_framework()
    db_path = Path(args.db) if args.db else paths.default_database()
    try:
        framework = load_framework(fw_path)
    except (FileNotFoundError, FrameworkError) as exc:
        details = (
            exc.render(lang)
            if isinstance(exc, FrameworkError)
            else [tr("file.missing", lang, path=fw_path)]
        )
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "KAM Assess",
            tr("cli.framework_unusable", lang, path=fw_path),
        )
        box.setDetailedText("\n".join(details))
        box.exec()
        return 1
    window = MainWindow(framework, fw_path, db_path, lang)
    window.show()
    code = app.exec()
    del translators
    return code
