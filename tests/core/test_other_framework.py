"""Any framework, not only ours: a sales-engineer framework on a 4-level scale, with no risk
rules and no KAM facts, is validated, imported, scored and printed; the demo refuses it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from .test_cli_commands import cli

FRAMEWORK = Path(__file__).resolve().parents[1] / "data" / "sales_engineer_4level.yaml"

BUNDLE = """\
format: kamassess-bundle
version: 1
framework: {id: sales-engineer, version: "1.0"}
candidates:
  - {id: s-1, name: Иванов Иван, kind: external, profile: sales_engineer}
  - {id: s-2, name: Петров Пётр, kind: internal, profile: sales_engineer, tenure_years: 2}
assessments:
  - {candidate: s-1, assessor: Смирнова, assessor_role: hr, method: interview,
     date: 2026-11-20, status: final,
     ratings: {presenting: {level: 3}, technical_analysis: {level: 2}, planning: {level: 4}}}
  - {candidate: s-1, assessor: Орлов, assessor_role: team_lead, method: work_sample,
     date: 2026-11-21, status: final,
     ratings: {presenting: {level: 4}, technical_analysis: {level: 3}, planning: {level: 2}}}
  - {candidate: s-2, assessor: Смирнова, assessor_role: hr, method: interview,
     date: 2026-11-20, status: final,
     ratings: {presenting: {level: 3}, technical_analysis: {level: 1}, planning: {level: 3}}}
"""


def run(db: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    result = cli(db, "--framework", str(FRAMEWORK), *args, lang=lang)
    assert "internal error" not in result.stderr
    return result.returncode, result.stdout, result.stderr


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    bundle = tmp_path / "se.yaml"
    bundle.write_text(BUNDLE, encoding="utf-8")
    db = tmp_path / "se.db"
    code, _, err = run(db, "import", str(bundle))
    assert code == 0, err
    return db


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_validates(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path / "x.db", "validate", str(FRAMEWORK))
    assert code == 0 and "4 levels, 3 groups, 3 competencies, 1 profiles" in out


def test_scores_on_a_four_level_scale(imported: Path) -> None:
    code, out, _ = run(imported, "score", "--json")
    assert code == 0
    by_id = {d["candidate"]: d for d in json.loads(out)}
    s1, s2 = by_id["s-1"], by_id["s-2"]
    # L = 1; presenting t 3 w 2, technical analysis t 3 w 3 (minimum 2), planning t 4 w 1.
    # s-1: presenting 3,4 → 3.5, capped at 3: 2 × 1 = 2; technical 2,3 → 2.5: 3 × 1.5/2 = 2.25;
    # planning 4,2 → 3: 1 × 2/3. fit = 100 × (4.25 + 2/3)/6 = 81.94…
    assert s1["fit"] == pytest.approx(round(100 * (4.25 + 2 / 3) / 6, 1))
    # lowest: 2 + 3 × 0.5 + 1/3 = 3.833… → 63.9; highest: 2 + 3 + 1 = 6 → 100.0
    assert s1["fit_range"] == [pytest.approx(63.9), 100.0]
    assert s1["verdict"] == "recommend" and s1["flags"] == ["borderline"]
    assert s1["competencies"]["presenting"]["raters"] == 2 and s1["risks"] == []
    # s-2: presenting 3 → 2; technical 1 → 0; planning 3 → 2/3: 100 × (8/3)/6 = 44.4…
    assert s2["fit"] == pytest.approx(44.4)
    assert s2["verdict"] == "not_recommended" and s2["flags"] == ["single_assessor"]
    assert s2["reason"] == "Below a knock-out minimum by every assessor: Technical analysis 1 " + (
        "(minimum 2)."
    )


def test_prints_without_kam_facts_or_risks(imported: Path, tmp_path: Path) -> None:
    profile = tmp_path / "p.pdf"
    code, _, err = run(
        imported, "report", "profile", "--candidate", "s-1", "--out", str(profile), "--lang", "en"
    )
    assert code == 0, err
    text = pdf_text(profile)
    assert "Иванов Иван" in text and "RECOMMEND" in text and "borderline" in text
    assert "spread of ratings 63.9–100.0 — it spans all three verdict bands" in text
    for absent in ("Risk indicators", "key clients", "Industry", "Personal quota", "key accounts"):
        assert absent not in text, absent
    russian = tmp_path / "p-ru.pdf"
    run(imported, "report", "profile", "--candidate", "s-2", "--out", str(russian), lang="ru")
    text = pdf_text(russian)
    assert "НЕ РЕКОМЕНДУЕТСЯ" in text and "один оценщик" in text
    assert "Факторы риска" not in text and "Отрасль" not in text

    compare = tmp_path / "c.pdf"
    args = ("report", "compare", "--candidate", "s-1", "--candidate", "s-2", "--out", str(compare))
    args += ("--lang", "en")
    code, _, err = run(imported, *args)
    assert code == 0, err
    assert "Everyone is scored against the profile “Sales engineer”" in pdf_text(compare)

    sheet = tmp_path / "i.pdf"
    code, _, _ = run(
        imported,
        "report",
        "interview",
        "--profile",
        "sales_engineer",
        "--out",
        str(sheet),
        "--lang",
        "en",
    )
    text = pdf_text(sheet)
    assert code == 0 and "4 · Exceeds" in text and "5 ·" not in text
    assert "Follow-up: How did you check the result?" in text


def test_demo_refuses_another_framework_clearly(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    code, out, err = run(db, "demo")
    assert code == 1
    assert "does not fit the framework 'sales-engineer'" in err
    code, out, _ = run(db, "score")
    assert code == 0 and "no candidates" in out
    _, _, err = run(tmp_path / "r.db", "demo", lang="ru")
    assert "не подходит к используемой модели 'sales-engineer'" in err
