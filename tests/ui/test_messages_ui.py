"""What the window says when something goes wrong: sentences, short file names."""

from __future__ import annotations

import errno
from pathlib import Path

from kamassess.i18n.messages import Message
from kamassess.outputs import OutputRefused
from ui.errors import error_text, short_path


def test_a_long_path_keeps_its_last_two_parts_and_home_is_a_tilde() -> None:
    deep = "/srv/share/HR/2026/November/key-accounts/reports/c-001-profile.pdf"
    assert short_path(deep) == "…/reports/c-001-profile.pdf"
    assert short_path(Path.home() / "x.pdf") == "~/x.pdf"
    assert short_path("/tmp/x.pdf") == "/tmp/x.pdf"  # short: kept whole


def test_an_error_is_a_capitalised_sentence_with_a_short_path() -> None:
    deep = "/srv/share/HR/2026/November/key-accounts/reports/kamassess.db"
    refused = OutputRefused(Message("out.is_database", {"path": deep}))
    text = error_text(refused, "ru")
    assert text.startswith("…/reports/kamassess.db — это сама база данных")
    denied = PermissionError(errno.EACCES, "Permission denied", deep)
    assert error_text(denied, "en") == (
        "No permission to use …/reports/kamassess.db; check its permissions or choose another place"
    )
