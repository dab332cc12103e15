"""Core fixtures: a real database file per test, and helpers to fill it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store.base import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kamassess.db"


BOTH_ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that use `engine` (through `target` or `store`) run on the engines their module
    names in ENGINES (SQLite alone by default); `@pytest.mark.sqlite_only` keeps one on SQLite,
    `@pytest.mark.server_only` on the server."""
    if "engine" in metafunc.fixturenames:
        engines = getattr(metafunc.module, "ENGINES", ("sqlite",))
        if metafunc.definition.get_closest_marker("sqlite_only"):
            engines = ("sqlite",)
        if metafunc.definition.get_closest_marker("server_only"):
            engines = ("postgresql",)
        metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def target(engine: str, db_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """The database a test works on: a file, or a fresh server database as an hr user."""
    if engine == "sqlite":
        return db_path
    from tests.pgcluster import PASSWORD

    name = request.getfixturevalue("pg_db")
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.url("hr_anna", PASSWORD, name))


@pytest.fixture
def store(target: Path | str) -> Iterator[Store]:
    with Store.open(target) as s:
        yield s


def add_candidate(store: Store, cid: str = "c-1", **extra: object) -> Candidate:
    fields: dict[str, object] = {"name": f"Кандидат {cid}", "kind": "internal", "profile": "kam"}
    fields.update(extra)
    cand = Candidate(id=cid, **fields)  # type: ignore[arg-type]
    store.save_candidate(cand, "tester")
    return cand


def rate_all(
    store: Store,
    fw: Framework,
    cid: str,
    level: int,
    assessor: str = "Петрова",
    day: date = date(2026, 11, 20),
    final: bool = True,
) -> int:
    aid = store.create_assessment(cid, assessor, "hr", "interview", day, fw, "tester")
    for comp in fw.competencies:
        store.set_rating(aid, comp.id, level, f"evidence {comp.id}", "tester")
    if final:
        store.finalise(aid, "tester")
    return aid


def run_cli(*argv: str, lang: str = "en") -> tuple[int, str, str]:
    """The command line in this process (where the process boundary is not what is tested):
    (exit code, stdout, stderr)."""
    import io

    from kamassess.cli import main as cli

    out, err = io.StringIO(), io.StringIO()
    try:
        args, chosen = cli.parse(["--lang", lang, *argv])
    except SystemExit as stop:
        return int(stop.code or 0), "", ""
    code = cli.run(args, chosen, out=out, err=err)
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text, text
    return code, out.getvalue(), err.getvalue()
