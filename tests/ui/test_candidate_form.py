"""The candidate form as its user meets it: problems of the fields already touched, in one
place below the form, the fields never moving; OK never greyed out without a reason shown."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kamassess.framework.model import Framework
from ui.candidate_dialog import CandidateDialog

from .conftest import type_text


def _ok(dialog: CandidateDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_fresh_form_shows_no_problems_and_ok_shows_them(
    qtbot: QtBot, framework: Framework
) -> None:
    dialog = CandidateDialog(framework, "en", set(), new_id="c-0001")
    qtbot.addWidget(dialog)
    dialog.show()
    # the name is required, but nobody has typed yet: nothing red, OK pressable
    assert dialog.problems.text() == ""
    assert dialog.name_edit.styleSheet() == ""
    assert _ok(dialog).isEnabled()
    _ok(dialog).click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.problems.text() == "Full name: must not be empty"
    assert "border" in dialog.name_edit.styleSheet()
    assert not _ok(dialog).isEnabled()  # now the reason is on screen


def test_typing_a_bad_value_marks_that_field_only_and_nothing_moves(
    qtbot: QtBot, framework: Framework
) -> None:
    dialog = CandidateDialog(framework, "en", set(), new_id="c-0001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = {name: w.geometry() for name, w in dialog.widgets.items()}
    qtbot.keyClicks(dialog.tenure, "abc")
    assert dialog.problems.text() == "Tenure: expected a number"
    assert "Full name" not in dialog.problems.text()  # untouched, even though empty
    assert dialog.tenure.toolTip() == "expected a number"
    assert {name: w.geometry() for name, w in dialog.widgets.items()} == before
    dialog.tenure.clear()
    qtbot.keyClicks(dialog.tenure, "3")
    assert dialog.problems.text() == ""
    assert dialog.tenure.styleSheet() == ""


def test_a_share_typed_with_a_percent_sign_is_accepted(qtbot: QtBot, framework: Framework) -> None:
    dialog = CandidateDialog(framework, "en", set(), new_id="c-0001")
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "Orlov Ivan")
    qtbot.keyClicks(dialog.overlap, "35 %")
    assert dialog.validate()
    assert dialog.result_candidate is not None
    assert dialog.result_candidate.client_overlap == 0.35  # 35 / 100
    dialog.overlap.clear()
    qtbot.keyClicks(dialog.overlap, "135")
    assert not dialog.validate()
    assert dialog.problems.text() == "Our key clients they work with: a share from 0 to 100 %"
