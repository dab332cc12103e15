"""`main.py validate`: a summary and exit 0, a line per error and exit 1, exit 2 if missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_main(root: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAMASSESS_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(root / "main.py"), *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_validate_bundled_file(root: Path) -> None:
    result = run_main(root, "validate")
    assert result.returncode == 0, result.stderr
    assert "valid: framework kam-hvac 2026.2" in result.stdout
    assert "20 competencies, 3 profiles" in result.stdout


def test_validate_in_russian(root: Path) -> None:
    result = run_main(root, "validate", lang="ru")
    assert result.returncode == 0
    assert "без ошибок" in result.stdout and "компетенций 20" in result.stdout


def test_validate_reports_every_error_with_lines(root: Path, tmp_path: Path) -> None:
    text = (root / "competencies.yaml").read_text(encoding="utf-8")
    text = text.replace("recommend: 80", "recommend: 60")
    text = text.replace(
        "      3:\n        ru: Самостоятельно подбирает",
        "      7:\n        ru: Самостоятельно подбирает",
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    result = run_main(root, "validate", str(bad))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3, result.stdout
    assert all(line.startswith(f"{bad}:") for line in lines)
    # each place named as the editor of the file knows it, not as a data path
    first = "competency «HVAC engineering expertise» › level anchors"
    assert any(f"{first}: level 3 has no anchor" in line for line in lines)
    assert any(f"{first} › level 7: anchor for level 7" in line for line in lines)
    assert any("verdict thresholds › «conditional» threshold" in line for line in lines)
    assert "3 errors;" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_missing_file_exit_2(root: Path, tmp_path: Path, lang: str) -> None:
    result = run_main(root, "--lang", lang, "validate", str(tmp_path / "absent.yaml"))
    assert result.returncode == 2
    assert ("file not found" if lang == "en" else "файл не найден") in result.stderr
    assert "Traceback" not in result.stderr


def test_garbage_file_no_traceback(root: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(bytes(range(256)) * 4)
    result = run_main(root, "validate", str(junk))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "UTF-8" in result.stdout


def test_usage_error_in_russian(root: Path) -> None:
    result = run_main(root, "validate", "--bogus", lang="ru")
    assert result.returncode == 64  # a usage error, not 2 ("not found")
    assert "неизвестные аргументы: --bogus" in result.stderr


def test_help_lists_validate(root: Path) -> None:
    result = run_main(root, "--help")
    assert result.returncode == 0 and "validate" in result.stdout
