"""Scores a stored candidate under the framework their assessments were made with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kamassess.framework.model import Framework, parse_framework
from kamassess.i18n.messages import Message
from kamassess.model import Assessment, Candidate, Consensus
from kamassess.scoring.errors import ProfileUnknown
from kamassess.scoring.fit import ScoreResult, score
from kamassess.scoring.raters import Rater
from kamassess.scoring.risks import indicators
from kamassess.store.base import Store


@dataclass(frozen=True)
class Pooling:
    """What a score pooled when a candidate's assessments were made under different versions of
    the framework: it is computed under `framework`; the others' ratings count where that
    version has the same competency on the same scale."""

    framework: str  # "id version" the score is computed under
    partly: tuple[tuple[int, tuple[str, ...]], ...] = ()  # assessment, competencies not counted
    left_out: tuple[tuple[int, str], ...] = ()  # assessment, why none of it counts ("scale")

    @property
    def complete(self) -> bool:
        return not self.partly and not self.left_out


@dataclass(frozen=True)
class Evaluation:
    """A candidate's result, the assessments behind it and the framework it was scored under."""

    candidate: Candidate
    result: ScoreResult
    framework: Framework
    assessments: tuple[Assessment, ...]
    outdated: bool  # scored under another framework version than the one now loaded
    pooling: Pooling | None = None  # set when assessments of several versions were combined
    # The consensus recorded at a debrief for competencies of the scored profile (it replaced
    # their means in `result`), in the profile's order.
    consensus: tuple[Consensus, ...] = ()

    @property
    def other_profile(self) -> bool:
        """Scored against a profile other than the candidate's own target (a comparison)."""
        return self.candidate.profile != self.result.profile


class FrameworkCache:
    """Parsed framework snapshots by content hash (parsing takes ~15 ms; a batch reuses them)."""

    def __init__(self, store: Store, current: Framework) -> None:
        self.store, self.current = store, current
        self._cache: dict[str, Framework] = {current.content_hash: current}

    def get(self, content_hash: str) -> Framework:
        if content_hash not in self._cache:
            _, _, text = self.store.framework_snapshot(content_hash)
            self._cache[content_hash] = parse_framework(text, f"snapshot {content_hash[:12]}")
        return self._cache[content_hash]


def _scoring_framework(
    cache: FrameworkCache, assessments: Sequence[Assessment], profile: str
) -> Framework | None:
    """The newest assessment's version that has the profile; else the one in use, if it has it."""
    for a in reversed(assessments):
        fw = cache.get(a.framework_hash)
        if fw.has_profile(profile):
            return fw
    return cache.current if cache.current.has_profile(profile) else None


def _pool(
    cache: FrameworkCache,
    fw: Framework,
    assessments: Sequence[Assessment],
    levels: Sequence[dict[str, int | None]],
    profile: str,
) -> tuple[list[tuple[Assessment, dict[str, int | None]]], Pooling | None]:
    """Each assessment that counts under fw with its levels that count, and what was not
    counted (None: all of it)."""
    if all(a.framework_hash == fw.content_hash for a in assessments):
        return list(zip(assessments, levels, strict=True)), None
    wanted = {t.competency for t in fw.profile(profile).targets}
    scale = fw.levels
    counted: list[tuple[Assessment, dict[str, int | None]]] = []
    partly: list[tuple[int, tuple[str, ...]]] = []
    left_out: list[tuple[int, str]] = []
    for a, rater in zip(assessments, levels, strict=True):
        if a.framework_hash == fw.content_hash:
            counted.append((a, rater))
            continue
        if cache.get(a.framework_hash).levels != scale:
            left_out.append((a.id, "scale"))
            continue
        counted.append((a, {c: lv for c, lv in rater.items() if c in wanted}))
        missing = tuple(sorted(c for c, lv in rater.items() if c not in wanted and lv is not None))
        if missing:
            partly.append((a.id, missing))
    return counted, Pooling(f"{fw.id} {fw.version}", tuple(partly), tuple(left_out))


