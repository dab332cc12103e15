"""A person's own data on request (a readable PDF and the bundle), and anonymised bundles that
share the ratings without personal data and still import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamassess.decisions.usecases import subject_access_paths
from kamassess.store.sqlite import Store
from tests.core.conftest import run_cli


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "data" / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    db_ = str(db)
    run_cli(
        "--db",
        db_,
        "decide",
        "--candidate",
        "c-001",
        "--decision",
        "hire",
        "--by",
        "Орлов П. П.",
        "--conditions",
        "испытательный срок 3 мес.",
        "--date",
        "2026-12-01",
    )
    run_cli(
        "--db",
        db_,
        "outcome",
        "--candidate",
        "c-001",
        "--performance-12m",
        "4",
        "--performance-12m-by",
        "Кузнецов Д. С.",
    )
    run_cli(
        "--db", db_, "decide", "--candidate", "c-002", "--decision", "reject", "--by", "Орлов П. П."
    )
    return db


def words(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


@pytest.mark.parametrize(
    ("given", "pdf", "bundle"),
    [("x.pdf", "x.pdf", "x.json"), ("x.yaml", "x.pdf", "x.yaml"), ("x", "x.pdf", "x.json")],
)
def test_subject_access_files_sit_side_by_side(given: str, pdf: str, bundle: str) -> None:
    assert subject_access_paths(Path(given)) == (Path(pdf), Path(bundle))


def test_a_candidate_gets_everything_about_them(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "sokolova.pdf"
    code, text, _ = run_cli(
        "--db", str(demo_db), "export", str(out), "--candidate", "c-001", "--subject-access"
    )
    assert code == 0 and "sokolova.json" in text
    pdf = words(out)
    with Store.open(demo_db) as s:
        cand = s.candidate("c-001")
        assessments = s.assessments("c-001")
        history = s.history("c-001")
    assert cand.name in pdf and "PERSONAL DATA HELD ABOUT YOU" in pdf
    assert cand.notes is not None and " ".join(cand.notes.split()) in pdf
    notes = [r.evidence for a in assessments for r in a.ratings if r.evidence]
    assert notes and all(" ".join(n.split()) in pdf for n in notes)
    for a in assessments:
        assert f"Assessment no. {a.id}: {a.assessor}" in pdf
    assert "decision recorded — Decision: hire / promote" in pdf  # the history, in words
    assert f"assessment no. {assessments[0].id} finalised" in pdf
    assert len([h for h in history if h["entity"] == "rating"]) == 0  # the demo imports whole
    assert "Performance after 12 months 4 — Strong (rated by Кузнецов Д. С.)" in pdf
    assert "испытательный срок 3 мес." in pdf
    # The bundle is theirs alone and imports back.
    doc = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert [c["id"] for c in doc["candidates"]] == ["c-001"]
    assert {a["candidate"] for a in doc["assessments"]} == {"c-001"}
    assert doc["decisions"][0]["decided_by"] == "Орлов П. П."
    fresh = tmp_path / "fresh.db"
    assert run_cli("--db", str(fresh), "import", str(out.with_suffix(".json")))[0] == 0


def test_subject_access_in_russian(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ru.pdf"
    assert (
        run_cli(
            "--db",
            str(demo_db),
            "export",
            str(out),
            "--candidate",
            "c-002",
            "--subject-access",
            lang="ru",
        )[0]
        == 0
    )
    pdf = words(out)
    assert "ВАШИ ПЕРСОНАЛЬНЫЕ ДАННЫЕ" in pdf and "Морозов Игорь Олегович" in pdf
    assert "Решение отказ" in pdf and "Журнал изменений" in pdf


def test_subject_access_is_refused_where_it_would_harm(demo_db: Path) -> None:
    db = str(demo_db)
    code, _, err = run_cli("--db", db, "export", "x.pdf", "--subject-access")
    assert code == 64 and "exactly one --candidate" in err
    both = ("--candidate", "c-001", "--candidate", "c-002", "--subject-access")
    assert run_cli("--db", db, "export", "x.pdf", *both)[0] == 64
    # Never into the database's own files or its backups.
    inside = demo_db.parent / "backups" / "x.pdf"
    code, _, err = run_cli(
        "--db", db, "export", str(inside), "--candidate", "c-001", "--subject-access"
    )
    assert code == 1 and "database" in err and not inside.exists()
    code = run_cli("--db", db, "export", db + "-wal", "--candidate", "c-001", "--subject-access")[0]
    assert code == 0  # "hr.db-wal.pdf" and ".json" are new files beside it, not the WAL itself
    code = run_cli("--db", db, "export", "x.pdf", "--candidate", "nobody", "--subject-access")[0]
    assert code == 2


PERSONAL = (
    "Соколова",
    "Морозов",
    "Лебедева",
    "Волков",
    "Петрова",  # an assessor
    "Орлов",  # who decided
    "испытательный срок",  # conditions
    "Кузнецов",
    "Москва",  # a region
)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_an_anonymised_bundle_holds_no_personal_data_and_imports(
    demo_db: Path, tmp_path: Path, suffix: str, lang: str
) -> None:
    out = tmp_path / f"anon{suffix}"
    code = run_cli("--db", str(demo_db), "export", str(out), "--anonymise", lang=lang)[0]
    assert code == 0
    raw = out.read_text(encoding="utf-8")
    for word in PERSONAL:
        assert word not in raw, word
    with Store.open(demo_db) as s:
        for c in s.candidates():
            assert c.id not in raw
            for fact in (c.employer, c.notes, c.current_role):
                assert fact is None or fact not in raw
        notes = [r.evidence for a in s.assessments() for r in a.ratings if r.evidence]
    assert notes and not any(n in raw for n in notes)
    placeholder = "Candidate A" if lang == "en" else "Кандидат A"
    assert placeholder in raw
    # It imports into a calibration database, and every candidate keeps their own ratings:
    # the fits come out the same, one for one.
    calib = tmp_path / f"calib-{lang}{suffix}.db"
    assert run_cli("--db", str(calib), "import", str(out))[0] == 0
    original = json.loads(run_cli("--db", str(demo_db), "score", "--json", "--drafts")[1])
    shared = json.loads(run_cli("--db", str(calib), "score", "--json", "--drafts")[1])
    assert sorted((r["fit"], r["raters"]) for r in original) == sorted(
        (r["fit"], r["raters"]) for r in shared
    )
    with Store.open(calib) as s:
        assert len(s.decisions()) == 2 and len(s.outcomes()) == 1
        assert {d.decided_by for d in s.decisions().values()} == {
            "not shared" if lang == "en" else "не указано"
        }


def test_anonymising_numbers_each_assessor_once_wherever_they_appear(
    demo_db: Path, tmp_path: Path
) -> None:
    """The panel's part of an anonymised bundle: the registry, each assessment's assessor and a
    debrief's moderator all carry one number per person; recommendation reasons and consensus
    notes (free text) are left out; the recommendations themselves and the consensus stay."""
    from datetime import date

    with Store.open(demo_db) as s:
        with s.write("Петрова А. В.") as w:  # Петрова, who rated c-001, moderates its debrief
            w.set_consensus("c-001", "senior_negotiation", 4, "сошлись на 4", date(2026, 11, 25))
        reasons = [a.recommendation_reason for a in s.assessments() if a.recommendation_reason]
        registry = {p.uid for p in s.assessors()}
    assert reasons
    out = tmp_path / "anon.json"
    assert run_cli("--db", str(demo_db), "export", str(out), "--anonymise", lang="en")[0] == 0
    raw = out.read_text(encoding="utf-8")
    assert not any(r in raw for r in reasons) and "сошлись" not in raw
    assert not any(uid in raw for uid in registry)  # new ids: nothing links back to the source
    doc = json.loads(raw)
    number_of = {p["id"]: p["name"] for p in doc["assessors"]}
    assert sorted(number_of.values()) == ["Assessor 1", "Assessor 2", "Assessor 3"]
    # every assessment's name is the one its registry id gives, and no reason travels
    for a in doc["assessments"]:
        assert a["assessor"] == number_of[a["assessor_id"]]
        assert "recommendation_reason" not in a and "recommendation" in a
    assert sum(a["recommendation"] is not None for a in doc["assessments"]) >= len(reasons)
    (agreed,) = doc["consensus"]
    petrova = {a["assessor"] for a in doc["assessments"] if a["assessor_role"] == "hr"}
    assert {agreed["moderator"]} == petrova and "note" not in agreed
    # It imports, the consensus with it: the fits (consensus included) come out the same.
    calib = tmp_path / "calib.db"
    assert run_cli("--db", str(calib), "import", str(out))[0] == 0
    original = json.loads(run_cli("--db", str(demo_db), "score", "--json")[1])
    shared = json.loads(run_cli("--db", str(calib), "score", "--json")[1])
    assert sorted(r["fit"] for r in original) == sorted(r["fit"] for r in shared)
    with Store.open(calib) as s:
        assert len(s.assessors()) == 3 and len(s.all_consensus()) == 1


def test_subject_access_holds_the_panels_words_about_them(demo_db: Path, tmp_path: Path) -> None:
    """Each assessor's recommendation and its reason, and a debrief's consensus with its note,
    are data about the person too: in the PDF, its history in words, and the bundle."""
    from datetime import date

    with Store.open(demo_db) as s:
        with s.write("Петрова А. В.") as w:
            w.set_consensus(
                "c-001", "senior_negotiation", 4, "сошлись после разбора", date(2026, 11, 25)
            )
        reasons = [a.recommendation_reason for a in s.assessments("c-001")]
    assert all(reasons)
    out = tmp_path / "sar.pdf"
    args = ("--db", str(demo_db), "export", str(out), "--candidate", "c-001", "--subject-access")
    assert run_cli(*args)[0] == 0
    pdf = words(out)
    assert all(" ".join(r.split()) in pdf for r in reasons)
    assert "Recommends: strong yes" in pdf or "Recommends: yes" in pdf
    assert "Consensus of the debrief" in pdf and "сошлись после разбора" in pdf
    # the history in words, not "consensus senior_negotiation *"
    assert (
        "debrief: consensus on Senior-level negotiation — level 4 (moderator Петрова А. В.) — "
        "«сошлись после разбора»"
    ) in pdf
    doc = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert [c["note"] for c in doc["consensus"]] == ["сошлись после разбора"]
    assert {a["recommendation_reason"] for a in doc["assessments"]} == set(reasons)


def test_subject_access_of_someone_the_framework_in_use_cannot_score(
    demo_db: Path, tmp_path: Path
) -> None:
    """A person whose target profile the framework in use no longer has still gets everything
    held about them (without a result); it used to stop with a NameError."""
    from dataclasses import replace

    with Store.open(demo_db) as s:
        s.save_candidate(replace(s.candidate("c-001"), profile="retired_profile"), "hr")
    out = tmp_path / "gone.pdf"
    code, _, err = run_cli(
        "--db", str(demo_db), "export", str(out), "--candidate", "c-001", "--subject-access"
    )
    assert code == 0, err
    pdf = words(out)
    assert "PERSONAL DATA HELD ABOUT YOU" in pdf and "Соколова" in pdf


def test_a_json_export_is_written_in_pieces_as_the_same_text() -> None:
    """A bundle is written an item at a time (50,000 candidates took 1.5 GB when joined into one
    text first): the pieces, however they are cut into writes, are json_text exactly."""
    import io

    from kamassess.exchange.exporter import Items, json_pieces, json_text, write_pieces

    made: list[int] = []

    def item(n: int) -> dict[str, object]:
        made.append(n)
        return {"n": n, "text": "ё" * n}

    doc = {"format": "f", "candidates": [], "assessments": Items(range(5), item), "x": {"a": 1}}
    assert made == []  # nothing made until written
    for chunk in (1, 7, 1 << 20):
        out = io.BytesIO()
        write_pieces(out, json_pieces(doc), chunk=chunk)
        assert out.getvalue() == json_text(doc).encode("utf-8")
    assert json_text(doc) == (
        '{\n "format": "f",\n "candidates": [],\n "assessments": [\n'
        '  {"n": 0, "text": ""},\n  {"n": 1, "text": "ё"},\n  {"n": 2, "text": "ёё"},\n'
        '  {"n": 3, "text": "ёёё"},\n  {"n": 4, "text": "ёёёё"}\n ],\n "x": {"a": 1}\n}\n'
    )
    assert len(doc["assessments"]) == 5 and doc["assessments"][1:3] == [
        {"n": 1, "text": "ё"},
        {"n": 2, "text": "ёё"},
    ]
