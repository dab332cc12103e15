"""Decisions and outcomes: recorded by the command line, kept in the history, listed, printed in
the profile, and carried by version-2 bundles (which version 1 refuses, at the line)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamassess.exchange.bundle import BundleError, read_bundle
from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store
from tests.core.conftest import add_candidate, rate_all, run_cli


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "data" / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    return db


def pdf_text(path: Path) -> str:
    """The words of a PDF, spaces of every kind made one."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def test_a_decision_is_recorded_kept_in_the_history_and_listed(demo_db: Path) -> None:
    db = str(demo_db)
    code, out, _ = run_cli(
        "--db",
        db,
        "decide",
        "--candidate",
        "c-001",
        "--decision",
        "hire",
        "--date",
        "2026-12-01",
        "--by",
        "Орлов П. П.",
        "--conditions",
        "испытательный срок 3 мес.",
        "--salary",
        "95 000",
    )
    assert code == 0
    out = out.replace("\xa0", " ")  # amounts group digits with no-break spaces
    # c-001 is internal: "hire" reads "promote"; kam's band is 60 000–80 000 RUB (2014).
    assert "decision recorded — promote, 2026-12-01" in out
    assert "95 000 RUB — above the band 60 000–80 000 RUB by 15 000" in out
    again = run_cli(
        "--db",
        db,
        "decide",
        "--candidate",
        "c-001",
        "--decision",
        "hire",
        "--date",
        "2026-12-01",
        "--by",
        "Орлов П. П.",
        "--conditions",
        "испытательный срок 3 мес.",
        "--salary",
        "95000",
    )
    assert again[0] == 0 and "nothing changed" in again[1]
    changed = run_cli(
        "--db",
        db,
        "decide",
        "--candidate",
        "c-001",
        "--decision",
        "conditional",
        "--date",
        "2026-12-01",
        "--by",
        "Орлов П. П.",
        "--conditions",
        "испытательный срок 3 мес.",
        "--salary",
        "95000",
    )
    assert changed[0] == 0 and "decision changed — now conditional" in changed[1]
    with Store.open(demo_db) as s:
        d = s.decision("c-001")
        assert d is not None
        assert (d.decision, d.date, d.decided_by, d.salary_offered) == (
            "conditional",
            date(2026, 12, 1),
            "Орлов П. П.",
            95000.0,
        )
        entries = [h for h in s.history("c-001") if h["entity"] == "decision"]
        assert [(h["field"], h["old"], h["new"]) for h in entries][1:] == [
            ("decision", "hire", "conditional")
        ]
        assert entries[0]["new"]["conditions"] == "испытательный срок 3 мес."
        listed = {r.candidate.id: r for r in s.candidate_summaries()}
        assert (listed["c-001"].decision, listed["c-001"].decided_on) == (
            "conditional",
            date(2026, 12, 1),
        )
        assert listed["c-002"].decision is None


def test_command_line_mistakes_have_their_exit_codes(demo_db: Path) -> None:
    db = str(demo_db)
    decide = ("--db", db, "decide", "--decision", "reject", "--by", "Орлов")
    assert run_cli(*decide, "--candidate", "nobody")[0] == 2
    assert run_cli(*decide, "--candidate", "c-002", "--date", "1.12.2026")[0] == 64
    assert run_cli(*decide, "--candidate", "c-002", "--salary", "a lot")[0] == 64
    assert run_cli("--db", db, "decide", "--candidate", "c-002", "--decision", "reject")[0] == 64
    assert run_cli(*decide, "--candidate", "c-002", "--by", " ")[0] == 1  # who decided: required
    # Outcomes belong to people hired or promoted: c-002 has no decision at all.
    code, _, err = run_cli("--db", db, "outcome", "--candidate", "c-002", "--probation", "passed")
    assert code == 1 and "has no such decision" in err
    assert run_cli("--db", db, "outcome", "--candidate", "c-002")[0] == 64  # nothing to record
    assert run_cli(*decide, "--candidate", "c-003", "--decision", "hire")[0] == 0
    code, _, err = run_cli("--db", db, "outcome", "--candidate", "c-003", "--performance-12m", "6")
    assert code == 1 and "6 is not a level of the scale (1, 2, 3, 4, 5)" in err
    with Store.open(demo_db) as s:
        assert s.outcome("c-003") is None and s.outcome("c-002") is None


