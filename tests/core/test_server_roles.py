"""Each role logs in to a real server and tries what it must not do: the database refuses every
attempt (roles and row-level security), whether it comes through the store or as raw SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import psycopg
import pytest

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store import pg_admin
from kamassess.store.base import Store
from kamassess.store.errors import NotFound, PermissionDenied, StorageError
from kamassess.store.postgres import PgStore
from tests.pgcluster import PASSWORD, Cluster

COMPS = ("engineering_knowledge", "senior_negotiation", "stress_tolerance")


@pytest.fixture
def team(pg_cluster: Cluster, pg_db: str) -> Iterator[Callable[[str], PgStore]]:
    """team(login) → that user's store on this test's database (closed afterwards)."""
    opened: list[PgStore] = []

    def login(name: str) -> PgStore:
        store = Store.open(pg_cluster.url(name, PASSWORD, pg_db))
        assert isinstance(store, PgStore)
        opened.append(store)
        return store

    yield login
    for s in opened:
        s.close()


@pytest.fixture
def raw(pg_cluster: Cluster, pg_db: str) -> Iterator[Callable[[str], psycopg.Connection[Any]]]:
    """raw(login) → a plain psycopg connection as that user: SQL typed by hand, no program."""
    opened: list[psycopg.Connection[Any]] = []

    def connect(name: str) -> psycopg.Connection[Any]:
        conn = psycopg.connect(
            pg_cluster.url(name, PASSWORD, pg_db),
            autocommit=True,
            options="-c search_path=kamassess",
        )
        opened.append(conn)
        return conn

    yield connect
    for c in opened:
        c.close()


def refused(conn: psycopg.Connection[Any], sql: str, *params: Any) -> str:
    """Run sql and return the server's refusal (the test fails if it was accepted)."""
    with pytest.raises(psycopg.Error) as info:
        conn.execute(sql, params or None)  # type: ignore[arg-type]
    return str(info.value.sqlstate)


def rate(store: Store, fw: Framework, cid: str, assessor: str, level: int, final: bool) -> int:
    aid = store.create_assessment(cid, assessor, "team_lead", "interview", date(2026, 3, 2), fw, "")
    for comp in COMPS:
        store.set_rating(aid, comp, level, f"{assessor}: evidence {comp}", "")
    if final:
        store.finalise(aid, "")
    return aid


@pytest.fixture
def rated(team: Callable[[str], PgStore], framework: Framework) -> dict[str, Any]:
    """HR adds two candidates and assigns Boris and Vera to c-1 only; Vera rates c-1 and
    submits; Boris's own assessment of c-1 is a draft."""
    hr = team("hr_anna")
    for cid in ("c-1", "c-2"):
        hr.save_candidate(Candidate(cid, f"Кандидат {cid}", "internal", "kam"), "")
    for login in ("as_boris", "as_vera"):
        assert hr.assign("c-1", login)
    vera = team("as_vera")
    boris = team("as_boris")
    return {
        "hr": hr,
        "vera_aid": rate(vera, framework, "c-1", "Вера", 2, final=True),
        "boris_aid": rate(boris, framework, "c-1", "Борис", 4, final=False),
        "boris": boris,
    }


def test_each_user_has_the_role_the_server_gives(team: Callable[[str], PgStore]) -> None:
    assert [(team(n).role, team(n).login) for n in ("hr_anna", "as_boris", "dir_gleb")] == [
        ("hr", "hr_anna"),
        ("assessor", "as_boris"),
        ("director", "dir_gleb"),
    ]


def test_an_assessor_sees_only_assigned_candidates(
    rated: dict[str, Any], raw: Callable[[str], psycopg.Connection[Any]]
) -> None:
    boris: PgStore = rated["boris"]
    assert boris.candidate_ids() == {"c-1"}
    with pytest.raises(NotFound):
        boris.candidate("c-2")
    assert raw("as_boris").execute("SELECT id FROM candidates").fetchall() == [("c-1",)]
    assert boris.assignments() == [("c-1", "as_boris")]  # not Vera's assignment


