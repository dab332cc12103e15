"""Shared fixtures: the repository root and the bundled framework."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kamassess.framework.model import Framework, load_framework

if TYPE_CHECKING:
    from tests.pgcluster import Cluster

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests keep the framework cache to themselves, away from the user's folder."""
    import os

    os.environ["KAMASSESS_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def framework() -> Framework:
    return load_framework(ROOT / "competencies.yaml")


@pytest.fixture(scope="session")
def framework_text() -> str:
    return (ROOT / "competencies.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A throw-away PostgreSQL server for the whole run (skipped only where PostgreSQL's
    programs are not installed; CI installs them: .ci/run)."""
    from tests.pgcluster import Cluster, find_bin

    if find_bin() is None:
        pytest.skip("PostgreSQL is not installed here (no initdb): apt-get install postgresql-15")
    cluster = Cluster()
    yield cluster
    cluster.close()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    """A database with the schema, roles and the test team, copied for each test."""
    from tests.pgcluster import prepare_template

    return prepare_template(pg_cluster)


@pytest.fixture
def pg_db(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    """A fresh server database of this test's own (its name), dropped afterwards."""
    name = pg_cluster.new_database(pg_template)
    yield name
    pg_cluster.drop_database(name)