def test_outcomes_are_recorded_a_field_at_a_time(demo_db: Path) -> None:
    db = str(demo_db)
    run_cli("--db", db, "decide", "--candidate", "c-003", "--decision", "hire", "--by", "Орлов")
    out = ("--db", db, "outcome", "--candidate", "c-003")
    assert run_cli(*out, "--probation", "passed", "--probation-date", "2027-03-01")[0] == 0
    assert run_cli(*out, "--performance-6m", "3", "--performance-6m-by", "Кузнецов")[0] == 0
    assert run_cli(*out, "--performance-12m", "4", "--left", "no")[0] == 0
    with Store.open(demo_db) as s:
        o = s.outcome("c-003")
    assert o is not None
    assert (o.probation_passed, o.probation_date) == (True, date(2027, 3, 1))
    assert (o.performance_6m, o.performance_6m_by, o.performance_12m) == (3, "Кузнецов", 4)
    assert (o.left_12m, o.left_reason) == (False, None)
    assert run_cli(*out, "--left", "company")[0] == 0
    with Store.open(demo_db) as s:
        o = s.outcome("c-003")
        assert o is not None and (o.left_12m, o.left_reason, o.performance_12m) == (
            True,
            "company",
            4,
        )
        fields = [h["field"] for h in s.history("c-003") if h["entity"] == "outcome"]
    assert fields == [
        "*",
        "performance_6m",
        "performance_6m_by",
        "performance_12m",
        "left_12m",
        "left_12m",
        "left_reason",
    ]


def test_the_profile_prints_the_decision_block_or_a_blank_one(demo_db: Path) -> None:
    db = str(demo_db)
    blank = demo_db.parent / "blank.pdf"
    assert (
        run_cli("--db", db, "report", "profile", "--candidate", "c-002", "--out", str(blank))[0]
        == 0
    )
    text = pdf_text(blank)
    # nothing recorded: page 1's form to decide on paper (boxes, conditions, salary, who)
    assert "Conditions" in text or "Условия" in text
    assert "Decided by (name)" in text or "Решение принял (Ф. И. О.)" in text
    run_cli(
        "--db",
        db,
        "decide",
        "--candidate",
        "c-001",
        "--decision",
        "hire",
        "--date",
        "2026-12-01",
        "--by",
        "Орлов П. П.",
        "--salary",
        "70000",
    )
    run_cli("--db", db, "outcome", "--candidate", "c-001", "--performance-12m", "4")
    pdf = demo_db.parent / "p.pdf"
    code = run_cli(
        "--db",
        db,
        "report",
        "profile",
        "--candidate",
        "c-001",
        "--out",
        str(pdf),
        "--lang",
        "en",
    )[0]
    assert code == 0
    text = pdf_text(pdf)
    assert "Decision promote · 1 Dec 2026 · decided by Орлов П. П." in text
    first = " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())
    assert "Decision promote" in first  # on page 1, where the blank form would be
    assert "70 000 RUB — within the band 60 000–80 000 RUB" in text
    assert "Performance after 12 months 4 — Strong" in text
    ru = demo_db.parent / "ru.pdf"
    run_cli(
        "--db", db, "report", "profile", "--candidate", "c-001", "--out", str(ru), "--lang", "ru"
    )
    assert "Решение повышен" in pdf_text(ru)


def test_deleting_a_candidate_takes_their_decision_and_outcomes(store: Store) -> None:
    add_candidate(store, "c-1")
    from kamassess.decisions.model import Decision, OutcomeRecord

    store.set_decision(Decision("c-1", "hire", date(2026, 1, 1), "Орлов"), "t")
    store.set_outcome(OutcomeRecord("c-1", performance_12m=3), "t")
    store.delete_candidate("c-1")
    rows = [
        store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("decisions", "outcomes")
    ]
    assert rows == [0, 0]


# -- bundles ----------------------------------------------------------------------------------