def test_blind_rating_hides_others_until_ones_own_is_final(
    rated: dict[str, Any],
    team: Callable[[str], PgStore],
    raw: Callable[[str], psycopg.Connection[Any]],
) -> None:
    boris: PgStore = rated["boris"]
    vera_aid, boris_aid = rated["vera_aid"], rated["boris_aid"]
    # Boris's assessment is a draft: Vera's final ratings and evidence do not exist for him.
    assert [a.id for a in boris.assessments("c-1")] == [boris_aid]
    with pytest.raises(NotFound):
        boris.assessment(vera_aid)
    conn = raw("as_boris")
    seen = conn.execute("SELECT DISTINCT assessment FROM ratings").fetchall()
    assert seen == [(boris_aid,)]
    evidence = conn.execute("SELECT evidence FROM ratings WHERE evidence LIKE 'Вера%'").fetchall()
    assert evidence == []
    assert conn.execute("SELECT count(*) FROM history WHERE actor <> 'as_boris'").fetchone() == (0,)
    # Not through a function of the schema either: it answers about the caller only.
    assert conn.execute("SELECT finalised_by_me('c-1')").fetchone() == (False,)
    # Once he submits, the consensus view opens: Vera's final assessment with its evidence.
    boris.finalise(boris_aid, "")
    assert [a.id for a in boris.assessments("c-1")] == [vera_aid, boris_aid]
    vera = boris.assessment(vera_aid)
    assert {r.level for r in vera.ratings} == {2}
    assert vera.ratings[0].evidence.startswith("Вера: ")
    # A draft of a third assessor stays hidden even then.
    hr = rated["hr"]
    hr.assign("c-1", "as_vera")  # already assigned: nothing changes
    vera_store = team("as_vera")
    second = vera_store.create_assessment(
        "c-1", "Вера", "team_lead", "work_sample", date(2026, 3, 9), hr_framework(hr), ""
    )
    assert second not in {a.id for a in boris.assessments("c-1")}


def hr_framework(hr: PgStore) -> Framework:
    from kamassess.framework.model import parse_framework

    (fw_hash,) = {a.framework_hash for a in hr.assessments()}
    _id, _version, text = hr.framework_snapshot(fw_hash)
    return parse_framework(text, "snapshot")


def test_an_assessor_writes_only_their_own_assessments(
    rated: dict[str, Any],
    framework: Framework,
    raw: Callable[[str], psycopg.Connection[Any]],
) -> None:
    boris: PgStore = rated["boris"]
    vera_aid = rated["vera_aid"]
    # Through the program: Vera's assessment cannot be found to be changed, and candidates
    # cannot be written at all.
    with pytest.raises(StorageError):
        boris.set_rating(vera_aid, COMPS[0], 5, "", "")
    with pytest.raises(PermissionDenied):
        boris.save_candidate(Candidate("c-9", "Новый", "external", "kam"), "")
    with pytest.raises(NotFound):
        boris.create_assessment("c-2", "Борис", "hr", "interview", date(2026, 3, 2), framework, "")
    # By hand: every write outside his own rows is refused or touches nothing.
    conn = raw("as_boris")
    # (Her assessment is final, so its lock refuses first; row security refuses the rest.)
    insert = "INSERT INTO ratings VALUES (%s, 'x', 5, '', 'now')"
    assert refused(conn, insert, vera_aid) in {"23000", "42501"}
    cur = conn.execute("UPDATE ratings SET level = 5 WHERE assessment = %s", (vera_aid,))
    assert cur.rowcount == 0
    assert conn.execute("DELETE FROM assessments WHERE id = %s", (vera_aid,)).rowcount == 0
    fw_hash = framework.content_hash
    for sql, params in (
        (
            "INSERT INTO candidates (id, name, kind, profile, created_at, updated_at) "
            "VALUES ('c-9', 'x', 'internal', 'kam', 'now', 'now')",
            (),
        ),
        ("UPDATE candidates SET name = 'x'", ()),
        ("DELETE FROM candidates", ()),
        ("INSERT INTO assignments VALUES ('c-2', 'as_boris', 'now')", ()),
        # An assessment of a candidate not assigned to him, or in someone else's name:
        (
            "INSERT INTO assessments (candidate, assessor, assessor_role, method, date, status, "
            "framework_hash, created_at, updated_at) VALUES ('c-2', 'Б', 'hr', 'interview', "
            "'2026-01-01', 'draft', %s, 'now', 'now')",
            (fw_hash,),
        ),
        (
            "INSERT INTO assessments (candidate, assessor, assessor_role, method, date, status, "
            "framework_hash, created_at, updated_at, assessor_login) VALUES ('c-1', 'Б', 'hr', "
            "'interview', '2026-01-09', 'draft', %s, 'now', 'now', 'as_vera')",
            (fw_hash,),
        ),
        ("UPDATE assessments SET assessor_login = 'as_vera' WHERE id = %s", (rated["boris_aid"],)),
        # A history entry in someone else's name, or rewriting the history:
        (
            "INSERT INTO history (candidate, entity, entity_key, field, actor, at) "
            "VALUES ('c-1', 'x', 'x', 'x', 'hr_anna', 'now')",
            (),
        ),
        ("UPDATE history SET actor = 'x'", ()),
        # Becoming someone else, or switching the rules off:
        ("SET ROLE kamassess_hr", ()),
        ("ALTER TABLE ratings DISABLE ROW LEVEL SECURITY", ()),
        ("DROP POLICY assessor_select ON ratings", ()),
    ):
        assert refused(conn, sql, *params) in {"42501", "42P01"}, sql


