"""The window never loses or mixes up saved work: two windows on one database, a second window
told, a restore noticed, typing kept on a busy database, errors as messages, limits as the
importer's."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kamassess.exchange.bundle_schema import NAME_MAX, NOTE_MAX
from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store import backup
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace
from ui.candidate_dialog import CandidateDialog
from ui.main_window import MainWindow

from .conftest import make_context, type_text, wait_for_scores

ROOT = Path(__file__).resolve().parents[2]


def open_window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    wait_for_scores(qtbot, win)
    return win


def cli(*argv: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        env={**os.environ, "KAMASSESS_LANG": "en"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_two_windows_and_a_command_take_turns_and_nothing_is_lost(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path
) -> None:
    db = tmp_path / "shared.db"
    with Store.open(db) as s:
        for cid in ("a-1", "b-1"):
            s.save_candidate(Candidate(cid, f"Кандидат {cid}", "external", "kam"), "setup")
    first = open_window(qtbot, make_context(Store.open(db), framework, root))
    second = open_window(qtbot, make_context(Store.open(db), framework, root))
    a_id = first.ws.create_assessment("a-1", "Первый", "hr", "interview", date(2026, 11, 20))
    b_id = second.ws.create_assessment("b-1", "Второй", "hr", "interview", date(2026, 11, 20))
    rate_a = first.candidates.open_assessment(a_id)
    rate_b = second.candidates.open_assessment(b_id)
    comps = [card.comp.id for card in rate_a.cards][:6]
    for turn, comp in enumerate(comps):
        card_a = next(c for c in rate_a.cards if c.comp.id == comp)
        card_b = next(c for c in rate_b.cards if c.comp.id == comp)
        qtbot.keyClick(card_a, "4")
        qtbot.keyClick(card_b, "2")
        if turn == 2:  # a command-line import from another process in the middle
            cli("--db", str(db), "export", str(tmp_path / "mid.json"))
    rate_a.close()
    rate_b.close()
    first.close()
    second.close()
    first.ws.close()
    second.ws.close()
    with Store.open(db) as fresh:
        a = {r.competency: r.level for r in fresh.assessment(a_id).ratings}
        b = {r.competency: r.level for r in fresh.assessment(b_id).ratings}
        assert a == dict.fromkeys(comps, 4) and b == dict.fromkeys(comps, 2)
        for cid in ("a-1", "b-1"):
            levels = [h for h in fresh.history(cid) if h["field"] == "level"]
            assert len(levels) == len(comps)
        assert fresh.quick_check()


def test_a_second_window_on_the_database_is_told_and_can_look_read_only(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.startup import lock_database

    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        s.save_candidate(Candidate("c-1", "Кандидат", "external", "kam"), "setup")
    held = QLockFile(str(db.with_name("hr.db.lock")))
    assert held.tryLock(0)  # the first window
    asked: list[str] = []

    def choose(label: str):  # type: ignore[no-untyped-def]
        def click(box: QMessageBox) -> int:
            asked.append(box.text())
            box.setProperty("clicked", label)
            button = next(b for b in box.buttons() if label in b.text())
            button.click()
            return 0

        return click

    monkeypatch.setattr(QMessageBox, "exec", choose("read-only"))
    taken = lock_database(db)
    assert taken is not None and taken[1] is True
    assert "already open in another KAM Assess window" in asked[0]
    monkeypatch.setattr(QMessageBox, "exec", choose("anyway"))
    taken = lock_database(db)
    assert taken is not None and taken[1] is False
    held.unlock()
    assert lock_database(db)[1] is False  # type: ignore[index]  # free again: no question
    asked.clear()
    first_start = tmp_path / "new home" / "KAM Assess" / "kamassess.db"
    assert lock_database(first_start)[1] is False  # type: ignore[index]
    assert asked == [] and first_start.parent.is_dir()  # a first start asks nothing

    ws = make_context(Store.open(db, read_only=True), framework, root)
    win = open_window(qtbot, ws)
    assert "read-only" in win.windowTitle()
    for name in ("actionImport", "actionNewCandidate", "actionNewAssessment"):
        assert not win.findChild(QAction, name).isEnabled(), name
    win.candidates.select("c-1")
    assert not win.candidates.page.new_button.isEnabled()
    assert win.candidates.page.pdf_button.isEnabled()  # reading and printing stay possible
    before = Store.open(db).counts()
    win.candidates.delete_candidate()  # even if reached by a shortcut: nothing happens
    assert Store.open(db).counts() == before


def test_a_restore_by_another_program_is_noticed_and_nothing_goes_into_the_old_file(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        s.save_candidate(Candidate("c-1", "До копии", "external", "kam"), "setup")
        aid = s.create_assessment(
            "c-1", "Петрова", "hr", "interview", date(2026, 11, 20), framework, "t"
        )
        assert backup.auto_backup(s) is not None
    win = open_window(qtbot, make_context(Store.open(db), framework, root))
    rating = win.candidates.open_assessment(aid)
    qtbot.addWidget(rating)
    cli("--db", str(db), "restore", "--force")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    qtbot.keyClick(rating.cards[0], "4")
    assert asked and "was replaced by another program" in asked[0]
    (kept,) = [p for p in tmp_path.iterdir() if re.fullmatch(r"hr\.db\.damaged-[\d-]+", p.name)]
    with sqlite3.connect(f"file:{kept}?mode=ro", uri=True) as old:
        assert old.execute("SELECT COUNT(*) FROM ratings").fetchone()[0] == 0


def test_typing_on_a_busy_database_is_kept_retried_and_saved(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        s.save_candidate(Candidate("c-1", "Кандидат", "external", "kam"), "setup")
        aid = s.create_assessment(
            "c-1", "Петрова", "hr", "interview", date(2026, 11, 20), framework, "t"
        )
    store = Store.open(db)
    store.set_busy_timeout(0.05)
    win = open_window(qtbot, make_context(store, framework, root))
    rating = win.candidates.open_assessment(aid)
    qtbot.addWidget(rating)
    rating.show()
    blocker = sqlite3.connect(db, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the database
    card = rating.cards[0]
    card.evidence.setFocus()
    type_text(qtbot, card.evidence, "Подобрал насос сам")
    card.flush()
    assert "not saved yet" in rating.saved_note.text()
    assert card.evidence.toPlainText() == "Подобрал насос сам"  # never reset to the stored ""
    blocker.rollback()
    blocker.close()
    qtbot.waitUntil(lambda: rating.saved_note.text() == "saved", timeout=10000)
    stored = {r.competency: r.evidence for r in store.assessment(aid).ratings}
    assert stored[card.comp.id] == "Подобрал насос сам"


def test_deleted_elsewhere_date_clash_and_busy_finalise_are_messages(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        s.save_candidate(Candidate("c-1", "Кандидат", "external", "kam"), "setup")
        first = s.create_assessment(
            "c-1", "Петрова", "hr", "interview", date(2026, 11, 20), framework, "t"
        )
        other = s.create_assessment(
            "c-1", "Петрова", "hr", "interview", date(2026, 11, 21), framework, "t"
        )
    win = open_window(qtbot, make_context(Store.open(db), framework, root))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]) or 0)
    rating = win.candidates.open_assessment(other)
    qtbot.addWidget(rating)
    from PySide6.QtCore import QDate

    rating.date.setDate(QDate(2026, 11, 20))  # the same key as the first assessment
    assert warnings and "already has" in warnings[-1]
    assert rating.date.date() == QDate(2026, 11, 21)  # the head shows what is stored
    with Store.open(db) as s:
        s.delete_assessment(first, "elsewhere")
        s.delete_assessment(other, "elsewhere")
    qtbot.keyClick(rating.cards[0], "3")
    assert "deleted elsewhere" in warnings[-1]
    assert not rating.cards[0].buttons[3].isEnabled()  # the form is locked, still readable


@pytest.mark.usefixtures("qapp")  # the hook builds a message box: alone on a worker, no app yet
def test_an_unexpected_error_is_a_message_and_a_log_line_without_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamassess import paths
    from ui.startup import install_exception_hook

    log = tmp_path / "log" / "kamassess.log"
    monkeypatch.setattr(paths, "log_file", lambda: log)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook()
    try:
        raise KeyError("Секретова Тайна")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)
    assert shown and "KeyError" in shown[0] and "safe" in shown[0]
    assert "Секретова" not in log.read_text(encoding="utf-8")


def test_the_window_opens_when_its_backup_cannot_be_written(
    tmp_path: Path, framework: Framework, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.startup import start_backup

    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        s.save_candidate(Candidate("c-1", "Кандидат", "external", "kam"), "setup")
    (tmp_path / "backups").write_text("in the way")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or 0)
    ws = make_context(Store.open(db), framework, root)
    assert start_backup(ws) == "ok"
    assert warned and "could not be written" in warned[0]


def test_form_limits_are_the_importers(qtbot: QtBot, framework: Framework) -> None:
    dialog = CandidateDialog(framework, "en", set(), new_id="c-1")
    qtbot.addWidget(dialog)
    assert dialog.name_edit.maxLength() == NAME_MAX
    from ui.rating_window import NOTE_MAX as FORM_NOTE_MAX

    assert FORM_NOTE_MAX == NOTE_MAX


def test_adding_a_taken_id_gets_a_fresh_one_and_an_edit_conflict_shows_both(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ws.store
    proposed = store.next_candidate_id()

    def fill(dialog: CandidateDialog) -> int:
        type_text(qtbot, dialog.name_edit, "Новая Кандидатка")
        # someone else adds a candidate with the same proposed id before OK is pressed
        with Store.open(store.path) as other:  # type: ignore[arg-type]
            other.add_candidate(Candidate(proposed, "Чужой", "internal", "kam"), "someone")
        dialog.validate()
        return 1

    told: list[str] = []
    monkeypatch.setattr(CandidateDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    window.candidates.new_candidate()
    assert store.candidate(proposed).name == "Чужой"  # theirs untouched
    assert told and f"The id {proposed} was taken" in told[0]
    mine = next(c for c in store.candidates() if c.name == "Новая Кандидатка")
    assert mine.id != proposed

    window.candidates.select("c-003")

    def edit_region(dialog: CandidateDialog) -> int:
        dialog.region.setText("Самара")
        with Store.open(store.path) as other:  # type: ignore[arg-type]
            theirs, version = other.candidate_with_version("c-003")
            other.save_candidate(
                Candidate(**{**theirs.__dict__, "employer": "Новый работодатель"}),
                "someone",
                expected_version=version,
            )
        dialog.validate()
        return 1

    shown: list[str] = []

    def apply_mine(box: QMessageBox) -> int:
        shown.append(box.text())
        next(b for b in box.buttons() if "my changes" in b.text()).click()
        return 0

    monkeypatch.setattr(CandidateDialog, "exec", edit_region)
    monkeypatch.setattr(QMessageBox, "exec", apply_mine)
    window.candidates.edit_candidate()
    assert shown and "Новый работодатель" in shown[0] and "Самара" in shown[0]
    saved = store.candidate("c-003")
    assert (saved.region, saved.employer) == ("Самара", "Новый работодатель")
