"""A short team load on both engines (bench/bench_team.py runs 20 clients × 60 s): five real
client processes saving ratings at once for five seconds; every acknowledged save is in the
database afterwards, and no user is shown an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.team_load import on_server, on_sqlite
from tests.pgcluster import Cluster

from .conftest import BOTH_ENGINES

ENGINES = BOTH_ENGINES


def test_five_assessors_at_once_lose_nothing(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if engine == "postgresql":
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        outcome = on_server(cluster, clients=5, seconds=5, think_ms=50)
    else:
        outcome = on_sqlite(tmp_path, clients=5, seconds=5, think_ms=50)
    assert outcome.errors == []
    assert outcome.lost == []
    # Each of the five saved many times (at most every ~75 ms, so some 300 saves in all).
    assert outcome.saves >= 5 * 20, outcome.summary()
    assert outcome.p95 < 1000, outcome.summary()  # generous: CI machines are shared
