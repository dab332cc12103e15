"""Every UI string is translated; startup explains database problems and can restore a backup."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kamassess.store.backup import auto_backup
from kamassess.store.sqlite import Store
from ui.app import open_store

from ..core.conftest import add_candidate


def test_every_ui_string_has_a_russian_translation(root: Path, tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed next to this Python")
    ts = tmp_path / "check.ts"
    shutil.copy(root / "ui" / "i18n" / "kamassess_ru.ts", ts)
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    untranslated = [
        m.findtext("source")
        for m in ET.parse(ts).iter("message")
        if not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") == "unfinished"
    ]  # type: ignore[union-attr]
    assert untranslated == [], "run `make translations` and translate these"
    committed = ET.parse(root / "ui" / "i18n" / "kamassess_ru.ts")
    assert len(list(committed.iter("message"))) == len(list(ET.parse(ts).iter("message")))


def test_committed_qm_is_the_compiled_ts(root: Path, tmp_path: Path) -> None:
    """The .qm ships in the package (no build step at install); it must be the .ts compiled."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed next to this Python")
    fresh = tmp_path / "fresh.qm"
    i18n = root / "ui" / "i18n"
    subprocess.run(
        [str(lrelease), "-silent", str(i18n / "kamassess_ru.ts"), "-qm", str(fresh)], check=True
    )
    assert fresh.read_bytes() == (i18n / "kamassess_ru.qm").read_bytes(), "run `make translations`"


def test_damaged_database_offers_the_newest_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as store:
        add_candidate(store, "c-1")
        assert auto_backup(store) is not None
    db.write_bytes(b"\x00garbage" * 500)
    (tmp_path / "hr.db-wal").unlink(missing_ok=True)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    store = open_store(db, "en")
    assert store is not None
    assert "restore it from a backup" in asked[0]
    assert store.candidate_ids() == {"c-1"}
    store.close()
    kept = list(tmp_path.glob("hr.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00garbage" * 500


def test_damaged_database_without_backup_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hr.db"
    db.write_bytes(b"not sqlite at all" * 50)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text) or 0
    )
    assert open_store(db, "ru") is None
    assert "восстановите" in shown[0]
    assert db.read_bytes() == b"not sqlite at all" * 50


def test_last_database_is_reopened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.app import choose_database
    from ui.settings import settings

    monkeypatch.delenv("KAMASSESS_DB", raising=False)
    used = tmp_path / "team.db"
    Store.open(used).close()
    settings().setValue("last/database", str(used))
    assert choose_database(None) == used
    assert choose_database(str(tmp_path / "given.db")) == tmp_path / "given.db"
    used.unlink()  # gone: back to the default
    assert choose_database(None) != used
