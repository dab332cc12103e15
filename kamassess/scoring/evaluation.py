"""Scores a stored candidate under the framework their assessments were made with."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from kamassess.framework.model import Framework, parse_framework
from kamassess.model import Assessment, Candidate
from kamassess.scoring.fit import Rater, ScoreResult, score
from kamassess.scoring.risks import indicators
from kamassess.store.sqlite import Store


@dataclass(frozen=True)
class Evaluation:
    """A candidate's result, the assessments behind it and the framework it was scored under."""

    candidate: Candidate
    result: ScoreResult
    framework: Framework
    assessments: tuple[Assessment, ...]
    outdated: bool  # scored under another framework version than the one now loaded

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


def _evaluate(
    cache: FrameworkCache,
    cand: Candidate,
    assessments: Sequence[Assessment],
    profile_id: str | None,
    raters: Sequence[dict[str, int | None]] | None = None,
    drafts_pending: int = 0,
) -> Evaluation:
    """drafts_pending: the candidate's draft assessments that are not among `assessments`."""
    fw = cache.current
    if assessments:
        fw = cache.get(assessments[-1].framework_hash)
    profile = profile_id or cand.profile
    if not fw.has_profile(profile) and cache.current.has_profile(profile):
        fw = cache.current
    levels = raters if raters is not None else [a.levels() for a in assessments]
    named = [Rater.named(a.assessor, lv) for a, lv in zip(assessments, levels, strict=True)]
    result = score(fw, profile, cand.id, named, drafts_pending=drafts_pending)
    result = replace(result, risks=tuple(indicators(fw, cand, result)))
    return Evaluation(
        cand, result, fw, tuple(assessments), outdated=fw.content_hash != cache.current.content_hash
    )


def evaluate(
    store: Store,
    current: Framework,
    candidate_id: str,
    *,
    profile: str | None = None,
    include_drafts: bool = False,
    cache: FrameworkCache | None = None,
) -> Evaluation:
    cand = store.candidate(candidate_id)
    every = store.assessments(candidate_id, include_drafts=True)
    assessments = [a for a in every if include_drafts or a.status == "final"]
    pending = len(every) - len(assessments)
    return _evaluate(
        cache or FrameworkCache(store, current), cand, assessments, profile, drafts_pending=pending
    )


def evaluate_many(
    store: Store,
    current: Framework,
    candidate_ids: Iterable[str] | None = None,
    *,
    profile: str | None = None,
    include_drafts: bool = False,
    evidence: bool = True,
) -> list[Evaluation]:
    """Evaluate many candidates with two queries in all (candidates, then all assessments)."""
    return list(
        iter_evaluations(
            store,
            current,
            candidate_ids,
            profile=profile,
            include_drafts=include_drafts,
            evidence=evidence,
        )
    )


def iter_evaluations(
    store: Store,
    current: Framework,
    candidate_ids: Iterable[str] | None = None,
    *,
    profile: str | None = None,
    include_drafts: bool = False,
    evidence: bool = True,
) -> Iterator[Evaluation]:
    """Evaluations one at a time, so a caller that keeps only a figure or two (the list)
    never holds them all.

    evidence=False leaves the assessors' notes out: a list or a score table does not show
    them, and with 570,000 ratings they are most of the loading time."""
    cache = FrameworkCache(store, current)
    candidates = store.candidates()
    if candidate_ids is not None:
        wanted = list(dict.fromkeys(candidate_ids))
        by_id = {c.id: c for c in candidates}
        missing = [c for c in wanted if c not in by_id]
        if missing:
            store.candidate(missing[0])  # raises NotFound with the right message
        candidates = [by_id[c] for c in wanted]
    per_candidate: dict[str, list[Assessment]] = defaultdict(list)
    # Drafts are read too, only to count those the score leaves out ("drafts pending").
    drafts: dict[str, int] = defaultdict(int)
    if evidence:
        for a in store.assessments(include_drafts=True):
            if include_drafts or a.status == "final":
                per_candidate[a.candidate].append(a)
            else:
                drafts[a.candidate] += 1
        for c in candidates:
            yield _evaluate(
                cache, c, per_candidate.get(c.id, []), profile, drafts_pending=drafts.get(c.id, 0)
            )
        return
    # Scores only: levels straight from one query; the assessments come without ratings.
    # Hundreds of thousands of small acyclic objects are made here: the cyclic garbage
    # collector would re-scan them again and again (a third of the time), so it waits.
    enabled = gc.isenabled()
    gc.disable()
    try:
        per_levels: dict[str, list[dict[str, int | None]]] = defaultdict(list)
        for a, levels in store.assessment_levels(include_drafts=True):
            if include_drafts or a.status == "final":
                per_candidate[a.candidate].append(a)
                per_levels[a.candidate].append(levels)
            else:
                drafts[a.candidate] += 1
        for c in candidates:
            yield _evaluate(
                cache,
                c,
                per_candidate.get(c.id, []),
                profile,
                per_levels.get(c.id, []),
                drafts.get(c.id, 0),
            )
    finally:
        if enabled:
            gc.enable()
