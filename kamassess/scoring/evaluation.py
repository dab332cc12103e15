"""Scores a stored candidate under the framework their assessments were made with."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from kamassess.framework.model import Framework, parse_framework
from kamassess.i18n.messages import Message
from kamassess.model import Assessment, Candidate, Consensus
from kamassess.scoring.errors import ProfileUnknown
from kamassess.scoring.fit import ScoreResult, score
from kamassess.scoring.raters import Rater
from kamassess.scoring.risks import indicators
from kamassess.store.base import Store

R = TypeVar("R")


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


def _evaluate(
    cache: FrameworkCache,
    cand: Candidate,
    assessments: Sequence[Assessment],
    profile_id: str | None,
    raters: Sequence[dict[str, int | None]] | None = None,
    under: Framework | None = None,
    drafts_pending: int = 0,
    consensus: Mapping[str, Consensus] | None = None,
) -> Evaluation:
    """drafts_pending: the candidate's draft assessments that are not among `assessments`;
    consensus: competency -> the level agreed at a debrief (it replaces the mean)."""
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
    return _evaluate(
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
    return _evaluate(cache or FrameworkCache(store, current), cand, assessments, None, under=under)


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
    return _evaluate(cache or FrameworkCache(store, current), cand, known, None, consensus=agreed)


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


def chosen_candidates(store: Store, candidate_ids: Iterable[str] | None) -> list[Candidate]:
    """The candidates asked for (every one when None), in the list's order (by name) or in the
    order asked; NotFound names the first id that is not there."""
    candidates = store.candidates()
    if candidate_ids is None:
        return candidates
    wanted = list(dict.fromkeys(candidate_ids))
    by_id = {c.id: c for c in candidates}
    missing = [c for c in wanted if c not in by_id]
    if missing:
        store.candidate(missing[0])  # raises NotFound with the right message
    return [by_id[c] for c in wanted]


class Batch:
    """What scoring many candidates needs, read in two queries (candidates, then every
    assessment); `evaluate` scores one of `candidates` from it (the store is asked again only for
    a framework version not parsed yet).

    evidence=False leaves the assessors' notes out: a list or a score table does not show
    them, and with 570,000 ratings they are most of the loading time. part: these candidates
    (already chosen), with only their assessments read — a share of a larger batch (evidence=False
    only); part_is_everyone: the part is every candidate (all assessments are read, unfiltered)."""

    def __init__(
        self,
        store: Store,
        current: Framework,
        candidate_ids: Iterable[str] | None = None,
        *,
        profile: str | None = None,
        include_drafts: bool = False,
        evidence: bool = True,
        part: Sequence[Candidate] | None = None,
        part_is_everyone: bool = False,
    ) -> None:
        self.cache = FrameworkCache(store, current)
        self.profile = profile
        self.agreed = store.all_consensus()
        self.candidates: list[Candidate] = (
            chosen_candidates(store, candidate_ids) if part is None else list(part)
        )
        self.assessments: dict[str, list[Assessment]] = defaultdict(list)
        # Drafts are read too, only to count those the score leaves out ("drafts pending").
        self.drafts: dict[str, int] = defaultdict(int)
        # Scores only: levels straight from one query; the assessments come without ratings.
        self.levels: dict[str, list[dict[str, int | None]]] | None = None
        if evidence:
            assert part is None, "a part of a batch reads scores only"
            for a in store.assessments(include_drafts=True):
                if include_drafts or a.status == "final":
                    self.assessments[a.candidate].append(a)
                else:
                    self.drafts[a.candidate] += 1
            return
        self.levels = defaultdict(list)
        only = None if part is None or part_is_everyone else [c.id for c in part]
        for a, levels in store.assessment_levels(include_drafts=True, candidates=only):
            if include_drafts or a.status == "final":
                self.assessments[a.candidate].append(a)
                self.levels[a.candidate].append(levels)
            else:
                self.drafts[a.candidate] += 1

    def evaluate(self, c: Candidate) -> Evaluation:
        """One candidate of the batch (ProfileUnknown when they cannot be scored)."""
        return _evaluate(
            self.cache,
            c,
            self.assessments.get(c.id, []),
            self.profile,
            None if self.levels is None else self.levels.get(c.id, []),
            drafts_pending=self.drafts.get(c.id, 0),
            consensus=self.agreed.get(c.id),
        )


@contextmanager
def many_objects() -> Iterator[None]:
    """Hundreds of thousands of small acyclic objects are made while a batch is read and
    scored: the cyclic garbage collector would re-scan them again and again (a third of the
    time), so it waits until the batch is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def iter_evaluations(
    store: Store,
    current: Framework,
    candidate_ids: Iterable[str] | None = None,
    *,
    profile: str | None = None,
    include_drafts: bool = False,
    evidence: bool = True,
    unscorable: list[ProfileUnknown] | None = None,
) -> Iterator[Evaluation]:
    """Evaluations one at a time, so a caller that keeps only a figure or two (the list)
    never holds them all (see Batch for evidence=). A candidate who cannot be scored (their
    profile was removed from the framework) goes to `unscorable` when it is given, so one such
    candidate does not stop a batch; without it, ProfileUnknown is raised."""
    with many_objects() if not evidence else nullcontext():
        batch = Batch(
            store,
            current,
            candidate_ids,
            profile=profile,
            include_drafts=include_drafts,
            evidence=evidence,
        )
        for c in batch.candidates:
            try:
                yield batch.evaluate(c)
            except ProfileUnknown as exc:
                if unscorable is None:
                    raise
                unscorable.append(exc)


def render_all(
    store: Store,
    current: Framework,
    render: Callable[[Evaluation], R],
    candidate_ids: Iterable[str] | None = None,
    *,
    profile: str | None = None,
    include_drafts: bool = False,
    unscorable: list[ProfileUnknown] | None = None,
) -> list[R]:
    """render(evaluation) of every candidate, scores only (no notes), in the list's order, on
    every core where that is safe (kamassess.forked: a copy reads its own share of the
    assessments through a connection of its own, and scores it): what `score --json` does with
    10,000. Candidates who cannot be scored go to `unscorable` when it is given (else
    ProfileUnknown)."""
    from kamassess.forked import map_parts

    with many_objects():
        chosen = chosen_candidates(store, candidate_ids)

        def share(part: Sequence[Candidate], here: bool) -> list[tuple[R] | tuple[()]]:
            batch = Batch(
                store if here else store.another(read_only=True),
                current,
                profile=profile,
                include_drafts=include_drafts,
                evidence=False,
                part=part,
                part_is_everyone=candidate_ids is None and len(part) == len(chosen),
            )
            return [one(batch, c) for c in part]

        def one(batch: Batch, c: Candidate) -> tuple[R] | tuple[()]:
            try:
                return (render(batch.evaluate(c)),)
            except ProfileUnknown:
                return ()  # said again below, in this process

        done = map_parts(share, chosen)
        failed = [c for c, got in zip(chosen, done, strict=True) if not got]
        out = [got[0] for got in done if got]
        if failed:  # their ProfileUnknown, in this process, in the list's order
            again = Batch(
                store,
                current,
                profile=profile,
                include_drafts=include_drafts,
                evidence=False,
                part=failed,
            )
            for c in failed:
                try:
                    again.evaluate(c)
                except ProfileUnknown as exc:
                    if unscorable is None:
                        raise
                    unscorable.append(exc)
        return out
