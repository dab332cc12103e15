"""Decisions, outcomes and personal data on the application façade (Workspace mixes them in):
record a decision or an outcome, the validity of the scores, retention and purge, subject
access."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess.outputs import check_output
from kamassess.progress import Progress, no_progress
from kamassess.scoring.errors import ProfileUnknown
from kamassess.usecase_host import WorkspaceHost

if TYPE_CHECKING:
    from datetime import date

    from kamassess.decisions.model import Decision, OutcomeRecord
    from kamassess.decisions.retention import Due
    from kamassess.decisions.validity_pool import ValidityReport
    from kamassess.reports.subject_access import SubjectData
    from kamassess.scoring.evaluation import Evaluation


@dataclass
class PurgeOutcome:
    """Who a purge deleted, who was no longer due, how many backups held them, and the damaged
    copies (kept by a restore) that SQLite could not clean and that still hold someone."""

    deleted: list[str] = field(default_factory=list)
    not_due: list[str] = field(default_factory=list)
    backups: int = 0
    left_in: list[Path] = field(default_factory=list)


class DecisionUseCases(WorkspaceHost):
    """Mixed into Workspace, whose attributes and methods these are."""

    def decided(self, candidate_id: str) -> tuple[Decision | None, OutcomeRecord | None]:
        """The decision and the outcomes recorded on a candidate (either may be None)."""
        return self.store.decision(candidate_id), self.store.outcome(candidate_id)

    def decide(self, decision: Decision) -> str:
        """Record (or change) the decision on a candidate: 'added', 'updated' or 'unchanged'.
        RecordRefused names a field that cannot be stored; NotFound, an unknown candidate."""
        from kamassess.decisions.checks import decision_problems, refuse

        self.store.candidate(decision.candidate)
        refuse(decision_problems(decision))
        return self.store.set_decision(decision, self.user)

    def record_outcome(self, outcome: OutcomeRecord) -> str:
        """Record (or change) how a hired or promoted candidate did."""
        from kamassess.decisions.checks import outcome_problems, refuse

        self.store.candidate(outcome.candidate)
        decision = self.store.decision(outcome.candidate)
        refuse(outcome_problems(outcome, decision, self.framework))
        return self.store.set_outcome(outcome, self.user)

    def validity(self, **options: int) -> ValidityReport:
        """How well fit predicted 12-month performance over the hired candidates with outcomes
        (options: min_outcomes, resamples, seed)."""
        from kamassess.decisions.validity_pool import validity_report

        return validity_report(self.store, self.framework, **options)

    def due_for_deletion(self, today: date | None = None) -> list[Due]:
        """Candidates due for deletion under the framework's retention policy."""
        from datetime import date as _date

        from kamassess.decisions.retention import due_for_deletion

        return due_for_deletion(
            self.store.candidates(),
            self.store.decisions(),
            self.framework.retention,
            today or _date.today(),
        )

    def purge(
        self,
        candidate_ids: Sequence[str],
        *,
        today: date | None = None,
        progress: Progress = no_progress,
    ) -> PurgeOutcome:
        """Delete those of the given candidates who are due (still, now) the way every deletion
        goes: database, WAL, history, every automatic backup and kept damaged copy. Anyone no
        longer due (a decision changed meanwhile) is left and named in the outcome."""
        from kamassess.store.backup import copies_holding

        due = {d.candidate.id: d for d in self.due_for_deletion(today)}
        outcome = PurgeOutcome()
        for n, cid in enumerate(candidate_ids, 1):
            if cid not in due:
                outcome.not_due.append(cid)
                continue
            name = due[cid].candidate.name
            counts = self.delete_candidate(cid)
            outcome.deleted.append(cid)
            outcome.backups += counts["backups"]
            path = self._file()  # a server keeps no copies of the program's own
            held = [] if path is None else copies_holding(path, name)
            outcome.left_in += [p for p in held if p not in outcome.left_in]
            progress(n, len(candidate_ids), cid)
        return outcome

    def export_subject_access(self, candidate_id: str, path: Path) -> tuple[Path, Path]:
        """Everything about one person, on their request: a readable PDF and the bundle of their
        data, beside each other (`x.pdf` and `x.json`, or `x.yaml` when path says so)."""
        from kamassess.reports.subject_access import write_subject_access

        pdf, bundle = subject_access_paths(path)
        check_output(pdf, "pdf", database=self._file())
        check_output(bundle, "bundle", database=self._file())
        data = self.subject_data(candidate_id)
        self.export(bundle, [candidate_id])
        write_subject_access(data, pdf, self.lang)
        return pdf, bundle

    def subject_data(self, candidate_id: str) -> SubjectData:
        """Everything the database holds about one person (drafts and history included)."""
        from kamassess.reports.subject_access import SubjectData

        candidate = self.store.candidate(candidate_id)
        assessments = tuple(self.store.assessments(candidate_id, include_drafts=True))
        try:
            evaluation: Evaluation | None = self.evaluate(candidate_id)
        except ProfileUnknown:
            evaluation = None
        decision, outcome = self.decided(candidate_id)
        return SubjectData(
            candidate=candidate,
            assessments=assessments,
            frameworks={a.id: self.framework_for(a) for a in assessments},
            history=tuple(self.store.history(candidate_id)),
            decision=decision,
            outcome=outcome,
            evaluation=evaluation,
            framework=self.framework,
            consensus=tuple(self.store.consensus(candidate_id).values()),
        )

    def write_validity(self, path: Path, *, lang: str | None = None) -> Path:
        from kamassess.reports.validity import write_validity

        check_output(path, "pdf", database=self._file())
        return write_validity(self.validity(), self.framework, path, lang or self.lang)


def subject_access_paths(path: Path) -> tuple[Path, Path]:
    """(PDF, bundle) for a subject-access export asked for at path: `x.json` or `x.yaml` names
    the bundle, `x.pdf` the PDF; the other one goes beside it with the same stem."""
    suffix = path.suffix.lower()
    if suffix in (".json", ".yaml", ".yml"):
        return path.with_suffix(".pdf"), path
    if suffix == ".pdf":
        return path, path.with_suffix(".json")
    return path.with_name(path.name + ".pdf"), path.with_name(path.name + ".json")
