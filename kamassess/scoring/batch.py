"""Many candidates at once — the list, `score`, `report all`: everything a batch needs read in
two queries (candidates, then every assessment), then each candidate scored from it
(`evaluation.evaluate_from`, the same as one at a time); `render_all` shares the work with a
forked copy of the process where that is safe (kamassess.forked)."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import TypeVar

from kamassess.framework.model import Framework
from kamassess.model import Assessment, Candidate
from kamassess.scoring.errors import ProfileUnknown
from kamassess.scoring.evaluation import Evaluation, FrameworkCache, evaluate_from
from kamassess.store.base import Store

R = TypeVar("R")


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
        return evaluate_from(
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
