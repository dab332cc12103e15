"""Importing a checked bundle: all of it in one transaction, or (on any error) none of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kamassess.exchange.bundle import AssessmentIn, BundleIn
from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.model import Candidate
from kamassess.store.base import Store
from kamassess.store.writer import Writer


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

    @property
    def changed(self) -> bool:
        """Did the import change anything in the database?"""
        return any(
            counts["added"] or counts["updated"] for counts in (self.candidates, self.assessments)
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
    total = len(bundle.candidates) + len(bundle.assessments)
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
        for cand in bundle.candidates:
            outcome = w.save_candidate(Candidate(**cand.model_dump()))
            report.candidates[outcome] += 1
            advance()
        for asm in bundle.assessments:
            outcome, count = _import_assessment(store, w, framework, asm)
            report.assessments[outcome] += 1
            report.ratings += count
            advance()
        if dry_run:
            raise _DryRun(report)  # rolls the transaction back
    return report


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
    store: Store, w: Writer, framework: Framework, asm: AssessmentIn
) -> tuple[str, int]:
    existing = w.find_assessment(asm.candidate, asm.assessor, asm.date, asm.method)
    wanted = {comp: (r.level, r.evidence) for comp, r in asm.ratings.items()}
    if existing is None:
        aid = w.create_assessment(
            asm.candidate, asm.assessor, asm.assessor_role, asm.method, asm.date, framework
        )
        w.add_ratings(aid, wanted)
        if asm.status == "final":
            w.set_status(aid, "final")
        return "added", len(wanted)
    current = store.assessment(existing)
    have = {r.competency: (r.level, r.evidence) for r in current.ratings}
    same_head = current.assessor_role == asm.assessor_role and current.status == asm.status
    if have == wanted and same_head:
        return "unchanged", 0
    if current.status == "final":
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
        w.set_rating(existing, comp, level, evidence) for comp, (level, evidence) in wanted.items()
    )
    w.set_assessor_role(existing, asm.assessor_role)
    if asm.status == "final":
        w.set_status(existing, "final")
    return "updated", changed


class BundleConflict(Exception):
    """The bundle would silently change a final assessment."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.render("en"))
