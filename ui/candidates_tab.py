"""The candidates tab: the searchable list on the left, the selected candidate's page on the
right, and the rating and debrief windows opened from it. What is done to a candidate, their
assessments and their panel is in candidate_actions.py, assessment_actions.py, panel_actions.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n.decision_text import LIST_DECISIONS, decision_label
from kamassess.i18n.figures import LIST_VERDICTS
from kamassess.i18n.messages import tr as core_tr
from kamassess.scoring.errors import ProfileUnknown
from kamassess.store.errors import NotFound, StorageError
from kamassess.workspace import CancelToken, Progress, Workspace
from ui import jobs
from ui.assessment_actions import AssessmentActions
from ui.candidate_actions import CandidateActions
from ui.candidate_page import CandidatePage
from ui.column_chooser import ColumnChooser
from ui.errors import error_text, show_error
from ui.events import Events
from ui.models import ID_ROLE, CandidateTableModel, ListScore
from ui.panel_actions import PanelActions

if TYPE_CHECKING:
    from kamassess.model import CandidateSummary
    from ui.debrief_view import DebriefWindow
    from ui.rating_window import RatingWindow

LIST_REFRESH_MS = 600  # many saves in a row (a rater typing digits) refresh the list once


class CandidatesTab(QSplitter):
    scores_arrived = Signal()  # the list's scores are in (after every refresh)

    def __init__(self, ws: Workspace, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ws, self.events = ws, events
        self.setObjectName("candidatesTab")
        self.rating_windows: dict[int, RatingWindow] = {}
        self._score_generation = 0
        self._list_generation = 0  # a list read in the background applies only if still the last
        self._columns_sized = self._score_columns_sized = False

        self.model = CandidateTableModel(ws.framework, ws.lang, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, id, role, employer, region…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filters(text=text))
        self.search.installEventFilter(self)  # Enter or ↓ goes on into the list
        lang = ws.lang
        self.kind_filter = self._combo(
            "kindFilter",
            [(self.tr("All types"), None)]
            + [(core_tr(f"kind.{k}", lang), k) for k in ("internal", "external")],
            lambda box: self.model.set_filters(kind=box.currentData()),
        )
        self.profile_filter = self._combo(
            "profileFilter",
            [(self.tr("All profiles"), None)]
            + [(p.name.get(lang), p.id) for p in ws.framework.profiles],
            lambda box: self.model.set_filters(profile=box.currentData()),
        )
        self.verdict_filter = self._combo(
            "verdictFilter",
            [(self.tr("All verdicts"), None)]
            + [(core_tr(f"verdict.{v}", lang), v) for v in LIST_VERDICTS],
            lambda box: self.model.set_filters(verdict=box.currentData()),
        )
        self.decision_filter = self._combo(
            "decisionFilter",
            [(self.tr("All decisions"), None)]
            + [(decision_label(d, lang), d) for d in LIST_DECISIONS],
            lambda box: self.model.set_filters(decision=box.currentData()),
        )
        # Only candidates with a draft (not the page's "Count drafts in the result").
        self.drafts_filter = QCheckBox(self.tr("Only with drafts"), self)
        self.drafts_filter.setObjectName("draftsFilter")
        self.drafts_filter.toggled.connect(lambda on: self.model.set_filters(drafts_only=on))

        self.table = QTableView(self)
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CandidateTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Several rows can be selected (Ctrl/Shift+click) to compare them; the page shows the
        # current one.
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Interactive widths, measured once on a sample: ResizeToContents would ask for every
        # cell of every row on each change (400 000 calls with 1,000 candidates).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(40)
        # Fit and verdict next to the name, where a list half a 1366-pixel screen wide still
        # shows them whole (they were fourth and fifth, after type and profile, and cut off).
        for visual, logical in enumerate((CandidateTableModel.FIT, CandidateTableModel.VERDICT), 1):
            header.moveSection(header.visualIndex(logical), visual)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_candidate())
        self.columns = ColumnChooser(self.table, "list/hiddenColumns")  # the header's menu
        self.count = QLabel(self)
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        # A filter that hides the candidate on the page empties the page (never a stale one).
        self.model.layoutChanged.connect(self._follow_filter)

        filters = QHBoxLayout()
        for w in (self.kind_filter, self.profile_filter, self.verdict_filter):
            filters.addWidget(w)
        # A second row, so the list stays narrow enough for a 1024-pixel screen in Russian.
        more_filters = QHBoxLayout()
        more_filters.addWidget(self.decision_filter, 1)
        more_filters.addWidget(self.drafts_filter)
        more_filters.addStretch(2)
        list_panel = QWidget(self)
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.search)
        list_layout.addLayout(filters)
        list_layout.addLayout(more_filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count)

        self.page = CandidatePage(ws, self)
        self.assessments = AssessmentActions(self)
        self.candidate_actions = CandidateActions(self)
        self.panel_actions = PanelActions(self)
        self.page.new_assessment.connect(self.assessments.new)
        self.page.edit_candidate.connect(self.edit_candidate)
        self.page.delete_candidate.connect(self.delete_candidate)
        self.page.open_assessment.connect(self.open_assessment)
        self.page.debrief.connect(self.panel_actions.debrief)
        self.page.delete_assessment.connect(self.assessments.delete)
        self.page.show_history.connect(self.assessments.history)
        self.debriefs: dict[str, DebriefWindow] = {}
        self.addWidget(list_panel)
        self.addWidget(self.page)
        self.setStretchFactor(1, 2)
        self.setSizes([640, 1000])

        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(LIST_REFRESH_MS)
        self._list_timer.timeout.connect(self._reload_in_background)
        events.changed.connect(self._data_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
            and self.model.rowCount()
        ):
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _combo(
        self, name: str, items: list[tuple[str, Any]], apply: Callable[[QComboBox], None]
    ) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        # Compressible, so the list can be narrow; the popup still shows whole names.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        for text, data in items:
            box.addItem(text, data)
        box.currentIndexChanged.connect(lambda _i: apply(box))
        return box

    # -- the list ------------------------------------------------------------------------------
    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total} candidates").format(
                shown=self.model.rowCount(), total=self.model.total
            )
        )

    def _size_columns(self) -> None:
        if self._columns_sized or not self.model.rowCount():
            return
        self.table.resizeColumnsToContents()  # on at most 40 rows (the precision above)
        header = self.table.horizontalHeader()
        name, profile = CandidateTableModel.NAME, CandidateTableModel.PROFILE
        header.resizeSection(name, max(180, min(300, header.sectionSize(name))))
        header.resizeSection(profile, min(140, header.sectionSize(profile)))
        decision = CandidateTableModel.DECISION  # room for "promote, 2026-12-01" to come
        header.resizeSection(decision, max(150, header.sectionSize(decision)))
        self._columns_sized = True

    def _data_changed(self, candidate_id: str) -> None:
        if candidate_id and self.page.candidate_id == candidate_id:
            self.page.refresh()
        if candidate_id:
            self._list_timer.start()
        else:
            self.reload()

    def reload(self, select: str | None = None, *, scores: bool = True) -> None:
        """Names at once from one query; scores follow from a background job (scores=False: the
        caller starts it later, e.g. after the window's first paint)."""
        self._list_timer.stop()
        self._list_generation += 1  # a list still being read in the background is older
        self._show_rows(self.ws.store.candidate_summaries(), select, scores=scores)

    def _reload_in_background(self) -> None:
        """The list again after a change, read off the GUI thread: 50,000 candidates take over
        a second to read, and a save in a rating window must not freeze the list for that."""
        self._list_generation += 1
        generation = self._list_generation

        def done(summaries: list[CandidateSummary]) -> None:
            if generation == self._list_generation:  # else a newer list is on its way
                self._show_rows(summaries, None, scores=True)

        jobs.start(
            self.ws,
            lambda ws, _progress, _cancel: ws.store.candidate_summaries(),
            done,
            lambda exc: self.count.setText(error_text(exc, self.ws.lang)),
            owner=self,
        )

    def _show_rows(
        self, summaries: list[CandidateSummary], select: str | None, *, scores: bool
    ) -> None:
        current = select or self.current_id()
        also = [] if select else self.selected_ids()  # a selection of several stays (Compare)
        self.model.set_rows(summaries)  # kept in the sort order
        self._size_columns()
        self._update_count()
        if current:
            self.select(current)
        chosen = self.table.selectionModel()
        for cid in also:
            row = self.model.row_of(cid)
            if cid != current and row is not None:
                chosen.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        # The page follows the list: a candidate deleted (or gone from the list) is not shown.
        self.page.show_candidate(self.current_id())
        if scores:
            self.refresh_scores()

    def refresh_scores(self) -> None:
        self._score_generation += 1
        generation = self._score_generation

        def work(ws: Workspace, progress: Progress, cancel: CancelToken) -> dict[str, ListScore]:
            unscorable: list[ProfileUnknown] = []
            blind = ws.blind_candidates()  # the user's drafts: no pooled figures there
            scores = {
                e.candidate.id: ListScore(None, None, 0.0, 0, hidden=True)
                if e.candidate.id in blind
                else ListScore(e.result.fit, e.result.verdict, e.result.coverage, e.result.raters)
                for e in ws.evaluations(evidence=False, unscorable=unscorable)
            }
            for exc in unscorable:  # their profile was removed: "—" here, the page says why
                scores[str(exc.message.params["id"])] = ListScore(None, None, 0.0, 0)
            return scores

        def done(scores: dict[str, ListScore]) -> None:
            if generation != self._score_generation:
                return  # a newer refresh is on its way
            self.model.set_scores(scores)
            if not self._score_columns_sized:  # sized on the "…" placeholders until now
                for column in (CandidateTableModel.FIT, CandidateTableModel.VERDICT):
                    self.table.resizeColumnToContents(column)
                self._score_columns_sized = True
            self.scores_arrived.emit()

        jobs.start(
            self.ws,
            work,
            done,
            lambda exc: self.count.setText(error_text(exc, self.ws.lang)),
            owner=self,  # a window closed (or rebuilt in another language) skips the callback
        )

    def selected_ids(self) -> list[str]:
        """The selected rows' candidates, in list order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.rows[r].candidate.id for r in rows]

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

    def _follow_filter(self) -> None:
        if self.page.candidate_id is not None and self.page.candidate_id != self.current_id():
            self.page.show_candidate(self.current_id())

    def view_state(self) -> dict[str, object]:
        """What a rebuilt window (another language) takes over: search, filters, selection."""
        return {
            "search": self.search.text(),
            "kind": self.kind_filter.currentIndex(),
            "profile": self.profile_filter.currentIndex(),
            "verdict": self.verdict_filter.currentIndex(),
            "drafts": self.drafts_filter.isChecked(),
            "current": self.current_id(),
        }

    def restore_view_state(self, state: dict[str, object]) -> None:
        self.search.setText(str(state.get("search", "")))
        for box, key in (
            (self.kind_filter, "kind"),
            (self.profile_filter, "profile"),
            (self.verdict_filter, "verdict"),
        ):
            index = state.get(key)
            if isinstance(index, int):
                box.setCurrentIndex(index)
        self.drafts_filter.setChecked(bool(state.get("drafts")))
        current = state.get("current")
        if isinstance(current, str):
            self.select(current)

    def _current_changed(self) -> None:
        self.page.show_candidate(self.current_id())

    # -- candidates (ui/candidate_actions.py) ---------------------------------------------------
    def new_candidate(self) -> None:
        self.candidate_actions.new()

    def edit_candidate(self) -> None:
        self.candidate_actions.edit()

    def delete_candidate(self) -> None:
        self.candidate_actions.delete()

    # -- assessments (ui/assessment_actions.py) and the panel (ui/panel_actions.py) -------------
    def open_assessment(self, assessment_id: int) -> RatingWindow | None:
        window = self.rating_windows.get(assessment_id)
        if window is None:
            from ui.rating_window import RatingWindow  # loaded on first use

            try:
                window = RatingWindow(self.ws, assessment_id)
            except NotFound:  # deleted elsewhere while the page still showed it
                QMessageBox.information(
                    self,
                    self.tr("Assessment"),
                    self.tr(
                        "This assessment was deleted elsewhere (another window or user); "
                        "the page now shows what is stored."
                    ),
                )
                self.events.candidate(self.page.candidate_id or "")
                return None
            window.saved.connect(self.events.candidate)
            window.replaced.connect(self.events.replaced)
            window.destroyed.connect(
                lambda _=None, a=assessment_id: self.rating_windows.pop(a, None)
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.rating_windows[assessment_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def set_read_only(self, read_only: bool) -> None:
        """Nothing can be added, edited, deleted or rated here (the page's buttons follow)."""
        self.table.doubleClicked.disconnect()
        if not read_only:
            self.table.doubleClicked.connect(lambda _: self.edit_candidate())
        self.page.show_candidate(self.current_id())

    def close_rating_windows(self) -> None:
        for window in [*self.rating_windows.values(), *self.debriefs.values()]:
            window.close()
        self._list_timer.stop()

    # -- errors --------------------------------------------------------------------------------
    def guard(self, action: Callable[[], Any]) -> bool:
        """Run a database action; a storage problem becomes a message, never a traceback."""
        try:
            action()
        except (StorageError, OSError) as exc:
            show_error(self, exc, self.ws.lang, self.events)
            return False
        return True
