"""Deleting a draft and withdrawing a final assessment (with its reason), on a file and on a
server: the ratings go, the history says whose it was and why; the history reads in words."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kamassess.framework.model import Framework
from kamassess.i18n.history_words import history_entries
from kamassess.store.errors import AssessmentFinal
from kamassess.store.sqlite import Store

from .conftest import BOTH_ENGINES, add_candidate, rate_all

ENGINES = BOTH_ENGINES


def test_a_draft_is_deleted_with_its_ratings_and_the_history_says_whose(
    store: Store, framework: Framework
) -> None:
    add_candidate(store)
    kept = rate_all(store, framework, "c-1", 3)
    draft = rate_all(store, framework, "c-1", 4, assessor="Орлов", final=False)
    before = store.counts()
    store.delete_assessment(draft, "hr")
    after = store.counts()
    assert [a.id for a in store.assessments("c-1")] == [kept]
    # every rating of the draft went (one per competency), the kept one's stayed
    assert before["ratings"] - after["ratings"] == len(framework.competencies)
    entry = store.history("c-1")[-1]
    assert (entry["entity"], entry["field"], entry["old"]) == ("assessment", "*", "deleted")
    assert entry["new"] == {"assessor": "Орлов", "method": "interview", "date": "2026-11-20"}
    assert entry["actor"] == "hr"


def test_a_final_assessment_goes_only_withdrawn_with_a_reason(
    store: Store, framework: Framework
) -> None:
    add_candidate(store)
    final = rate_all(store, framework, "c-1", 3)
    with pytest.raises(AssessmentFinal):
        store.delete_assessment(final, "hr")
    with pytest.raises(AssessmentFinal):
        store.delete_assessment(final, "hr", "   ")
    assert store.assessment(final).status == "final"  # nothing changed
    store.delete_assessment(final, "hr", "оценщик не видел кандидата лично")
    assert store.assessments("c-1") == []
    reopened, deleted = store.history("c-1")[-2:]
    assert reopened["new"] == {"status": "draft", "reason": "оценщик не видел кандидата лично"}
    assert deleted["new"]["reason"] == "оценщик не видел кандидата лично"


def test_the_history_in_words_newest_first(store: Store, framework: Framework) -> None:
    add_candidate(store)
    aid = rate_all(store, framework, "c-1", 3, day=date(2026, 11, 20))
    store.reopen(aid, "director", "новые данные")
    store.delete_assessment(aid, "hr")
    ru = history_entries(store.history("c-1"), framework, "ru")
    en = history_entries(store.history("c-1"), framework, "en")
    assert ru[0].text == f"оценка № {aid} (Петрова, интервью, 20.11.2026) удалена"
    assert en[0].text == f"assessment no. {aid} (Петрова, interview, 20 Nov 2026) deleted"
    assert en[1].text == f"assessment no. {aid} reopened: новые данные"
    assert en[1].actor == "director" and en[0].actor == "hr"
    # when: today, in the local time zone, as each language writes a date
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d", en[0].when)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", ru[0].when)


def test_history_dates_read_as_each_language_writes_them(framework: Framework) -> None:
    """A changed assessment date and a recorded decision's date, in the history's words: never
    the stored 2026-11-20."""
    from kamassess.i18n.history_words import history_line

    moved = {"entity": "assessment", "entity_key": "11", "field": "date"}
    moved |= {"old": "2026-11-27", "new": "2026-11-20", "candidate": "c-1"}
    decided = {"entity": "decision", "entity_key": "c-1", "field": "*", "old": None}
    decided |= {"new": {"decision": "hire", "date": "2026-09-15", "decided_by": "Орлов"}}
    decided |= {"candidate": "c-1"}
    assert history_line(moved, framework, "ru").endswith("было 27.11.2026, стало 20.11.2026")
    assert "27 Nov 2026" in history_line(moved, framework, "en")
    assert "Date: 15 Sep 2026" in history_line(decided, framework, "en")
    assert "Дата: 15.09.2026" in history_line(decided, framework, "ru")
