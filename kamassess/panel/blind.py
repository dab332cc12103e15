"""Blind until submitted: while an assessor's assessment is a draft they see only their own
ratings and their own result; the framework's `process:` says so (and whether targets show)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kamassess.framework.model import Framework
from kamassess.model import Assessment

if TYPE_CHECKING:  # scoring loads on first use
    from kamassess.scoring.evaluation import Evaluation


def hides_others(framework: Framework, assessment: Assessment) -> bool:
    """Whether the form of this assessment shows its own ratings and result only."""
    return framework.process.blind and assessment.status == "draft"


def shows_targets(framework: Framework, assessment: Assessment) -> bool:
    """Targets and knock-out minimums are hidden while a blind draft is rated, unless the
    framework lets assessors see them."""
    return not hides_others(framework, assessment) or framework.process.show_targets_to_assessors


@dataclass(frozen=True)
class OwnRatings:
    """An assessor's own draft in figures that reveal no target, minimum or cut-off."""

    total: int  # competencies of the profile
    rated: int  # given a level
    no_evidence: int  # marked "no evidence"
    groups: tuple[
        tuple[str, float | None], ...
    ]  # group id, mean of the levels given (framework order)

    @property
    def open(self) -> int:
        """Competencies not yet rated or marked."""
        return self.total - self.rated - self.no_evidence


def own_ratings(ev: Evaluation) -> OwnRatings:
    """The figures of a blind draft: how much is rated, and the mean level per group."""
    res, fw = ev.result, ev.framework
    given = {c: lv for a in ev.assessments for c, lv in a.levels().items()}
    comps = res.competencies
    groups: list[tuple[str, float | None]] = []
    for group in fw.groups:
        levels = [lv for c in comps if c.group == group.id for lv in c.levels]
        if any(c.group == group.id for c in comps):
            groups.append((group.id, sum(levels) / len(levels) if levels else None))
    return OwnRatings(
        total=len(comps),
        rated=sum(1 for c in comps if c.levels),
        no_evidence=sum(1 for c in comps if c.competency in given and given[c.competency] is None),
        groups=tuple(groups),
    )
