"""Importing a checked bundle: all of it in one transaction, or (on any error) none of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kamassess.exchange.bundle_decisions import write_decisions
from kamassess.exchange.bundle_schema import AssessmentIn, BundleIn, ConsensusIn
from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.model import Candidate
from kamassess.store.base import Store
from kamassess.store.writer import NewAssessment, Writer


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    candidates: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0}
    )
    assessments: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0}
    )
    ratings: int = 0
    warnings: list[Message] = field(default_factory=list)
    consensus: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0}
    )
    decisions: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0}
    )
    outcomes: dict[str, int] = field(
        default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0}
    )

    @property
    def changed(self) -> bool:
        """Did the import change anything in the database?"""
        return any(
            counts["added"] or counts["updated"]
            for counts in (
                self.candidates,
                self.assessments,
                self.consensus,
                self.decisions,
                self.outcomes,
            )
        )


def import_bundle(
    store: Store,
    framework: Framework,
    bundle: BundleIn,
    actor: str,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    check: Callable[[], None] | None = None,
) -> ImportReport:
    """Write a checked bundle in one transaction: all of it, or (on any error) none of it.

    progress(done, total, "") is called as items are written; check() may raise to stop the
    import (the transaction is rolled back: nothing of it is kept)."""
    report = ImportReport()
    if bundle.framework.version != framework.version:
        report.warnings.append(
            Message(
                "bundle.version_differs",
                {"given": bundle.framework.version, "current": framework.version},
            )
        )
    total = len(bundle.candidates) + len(bundle.assessments) + len(bundle.consensus)
    step = max(1, total // 200)  # about 200 progress reports, whatever the size
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if done % step == 0 or done == total:
            if check is not None:
                check()
            if progress is not None:
                progress(done, total, "")

    with store.write(actor) as w:
        # New rows go in bulk (a few statements for thousands); rows already stored are
        # compared and updated one by one, each change in the history.
        import_assessors(w, bundle)
        # New rows are written in batches of BATCH, so that a large file (whose items a lazy
        # list reads one by one: exchange.bigbundle) is never held in memory whole.
        known = store.candidate_ids()
        fresh: list[Candidate] = []
        for cand in bundle.candidates:
            if cand.id in known:
                report.candidates[w.save_candidate(Candidate(**cand.model_dump()))] += 1
            else:
                fresh.append(Candidate(**cand.model_dump()))
                report.candidates["added"] += 1
                if len(fresh) == BATCH:
                    w.add_new_candidates(fresh)
                    fresh = []
            advance()
        w.add_new_candidates(fresh)
        stored = store.assessment_keys()
        # Only assessments already stored are compared (their ratings read in one go); into an
        # empty database the file's assessments are read once, not twice.
        ids = [stored[k][0] for k in map(_key, bundle.assessments) if k in stored] if stored else []
        have = store.ratings_of(ids)
        # A version-1 file knows nothing of recommendations: it leaves them as they are (and a
        # new assessment from it has none: "not given").
        recommended = store.recommendations_of(ids) if bundle.version >= 2 else {}
        batch: list[NewAssessment] = []
        for asm in bundle.assessments:
            key = _key(asm)
            if key in stored:
                aid, status, role = stored[key]
                outcome, count = _import_assessment(
                    w, asm, aid, status, role, have[aid], recommended.get(aid)
                )
            else:
                batch.append(_new(asm, bundle.version))
                outcome, count = "added", len(asm.ratings)
                if len(batch) == BATCH:
                    w.add_new_assessments(batch, framework)
                    batch = []
            report.assessments[outcome] += 1
            report.ratings += count
            advance()
        w.add_new_assessments(batch, framework)
        for agreed in bundle.consensus:
            report.consensus[import_consensus(w, agreed)] += 1
            advance()
        report.decisions, report.outcomes = write_decisions(w, bundle)
        if dry_run:
            raise _DryRun(report)  # rolls the transaction back
    return report


BATCH = 5000


def _key(asm: AssessmentIn) -> tuple[str, str, str, str]:
    return (asm.candidate, asm.assessor, asm.date.isoformat(), asm.method)


def _new(asm: AssessmentIn, version: int) -> NewAssessment:
    return NewAssessment(
        asm.candidate,
        asm.assessor,
        asm.assessor_role,
        asm.method,
        asm.date,
        {comp: (r["level"], r.get("evidence", "")) for comp, r in asm.ratings.items()},
        asm.status == "final",
        assessor_uid=asm.assessor_id,
        recommendation=asm.recommendation if version >= 2 else None,
        recommendation_reason=asm.recommendation_reason if version >= 2 else "",
    )


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def dry_run_import(
    store: Store, framework: Framework, bundle: BundleIn, actor: str
) -> ImportReport:
    """What import_bundle would do, leaving the database untouched."""
    try:
        import_bundle(store, framework, bundle, actor, dry_run=True)
    except _DryRun as done:
        return done.report
    raise AssertionError("unreachable")  # pragma: no cover


def _import_assessment(
    w: Writer,
    asm: AssessmentIn,
    aid: int,
    status: str,
    role: str,
    have: dict[str, tuple[int | None, str]],
    recommended: tuple[str | None, str] | None = None,
) -> tuple[str, int]:
    """An assessment already stored: unchanged, updated rating by rating, or (final) refused.
    `recommended` is its stored recommendation and reason when the file carries them (version
    2); a version-1 file leaves them as they are."""
    wanted = {comp: (r["level"], r.get("evidence", "")) for comp, r in asm.ratings.items()}
    same_head = role == asm.assessor_role and status == asm.status
    same_recommendation = recommended is None or recommended == (
        asm.recommendation,
        asm.recommendation_reason,
    )
    if have == wanted and same_head and same_recommendation:
        return "unchanged", 0
    if status == "final":
        raise BundleConflict(
            Message(
                "bundle.final_conflict",
                {
                    "candidate": asm.candidate,
                    "assessor": asm.assessor,
                    "date": asm.date.isoformat(),
                    "method": asm.method,
                },
            )
        )
    changed = sum(
        w.set_rating(aid, comp, level, evidence) for comp, (level, evidence) in wanted.items()
    )
    if recommended is not None:
        w.set_recommendation(aid, asm.recommendation, asm.recommendation_reason)
    w.set_assessor_role(aid, asm.assessor_role)
    if asm.status == "final":
        w.set_status(aid, "final")
    return "updated", changed


def import_assessors(w: Writer, bundle: BundleIn) -> None:
    """The file's assessors into the registry: a person known here by id or name stays as
    they are; a new one keeps the id the file gives them."""
    for person in bundle.assessors:
        w.ensure_assessor(person.name, person.id)


def import_consensus(w: Writer, agreed: ConsensusIn) -> str:
    """A debrief's consensus, in its moderator's name and on its date."""
    return w.set_consensus(
        agreed.candidate,
        agreed.competency,
        agreed.level,
        agreed.note,
        agreed.date,
        moderator=agreed.moderator,
    )


class BundleConflict(Exception):
    """The bundle would silently change a final assessment."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.render("en"))
