"""Issue 14, wording: two checkboxes that mean different things say so in both languages, a
candidate whose only assessment is a draft reads "draft", a final level is plain to see."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store.sqlite import Store
from tests.ui.conftest import make_context, wait_for_scores
from ui.main_window import MainWindow
from ui.models import CandidateTableModel


@pytest.fixture
def russian(
    qtbot: QtBot, ui_store: Store, framework: Framework, root: Path
) -> Iterator[MainWindow]:
    from ui.app import install_translators
    from ui.identity import KEY
    from ui.settings import settings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings().setValue(KEY, "tester")
    install_translators(app, "ru")
    win = MainWindow(make_context(ui_store, framework, root, "ru"))
    qtbot.addWidget(win)
    win.show()
    wait_for_scores(qtbot, win)
    yield win
    install_translators(app, "en")


def test_the_two_drafts_checkboxes_are_named_for_what_they_do(
    window: MainWindow, russian: MainWindow
) -> None:
    for win in (window, russian):
        list_filter = win.candidates.drafts_filter.text()
        page_option = win.candidates.page.drafts.text()
        assert list_filter != page_option
    assert russian.candidates.drafts_filter.text() == "Только с черновиками"
    assert russian.candidates.page.drafts.text() == "Учитывать черновики в результате"


def add_draft_only(store: Store, framework: Framework) -> None:
    """A candidate rated on every competency by Петрова, not finalised."""
    store.save_candidate(Candidate("c-300", "Черновой Кандидат", "external", "kam"), "t")
    aid = store.create_assessment(
        "c-300", "Петрова А. В.", "hr", "interview", date(2026, 11, 20), framework, "t"
    )
    for target in framework.profile("kam").targets:
        store.set_rating(aid, target.competency, 3, "", "t")


def test_a_complete_draft_reads_draft_not_not_assessed(
    qtbot: QtBot, window: MainWindow, framework: Framework
) -> None:
    add_draft_only(window.ws.store, framework)
    cands = window.candidates
    cands.reload()
    wait_for_scores(qtbot, window)
    row = cands.model.row_of("c-300")
    assert row is not None
    assert cands.model.index(row, CandidateTableModel.VERDICT).data() == "draft"
    cands.select("c-300")
    headline = cands.page.result.headline.text()
    assert "Draft only" in headline and "Not assessed" not in headline
    cands.page.drafts.setChecked(True)  # counted: the draft's own result is shown
    assert "/ 100" in cands.page.result.headline.text()


def test_a_final_assessments_chosen_level_is_bold_and_readable(window: MainWindow) -> None:
    store = window.ws.store
    final = next(a for a in store.assessments("c-001") if a.status == "final")
    rating = window.candidates.open_assessment(final.id)
    assert rating is not None
    card = rating.cards[0]
    level = card.level()
    assert level is not None
    chosen = card.buttons[level]
    other = card.buttons[1 if level != 1 else 2]
    assert not chosen.isEnabled() and chosen.isChecked()  # locked, still the chosen one
    # what the eye sees: the chosen level drawn darker than the disabled others
    image, plain = chosen.grab().toImage(), other.grab().toImage()

    def darkest(img: object) -> int:
        from PySide6.QtGui import QImage

        assert isinstance(img, QImage)
        return min(
            img.pixelColor(x, y).lightness()
            for x in range(20, img.width())
            for y in range(img.height())
        )

    assert darkest(image) < darkest(plain) - 40
    rating.close()


def test_date_fields_read_as_each_language_writes_dates(
    window: MainWindow,
    russian: MainWindow,
    ui_store: Store,
    framework: Framework,
) -> None:
    """The rating window's date, like the list and the reports: 27.11.2026 in Russian and
    27 Nov 2026 in English (never 2026-11-27)."""
    import re

    day = date(2026, 11, 7)
    for win, expected in ((russian, "07.11.2026"), (window, "7 Nov 2026")):
        aid = ui_store.create_assessment(
            "c-003", f"t-{win.ws.lang}", "hr", "interview", day, framework, "t"
        )
        rating = win.candidates.open_assessment(aid)
        assert rating is not None
        assert rating.date.text() == expected
        assert not re.search(r"\d{4}-\d{2}-\d{2}", rating.date.text())
        rating.close()
