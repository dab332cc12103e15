"""The panel's use cases on the application façade (Workspace mixes them in): who the user is,
what a blind assessor may see, recommendations, debriefs with their consensus, calibration."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.model import Assessor
from kamassess.panel.blind import hides_others
from kamassess.store.base import Store
from kamassess.store.errors import StorageError

if TYPE_CHECKING:  # scoring loads on first use (the window paints its list before scoring)
    from kamassess.panel.debrief import Debrief
    from kamassess.panel.pool import CalibrationRun
    from kamassess.scoring.evaluation import Evaluation, FrameworkCache


class PanelUseCases:
    """Mixed into Workspace, whose attributes these are."""

    store: Store
    framework: Framework
    user: str
    lang: str

    @property
    def _frameworks(self) -> FrameworkCache:
        raise NotImplementedError  # the Workspace's, made on first use

    # -- who is rating ---------------------------------------------------------------------------
    def set_user(self, name: str) -> Assessor | None:
        """The window's user by name: the actor of every change from now on, and an assessor
        in the registry (unless the database is open read-only)."""
        self.user = " ".join(name.split())
        if not self.store.read_only:
            with self.store.write(self.user) as w:
                w.ensure_assessor(self.user)
        return self.user_assessor()

    def user_assessor(self) -> Assessor | None:
        """The user as a person of the registry (None until they rate or say who they are)."""
        return self.store.find_assessor(self.user) if self.user.strip() else None

    # -- blind until submitted -------------------------------------------------------------------
    def blind_candidates(self) -> set[str]:
        """Candidates whose other ratings and pooled result the user may not see now: those on
        whom they have a draft open (when the framework rates blind)."""
        me = self.user_assessor()
        if not self.framework.process.blind or me is None:
            return set()
        return self.store.draft_candidates(me.id)

    def own_evaluation(self, assessment_id: int, framework: Framework | None = None) -> Evaluation:
        """One assessment alone (its own result; no one else's ratings, no consensus)."""
        from kamassess.scoring.evaluation import evaluate_own

        return evaluate_own(
            self.store,
            self.framework,
            [self.store.assessment(assessment_id)],
            under=framework,
            cache=self._frameworks,
        )

    def user_evaluation(self, candidate_id: str) -> Evaluation | None:
        """The user's own assessments of a candidate alone (None: they have none)."""
        from kamassess.scoring.evaluation import evaluate_own

        me = self.user_assessor()
        mine = [
            a
            for a in self.store.assessments(candidate_id)
            if me is not None and a.assessor_id == me.id
        ]
        if not mine:
            return None
        return evaluate_own(self.store, self.framework, mine, cache=self._frameworks)

    def form_evaluation(self, assessment_id: int, framework: Framework | None = None) -> Evaluation:
        """What the rating form shows beside itself: a blind draft its own result; otherwise the
        pooled result — final assessments (and drafts, when the framework does not rate blind)."""
        from kamassess.scoring.evaluation import evaluate

        assessment = self.store.assessment(assessment_id)
        if hides_others(self.framework, assessment):
            return self.own_evaluation(assessment_id, framework)
        return evaluate(
            self.store,
            self.framework,
            assessment.candidate,
            include_drafts=not self.framework.process.blind,
            cache=self._frameworks,
            under=framework,
        )

    # -- the assessor's own recommendation -------------------------------------------------------
    def set_recommendation(
        self, assessment_id: int, recommendation: str | None, reason: str
    ) -> bool:
        with self.store.write(self.user) as w:
            return w.set_recommendation(assessment_id, recommendation, reason)

    # -- the debrief -----------------------------------------------------------------------------
    def debrief(self, candidate_id: str, *, profile: str | None = None) -> Debrief:
        """The candidate's final assessments side by side, disagreements first, with the
        consensus recorded so far (and scored with it)."""
        from kamassess.panel.debrief import debrief
        from kamassess.scoring.evaluation import evaluate

        ev = evaluate(
            self.store, self.framework, candidate_id, profile=profile, cache=self._frameworks
        )
        return debrief(ev, self.store.consensus(candidate_id))

    def record_consensus(
        self, candidate_id: str, competency: str, level: int, note: str, day: date
    ) -> str:
        """The level the panel agreed for a competency ('added', 'updated', 'unchanged'), in
        the user's name; only once two or more assessors have finalised."""
        meeting = self.debrief(candidate_id)
        if not meeting.ready:
            raise StorageError(Message("panel.debrief_not_ready", {"n": meeting.people}))
        fw = meeting.evaluation.framework
        if level not in fw.levels:
            levels = ", ".join(str(lv) for lv in fw.levels)
            raise StorageError(Message("fw.level_off_scale", {"value": level, "levels": levels}))
        if all(r.competency != competency for r in meeting.rows):
            raise StorageError(Message("panel.not_in_profile", {"id": competency}))
        with self.store.write(self.user) as w:
            return w.set_consensus(candidate_id, competency, level, note.strip(), day)

    def clear_consensus(self, candidate_id: str, competency: str) -> bool:
        with self.store.write(self.user) as w:
            return w.clear_consensus(candidate_id, competency)

    # -- calibration over the pool ---------------------------------------------------------------
    def calibration(self, profile: str | None = None) -> CalibrationRun:
        """Krippendorff's alpha and the assessors' leniency over the pool of final ratings."""
        from kamassess.panel.pool import run

        return run(self.store, self.framework, profile)

    def write_calibration(
        self, path: Path, *, profile: str | None = None, lang: str | None = None
    ) -> Path:
        from kamassess.outputs import check_output
        from kamassess.reports.calibration import write_calibration

        check_output(path, "pdf", database=self.store.path)
        return write_calibration(self.calibration(profile), self.framework, path, lang or self.lang)