def test_a_director_reads_final_assessments_and_writes_nothing(
    rated: dict[str, Any],
    team: Callable[[str], PgStore],
    raw: Callable[[str], psycopg.Connection[Any]],
    framework: Framework,
) -> None:
    director = team("dir_gleb")
    assert director.role == "director"
    assert director.candidate_ids() == {"c-1", "c-2"}
    # Only final assessments: Boris's draft is not there, nor its ratings.
    assert [a.id for a in director.assessments()] == [rated["vera_aid"]]
    conn = raw("dir_gleb")
    assert conn.execute("SELECT count(*) FROM assessments WHERE status = 'draft'").fetchone() == (
        0,
    )
    assert conn.execute(
        "SELECT count(*) FROM ratings WHERE assessment = %s", (rated["boris_aid"],)
    ).fetchone() == (0,)
    with pytest.raises(PermissionDenied):
        director.save_candidate(Candidate("c-9", "Новый", "external", "kam"), "")
    with pytest.raises(PermissionDenied):
        director.create_assessment(
            "c-1", "Г", "director", "interview", date(2026, 1, 1), framework, ""
        )
    with pytest.raises(StorageError):
        director.set_rating(rated["vera_aid"], COMPS[0], 5, "", "")
    with pytest.raises(PermissionDenied):
        director.delete_candidate("c-2")
    for sql in (
        "UPDATE candidates SET name = 'x'",
        "DELETE FROM candidates",
        "UPDATE assessments SET status = 'draft'",
        "INSERT INTO ratings VALUES (1, 'x', 5, '', 'now')",
        "UPDATE ratings SET level = 1",
        "INSERT INTO assignments VALUES ('c-2', 'dir_gleb', 'now')",
        "INSERT INTO frameworks VALUES ('h', 'f', '1', 't', 'now')",
        "DELETE FROM history",
    ):
        assert refused(conn, sql) == "42501", sql
    assert conn.execute("SELECT count(*) FROM history").fetchone() == (0,)


def test_hr_does_everything(rated: dict[str, Any]) -> None:
    hr: PgStore = rated["hr"]
    assert {a.id for a in hr.assessments()} == {rated["vera_aid"], rated["boris_aid"]}
    assert len(hr.history("c-1")) > 6
    assert hr.assign("c-2", "as_boris")
    assert hr.assign("c-2", "as_boris", remove=True)
    counts = hr.delete_candidate("c-1")
    assert counts["assessments"] == 2 and hr.candidate_ids() == {"c-2"}


def test_a_login_without_a_role_and_a_removed_user_are_refused(
    pg_cluster: Cluster, pg_db: str
) -> None:
    admin = pg_cluster.admin_url(pg_db)
    pg_cluster.sql(f"CREATE ROLE stranger_{pg_db} LOGIN PASSWORD '{PASSWORD}'")
    with pytest.raises(PermissionDenied) as info:
        Store.open(pg_cluster.url(f"stranger_{pg_db}", PASSWORD, pg_db))
    assert "no KAM Assess role" in info.value.message.render("en")
    with pytest.raises(StorageError, match="not a KAM Assess user"):
        pg_admin.remove_user(admin, f"stranger_{pg_db}")
    login = f"temp_{pg_db}"
    assert pg_admin.add_user(admin, login, "assessor", password="pw-1") == "added"
    assert (login, "assessor") in pg_admin.users(admin)
    assert pg_admin.add_user(admin, login, "director") == "updated"
    Store.open(pg_cluster.url(login, "pw-1", pg_db)).close()
    pg_admin.remove_user(admin, login)
    assert login not in {u for u, _ in pg_admin.users(admin)}
    with pytest.raises(StorageError, match="refused the login"):
        Store.open(pg_cluster.url(login, "pw-1", pg_db))
