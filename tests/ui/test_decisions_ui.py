"""Decisions, outcomes, validity and personal data in the window: what the user types, what is
stored, and what the list, the page, the Validity tab and the retention banner then show."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from kamassess.decisions.model import Decision
from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace
from tests.core.test_validity_pools import hire_pool, record, rising
from ui.candidate_dialog import CandidateDialog
from ui.decision_dialog import DecisionDialog
from ui.main_window import MainWindow
from ui.models import CandidateTableModel
from ui.outcome_dialog import OutcomeDialog
from ui.retention import RetentionDialog

from .conftest import make_context, type_text, wait_for_scores


def ok_enabled(dialog: Any) -> bool:
    return bool(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())


def cell(window: MainWindow, cid: str, column: int) -> str:
    model = window.candidates.model
    row = model.row_of(cid)
    assert row is not None
    return str(model.index(row, column).data())


def test_a_decision_from_the_page_shows_in_the_list_and_the_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: DecisionDialog) -> int:
        dialog.decision.setCurrentIndex(dialog.decision.findData("hire"))
        seen["label"] = dialog.decision.currentText()
        qtbot.keyClicks(dialog.salary, "95 000")
        seen["band"] = dialog.band.text().replace("\xa0", " ")
        seen["ok_without_who"] = ok_enabled(dialog)
        seen["who_error"] = dialog.errors.labels["decided_by"].text()
        type_text(qtbot, dialog.decided_by, "Орлов П. П.")
        type_text(qtbot, dialog.conditions, "испытательный срок 3 месяца")
        dialog.date.setDate(dialog.date.date().fromString("2026-12-01", "yyyy-MM-dd"))
        assert ok_enabled(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DecisionDialog, "exec", fill)
    window.candidates.select("c-001")
    page = window.candidates.page
    assert page.decision_line.text() == "No decision recorded."
    assert not page.outcomes_button.isEnabled()
    qtbot.mouseClick(page.decision_button, Qt.MouseButton.LeftButton)
    # c-001 is internal: the choice reads "promote"; kam's band is 60 000–80 000 RUB.
    assert seen == {
        "label": "promote",
        "band": "95 000 RUB — above the band 60 000–80 000 RUB by 15 000",
        "ok_without_who": False,
        "who_error": "required",
    }
    stored = window.ws.store.decision("c-001")
    assert stored == Decision(
        "c-001", "hire", date(2026, 12, 1), "Орлов П. П.", "испытательный срок 3 месяца", 95000
    )
    qtbot.waitUntil(lambda: cell(window, "c-001", CandidateTableModel.DECISION) != "")
    assert (
        cell(window, "c-001", CandidateTableModel.DECISION) == "promote, 1 Dec 2026"
    )  # the date as English writes it
    assert cell(window, "c-002", CandidateTableModel.DECISION) == ""
    assert page.decision_line.text() == "Decision: promote · 1 Dec 2026 · decided by Орлов П. П."
    assert page.outcomes_button.isEnabled()
    # The filter: "hire / promote" leaves one; "no decision" the other three.
    decisions = window.candidates.decision_filter
    decisions.setCurrentIndex(decisions.findData("hire"))
    assert window.candidates.model.visible_ids() == ["c-001"]
    decisions.setCurrentIndex(decisions.findData("none"))
    assert sorted(window.candidates.model.visible_ids()) == ["c-002", "c-003", "c-004"]
    # And the history has it.
    fields = [h["field"] for h in window.ws.store.history("c-001") if h["entity"] == "decision"]
    assert fields == ["*"]


def test_outcomes_are_recorded_for_someone_hired(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.ws.decide(Decision("c-003", "hire", date(2026, 12, 1), "Орлов П. П."))
    window.events.candidate("c-003")
    window.candidates.select("c-003")
    seen: dict[str, Any] = {}

    def fill(dialog: OutcomeDialog) -> int:
        dialog.probation.setCurrentIndex(dialog.probation.findData(True))
        dialog.perf12.setCurrentIndex(dialog.perf12.findData(4))
        seen["level"] = dialog.perf12.currentText()
        type_text(qtbot, dialog.perf12_by, "Кузнецов Д. С.")
        dialog.left.setCurrentIndex(dialog.left.findData("own"))
        assert ok_enabled(dialog)
        # "—" until a date is given; the first step up is the decision's day (it was 2 Jan 2000),
        # and a probation ending before the decision is refused where it is typed.
        shown = dialog.probation_date
        assert shown.text() == "—"
        # the field's floor, shown as "—", is the day before: its first step is the decision's day
        assert shown.minimumDate() == QDate(2026, 11, 30) == shown.date()
        shown.setDate(QDate(2026, 11, 30))  # "—": still no date
        assert ok_enabled(dialog)
        seen["before"] = dialog.values().probation_date
        dialog.probation_date.setMinimumDate(QDate(2000, 1, 1))  # as if typed past the limit
        shown.setDate(QDate(2026, 10, 1))
        assert not ok_enabled(dialog)
        assert "cannot end before the decision to hire (1 Dec 2026)" in " ".join(
            lb.text() for lb in dialog.findChildren(QLabel)
        )
        shown.setDate(QDate(2026, 11, 30))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OutcomeDialog, "exec", fill)
    page = window.candidates.page
    assert page.outcomes_button.isEnabled()
    qtbot.mouseClick(page.outcomes_button, Qt.MouseButton.LeftButton)
    assert seen == {"level": "4 — Strong", "before": None}
    o = window.ws.store.outcome("c-003")
    assert o is not None
    assert (o.probation_passed, o.performance_12m, o.performance_12m_by) == (
        True,
        4,
        "Кузнецов Д. С.",
    )
    assert (o.left_12m, o.left_reason, o.probation_date) == (True, "own", None)
    # Someone not hired has no Outcomes button.
    window.candidates.select("c-002")
    assert not page.outcomes_button.isEnabled()


def test_the_validity_tab_answers_with_n_and_the_interval(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path
) -> None:
    db = tmp_path / "pool.db"
    fits = hire_pool(db, framework, 30, seed=3)
    level = rising(fits)
    record(db, framework, {cid: level(cid) for cid in fits})
    with Store.open(db) as store:
        win = MainWindow(make_context(store, framework, root))
        qtbot.addWidget(win)
        win.show()
        wait_for_scores(qtbot, win)
        tab = win.validity
        with qtbot.waitSignal(tab.computed, timeout=30000):
            win.tabs.setCurrentWidget(win._validity_tab)  # built when first opened
        assert tab.answer.text().startswith("Higher fit went with better 12-month performance")
        model = tab.correlations
        first = [model.index(0, c).data() for c in range(5)]
        report = tab.report
        assert report is not None and report.validity.fit.rho is not None
        low, high = report.validity.fit.interval95 or (0, 0)
        assert first == [
            "Fit index",
            "30",
            f"{report.validity.fit.rho:.2f}",
            f"{low:.2f} to {high:.2f}",
            "predicts: higher fit, better performance",
        ]
        # The fit, then each group the kam profile rates (4 of the 5: not leadership).
        kam = {framework.competency(t.competency).group for t in framework.profile("kam").targets}
        assert model.rowCount() == 1 + len(kam) == 5
        win.close()


def test_below_the_floor_the_tab_says_how_many_are_needed(qtbot: QtBot, window: MainWindow) -> None:
    window.ws.decide(Decision("c-003", "hire", date(2026, 12, 1), "Орлов"))
    from kamassess.decisions.model import OutcomeRecord

    window.ws.record_outcome(OutcomeRecord("c-003", performance_12m=4, probation_passed=True))
    window.events.everything()
    tab = window.validity
    with qtbot.waitSignal(tab.computed, timeout=30000):
        window.tabs.setCurrentWidget(window._validity_tab)
    assert tab.answer.text() == "Not enough outcomes yet (1 of 10 needed): no correlation is shown."
    assert [tab.correlations.index(0, c).data() for c in (1, 2, 3)] == ["1", "—", "—"]
    assert tab.rates.index(0, 1).data() == "1 of 1 (100\xa0%)"  # a no-break space before %


def test_the_banner_lists_who_is_due_and_deletes_them_everywhere(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "data" / "hr.db"
    from tests.core.conftest import run_cli

    assert run_cli("--db", str(db), "demo")[0] == 0
    with Workspace.open(db, framework=framework, user="t") as ws:
        ws.decide(Decision("c-002", "reject", date(2025, 1, 10), "Орлов"))
        ws.auto_backup()  # a backup that holds him
        evidence = next(
            r.evidence for a in ws.store.assessments("c-002") for r in a.ratings if r.evidence
        )
    with Store.open(db) as store:
        win = MainWindow(make_context(store, framework, root))
        qtbot.addWidget(win)
        win.show()
        wait_for_scores(qtbot, win)
        banner = win.retention
        qtbot.waitUntil(banner.isVisible)  # counted in the background
        held = store.assessments("c-002")[0].id
        win.candidates.open_assessment(held)  # his rating window, open while he is deleted
        assert banner.label.text() == (
            "1 candidate is due for deletion under the retention policy (6 months after the "
            "decision)."
        )
        messages: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))

        def review(dialog: RetentionDialog) -> int:
            model = dialog.model
            assert [model.index(0, c).data() for c in range(4)] == [
                "Морозов Игорь Олегович",
                "c-002",
                "external",
                "reject on 10 Jan 2025; due for deletion since 10 Jul 2025",
            ]
            assert dialog.selected_ids() == ["c-002"]
            qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(messages), timeout=30000)
            return QDialog.DialogCode.Rejected

        monkeypatch.setattr(RetentionDialog, "exec", review)
        review_button = banner.findChild(QPushButton, "retentionReview")
        assert review_button is not None
        qtbot.mouseClick(review_button, Qt.MouseButton.LeftButton)
        assert messages[0].startswith("Deleted 1 candidate from the database")
        qtbot.waitUntil(lambda: not banner.isVisible())
        qtbot.waitUntil(lambda: held not in win.candidates.rating_windows)
        qtbot.waitUntil(lambda: win.candidates.model.total == 3)
        assert "c-002" not in store.candidate_ids()
        win.close()
    for path in (p for p in db.parent.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        assert "Морозов Игорь Олегович".encode() not in raw and evidence.encode() not in raw, path


def test_consent_in_the_candidate_form(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: CandidateDialog) -> int:
        qtbot.keyClicks(dialog.consent, "31.01.2026")
        seen["error"] = dialog.problems.text()  # the touched field's problem, below the form
        seen["marked"] = dialog.consent.toolTip()
        dialog.consent.clear()
        qtbot.keyClicks(dialog.consent, "2026-01-31")
        assert dialog.validate()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CandidateDialog, "exec", fill)
    window.candidates.select("c-003")  # external
    window.candidates.edit_candidate()
    assert seen == {
        "error": "Consent to keep the data until: expected a date as YYYY-MM-DD",
        "marked": "expected a date as YYYY-MM-DD",
    }
    assert window.ws.store.candidate("c-003").consent_until == date(2026, 1, 31)
    # The banner counts again once the saves pause: the consent ran out, so c-003 is due.
    qtbot.waitUntil(lambda: window.retention.isVisible() and window.retention.count == 1)


def test_the_candidates_own_data_and_an_anonymised_bundle_from_the_menus(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "own.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    done: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: done.append(self.text()) or 0)
    window.candidates.select("c-004")
    window.decisions.subject_access("c-004")
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert str(target) in done[0] and target.with_suffix(".json").exists()
    anon = tmp_path / "anon.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(anon), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.decisions.export_anonymised()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    raw = anon.read_text(encoding="utf-8")
    assert "Волков" not in raw and json.loads(raw)["candidates"][0]["name"] == "Candidate A"


def test_the_retention_count_is_made_off_the_gui_thread_and_the_newest_shows(
    qtbot: QtBot, ui_store: Store, framework: Framework, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting who is due reads every candidate and decision (0.8 s for 50,000), at the start
    and after every run of saves: never on the GUI thread, and an older count never shows."""
    import threading

    from ui.retention import RetentionBanner

    counted: list[str] = []
    real = Workspace.due_for_deletion

    def due(ws: Workspace, today: date | None = None) -> list[Any]:
        counted.append(threading.current_thread().name)
        return real(ws, today)

    monkeypatch.setattr(Workspace, "due_for_deletion", due)
    win = MainWindow(make_context(ui_store, framework, root))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(counted))
    assert threading.main_thread().name not in counted
    banner: RetentionBanner = win.retention
    shown: list[int] = []
    monkeypatch.setattr(banner, "_show", shown.append)
    banner.refresh()
    banner.refresh()  # the first count is superseded before it is in
    qtbot.waitUntil(lambda: len(counted) >= 3)
    qtbot.wait(200)
    assert len(shown) == 1  # only the newest count was shown
    banner.stop()
    banner.refresh()
    qtbot.waitUntil(lambda: len(counted) >= 4)
    qtbot.wait(200)
    assert len(shown) == 1  # a closing window shows no count
    win.close()
