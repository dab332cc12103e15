"""The candidate list's search narrows only the rows shown while the user types on (at 50,000
candidates a keystroke searched every row in 100 ms): whatever the order of keystrokes, other
filters, new rows and sorting, it must show exactly the rows a plain filter of every row shows."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamassess.framework.model import Framework
from kamassess.model import Candidate, CandidateSummary
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
        if all(w in hay.casefold() for w in words) and (kind is None or c.kind == kind):
            if not drafts_only or r.drafts:
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
