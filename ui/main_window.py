"""The main window: candidates (list + page), comparison, framework; menus for everything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamassess.framework.model import FrameworkError, load_framework
from kamassess.i18n.figures import LIST_VERDICTS
from kamassess.i18n.messages import tr as core_tr
from kamassess.paths import safe_file_stem
from kamassess.scoring.evaluation import evaluate_many, iter_evaluations
from kamassess.store.backup import backup_to
from kamassess.store.sqlite import StorageError, Store
from ui.candidate_dialog import CandidateDialog
from ui.candidate_page import CandidatePage
from ui.compare_page import ComparePage
from ui.context import AppContext
from ui.dialogs import NewAssessmentDialog, ProblemsDialog
from ui.framework_view import FrameworkView
from ui.models import ID_ROLE, CandidateTableModel, ListScore
from ui.rating_window import RatingWindow
from ui.settings import settings
from ui.workers import run_in_background


class MainWindow(QMainWindow):
    language_change = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.rating_windows: dict[int, RatingWindow] = {}
        self._score_generation = 0

        # -- candidate list
        self.model = CandidateTableModel(ctx.framework, ctx.lang, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, id, role, employer, region…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filters(text=text))
        self.kind_filter = self._combo(
            "kindFilter",
            [(self.tr("All types"), None)]
            + [(core_tr(f"kind.{k}", ctx.lang), k) for k in ("internal", "external")],
        )
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.model.set_filters(kind=self.kind_filter.currentData())
        )
        self.profile_filter = self._combo(
            "profileFilter",
            [(self.tr("All profiles"), None)]
            + [(p.name.get(ctx.lang), p.id) for p in ctx.framework.profiles],
        )
        self.profile_filter.currentIndexChanged.connect(
            lambda: self.model.set_filters(profile=self.profile_filter.currentData())
        )
        self.verdict_filter = self._combo(
            "verdictFilter",
            [(self.tr("All verdicts"), None)]
            + [(core_tr(f"verdict.{v}", ctx.lang), v) for v in LIST_VERDICTS],
        )
        self.verdict_filter.currentIndexChanged.connect(
            lambda: self.model.set_filters(verdict=self.verdict_filter.currentData())
        )
        self.drafts_filter = QCheckBox(self.tr("With drafts"), self)
        self.drafts_filter.setObjectName("draftsFilter")
        self.drafts_filter.toggled.connect(lambda on: self.model.set_filters(drafts_only=on))
        self.table = QTableView(self)
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CandidateTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Interactive widths, measured once on a sample: ResizeToContents would ask for every
        # cell of every row on each change (400 000 calls with 1,000 candidates).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(40)
        self._columns_sized = False
        self._score_columns_sized = False
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_candidate())
        self.count = QLabel(self)
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)

        filters = QHBoxLayout()
        for w in (self.kind_filter, self.profile_filter, self.verdict_filter):
            filters.addWidget(w)
        filters.addWidget(self.drafts_filter)
        list_panel = QWidget(self)
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.search)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count)

        self.page = CandidatePage(ctx, self)
        self.page.new_assessment.connect(self.new_assessment)
        self.page.edit_candidate.connect(self.edit_candidate)
        self.page.delete_candidate.connect(self.delete_candidate)
        self.page.profile_pdf.connect(self.profile_pdf)
        self.page.open_assessment.connect(self.open_assessment)
        self.list_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list_splitter.addWidget(list_panel)
        self.list_splitter.addWidget(self.page)
        self.list_splitter.setStretchFactor(1, 2)
        self.list_splitter.setSizes([640, 1000])

        self.compare = ComparePage(ctx, self)
        self.compare.export_requested.connect(self.comparison_pdf)
        self.framework_view = FrameworkView(ctx.framework, ctx.lang, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.list_splitter, self.tr("&Candidates"))
        self.tabs.addTab(self.compare, self.tr("Co&mpare"))
        self.tabs.addTab(self.framework_view, self.tr("&Framework"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._update_title()
        self.resize(1400, 860)
        self._restore()
        self.reload()

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        # Compressible, so the list can be narrow; the popup still shows whole names.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        for text, data in items:
            box.addItem(text, data)
        return box

    # -- menus ---------------------------------------------------------------------------------
    def _action(
        self,
        menu: Any,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&Import bundle…"), self.import_bundle, "Ctrl+I", "actionImport"
        )
        self._action(
            file_menu, self.tr("&Export bundle…"), self.export_bundle, "Ctrl+E", "actionExport"
        )
        self._action(
            file_menu, self.tr("&Back up database…"), self.backup, "Ctrl+B", "actionBackup"
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Open &framework…"),
            self.open_framework,
            "Ctrl+Shift+O",
            "actionFramework",
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        cand = bar.addMenu(self.tr("C&andidate"))
        self._action(
            cand, self.tr("&New candidate…"), self.new_candidate, "Ctrl+N", "actionNewCandidate"
        )
        self._action(cand, self.tr("&Edit candidate…"), self.edit_candidate, "F2")
        self._action(cand, self.tr("&Delete candidate…"), self.delete_candidate, "Ctrl+Del")
        cand.addSeparator()
        self._action(
            cand, self.tr("New &assessment…"), self.new_assessment, "Ctrl+R", "actionNewAssessment"
        )
        self._action(cand, self.tr("&Find"), self.search.setFocus, QKeySequence.StandardKey.Find)

        reports = bar.addMenu(self.tr("&Reports"))
        self._action(reports, self.tr("Candidate &profile (PDF)…"), self.profile_pdf, "Ctrl+P")
        self._action(
            reports, self.tr("&Comparison (PDF)…"), lambda: self.tabs.setCurrentWidget(self.compare)
        )
        self._action(reports, self.tr("&Interview sheet (PDF)…"), self.interview_pdf)
        self._action(reports, self.tr("&All profiles to a folder…"), self.batch_pdf)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("ru", "Русский"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.ctx.lang)
            action.triggered.connect(lambda _c=False, code=code: self.language_change.emit(code))
            group.addAction(action)
            language.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About KAM Assess"), self.about)

    def _update_title(self) -> None:
        fw = self.ctx.framework
        self.setWindowTitle(f"KAM Assess — {self.ctx.db_path.name} — {fw.id} {fw.version}")

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total} candidates").format(
                shown=self.model.rowCount(), total=self.model.total
            )
        )

    # -- list ----------------------------------------------------------------------------------
    def _size_columns(self) -> None:
        if self._columns_sized or not self.model.rowCount():
            return
        self.table.resizeColumnsToContents()  # on at most 40 rows (the precision above)
        header = self.table.horizontalHeader()
        header.resizeSection(
            CandidateTableModel.NAME,
            max(180, min(300, header.sectionSize(CandidateTableModel.NAME))),
        )
        header.resizeSection(
            CandidateTableModel.PROFILE, min(140, header.sectionSize(CandidateTableModel.PROFILE))
        )
        self._columns_sized = True

    def reload(self, select: str | None = None) -> None:
        """Names at once from one query; scores follow from a background worker."""
        current = select or self.current_id()
        self.model.set_rows(self.ctx.store.candidate_summaries())  # kept in the sort order
        self._size_columns()
        self._update_count()
        if current:
            self.select(current)
        self.refresh_scores()
        self.compare.mark_stale()

    def refresh_scores(self) -> None:
        self._score_generation += 1
        generation = self._score_generation
        db_path, framework = self.ctx.db_path, self.ctx.framework

        def work(progress: Callable[[int, str], None]) -> dict[str, ListScore]:
            with Store.open(db_path, create=False) as store:  # this thread's own connection
                return {
                    e.candidate.id: ListScore(
                        e.result.fit, e.result.verdict, e.result.coverage, e.result.raters
                    )
                    for e in iter_evaluations(store, framework, evidence=False)
                }

        def done(scores: dict[str, ListScore]) -> None:
            if generation == self._score_generation:
                self.model.set_scores(scores)
                if not self._score_columns_sized:  # sized on the "…" placeholders until now
                    for column in (CandidateTableModel.FIT, CandidateTableModel.VERDICT):
                        self.table.resizeColumnToContents(column)
                    self._score_columns_sized = True
                self.scores_ready()

        run_in_background(work, done, lambda msg: self.count.setText(msg))

    def scores_ready(self) -> None:
        """Hook for tests and benchmarks: the list's scores have arrived."""

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else str(index.data(ID_ROLE))

    def select(self, candidate_id: str) -> None:
        row = self.model.row_of(candidate_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.compare:
            self.compare.reload_if_stale()

    def _current_changed(self) -> None:
        self.page.show_candidate(self.current_id())

    # -- candidates ----------------------------------------------------------------------------
    def new_candidate(self) -> None:
        dialog = CandidateDialog(
            self.ctx.framework,
            self.ctx.lang,
            self.ctx.store.candidate_ids(),
            new_id=self.ctx.store.next_candidate_id(),
            parent=self,
        )
        self._save_from(dialog)

    def edit_candidate(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        dialog = CandidateDialog(
            self.ctx.framework,
            self.ctx.lang,
            set(),
            candidate=self.ctx.store.candidate(cid),
            parent=self,
        )
        self._save_from(dialog)

    def _save_from(self, dialog: CandidateDialog) -> None:
        """Store what the candidate form accepted, and select it in the list."""
        if not dialog.exec() or dialog.result_candidate is None:
            return
        saved = dialog.result_candidate
        if self._guard(lambda: self.ctx.store.save_candidate(saved, self.ctx.user)):
            self.reload(select=saved.id)

    def delete_candidate(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        cand = self.ctx.store.candidate(cid)
        counts = self.ctx.store.deletion_counts(cid)
        text = self.tr(
            "Delete {name} and everything about them: {a} assessment(s), {r} "
            "rating(s) and {h} history entries? This cannot be undone."
        ).format(name=cand.name, a=counts["assessments"], r=counts["ratings"], h=counts["history"])
        answer = QMessageBox.question(
            self,
            self.tr("Delete candidate"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self._guard(
            lambda: self.ctx.store.delete_candidate(cid)
        ):
            for aid, window in list(self.rating_windows.items()):
                if window.candidate.id == cid:
                    window.close()
                    del self.rating_windows[aid]
            self.reload()

    # -- assessments ---------------------------------------------------------------------------
    def new_assessment(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        prefs = settings()
        dialog = NewAssessmentDialog(
            self.ctx.lang,
            str(prefs.value("last/assessor", "")),
            str(prefs.value("last/role", "hr")),
            str(prefs.value("last/method", "interview")),
            self,
        )
        if not dialog.exec():
            return
        assessor, role, method, day = dialog.values()
        prefs.setValue("last/assessor", assessor)
        prefs.setValue("last/role", role)
        prefs.setValue("last/method", method)
        created: list[int] = []
        if self._guard(
            lambda: created.append(
                self.ctx.store.create_assessment(
                    cid, assessor, role, method, day, self.ctx.framework, self.ctx.user
                )
            )
        ):
            self.reload(select=cid)
            self.open_assessment(created[0])

    def open_assessment(self, assessment_id: int) -> RatingWindow:
        window = self.rating_windows.get(assessment_id)
        if window is None:
            window = RatingWindow(self.ctx, assessment_id)
            window.saved.connect(self._rating_saved)
            window.destroyed.connect(
                lambda _=None, a=assessment_id: self.rating_windows.pop(a, None)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.rating_windows[assessment_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _rating_saved(self, candidate_id: str) -> None:
        if self.current_id() == candidate_id:
            self.page.refresh()
        self._pending_list_refresh()

    def _pending_list_refresh(self) -> None:
        # Many saves in a row (a rater typing digits) refresh the list once.
        if not hasattr(self, "_list_timer"):
            self._list_timer = QTimer(self)
            self._list_timer.setSingleShot(True)
            self._list_timer.setInterval(600)
            self._list_timer.timeout.connect(lambda: self.reload())
        self._list_timer.start()

    # -- files ---------------------------------------------------------------------------------
    def import_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bundle"), "", self.tr("Bundles (*.yaml *.yml *.json)")
        )
        if not name:
            return
        from kamassess.exchange.bundle import BundleError, import_bundle, read_bundle

        path = Path(name)
        try:
            bundle = read_bundle(path, self.ctx.framework, self.ctx.store)
        except BundleError as exc:
            ProblemsDialog(
                self.tr("Nothing imported"),
                self.tr(
                    "{path} has {n} problem(s); nothing was imported. Fix them "
                    "and import the file again."
                ).format(path=path.name, n=len(exc.problems)),
                exc.render(self.ctx.lang),
                self,
            ).exec()
            return
        except FileNotFoundError:
            self._error(core_tr("file.missing", self.ctx.lang, path=path))
            return
        report: list[Any] = []
        if self._guard(
            lambda: report.append(
                import_bundle(self.ctx.store, self.ctx.framework, bundle, self.ctx.user)
            )
        ):
            r = report[0]
            QMessageBox.information(
                self,
                self.tr("Imported"),
                self.tr(
                    "Candidates: {ca} added, {cu} updated. Assessments: {aa} added, {au} updated."
                ).format(
                    ca=r.candidates["added"],
                    cu=r.candidates["updated"],
                    aa=r.assessments["added"],
                    au=r.assessments["updated"],
                ),
            )
            self.reload()

    def export_bundle(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), "candidates.yaml", self.tr("Bundles (*.yaml *.json)")
        )
        from kamassess.exchange.bundle import export_bundle

        if name and self._guard(
            lambda: export_bundle(self.ctx.store, self.ctx.framework, Path(name))
        ):
            QMessageBox.information(
                self, self.tr("Exported"), self.tr("Written: {path}").format(path=name)
            )

    def backup(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            f"{self.ctx.db_path.stem}-backup.db",
            self.tr("Databases (*.db)"),
        )
        if name and self._guard(lambda: backup_to(self.ctx.store, Path(name))):
            QMessageBox.information(
                self, self.tr("Backed up"), self.tr("Written: {path}").format(path=name)
            )

    def open_framework(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open framework"),
            str(self.ctx.framework_path.parent),
            self.tr("Frameworks (*.yaml *.yml *.json)"),
        )
        if name:
            self.load_framework_file(Path(name))

    def load_framework_file(self, path: Path) -> bool:
        """Switch framework; one that fails validation is refused and the current one kept."""
        try:
            fw = load_framework(path)
        except FileNotFoundError:
            self._error(core_tr("file.missing", self.ctx.lang, path=path))
            return False
        except FrameworkError as exc:
            ProblemsDialog(
                self.tr("Framework not loaded"),
                core_tr("cli.framework_unusable", self.ctx.lang, path=path)
                + " "
                + self.tr("The current framework stays in use."),
                exc.render(self.ctx.lang),
                self,
            ).exec()
            return False
        self.ctx.framework, self.ctx.framework_path = fw, path
        self.model.framework = fw
        self.framework_view.set_framework(fw, self.ctx.lang)
        settings().setValue("last/framework", str(path))
        self._update_title()
        self.reload()
        return True

    # -- reports -------------------------------------------------------------------------------
    def _pdf_target(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _write_pdf(self, path: Path, job: Callable[[], Any]) -> None:
        def done(_: Any) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("PDF written"),
                self.tr("Written: {path}").format(path=path),
                parent=self,
            )
            open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_in_background(lambda _progress: job(), done, self._error)

    def profile_pdf(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        path = self._pdf_target(f"{safe_file_stem(cid)}-profile.pdf")
        if path is None:
            return
        from kamassess.reports.profile import write_profile  # reportlab loads on first use

        ev = self.ctx.evaluate(cid)
        fw, lang = self.ctx.framework, self.ctx.lang
        self._write_pdf(path, lambda: write_profile(ev, fw, path, lang))

    def comparison_pdf(self, ids: list[str], profile: str) -> None:
        path = self._pdf_target("comparison.pdf")
        if path is None:
            return
        from kamassess.reports.compare import write_comparison

        evs = evaluate_many(self.ctx.store, self.ctx.framework, ids, profile=profile)
        lang = self.ctx.lang
        self._write_pdf(path, lambda: write_comparison(evs, path, lang))

    def interview_pdf(self) -> None:
        fw = self.ctx.framework
        names = [p.name.get(self.ctx.lang) for p in fw.profiles]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Interview sheet"), self.tr("Profile:"), names, 0, False
        )
        if not ok:
            return
        profile = fw.profiles[names.index(choice)].id
        path = self._pdf_target(f"interview-{profile}.pdf")
        if path is not None:
            from kamassess.reports.interview import write_interview

            lang = self.ctx.lang
            self._write_pdf(path, lambda: write_interview(fw, profile, path, lang))

    def batch_pdf(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the profiles"))
        if not folder:
            return
        from kamassess.reports.profile import write_profile

        out = Path(folder)
        db_path, fw, lang = self.ctx.db_path, self.ctx.framework, self.ctx.lang
        total = self.model.rowCount()
        dialog = QProgressDialog(self.tr("Writing profiles…"), self.tr("Cancel"), 0, total, self)
        dialog.setObjectName("batchProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        state = {"cancel": False}
        dialog.canceled.connect(lambda: state.update(cancel=True))

        def work(progress: Callable[[int, str], None]) -> tuple[int, list[str]]:
            written, failed = 0, []
            with Store.open(db_path, create=False) as store:
                evs = evaluate_many(store, fw)
            for n, ev in enumerate(evs, 1):
                if state["cancel"]:
                    break
                try:
                    write_profile(
                        ev, fw, out / f"{safe_file_stem(ev.candidate.id)}-profile.pdf", lang
                    )
                    written += 1
                except Exception:  # keep going; listed at the end
                    failed.append(ev.candidate.name)
                progress(n, ev.candidate.name)
            return written, failed

        def done(result: tuple[int, list[str]]) -> None:
            dialog.reset()
            written, failed = result
            text = self.tr("{n} profile(s) written to {folder}.").format(n=written, folder=out)
            if state["cancel"]:
                text += " " + self.tr("Stopped on request.")
            if failed:
                text += " " + self.tr("Failed: {names}").format(names=", ".join(failed))
            QMessageBox.information(self, self.tr("Profiles"), text)

        def step(n: int, name: str) -> None:
            dialog.setValue(n)
            dialog.setLabelText(name)

        self.batch_task = run_in_background(work, done, self._error, step)

    # -- misc ----------------------------------------------------------------------------------
    def offer_demo(self) -> None:
        if self.model.rowCount():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty database"),
            self.tr(
                "The database has no candidates yet. Load the demo set (four short-listed "
                "candidates rated by several assessors) to look around?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            import json

            from kamassess.exchange import demo
            from kamassess.exchange.bundle import BundleError, import_bundle, parse_bundle

            text = json.dumps(
                demo.bundle(self.ctx.framework.id, self.ctx.framework.version), ensure_ascii=False
            )
            try:
                bundle = parse_bundle(text, "demo", self.ctx.framework, self.ctx.store)
            except BundleError as exc:  # a framework without the demo's competencies
                ProblemsDialog(
                    self.tr("Demo not loaded"),
                    self.tr("The demo set does not fit this framework."),
                    exc.render(self.ctx.lang),
                    self,
                ).exec()
                return
            self._guard(
                lambda: import_bundle(self.ctx.store, self.ctx.framework, bundle, self.ctx.user)
            )
            self.reload()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KAM Assess"),
            self.tr(
                "KAM Assess rates candidates for a Key Account Manager role against a competency "
                "framework and prints the reports directors decide from.\n\nDatabase: {db}\n"
                "Framework: {fw}"
            ).format(db=self.ctx.db_path, fw=self.ctx.framework_path),
        )

    def _guard(self, action: Callable[[], Any]) -> bool:
        """Run a database action; a storage problem becomes a message, never a traceback."""
        try:
            action()
        except StorageError as exc:
            self._error(exc.message.render(self.ctx.lang))
            return False
        except OSError as exc:
            self._error(str(exc))
            return False
        return True

    def _error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("KAM Assess"), text)

    # -- settings ------------------------------------------------------------------------------
    def _default_sizes(self) -> None:
        """First run: a compact list, and room for the assessors' columns on the page."""
        width = max(self.width(), 1000)
        self.list_splitter.setSizes([int(width * 0.40), int(width * 0.60)])
        page = int(width * 0.60)
        self.page.splitter.setSizes([page - 400, 400])

    def _restore(self) -> None:
        prefs = settings()
        if prefs.value("main/listSplitter") is None:
            QTimer.singleShot(0, self._default_sizes)
        for key, restore in (
            ("main/geometry", self.restoreGeometry),
            ("main/listSplitter", self.list_splitter.restoreState),
            ("main/pageSplitter", self.page.splitter.restoreState),
            ("main/compareSplitter", self.compare.splitter.restoreState),
        ):
            value = prefs.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_settings(self) -> None:
        prefs = settings()
        prefs.setValue("main/geometry", self.saveGeometry())
        prefs.setValue("main/listSplitter", self.list_splitter.saveState())
        prefs.setValue("main/pageSplitter", self.page.splitter.saveState())
        prefs.setValue("main/compareSplitter", self.compare.splitter.saveState())
        prefs.setValue("last/database", str(self.ctx.db_path))

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.rating_windows.values()):
            window.close()
        self.save_settings()
        super().closeEvent(event)
