"""The panel on paper: interview sheets without targets unless asked, the profile's
recommendations and consensus, the calibration PDF in both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from kamassess.framework.model import Framework
from kamassess.workspace import Workspace

from .conftest import run_cli


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    return db


def test_the_interview_sheet_prints_targets_only_when_asked(tmp_path: Path) -> None:
    blind, open_ = tmp_path / "blind.pdf", tmp_path / "targets.pdf"
    code, _, _ = run_cli(
        "report", "interview", "--profile", "kam", "--out", str(blind), "--lang", "en"
    )
    assert code == 0
    code, _, _ = run_cli(
        "report",
        "interview",
        "--profile",
        "kam",
        "--out",
        str(open_),
        "--with-targets",
        "--lang",
        "en",
    )
    assert code == 0
    blind_text, open_text = text_of(blind), text_of(open_)
    for hidden in ("target 4", "weight 3", "minimum 3 (below it: not recommended)"):
        assert hidden not in blind_text, hidden
    assert "minimum 3 (below it: not recommended)" in open_text and "target 4" in open_text
    # Both end with the assessor's own recommendation, ticked before the panel meets.
    for text in (blind_text, open_text):
        assert "Your overall recommendation" in text and "strong yes" in text


def test_the_profile_prints_recommendations_beside_the_fit_and_the_consensus(
    tmp_path: Path, framework: Framework
) -> None:
    db = demo_db(tmp_path)
    with Workspace.open(db, framework=framework, lang="ru", user="Орлов В. П.") as ws:
        ws.record_consensus(
            "c-002", "relationship_building", 3, "Урал сильный, Москва — план", date(2026, 11, 20)
        )
        ru, en = tmp_path / "ru.pdf", tmp_path / "en.pdf"
        ws.write_profile("c-002", ru, lang="ru")
        ws.write_profile("c-002", en, lang="en")
    # page 1, beside the fit (in the column of risks, gaps and strengths); dates as the
    # language writes them
    first_page = " ".join((PdfReader(en).pages[0].extract_text() or "").split())
    assert (
        "Assessors' own recommendations (not part of the fit) • yes 1, no 2; the debrief's "
        "consensus of 20 Nov 2026 in the fit (1 competency)"
    ) in first_page
    english = text_of(en)
    assert "Consensus after debrief on 20 Nov 2026 (moderator: Орлов В. П.)" in english
    assert "Relationship building: consensus 3 (ratings 2, 2, 4)" in english
    assert "Урал сильный, Москва — план" in english
    assert "RECOMMEND" in english  # the consensus resolved "needs consensus"
    russian = text_of(ru)
    assert "Консенсус после разбора оценок 20.11.2026" in russian and "нет" in russian


def test_a_version_1_assessment_shows_its_recommendation_as_not_given(
    tmp_path: Path, framework: Framework
) -> None:
    import json

    from kamassess.exchange.demo import bundle

    doc = bundle()
    doc["version"] = 1
    for a in doc["assessments"]:
        del a["recommendation"], a["recommendation_reason"]
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "v1.db"
    assert run_cli("--db", str(db), "import", str(old))[0] == 0
    out = tmp_path / "p.pdf"
    assert (
        run_cli(
            "--db",
            str(db),
            "report",
            "profile",
            "--candidate",
            "c-001",
            "--out",
            str(out),
            "--lang",
            "en",
        )[0]
        == 0
    )
    assert "not given 2" in PdfReader(out).pages[0].extract_text()


def test_the_calibration_pdf_in_both_languages(tmp_path: Path) -> None:
    db = demo_db(tmp_path)
    for lang, words in (
        ("en", ("Calibration of the assessors", "0.811", "95 % interval 0.704–0.893", "n = 174")),
        ("ru", ("Калибровка оценщиков", "0,811", "95 % интервал 0,704–0,893", "недостаточно")),
    ):
        out = tmp_path / f"cal-{lang}.pdf"
        code, said, _ = run_cli(
            "--db", str(db), "report", "calibration", "--out", str(out), "--lang", lang
        )
        assert code == 0 and str(out) in said
        text = text_of(out)
        for word in words:
            assert word in text, (lang, word)
        # The date as the language writes it; the long per-competency table starts on page 1
        # under its heading (it used to leave page 1 half empty), on two pages in all.
        day = date.today()
        assert (day.strftime("%d.%m.%Y") if lang == "ru" else f"{day.day} {day:%b %Y}") in text
        pages = [pg.extract_text() for pg in PdfReader(out).pages]
        heading = {"en": "By competency", "ru": "По компетенциям"}[lang]
        assert heading in pages[0] and len(pages) == 2
        # The kicker names the subject; the box below it names the measure, once.
        alpha = {"en": "Krippendorff's alpha", "ru": "Альфа Криппендорфа"}[lang]
        kicker = {"en": "AGREEMENT BETWEEN ASSESSORS", "ru": "СОГЛАСОВАННОСТЬ ОЦЕНЩИКОВ"}[lang]
        assert kicker in pages[0] and alpha.upper() not in pages[0]
    out = tmp_path / "empty.pdf"
    code, _, _ = run_cli(
        "--db",
        str(db),
        "report",
        "calibration",
        "--profile",
        "regional_sales_head",
        "--out",
        str(out),
    )
    assert code == 0 and "not enough data: 0 of 30" in text_of(out)
    code, _, err = run_cli("--db", str(db), "report", "calibration", "--out", str(db))
    assert code == 1 and "database" in err  # never written over the database


def test_the_panels_counts_read_as_words() -> None:
    from kamassess.i18n.messages import tr

    # Russian has three forms for whole numbers: 1 (and 21), 2–4 (and 22–24), 5–20 (and 11–14).
    assert tr("ui.debrief_people", "ru", n=2) == "оценку завершили 2 оценщика"
    assert tr("ui.debrief_people", "ru", n=5) == "оценку завершили 5 оценщиков"
    assert tr("ui.debrief_people", "en", n=3) == "3 assessors have finalised"
    day = "12.11.2026"
    assert tr("rep.consensus_summary", "ru", date=day, n=1).endswith("(1 компетенция)")
    assert tr("rep.consensus_summary", "ru", date=day, n=3).endswith("(3 компетенции)")
    assert tr("rep.consensus_summary", "ru", date=day, n=5).endswith("(5 компетенций)")
    assert tr("rep.consensus_summary", "en", date=day, n=1).endswith("in the fit (1 competency)")
    assert tr("ui.blind_drafts", "en", n=1).startswith("You have 1 draft assessment of")
    assert tr("ui.blind_drafts", "ru", n=2).startswith("У вас 2 черновика оценки")


def test_a_pdf_into_a_folder_that_cannot_be_written_names_the_folder(tmp_path: Path) -> None:
    """Not 'file not found: /proc/.x.pdf.k2j1.partial' (our temporary file's name): the folder
    the user chose, and that nothing was written."""
    code, _, err = run_cli(
        "report", "interview", "--profile", "kam", "--out", "/proc/x.pdf", "--lang", "en"
    )
    assert code == 1
    assert "/proc cannot be written into" in err and "nothing written" in err
    assert ".partial" not in err
