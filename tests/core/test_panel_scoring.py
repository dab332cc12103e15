"""Scoring with the panel: people counted by the registry, consensus replacing the mean (and
resolving "needs consensus"), a blind draft's own result, the debrief's order."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.demo import bundle as demo_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework
from kamassess.panel.blind import hides_others, own_ratings, shows_targets
from kamassess.store.errors import StorageError
from kamassess.workspace import Workspace

from .conftest import add_candidate, rate_all, run_cli

KAM_WEIGHT = 39  # the kam profile's weights: 3+2+2+2+3+3+3+2+2+3+3+1+2+1+1+3+1+2


@pytest.fixture
def ws(db_path: Path, framework: Framework) -> Workspace:
    workspace = Workspace.open(db_path, framework=framework, lang="en", user="Модератор")
    text = json.dumps(demo_bundle(), ensure_ascii=False)
    import_bundle(
        workspace.store, framework, parse_bundle(text, "demo", framework, workspace.store), "t"
    )
    return workspace


def test_one_person_by_two_methods_is_one_rater(ws: Workspace, framework: Framework) -> None:
    add_candidate(ws.store, "c-9")
    rate_all(ws.store, framework, "c-9", 3, assessor="Петрова А. В.")
    rate_all(ws.store, framework, "c-9", 4, assessor="петрова а.в.", day=date(2026, 11, 21))
    res = ws.evaluate("c-9").result
    # Two spellings, but "петрова а.в." has no space after the dot: another key, another person.
    assert res.raters == 2
    rate_all(ws.store, framework, "c-9", 4, assessor=" ПЕТРОВА А. В. ", day=date(2026, 11, 22))
    res = ws.evaluate("c-9").result
    assert res.raters == 2 and res.competency("market_knowledge").raters == 2
    assert "single_assessor" not in res.flags


def test_consensus_replaces_the_mean_and_resolves_needs_consensus(ws: Workspace) -> None:
    before = ws.evaluate("c-002").result
    assert before.verdict == "needs_consensus"
    rb = before.competency("relationship_building")
    assert rb.levels == (2, 2, 4) and rb.knockout == "split"
    ws.record_consensus("c-002", "relationship_building", 3, "Сошлись на 3", date(2026, 11, 20))
    ev = ws.evaluate("c-002")
    after = ev.result
    agreed = after.competency("relationship_building")
    # The ratings stay, the consensus replaces their mean 8/3: target 4, weight 3, L = 1, so the
    # fit gains 100 × 3 × ((3 − 1) − (8/3 − 1)) / 3 / 39 = 100 / 117.
    assert agreed.levels == (2, 2, 4) and agreed.score == 3 and agreed.consensus == 3
    assert after.fit == pytest.approx(before.fit + 100 / 117)
    assert (agreed.low, agreed.high) == (2, 4)  # the range still shows the ratings
    assert after.verdict == "recommend" and after.reason.code == "recommend"
    (c,) = ev.consensus
    assert (c.competency, c.level, c.moderator, c.day) == (
        "relationship_building",
        3,
        "Модератор",
        date(2026, 11, 20),
    )
    # Agreed below the minimum: a knock-out confirmed, not a split any more.
    ws.record_consensus("c-002", "relationship_building", 2, "", date(2026, 11, 21))
    res = ws.evaluate("c-002").result
    assert res.verdict == "not_recommended" and res.reason.code == "knockout"
    # Every path that scores sees it: the list, the command line.
    (listed,) = [e for e in ws.evaluations(evidence=False) if e.candidate.id == "c-002"]
    assert listed.result.verdict == "not_recommended"
    code, out, _ = run_cli("--db", str(ws.db_path), "score", "--candidate", "c-002", "--json")
    assert code == 0
    assert json.loads(out)[0]["verdict"] == "not_recommended"


def test_a_debrief_needs_two_people_who_finalised(ws: Workspace, framework: Framework) -> None:
    add_candidate(ws.store, "c-9")
    rate_all(ws.store, framework, "c-9", 3, assessor="Петрова А. В.")
    rate_all(ws.store, framework, "c-9", 2, assessor="Орлов В. П.", final=False)
    meeting = ws.debrief("c-9")
    assert meeting.people == 1 and not meeting.ready
    with pytest.raises(StorageError) as info:
        ws.record_consensus("c-9", "communication", 3, "", date(2026, 11, 20))
    assert "two or more" in info.value.message.render("en")
    with pytest.raises(StorageError):
        ws.record_consensus("c-002", "telepathy", 3, "", date(2026, 11, 20))
    with pytest.raises(StorageError):
        ws.record_consensus("c-002", "communication", 9, "", date(2026, 11, 20))


def test_the_debrief_puts_split_knockouts_then_the_widest_spreads_first(ws: Workspace) -> None:
    meeting = ws.debrief("c-002")
    assert meeting.ready and meeting.people == 3
    first, *rest = meeting.rows
    # Морозов: relationship building 2, 4, 2 against a minimum of 3 — it needs a consensus.
    assert first.competency == "relationship_building" and first.split
    spreads = [r.spread for r in rest]
    assert spreads == sorted(spreads, key=lambda s: -1 if s is None else s, reverse=True)
    # Every other competency of Морозов's is rated at most one level apart; the unrated last.
    assert rest[0].spread == 1 and all(r.spread in (0, 1) for r in rest)
    # Every final assessment's rating with its evidence, side by side.
    names = [a.assessor for a, _ in first.ratings]
    assert names == ["Петрова А. В.", "Орлов В. П.", "Кузнецов Д. С."]
    assert "«сделках»" in first.ratings[0][1].evidence
    # Волков's draft by Орлов is not at the meeting.
    assert all(a.status == "final" for a in ws.debrief("c-004").assessments)


def test_a_blind_draft_sees_only_its_own_result(ws: Workspace, framework: Framework) -> None:
    (draft,) = [a for a in ws.store.assessments("c-004") if a.status == "draft"]
    assert hides_others(framework, draft) and not shows_targets(framework, draft)
    own = ws.form_evaluation(draft.id)
    assert own.assessments == (draft,) and own.result.raters == 1 and not own.consensus
    pooled = ws.evaluate("c-004").result
    assert pooled.raters == 2 and own.result.fit != pooled.fit
    figures = own_ratings(own)
    # Орлов's draft of Волков: 20 competencies, all of them rated.
    assert (figures.total, figures.rated, figures.no_evidence, figures.open) == (20, 20, 0, 0)
    leadership = dict(figures.groups)["leadership"]
    assert leadership == pytest.approx((3 + 2) / 2)
    # A final assessment's form shows the pooled result of final assessments.
    final = next(a for a in ws.store.assessments("c-004") if a.status == "final")
    assert not hides_others(framework, final) and shows_targets(framework, final)
    assert ws.form_evaluation(final.id).result.raters == 2


def test_blind_candidates_follow_the_users_drafts(ws: Workspace) -> None:
    assert ws.blind_candidates() == set()  # the moderator has no drafts
    ws.set_user("  Орлов   В. П. ")
    assert ws.user == "Орлов В. П." and ws.blind_candidates() == {"c-004"}
    me = ws.user_assessor()
    assert me is not None and me.name == "Орлов В. П."