def test_version_2_bundles_carry_decisions_outcomes_and_consent(
    tmp_path: Path, framework: Framework
) -> None:
    src, dst = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(src) as s:
        add_candidate(s, "c-1", kind="external", consent_until=date(2027, 6, 30))
        add_candidate(s, "c-2")
        rate_all(s, framework, "c-1", 4)
        from kamassess.decisions.model import Decision, OutcomeRecord

        s.set_decision(Decision("c-1", "hire", date(2026, 12, 1), "Орлов", "испытание", 90000), "t")
        s.set_decision(Decision("c-2", "on_hold", date(2026, 12, 2), "Орлов"), "t")
        s.set_outcome(OutcomeRecord("c-1", True, date(2027, 3, 1), None, None, 4, "Кузнецов"), "t")
    for suffix in (".json", ".yaml"):
        bundle = tmp_path / f"out{suffix}"
        code, out, _ = run_cli("--db", str(src), "export", str(bundle))
        assert code == 0 and "with 2 decisions and 1 outcome record" in out
        if suffix == ".json":
            doc = json.loads(bundle.read_text(encoding="utf-8"))
            assert doc["version"] == 2 and doc["candidates"][0]["consent_until"] == "2027-06-30"
        target = dst.with_name(f"b{suffix}.db")
        code, out, _ = run_cli("--db", str(target), "import", str(bundle))
        assert code == 0 and "decisions: 2 added" in out and "outcomes: 1 added" in out
        with Store.open(src) as a, Store.open(target) as b:
            assert a.decisions() == b.decisions() and a.outcomes() == b.outcomes()
            assert b.candidate("c-1").consent_until == date(2027, 6, 30)
        again = run_cli("--db", str(target), "import", str(bundle))
        assert "decisions: 0 added, 0 updated, 2 unchanged" in again[1]


V1 = """\
format: kamassess-bundle
version: 1
framework: {id: kam-hvac, version: "2026.2"}
candidates:
  - id: c-1
    name: Первый
    kind: external
    profile: kam
    consent_until: 2027-01-01
decisions:
  - {candidate: c-1, decision: reject, date: 2026-12-01, decided_by: Орлов}
"""


def test_a_version_1_file_refuses_what_only_version_2_knows_at_its_line(
    tmp_path: Path, framework: Framework
) -> None:
    path = tmp_path / "v1.yaml"
    path.write_text(V1, encoding="utf-8")
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework)
    lines = info.value.render("en")
    assert lines == [
        f"{path}:9:5: candidate «Первый» › consent to keep data until: consent_until is known "
        "from bundle version 2: write version: 2 at the top of the file",
        f"{path}:10:1: decisions: decisions is known from bundle version 2: write version: 2 at "
        "the top of the file",
    ]
    path.write_text(V1.replace("version: 1", "version: 2"), encoding="utf-8")
    bundle = read_bundle(path, framework)
    assert bundle.decisions[0].decision == "reject"


def test_bundle_decisions_are_checked_against_candidates_and_each_other(
    tmp_path: Path, framework: Framework, store: Store
) -> None:
    text = """\
format: kamassess-bundle
version: 2
framework: {id: kam-hvac, version: "2026.2"}
candidates:
  - {id: c-1, name: Первый, kind: external, profile: kam}
decisions:
  - {candidate: c-1, decision: reject, date: 2026-12-01, decided_by: Орлов}
  - {candidate: c-1, decision: hire, date: 2026-12-02, decided_by: Орлов}
  - {candidate: c-9, decision: hire, date: 2026-12-02, decided_by: Орлов}
outcomes:
  - {candidate: c-1, performance_12m: 7, left_reason: own}
"""
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework, store)
    got = [line.split(": ", 1)[1] for line in info.value.render("en")]
    assert got == [
        "decision «c-1»: a second decision on the same candidate as decision no. 1 in the file",
        "decision «c-9» › candidate: candidate 'c-9', who is neither in the file nor in the "
        "database",
        # The first decision on c-1 counts: a rejection, so no outcomes.
        "outcome record «c-1» › candidate: outcomes of 'c-1', who is not hired or promoted "
        "(neither in the file nor in the database)",
        "outcome record «c-1» › performance after 12 months: 7 is not a level of the scale "
        "(1, 2, 3, 4, 5)",
        "outcome record «c-1» › reason for leaving: a reason for leaving needs left_12m: true",
    ]


def test_a_probation_cannot_end_before_the_decision(demo_db: Path) -> None:
    """The window's date field could be stepped to 2 Jan 2000 and saved; the core refuses it."""
    decide = ("decide", "--candidate", "c-003", "--decision", "hire", "--date", "2026-12-01")
    assert run_cli("--db", str(demo_db), *decide, "--by", "Орлов")[0] == 0
    early = ("--candidate", "c-003", "--probation", "passed", "--probation-date", "2026-10-01")
    code, _, err = run_cli("--db", str(demo_db), "outcome", *early)
    assert code == 1
    assert "cannot end before the decision to hire (1 Dec 2026)" in err
    with Store.open(demo_db) as s:
        assert s.outcome("c-003") is None  # nothing recorded
    on_time = ("--candidate", "c-003", "--probation", "passed", "--probation-date", "2027-03-01")
    assert run_cli("--db", str(demo_db), "outcome", *on_time)[0] == 0
