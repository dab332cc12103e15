"""A proposed candidate id follows the pattern the database already uses."""

from __future__ import annotations

from pathlib import Path

from kamassess.model import Candidate
from kamassess.store.sqlite import Store


def _with(tmp_path: Path, ids: list[str]) -> Store:
    store = Store.open(tmp_path / "ids.db")
    for cid in ids:
        store.add_candidate(Candidate(cid, f"Person {cid}", "internal", "kam"), "test")
    return store


def test_an_empty_database_starts_at_c_0001(tmp_path: Path) -> None:
    with _with(tmp_path, []) as store:
        assert store.next_candidate_id() == "c-0001"


def test_the_most_common_pattern_continues_after_its_highest_number(tmp_path: Path) -> None:
    # three HR-dddd ids (highest 42), one c-ddd id and one without a number
    with _with(tmp_path, ["HR-0007", "HR-0042", "HR-0010", "c-001", "Ivanov"]) as store:
        assert store.next_candidate_id() == "HR-0043"  # 42 + 1, four digits kept


def test_a_gap_is_not_refilled_and_a_taken_next_is_skipped(tmp_path: Path) -> None:
    with _with(tmp_path, ["c-001", "c-002", "c-005"]) as store:
        assert store.next_candidate_id() == "c-006"  # after the highest, not the gap at 3


def test_padding_grows_when_the_numbers_do(tmp_path: Path) -> None:
    with _with(tmp_path, ["A99", "A98"]) as store:
        assert store.next_candidate_id() == "A100"  # width 2 is a minimum, not a cap
