"""The candidate list's search narrows only the rows shown while the user types on (at 50,000
candidates a keystroke searched every row in 100 ms): whatever the order of keystrokes, other
filters, new rows and sorting, it must show exactly the rows a plain filter of every row shows."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamassess.framework.model import Framework
from kamassess.model import Candidate, CandidateSummary
from ui.main_window import MainWindow
from ui.models import CandidateTableModel as M
from ui.models import ListScore

NAMES = ["Смирнов Иван", "Смирнова Анна", "Попов Иван", "Попова Анна", "Иванов Пётр", "Ёлкин Ян"]


def people(n: int, seed: int) -> list[CandidateSummary]:
    rnd = random.Random(seed)
    return [
        CandidateSummary(
            Candidate(
                id=f"c-{i:04d}",
                name=f"{rnd.choice(NAMES)} {i}",
                kind=rnd.choice(["internal", "external"]),  # type: ignore[arg-type]
                profile=rnd.choice(["kam", "kam_team_lead"]),
                employer=rnd.choice([None, "ООО «Тепло»", "Климат-Сервис"]),
            ),
            final_assessments=1,
            drafts=rnd.choice([0, 0, 1]),
            last_assessed=None,
        )
        for i in range(n)
    ]


def plain(model: M, text: str, kind: str | None, drafts_only: bool) -> list[str]:
    """Every row, filtered the obvious way, in the model's order."""
    words = text.strip().casefold().split()
    out = []
    for r in model.all_rows:
        c = r.candidate
        hay = " ".join(x for x in (c.name, c.id, c.current_role, c.employer, c.region) if x)
        matches = all(w in hay.casefold() for w in words)
        if matches and (kind is None or c.kind == kind) and (not drafts_only or r.drafts):
            out.append(c.id)
    return out


def test_typing_backspacing_and_filtering_show_what_a_plain_filter_shows(
    qtbot: QtBot, framework: Framework
) -> None:
    model = M(framework, "ru")
    model.set_rows(people(400, seed=1))
    rnd = random.Random(7)
    text, kind, drafts_only = "", None, False
    steps = 0
    typed = ("смирнова анна 1", "ПОПОВ", "иван 3", "ёлкин", "тепло смир", "c-01")
    for word in typed:
        for ch in word:  # typed on, with a slip now and then
            text += ch
            model.set_filters(text=text)
            assert model.visible_ids() == plain(model, text, kind, drafts_only), text
            if rnd.random() < 0.2:
                text = text[:-1]  # backspace: the list grows again
                model.set_filters(text=text)
                assert model.visible_ids() == plain(model, text, kind, drafts_only), text
            if rnd.random() < 0.1:
                kind = rnd.choice([None, "internal", "external"])
                model.set_filters(kind=kind)
            if rnd.random() < 0.1:
                drafts_only = not drafts_only
                model.set_filters(drafts_only=drafts_only)
            if rnd.random() < 0.05:
                model.sort(M.NAME, rnd.choice(list(Qt.SortOrder)))
            if rnd.random() < 0.05:  # the list reloaded: other people
                model.set_rows(people(400, seed=rnd.randrange(100)))
            assert model.visible_ids() == plain(model, text, kind, drafts_only), text
            steps += 1
        text = ""
        model.set_filters(text=text)
        assert model.rowCount() == len(plain(model, "", kind, drafts_only))
    assert steps == sum(map(len, typed))


def test_a_narrowed_list_still_follows_the_scores(qtbot: QtBot, framework: Framework) -> None:
    """The verdict filter depends on scores that arrive later: typing on after they changed
    must not keep a row whose verdict no longer passes."""
    model = M(framework, "ru")
    rows = people(50, seed=3)
    model.set_rows(rows)
    ids = [r.candidate.id for r in rows]
    model.set_scores({cid: ListScore(90.0, "recommend", 1.0, 2) for cid in ids})
    model.set_filters(verdict="recommend", text="смир")
    before = model.visible_ids()
    assert before
    model.set_scores({cid: ListScore(50.0, "not_recommended", 1.0, 2) for cid in ids})
    model.set_filters(text="смирн")
    assert model.visible_ids() == []


def test_after_a_change_the_list_is_read_off_the_gui_thread_and_the_newest_read_wins(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save refreshes the list once the saves pause; reading 50,000 candidates takes over a
    second, so it is read in the background — and an older read never overwrites a newer one."""
    import threading
    from dataclasses import replace

    from kamassess.store.base import Store

    cands = window.candidates
    cands.select("c-001")
    readers: list[str] = []
    real = Store.candidate_summaries

    def summaries(store: Store) -> list[CandidateSummary]:
        readers.append(threading.current_thread().name)
        return real(store)

    monkeypatch.setattr(Store, "candidate_summaries", summaries)
    store = window.ws.store
    for name in ("Первое Имя", "Второе Имя"):  # two changes; the list reads twice
        store.save_candidate(replace(store.candidate("c-001"), name=name), "test")
        cands._reload_in_background()
    qtbot.waitUntil(lambda: "Второе Имя" in names(cands), timeout=10000)
    qtbot.wait(200)  # the older read, had it come back last, would show here
    assert "Второе Имя" in names(cands) and "Первое Имя" not in names(cands)
    assert readers and threading.main_thread().name not in readers
    assert cands.current_id() == "c-001"  # the selection stays on the person
    # A change saved elsewhere comes through the events, after the saves pause.
    store.save_candidate(replace(store.candidate("c-001"), name="Третье Имя"), "test")
    window.events.changed.emit("c-001")
    qtbot.waitUntil(lambda: "Третье Имя" in names(cands), timeout=10000)
    assert threading.main_thread().name not in readers


def names(cands: object) -> list[str]:
    model = cands.model  # type: ignore[attr-defined]
    return [str(model.index(r, M.NAME).data()) for r in range(model.rowCount())]


def test_a_selection_of_several_stays_when_the_list_refreshes(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Candidates chosen for Compare (Ctrl-click) stayed one after any save refreshed the list."""
    from dataclasses import replace

    from PySide6.QtCore import QItemSelectionModel

    cands = window.candidates
    ids = cands.model.visible_ids()[:3]
    cands.select(ids[0])
    chosen = cands.table.selectionModel()
    for cid in ids[1:]:
        row = cands.model.row_of(cid)
        assert row is not None
        chosen.select(
            cands.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert cands.selected_ids() == ids
    store = window.ws.store
    store.save_candidate(replace(store.candidate(ids[1]), name="Аааа Новое Имя"), "test")
    window.events.changed.emit(ids[1])  # the list reads again once the saves pause
    qtbot.waitUntil(lambda: "Аааа Новое Имя" in names(cands), timeout=10000)
    assert sorted(cands.selected_ids()) == sorted(ids) and cands.current_id() == ids[0]
