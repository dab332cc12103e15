"""The window on a real server: each role sees and may do what the server allows, other users'
changes appear without a restart, and a server restarted mid-session loses nothing typed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.demo import bundle as demo_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store.base import Store
from kamassess.workspace import Workspace
from tests.pgcluster import PASSWORD, Cluster
from ui.main_window import MainWindow

from .conftest import type_text, wait_for_scores


@pytest.fixture
def server(pg_cluster: Cluster, pg_db: str, framework: Framework) -> Iterator[Callable[[str], str]]:
    """The demo set on a fresh server database, c-001 and c-002 assigned to Boris; url(login)."""
    hr = Store.open(pg_cluster.url("hr_anna", PASSWORD, pg_db))
    text = json.dumps(demo_bundle(), ensure_ascii=False)
    import_bundle(hr, framework, parse_bundle(text, "demo", framework, hr), "hr_anna")
    for cid in ("c-001", "c-002"):
        hr.assign(cid, "as_boris")  # type: ignore[attr-defined]
    hr.close()
    yield lambda login: pg_cluster.url(login, PASSWORD, pg_db)


def open_as(qtbot: QtBot, url: str, framework: Framework, root: Path) -> MainWindow:
    store = Store.open(url)
    store.set_busy_timeout(0.5)
    win = MainWindow(Workspace(store, framework, root / "competencies.yaml", "en"))
    qtbot.addWidget(win)
    win.show()
    wait_for_scores(qtbot, win)
    return win


def enabled(win: MainWindow, name: str) -> bool:
    action = win.findChild(QAction, name)
    assert action is not None, name
    return action.isEnabled() and action.isVisible()


def test_each_role_is_offered_only_what_the_server_allows(
    qtbot: QtBot, server: Callable[[str], str], framework: Framework, root: Path
) -> None:
    hr = open_as(qtbot, server("hr_anna"), framework, root)
    boris = open_as(qtbot, server("as_boris"), framework, root)
    gleb = open_as(qtbot, server("dir_gleb"), framework, root)
    assert "hr_anna@127.0.0.1" in hr.windowTitle() and hr.windowTitle().endswith("HR")
    assert boris.windowTitle().endswith("assessor") and gleb.windowTitle().endswith("director")
    actions = ("actionImport", "actionNewCandidate", "actionDeleteCandidate", "actionAssign")
    assert [enabled(hr, a) for a in (*actions, "actionNewAssessment")] == [True] * 5
    assert [enabled(boris, a) for a in actions] == [False] * 4
    assert enabled(boris, "actionNewAssessment")
    assert not any(enabled(gleb, a) for a in (*actions, "actionNewAssessment"))
    assert not enabled(hr, "actionBackup")  # the server's backups are the DBA's
    # Boris's list holds the two candidates assigned to him, and nothing of the other two.
    assert sorted(boris.candidates.model.visible_ids()) == ["c-001", "c-002"]
    assert len(hr.candidates.model.visible_ids()) == 4
    # The director's page offers no new assessment and opens a final one without a form to change.
    gleb.candidates.select("c-001")
    assert not gleb.candidates.page.new_button.isEnabled()
    final = next(a for a in gleb.ws.store.assessments("c-001") if a.status == "final")
    rating = gleb.candidates.open_assessment(final.id)
    qtbot.addWidget(rating)
    assert not rating.assessor.isEnabled() and not rating.finalise_button.isVisible()
    assert all(card.evidence.isReadOnly() for card in rating.cards)


def test_hr_assigns_an_assessor_from_the_window(
    qtbot: QtBot,
    server: Callable[[str], str],
    framework: Framework,
    root: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hr = open_as(qtbot, server("hr_anna"), framework, root)
    boris = open_as(qtbot, server("as_boris"), framework, root)
    hr.candidates.select("c-003")
    from ui import server_dialogs

    seen: dict[str, object] = {}

    def tick_vera_and_boris(dialog: server_dialogs.AssignDialog) -> int:
        model = dialog.model
        seen["offered"] = [model.item(i).text() for i in range(model.rowCount())]
        for i in range(model.rowCount()):
            model.item(i).setCheckState(server_dialogs.Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(server_dialogs.AssignDialog, "exec", tick_vera_and_boris)
    hr.candidates.panel_actions.assign()
    offered = seen["offered"]
    assert isinstance(offered, list) and {"as_boris", "as_vera"} <= set(offered)
    assert "hr_anna" not in offered and "dir_gleb" not in offered  # assessors only
    # Boris's window hears of it and lists the new candidate without being restarted.
    qtbot.waitUntil(lambda: "c-003" in boris.candidates.model.visible_ids(), timeout=10000)


def test_other_users_changes_appear_without_a_restart(
    qtbot: QtBot, server: Callable[[str], str], framework: Framework, root: Path
) -> None:
    win = open_as(qtbot, server("hr_anna"), framework, root)
    other = Store.open(server("hr_anna"))  # another desktop of the team
    other.save_candidate(Candidate("c-100", "Новикова Е. А.", "external", "kam"), "")
    qtbot.waitUntil(lambda: "c-100" in win.candidates.model.visible_ids(), timeout=10000)
    win.candidates.select("c-100")
    aid = other.create_assessment(
        "c-100", "Орлов", "hr", "interview", date(2026, 3, 1), framework, ""
    )
    qtbot.waitUntil(lambda: win.candidates.page.model.columnCount() >= 2, timeout=10000)
    assert aid in [a.id for a in win.ws.store.assessments("c-100")]
    other.close()


def test_a_server_restarted_mid_session_loses_nothing_typed(
    qtbot: QtBot,
    server: Callable[[str], str],
    pg_cluster: Cluster,
    framework: Framework,
    root: Path,
) -> None:
    boris = open_as(qtbot, server("as_boris"), framework, root)
    aid = boris.ws.create_assessment("c-001", "Борис", "team_lead", "interview", date(2026, 3, 2))
    rating = boris.candidates.open_assessment(aid)
    qtbot.addWidget(rating)
    first, second = rating.cards[0], rating.cards[1]
    qtbot.keyClick(first, "4")
    assert rating.saved_note.text() == "saved"
    pg_cluster.stop()
    try:
        qtbot.keyClick(second, "3")
        second.evidence.setFocus()
        type_text(qtbot, second.evidence, "Провёл переговоры с главным инженером")
        second.flush()
        assert "not saved yet: the server cannot be reached" in rating.saved_note.text()
        assert second.evidence.toPlainText() == "Провёл переговоры с главным инженером"
        assert second.level() == 3
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: rating.saved_note.text() == "saved", timeout=15000)
    with Store.open(server("as_boris")) as check:
        stored = {r.competency: (r.level, r.evidence) for r in check.assessment(aid).ratings}
    assert stored[first.comp.id] == (4, "")
    assert stored[second.comp.id] == (3, "Провёл переговоры с главным инженером")
    # The window's change notifications come back by themselves, too.
    events = boris.server_events
    assert events is not None
    qtbot.waitUntil(lambda: events.connected, timeout=15000)
    # A restart between two saves (pg_ctl restart) is not even noticed: the dropped connection
    # is replaced before the next save begins.
    pg_cluster.restart()
    third = rating.cards[2]
    qtbot.keyClick(third, "5")
    assert rating.saved_note.text() == "saved"
    with Store.open(server("as_boris")) as check:
        levels = {r.competency: r.level for r in check.assessment(aid).ratings}
    assert levels[third.comp.id] == 5


def test_connecting_to_a_server_shows_its_list_not_the_files_search(
    qtbot: QtBot, server: Callable[[str], str], ui_store: Store, framework: Framework, root: Path
) -> None:
    # A language switch keeps the search and the selection (the same data); connecting to
    # another database does not carry them over: the server's list is shown whole.
    from PySide6.QtWidgets import QApplication

    from ui.app import Application

    from .conftest import make_context

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    application = Application(app, make_context(ui_store, framework, root))
    desk = application.show(offer_demo=False)
    wait_for_scores(qtbot, desk)
    type_text(qtbot, desk.candidates.search, "мария")
    desk.candidates.select("c-003")
    assert application.connect_to_server(server("as_boris"))
    win = application.window
    assert win is not None and win is not desk
    qtbot.addWidget(win)
    wait_for_scores(qtbot, win)
    assert win.candidates.search.text() == ""
    assert sorted(win.candidates.model.visible_ids()) == ["c-001", "c-002"]  # Boris's two
    assert win.candidates.current_id() != "c-003"
    win.close()
