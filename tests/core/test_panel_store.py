"""The panel's storage: the assessors' registry made from an old database's names, assessments
linked to people, recommendations fixed once final, consensus recorded with its history."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kamassess.framework.model import Framework, parse_framework
from kamassess.store import migrations
from kamassess.store.errors import AssessmentFinal
from kamassess.store.sqlite import Store

from .conftest import add_candidate, rate_all
from .test_old_databases import LEGACY, old_database


def raw_rows(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        heads = conn.execute(
            "SELECT id, candidate, assessor, assessor_role, method, date, status, framework_hash "
            "FROM assessments ORDER BY id"
        ).fetchall()
        ratings = conn.execute("SELECT * FROM ratings ORDER BY assessment, competency").fetchall()
    return heads, ratings


def test_the_registry_is_made_from_the_names_already_stored(tmp_path: Path) -> None:
    old_fw = parse_framework(LEGACY)
    db = tmp_path / "v3.db"
    old_database(
        db,
        old_fw,
        "0003_holds_key_accounts",
        [
            ("петрова  а. в.", "2025-02-01", {"c1": 2, "c2": 3}),  # typed carelessly, earlier
            ("Орлов", "2025-02-10", {"c1": 3, "c2": 3}),
            ("Петрова А. В.", "2025-03-01", {"c1": 4, "c2": 4}),  # the same person, later
        ],
    )
    before = raw_rows(db)
    with Store.open(db) as s:
        assert {"0004_panel_assessors", "0004_panel_consensus"} <= set(migrations.applied(s.conn))
        people = s.assessors()
        # One person per name compared without case or spaces, under their latest spelling.
        assert [p.name for p in people] == ["Орлов", "Петрова А. В."]
        assert all(len(p.uid) == 32 for p in people)
        by_name = {p.name: p.id for p in people}
        linked = [(a.assessor, a.assessor_id) for a in s.assessments()]
        assert linked == [
            ("петрова  а. в.", by_name["Петрова А. В."]),
            ("Орлов", by_name["Орлов"]),
            ("Петрова А. В.", by_name["Петрова А. В."]),
        ]
        assert all(a.recommendation is None for a in s.assessments())
    assert raw_rows(db) == before  # no rating, name or status changed


def test_an_empty_old_database_gets_an_empty_registry(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    conn = sqlite3.connect(db)
    migrations.apply_pending(conn, until="0003_holds_key_accounts")
    conn.close()
    with Store.open(db) as s:
        assert s.assessors() == []


def test_new_assessments_are_linked_to_one_person(store: Store, framework: Framework) -> None:
    add_candidate(store)
    one = rate_all(store, framework, "c-1", 3, assessor="Петрова А. В.")
    two = rate_all(store, framework, "c-1", 4, assessor=" петрова а.  в.", day=date(2026, 11, 21))
    three = rate_all(store, framework, "c-1", 4, assessor="Орлов", day=date(2026, 11, 21))
    a1, a2, a3 = (store.assessment(i) for i in (one, two, three))
    assert a1.assessor_id == a2.assessor_id != a3.assessor_id
    assert a1.person == a2.person
    assert [p.name for p in store.assessors()] == ["Орлов", "Петрова А. В."]


def test_renaming_an_assessment_links_it_to_the_other_person(
    store: Store, framework: Framework
) -> None:
    add_candidate(store)
    aid = rate_all(store, framework, "c-1", 3, assessor="Петрова", final=False)
    store.update_assessment(aid, "t", assessor="Кузнецов")
    kuz = store.find_assessor("кузнецов")
    assert kuz is not None and store.assessment(aid).assessor_id == kuz.id


def test_a_recommendation_is_fixed_once_final(store: Store, framework: Framework) -> None:
    add_candidate(store)
    aid = rate_all(store, framework, "c-1", 3, final=False)
    with store.write("Петрова") as w:
        assert w.set_recommendation(aid, "yes", "сильные переговоры")
        assert not w.set_recommendation(aid, "yes", "сильные переговоры")
    store.finalise(aid, "t")
    a = store.assessment(aid)
    assert (a.recommendation, a.recommendation_reason) == ("yes", "сильные переговоры")
    with pytest.raises(AssessmentFinal), store.write("Петрова") as w:
        w.set_recommendation(aid, "strong_yes", "")
    with pytest.raises(sqlite3.IntegrityError):  # the database itself refuses it too
        store.conn.execute("UPDATE assessments SET recommendation = 'no' WHERE id = ?", (aid,))
    fields = [h["field"] for h in store.history("c-1") if h["entity"] == "assessment"]
    assert "recommendation" in fields and "recommendation_reason" in fields


def test_consensus_is_recorded_with_its_history_and_goes_with_the_candidate(
    store: Store, framework: Framework
) -> None:
    add_candidate(store)
    day = date(2026, 11, 25)
    with store.write("Модератор") as w:
        assert w.set_consensus("c-1", "senior_negotiation", 3, "сошлись на 3", day) == "added"
        assert w.set_consensus("c-1", "senior_negotiation", 3, "сошлись на 3", day) == "unchanged"
        assert w.set_consensus("c-1", "senior_negotiation", 4, "сошлись на 4", day) == "updated"
    (agreed,) = store.consensus("c-1").values()
    assert (agreed.level, agreed.note, agreed.moderator, agreed.day) == (
        4,
        "сошлись на 4",
        "Модератор",
        day,
    )
    entries = [h for h in store.history("c-1") if h["entity"] == "consensus"]
    assert [e["new"]["level"] for e in entries] == [3, 4] and entries[0]["actor"] == "Модератор"
    with store.write("Модератор") as w:
        assert w.clear_consensus("c-1", "senior_negotiation")
    assert store.consensus("c-1") == {}
    with store.write("Модератор") as w:
        w.set_consensus("c-1", "senior_negotiation", 2, "", day)
    store.delete_candidate("c-1")
    assert store.all_consensus() == {}
