"""A proposed candidate id follows the pattern the database already uses (on a file and on a
server: the rule is in the engine-neutral store)."""

from __future__ import annotations

from kamassess.model import Candidate
from kamassess.store.base import Store

from .conftest import BOTH_ENGINES

ENGINES = BOTH_ENGINES


def _with(store: Store, ids: list[str]) -> Store:
    for cid in ids:
        store.add_candidate(Candidate(cid, f"Person {cid}", "internal", "kam"), "test")
    return store


def test_an_empty_database_starts_at_c_0001(store: Store) -> None:
    assert _with(store, []).next_candidate_id() == "c-0001"


def test_the_most_common_pattern_continues_after_its_highest_number(store: Store) -> None:
    # three HR-dddd ids (highest 42), one c-ddd id and one without a number
    _with(store, ["HR-0007", "HR-0042", "HR-0010", "c-001", "Ivanov"])
    assert store.next_candidate_id() == "HR-0043"  # 42 + 1, four digits kept


def test_a_gap_is_not_refilled_and_a_taken_next_is_skipped(store: Store) -> None:
    _with(store, ["c-001", "c-002", "c-005"])
    assert store.next_candidate_id() == "c-006"  # after the highest, not the gap at 3


def test_padding_grows_when_the_numbers_do(store: Store) -> None:
    _with(store, ["A99", "A98"])
    assert store.next_candidate_id() == "A100"  # width 2 is a minimum, not a cap
