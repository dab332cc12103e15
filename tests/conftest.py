"""Shared fixtures: the repository root and the bundled framework."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamassess.framework import Framework, load_framework

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def framework() -> Framework:
    return load_framework(ROOT / "competencies.yaml")


@pytest.fixture(scope="session")
def framework_text() -> str:
    return (ROOT / "competencies.yaml").read_text(encoding="utf-8")
