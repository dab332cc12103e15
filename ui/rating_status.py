"""Finalising and reopening the assessment in its rating window (RatingWindow mixes this in):
what must be saved and given first (every rating stored, the recommendation with its reason),
the question before finalising, and the reason a reopening needs, which the history keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox

from kamassess.store.errors import StorageError

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from kamassess.model import Assessment, Candidate
    from kamassess.workspace import Workspace
    from ui.competency_card import CompetencyCard
    from ui.recommendation_box import RecommendationBox


class StatusChanges:
    """Mixed into RatingWindow, whose attributes and methods these are (declared here once)."""

    ws: Workspace
    assessment_id: int
    candidate: Candidate
    cards: list[CompetencyCard]
    recommendation: RecommendationBox
    saved: SignalInstance
    _pending: dict[str, tuple[int | None, str]]

    def flush(self) -> None:
        raise NotImplementedError

    def load(self, assessment: Assessment) -> None:
        raise NotImplementedError

    def _store_failed(self, exc: StorageError) -> None:
        raise NotImplementedError

    def finalise(self) -> None:
        self.flush()
        if self._pending:
            QMessageBox.warning(
                self,
                self.tr("Not saved yet"),
                self.tr(
                    "Some ratings are not saved yet (the database is busy or out of reach); "
                    "try again."
                ),
            )
            return
        recommendation, reason = self.recommendation.value()
        if recommendation is None or not reason:
            QMessageBox.information(
                self,
                self.tr("Recommendation needed"),
                self.tr(
                    "Give your overall recommendation (strong no, no, yes or strong yes) and its "
                    "reason before finalising: it is recorded before you see the others' ratings."
                ),
            )
            first = next(iter(self.recommendation.buttons.values()))
            (self.recommendation.reason if recommendation else first).setFocus()
            return
        unrated = sum(1 for card in self.cards if card.level() == -1)
        text = self.tr(
            "Finalise this assessment? Its ratings can then only be changed by "
            "reopening it, which is recorded."
        )
        if unrated:
            text += "\n\n" + self.tr("{n} competencies have no rating yet.").format(n=unrated)
        answer = QMessageBox.question(self, self.tr("Finalise assessment"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ws.finalise(self.assessment_id)
        except StorageError as exc:
            self._store_failed(exc)
            return
        self.load(self.ws.store.assessment(self.assessment_id))
        self.saved.emit(self.candidate.id)

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen assessment"),
            self.tr("Why is this final assessment being reopened? The reason is recorded."),
        )
        if not ok:
            return
        if not reason.strip():
            QMessageBox.information(
                self,
                self.tr("Not reopened"),
                self.tr("A final assessment is reopened only with a reason, which is recorded."),
            )
            return
        try:
            self.ws.reopen(self.assessment_id, reason.strip())
        except StorageError as exc:
            self._store_failed(exc)
            return
        self.load(self.ws.store.assessment(self.assessment_id))
        self.saved.emit(self.candidate.id)
