"""The command line against a real server: init, users, assignments, moving a desktop database
there all or nothing, bundles both ways, changes heard by other connections, and a server
restarted under an open connection."""

from __future__ import annotations

import io
import json
import time
from datetime import date
from pathlib import Path

import pytest

from kamassess.store.base import Store
from kamassess.store.errors import PermissionDenied, ServerUnavailable
from kamassess.store.postgres import PgStore
from tests.pgcluster import PASSWORD, Cluster

from .conftest import add_candidate, run_cli


def test_init_creates_the_schema_once_and_users_come_and_go(
    pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = pg_cluster.new_database()  # empty: no template
    admin = pg_cluster.admin_url(db)
    try:
        code, out, _ = run_cli("--db", admin, "server", "init")
        assert code == 0 and "p0001_initial, p0002_roles" in out
        code, out, _ = run_cli("--db", admin, "server", "init")
        assert code == 0 and "already up to date" in out
        monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-Пароль\n"))
        login = f"cli_{db}"
        code, out, _ = run_cli(
            "--db", admin, "server", "user", "add", login, "--role", "hr", "--password-stdin"
        )
        assert (code, out.strip()) == (0, f"user {login} added with role hr")
        code, out, _ = run_cli("--db", admin, "server", "user", "list")
        assert f"{login}\thr" in out.splitlines()
        with Store.open(pg_cluster.url(login, "s3cret-Пароль", db)) as s:
            assert s.role == "hr" and s.counts()["candidates"] == 0
        code, out, _ = run_cli("--db", admin, "server", "user", "remove", login)
        assert (
            code == 0 and f"{login}\thr" not in run_cli("--db", admin, "server", "user", "list")[1]
        )
        code, _, err = run_cli("--db", admin, "server", "user", "remove", "postgres")
        assert code == 1 and "not a KAM Assess user" in err
    finally:
        pg_cluster.drop_database(db)


def test_commands_on_a_database_without_schema_say_what_to_do(
    pg_cluster: Cluster, pg_db: str
) -> None:
    empty = pg_cluster.new_database()
    try:
        code, _, err = run_cli("--db", pg_cluster.admin_url(empty), "score")
        assert code == 1 and "server init" in err
    finally:
        pg_cluster.drop_database(empty)
    code, _, err = run_cli(
        "--db", pg_cluster.url("hr_anna", PASSWORD, pg_db), "backup", "--out", "x.db"
    )
    assert code == 1 and "pg_dump" in err


def test_migrate_moves_everything_once_and_scores_stay_the_same(
    pg_cluster: Cluster, pg_db: str, tmp_path: Path
) -> None:
    desk = tmp_path / "desk.db"
    assert run_cli("--db", str(desk), "demo")[0] == 0
    # A decision, an outcome and a debrief's consensus travel too.
    with Store.open(desk) as s:
        hired = min(s.candidate_ids())
        with s.write("Анна") as w:
            w.set_consensus(hired, "expertise", 4, "agreed", date(2026, 11, 2))
    decide = ("--candidate", hired, "--decision", "hire", "--date", "2026-11-03")
    assert (
        run_cli("--db", str(desk), "decide", *decide, "--by", "Директор", "--salary", "250000")[0]
        == 0
    )
    outcome = ("--candidate", hired, "--probation", "passed", "--left", "own")
    assert run_cli("--db", str(desk), "outcome", *outcome)[0] == 0
    hr = pg_cluster.url("hr_anna", PASSWORD, pg_db)
    # An assessor may not do it: refused by the server, and nothing arrives.
    code, _, err = run_cli(
        "--db", str(desk), "migrate", "--to", pg_cluster.url("as_boris", PASSWORD, pg_db)
    )
    assert code == 1 and "refused" in err
    with Store.open(hr) as s:
        assert set(s.counts().values()) == {0}
    code, out, _ = run_cli("--db", str(desk), "migrate", "--to", hr)
    with Store.open(desk) as file_store, Store.open(hr) as server:
        assert server.counts() == file_store.counts()
        assert server.assessments() == file_store.assessments()
        assert server.candidates() == file_store.candidates()
        assert server.consensus(hired) == file_store.consensus(hired) != {}
        assert server.decision(hired) == file_store.decision(hired) is not None
        assert server.outcome(hired) == file_store.outcome(hired) is not None
        assert server.outcome(hired).probation_passed is True  # a boolean on both
        counts = file_store.counts()
    assert counts["decisions"] == counts["outcomes"] == 1
    assert code == 0
    assert (
        f"{counts['candidates']} candidates, {counts['assessments']} assessments, "
        f"{counts['ratings']} ratings, {counts['history']} history entries" in out
    )
    on_file = json.loads(run_cli("--db", str(desk), "score", "--json")[1])
    on_server = json.loads(run_cli("--db", hr, "score", "--json")[1])
    assert on_server == on_file
    # Final assessments arrived final; new rows are numbered after the moved ones.
    with Store.open(hr) as s:
        final = [a for a in s.assessments() if a.status == "final"]
        assert final and all(len(a.ratings) > 0 for a in final)
        add_candidate(s, "c-new")
        assert s.history("c-new")[0]["id"] > counts["history"]
    code, _, err = run_cli("--db", str(desk), "migrate", "--to", hr)
    assert code == 1 and "already holds candidates" in err


def test_bundles_export_and_import_against_the_server(
    pg_cluster: Cluster, pg_db: str, tmp_path: Path
) -> None:
    hr = pg_cluster.url("hr_anna", PASSWORD, pg_db)
    assert run_cli("--db", hr, "demo")[0] == 0
    out = tmp_path / "all.json"
    assert run_cli("--db", hr, "export", str(out))[0] == 0
    desk = tmp_path / "back.db"
    assert run_cli("--db", str(desk), "import", str(out))[0] == 0
    code, text, _ = run_cli("--db", hr, "import", str(out))
    assert code == 0 and "0 added, 0 updated" in text  # the same data: nothing changes
    assert json.loads(run_cli("--db", str(desk), "score", "--json")[1]) == json.loads(
        run_cli("--db", hr, "score", "--json")[1]
    )


def test_assign_from_the_command_line(pg_cluster: Cluster, pg_db: str) -> None:
    hr = pg_cluster.url("hr_anna", PASSWORD, pg_db)
    with Store.open(hr) as s:
        add_candidate(s, "c-1")
    code, out, _ = run_cli("--db", hr, "server", "assign", "c-1", "as_boris")
    assert (code, out.strip()) == (0, "as_boris now sees and rates c-1")
    boris = pg_cluster.url("as_boris", PASSWORD, pg_db)
    with Store.open(boris) as s:
        assert s.candidate_ids() == {"c-1"}
    code, _, err = run_cli("--db", boris, "server", "assign", "c-1", "as_vera")
    assert code == 1 and "refused" in err
    assert run_cli("--db", hr, "server", "assign", "c-1", "as_boris", "--remove")[0] == 0
    with Store.open(boris) as s:
        assert s.candidate_ids() == set()


def test_other_connections_hear_each_change(pg_cluster: Cluster, pg_db: str) -> None:
    hr = Store.open(pg_cluster.url("hr_anna", PASSWORD, pg_db))
    other = Store.open(pg_cluster.url("hr_anna", PASSWORD, pg_db))
    assert isinstance(hr, PgStore) and isinstance(other, PgStore)
    heard_by_other = other.listener()
    heard_by_self = hr.listener()
    add_candidate(hr, "c-1")
    add_candidate(hr, "c-2")
    heard: set[str] = set()
    deadline = time.monotonic() + 5
    while heard != {"c-1", "c-2"} and time.monotonic() < deadline:
        heard |= heard_by_other.changes(timeout=1)
    assert heard == {"c-1", "c-2"}
    assert heard_by_self.changes(timeout=0.3) == set()  # its own writes: already shown
    for s in (heard_by_other, heard_by_self, hr, other):
        s.close()


def test_a_restarted_server_is_reconnected_and_nothing_saved_is_lost(
    pg_cluster: Cluster, pg_db: str
) -> None:
    store = Store.open(pg_cluster.url("hr_anna", PASSWORD, pg_db))
    assert isinstance(store, PgStore)
    listener = store.listener()
    add_candidate(store, "c-1")
    pg_cluster.stop()
    try:
        with pytest.raises(ServerUnavailable):
            add_candidate(store, "c-2")
        with pytest.raises(ServerUnavailable):
            listener.changes(timeout=0.5)
    finally:
        pg_cluster.start()
    add_candidate(store, "c-2")  # the next call connects again
    assert store.candidate_ids() == {"c-1", "c-2"}
    listener.connect()
    assert listener.changes(timeout=0.2) == set()
    pg_cluster.restart()  # while idle: the next write opens a new connection before it begins
    add_candidate(store, "c-3")
    assert len(store.candidates()) == 3
    with pytest.raises(PermissionDenied):
        Store.open(pg_cluster.url("dir_gleb", PASSWORD, pg_db)).save_candidate(
            store.candidate("c-1"), ""
        )
    store.close()
    listener.close()


def test_the_readmes_dump_and_restore_commands_bring_everything_back(
    pg_cluster: Cluster, pg_db: str, tmp_path: Path
) -> None:
    import subprocess

    hr = pg_cluster.url("hr_anna", PASSWORD, pg_db)
    assert run_cli("--db", hr, "demo")[0] == 0
    with Store.open(hr) as s:
        before = (s.counts(), s.assessments())
        s.assign("c-001", "as_boris")  # type: ignore[attr-defined]
    dump = tmp_path / "kamassess.dump"
    run = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(
        [
            str(pg_cluster.bin / "pg_dump"),
            "--format=custom",
            f"--file={dump}",
            pg_cluster.admin_url(pg_db),
        ],
        **run,
    )
    with Store.open(hr) as s:
        s.delete_candidate("c-001")  # a mistake to undo
    subprocess.run(
        [
            str(pg_cluster.bin / "pg_restore"),
            "--clean",
            "--if-exists",
            f"--dbname={pg_cluster.admin_url(pg_db)}",
            str(dump),
        ],
        **run,
    )
    with Store.open(hr) as s:
        assert (s.counts(), s.assessments()) == before
    with Store.open(pg_cluster.url("as_boris", PASSWORD, pg_db)) as s:
        assert s.candidate_ids() == {"c-001"}  # the policies came back with the data


def test_kamassess_db_may_name_a_server(
    pg_cluster: Cluster, pg_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAMASSESS_DB", pg_cluster.url("hr_anna", PASSWORD, pg_db))
    assert run_cli("demo")[0] == 0
    assert len(json.loads(run_cli("score", "--json")[1])) == 4
