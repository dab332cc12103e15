"""Shared fixtures: the repository root and the bundled framework."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamassess.framework.model import Framework, load_framework

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
