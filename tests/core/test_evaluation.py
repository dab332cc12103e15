"""A candidate is scored under the framework their assessments were made with (on both
engines: the scores read through either store are the same)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamassess.framework.model import Framework, load_framework
from kamassess.scoring.batch import evaluate_many
from kamassess.scoring.evaluation import Evaluation, evaluate
from kamassess.store.sqlite import Store

from .conftest import BOTH_ENGINES, add_candidate, rate_all

ENGINES = BOTH_ENGINES


def test_framework_edited_after_rating_leaves_old_scores_unchanged(
    target: Path | str, framework: Framework, framework_text: str, tmp_path: Path
) -> None:
    with Store.open(target) as store:
        add_candidate(store)
        rate_all(store, framework, "c-1", 3)
        before = evaluate(store, framework, "c-1")
    assert not before.outdated

    edited_text = framework_text.replace(
        "engineering_knowledge: {target: 4, weight: 3, minimum: 3}",
        "engineering_knowledge: {target: 5, weight: 9, minimum: 4}",
    )
    edited_file = tmp_path / "edited.yaml"
    edited_file.write_text(edited_text, encoding="utf-8")
    edited = load_framework(edited_file)
    assert edited.content_hash != framework.content_hash

    with Store.open(target) as store:
        after = evaluate(store, edited, "c-1")
        assert after.outdated
        assert after.framework.content_hash == framework.content_hash
        assert after.result.fit == before.result.fit
        assert after.result.verdict == before.result.verdict
        assert after.result.knockouts == before.result.knockouts == []
        # A new assessment made now is made under the edited framework, and scores with it.
        add_candidate(store, "c-2")
        rate_all(store, edited, "c-2", 3)
        fresh = evaluate(store, edited, "c-2")
        assert not fresh.outdated and fresh.result.knockouts == ["engineering_knowledge"]


def test_drafts_count_only_on_request(store: Store, framework: Framework) -> None:
    add_candidate(store)
    rate_all(store, framework, "c-1", 4, assessor="A")
    rate_all(store, framework, "c-1", 2, assessor="B", final=False)
    final_only = evaluate(store, framework, "c-1")
    with_drafts = evaluate(store, framework, "c-1", include_drafts=True)
    assert final_only.result.raters == 1 and with_drafts.result.raters == 2
    assert (with_drafts.result.fit or 0) < (final_only.result.fit or 0)


def test_evaluate_many_matches_one_by_one(store: Store, framework: Framework) -> None:
    for i, level in enumerate((2, 3, 4, 5)):
        add_candidate(
            store, f"c-{i}", kind="external" if i % 2 else "internal", tenure_years=float(i)
        )
        rate_all(store, framework, f"c-{i}", level)
    batch = evaluate_many(store, framework)
    single = [evaluate(store, framework, e.candidate.id) for e in batch]
    assert [e.result for e in batch] == [e.result for e in single]
    light = evaluate_many(store, framework, evidence=False)  # the list's fast path
    assert [e.result for e in light] == [e.result for e in batch]
    assert [len(e.assessments) for e in light] == [len(e.assessments) for e in batch]
    with_drafts = evaluate_many(store, framework, include_drafts=True, evidence=False)
    assert [e.result for e in with_drafts] == [
        evaluate(store, framework, e.candidate.id, include_drafts=True).result for e in with_drafts
    ]
    other = evaluate_many(store, framework, ["c-3"], profile="regional_sales_head")
    assert other[0].result.profile == "regional_sales_head"


def test_scores_shared_with_a_copy_read_its_own_share_alike(
    store: Store, framework: Framework, monkeypatch: pytest.MonkeyPatch
) -> None:
    """render_all on two processes (the copy reads its half through a connection of its own,
    on either engine) gives what one process gives, in the list's order."""
    import os

    from kamassess import forked
    from kamassess.scoring.batch import render_all

    for i, level in enumerate((2, 3, 4, 5, 3, 4)):
        add_candidate(store, f"c-{i}")
        rate_all(store, framework, f"c-{i}", level)
    with store.write("t") as w:  # a draft pending for c-5: counted in the copy's share too
        w.create_assessment("c-5", "Орлов В. П.", "hr", "interview", date(2026, 11, 20), framework)

    def seen(ev: Evaluation) -> tuple[str, float | None, str | None, tuple[str, ...], int]:
        r = ev.result
        return r.candidate, r.fit, r.verdict, r.flags, os.getpid()

    monkeypatch.setattr(forked, "MIN_ITEMS", 2)
    monkeypatch.setattr(forked, "workers", lambda: 2)
    shared = render_all(store, framework, seen)
    monkeypatch.setattr(forked, "workers", lambda: 1)
    alone = render_all(store, framework, seen)
    assert [s[:4] for s in shared] == [a[:4] for a in alone]
    assert [s[0] for s in shared] == [f"c-{i}" for i in range(6)]  # by name: Кандидат c-0…c-5
    assert {s[4] for s in shared[:3]} == {os.getpid()} and shared[-1][4] != os.getpid()
    # c-5's draft, read by the copy (one assessor each: rate_all rates as one person)
    assert shared[-1][3] == ("single_assessor", "drafts_pending")
    assert shared[-2][3] == ("single_assessor",)
    assert [a[:4] for a in alone] == [
        seen(e)[:4] for e in evaluate_many(store, framework, evidence=False)
    ]