def evaluate_from(
    cache: FrameworkCache,
    cand: Candidate,
    assessments: Sequence[Assessment],
    profile_id: str | None,
    raters: Sequence[dict[str, int | None]] | None = None,
    under: Framework | None = None,
    drafts_pending: int = 0,
    consensus: Mapping[str, Consensus] | None = None,
) -> Evaluation:
    """One candidate from what is already read: these assessments (raters: their levels, when
    read without ratings), scored under the right framework version. drafts_pending: the
    candidate's draft assessments that are not among `assessments`; consensus: competency -> the
    level agreed at a debrief (it replaces the mean). Shared by the single and batch paths."""
    profile = profile_id or cand.profile
    fw = under if under is not None and under.has_profile(profile) else None
    fw = fw or _scoring_framework(cache, assessments, profile)
    if fw is None:
        raise ProfileUnknown(
            Message(
                "eval.profile_unknown",
                {"name": cand.name, "id": cand.id, "profile": profile},
            )
        )
    levels = raters if raters is not None else [a.levels() for a in assessments]
    counted, pooling = _pool(cache, fw, assessments, levels, profile)
    # One rater per person of the assessors' registry, whatever the number of their methods.
    named = [Rater(a.person, lv) for a, lv in counted]
    agreed = _agreed(fw, profile, consensus) if consensus else ()
    result = score(
        fw,
        profile,
        cand.id,
        named,
        consensus={c.competency: c.level for c in agreed} or None,
        drafts_pending=drafts_pending,
    )
    # The result is new and nobody else holds it: its risks are filled in place (a frozen
    # dataclass's replace() copied all thirteen fields again, 10,000 times for the list).
    result.__dict__["risks"] = tuple(indicators(fw, cand, result))
    return Evaluation(
        cand,
        result,
        fw,
        tuple(assessments),
        outdated=fw.content_hash != cache.current.content_hash,
        pooling=pooling,
        consensus=agreed,
    )


def _agreed(
    fw: Framework, profile: str, consensus: Mapping[str, Consensus]
) -> tuple[Consensus, ...]:
    """The consensus that counts for the profile: its competencies', on this scale."""
    scale = set(fw.levels)
    return tuple(
        c
        for t in fw.profile(profile).targets
        if (c := consensus.get(t.competency)) is not None and c.level in scale
    )


def evaluate(
    store: Store,
    current: Framework,
    candidate_id: str,
    *,
    profile: str | None = None,
    include_drafts: bool = False,
    cache: FrameworkCache | None = None,
    under: Framework | None = None,
) -> Evaluation:
    """One candidate under the framework of their newest assessment (or `under`, if given)."""
    cand = store.candidate(candidate_id)
    every = store.assessments(candidate_id, include_drafts=True)
    assessments = [a for a in every if include_drafts or a.status == "final"]
    return evaluate_from(
        cache or FrameworkCache(store, current),
        cand,
        assessments,
        profile,
        under=under,
        drafts_pending=len(every) - len(assessments),
        consensus=store.consensus(candidate_id),
    )


def evaluate_own(
    store: Store,
    current: Framework,
    assessments: Sequence[Assessment],
    *,
    under: Framework | None = None,
    cache: FrameworkCache | None = None,
) -> Evaluation:
    """Exactly these assessments of one candidate, alone: no one else's ratings, no consensus
    (what a blind assessor sees of their own draft)."""
    cand = store.candidate(assessments[0].candidate)
    return evaluate_from(
        cache or FrameworkCache(store, current), cand, assessments, None, under=under
    )


def evaluate_as_of(
    store: Store,
    current: Framework,
    candidate_id: str,
    day: date,
    *,
    cache: FrameworkCache | None = None,
) -> Evaluation:
    """What was known on `day` (a decision's): the candidate against their target profile from
    the final assessments dated on or before it, with the consensus of a debrief held by then;
    later ones (a probation review) do not count."""
    cand = store.candidate(candidate_id)
    known = [a for a in store.assessments(candidate_id, include_drafts=False) if a.date <= day]
    agreed = {c: v for c, v in store.consensus(candidate_id).items() if v.day <= day}
    return evaluate_from(
        cache or FrameworkCache(store, current), cand, known, None, consensus=agreed
    )
