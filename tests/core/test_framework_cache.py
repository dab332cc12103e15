"""The validated-framework cache: same result, missed on any change, never trusted blindly."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamassess.framework import cache as framework_cache
from kamassess.framework.model import FrameworkError, load_framework


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KAMASSESS_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_cached_framework_equals_validated_one(root: Path, cache_dir: Path) -> None:
    fresh = load_framework(root / "competencies.yaml", use_cache=False)
    first = load_framework(root / "competencies.yaml")  # validates and stores
    assert len(list((cache_dir / "frameworks").glob("*.json"))) == 1
    second = load_framework(root / "competencies.yaml")  # from the cache
    assert fresh == first == second
    assert second.text == fresh.text
    assert framework_cache.to_json(second) == framework_cache.to_json(fresh)


def test_any_change_misses_the_cache(root: Path, tmp_path: Path, framework_text: str) -> None:
    path = tmp_path / "fw.yaml"
    path.write_text(framework_text, encoding="utf-8")
    load_framework(path)
    path.write_text(
        framework_text.replace("weight: 3, minimum: 3}", "weight: 0, minimum: 3}", 1),
        encoding="utf-8",
    )
    with pytest.raises(FrameworkError):  # the broken edit is validated, not served stale
        load_framework(path)


def test_damaged_cache_entry_is_ignored(root: Path, cache_dir: Path) -> None:
    load_framework(root / "competencies.yaml")
    (entry,) = (cache_dir / "frameworks").glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert load_framework(root / "competencies.yaml").id == "kam-hvac"
    entry.write_text('{"id": "x"}', encoding="utf-8")
    assert load_framework(root / "competencies.yaml").id == "kam-hvac"


def test_unwritable_cache_is_not_an_error(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("KAMASSESS_CACHE", str(blocker))  # a file where a folder should be
    assert load_framework(root / "competencies.yaml").id == "kam-hvac"
