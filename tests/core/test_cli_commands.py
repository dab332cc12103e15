"""The command line end to end on a real database file: demo, score, import, export, backup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCORE_KEYS = {
    "candidate",
    "profile",
    "fit",
    "fit_range",
    "coverage",
    "verdict",
    "knockouts",
    "gaps",
    "groups",
    "competencies",
    "disagreements",
    "risks",
    "flags",
    "reason",
}
VERDICTS = (
    "recommend",
    "conditional",
    "not_recommended",
    "insufficient_evidence",
    "needs_consensus",
)


def cli(db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAMASSESS_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    env.pop("KAMASSESS_DB", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        cwd=db.parent if db.parent.is_dir() else ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    result = cli(db, "demo")
    assert result.returncode == 0, result.stderr
    assert "candidates 4 added" in result.stdout
    return db


def test_score_json_has_the_documented_keys(demo_db: Path) -> None:
    result = cli(demo_db, "score", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert [d["candidate"] for d in data] == ["c-004", "c-003", "c-002", "c-001"]  # by name
    for item in data:
        assert set(item) >= SCORE_KEYS
        assert item["verdict"] in VERDICTS
        assert set(item["flags"]) <= {"borderline", "single_assessor", "drafts_pending"}
        assert item["reason"].endswith(".") and item["reason"].count(". ") == 0  # one sentence
        low, high = item["fit_range"]
        assert low <= item["fit"] <= high
        gaps = [g["weighted_gap"] for g in item["gaps"]]
        assert gaps == sorted(gaps, reverse=True)
    morozov = next(d for d in data if d["candidate"] == "c-002")
    assert morozov["knockouts"] == ["relationship_building"]
    # relationship building 2, 4, 2: mean 2.67 < 3, but one assessor gave 4 — needs consensus
    assert morozov["verdict"] == "needs_consensus"
    assert morozov["reason"].startswith("Assessors disagree at a knock-out minimum")
    assert "relationship_building" in morozov["disagreements"]
    assert morozov["raters"] == 3
    assert {r["code"] for r in morozov["risks"]} >= {
        "pay_motivated",
        "job_hopping",
        "weak_start",
        "salary_above_band",
    }
    volkov = next(d for d in data if d["candidate"] == "c-004")
    assert (
        volkov["profile"] == "kam_team_lead"
        and volkov["competencies"]["people_management"]["raters"] == 2
    )  # the director's draft is left out
    assert "seller_not_manager" in {r["code"] for r in volkov["risks"]}
    # people management 2 and 2 (minimum 3): confirmed by both; the director's draft waits
    assert volkov["verdict"] == "not_recommended" and volkov["flags"] == ["drafts_pending"]


def test_score_options(demo_db: Path) -> None:
    drafts = json.loads(cli(demo_db, "score", "--json", "--drafts", "--candidate", "c-004").stdout)
    assert drafts[0]["competencies"]["people_management"]["raters"] == 3
    # with the director's draft (3): 2, 2, 3 — one at the minimum, so a consensus is needed
    assert drafts[0]["verdict"] == "needs_consensus" and drafts[0]["flags"] == []
    other = json.loads(
        cli(
            demo_db, "score", "--json", "--candidate", "c-001", "--profile", "regional_sales_head"
        ).stdout
    )
    assert other[0]["profile"] == "regional_sales_head"
    bad = cli(demo_db, "score", "--profile", "cto")
    assert bad.returncode == 1 and "unknown profile 'cto'" in bad.stderr
    missing = cli(demo_db, "score", "--candidate", "c-999", lang="ru")
    assert missing.returncode == 2 and "нет кандидата с кодом 'c-999'" in missing.stderr


def test_score_table_in_both_languages(demo_db: Path) -> None:
    en = cli(demo_db, "score").stdout
    assert "Морозов Игорь Олегович" in en and "needs consensus" in en
    assert "not recommended · drafts pending" in en
    assert "knock-outs: Relationship building" in en
    # Лебедева: 100 × 37/39 = 94.87…, worked out in test_demo_stories
    assert "Fit 94.9 is at least 80, with every knock-out minimum met." in en
    ru = cli(demo_db, "score", lang="ru").stdout
    assert "не рекомендуется · есть черновики" in ru and "ниже минимума: Построение отношений" in ru


def test_bad_import_exits_1_lists_problems_and_writes_nothing(
    demo_db: Path, tmp_path: Path
) -> None:
    before = cli(demo_db, "score", "--json").stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: kamassess-bundle\nversion: 1\nframework: {id: kam-hvac, version: x}\n"
        "candidates:\n  - {id: n-1, name: Новый, kind: internal, profile: kam}\n"
        "  - {id: n-2, name: Ещё, kind: staff, profile: kam}\n",
        encoding="utf-8",
    )
    result = cli(demo_db, "import", str(bad))
    assert result.returncode == 1
    assert result.stdout.strip() == (
        f"{bad}:6:32: candidate «Ещё» › type: 'staff' is not one of: 'internal', 'external'"
    )
    assert "nothing was imported" in result.stderr
    assert cli(demo_db, "score", "--json").stdout == before


def test_export_import_round_trip_and_backup(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.yaml"
    assert cli(demo_db, "export", str(out)).returncode == 0
    doc = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert doc["format"] == "kamassess-bundle" and len(doc["assessments"]) == 10
    fresh = tmp_path / "fresh.db"
    result = cli(fresh, "import", str(out))
    assert result.returncode == 0 and "candidates 4 added" in result.stdout
    assert cli(fresh, "score", "--json").stdout == cli(demo_db, "score", "--json").stdout
    again = cli(fresh, "import", str(out))
    assert "0 added, 0 updated, 4 unchanged" in again.stdout
    dry = cli(fresh, "import", "--dry-run", str(out))
    assert "dry run" in dry.stdout
    copy = tmp_path / "copy.db"
    result = cli(demo_db, "backup", "--out", str(copy))
    assert result.returncode == 0 and "backup written" in result.stdout
    assert cli(copy, "score", "--json").stdout == cli(demo_db, "score", "--json").stdout


def test_missing_files_and_databases(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    result = cli(db, "import", str(tmp_path / "absent.yaml"))
    assert result.returncode == 2 and "file not found" in result.stderr
    result = cli(db, "score")
    assert result.returncode == 0 and "no candidates" in result.stdout
    gone = tmp_path / "gone.db"
    result = cli(gone, "export", str(tmp_path / "x.yaml"), lang="ru")
    assert result.returncode == 2 and "база данных не найдена" in result.stderr
    assert not gone.exists()


def test_damaged_database_message(tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    db.write_bytes(b"garbage" * 1000)
    result = cli(db, "score")
    assert result.returncode == 1 and "damaged" in result.stderr
    assert db.read_bytes() == b"garbage" * 1000


@pytest.mark.parametrize("command", ["validate", "import", "export", "score", "demo", "backup"])
def test_every_command_has_help(tmp_path: Path, command: str) -> None:
    result = cli(tmp_path / "x.db", command, "--help", lang="ru")
    assert result.returncode == 0 and "использование:" in result.stdout


def test_report_commands(demo_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "p.pdf"
    result = cli(demo_db, "report", "profile", "--candidate", "c-001", "--out", str(out))
    assert result.returncode == 0 and "pages" in result.stdout
    # KAMASSESS_LANG=en (as cli() sets it) makes the report English too
    assert "CANDIDATE PROFILE" in PdfReader(out).pages[0].extract_text()
    ru = tmp_path / "p-ru.pdf"
    cli(demo_db, "report", "profile", "--candidate", "c-001", "--out", str(ru), "--lang", "ru")
    text = " ".join(page.extract_text() for page in PdfReader(ru).pages)
    assert "Профиль кандидата".upper() in text
    en = tmp_path / "p-en.pdf"
    cli(demo_db, "report", "profile", "--candidate", "c-001", "--out", str(en), "--lang", "en")
    assert "CANDIDATE PROFILE" in PdfReader(en).pages[0].extract_text()
    cmp = tmp_path / "c.pdf"
    result = cli(
        demo_db,
        "report",
        "compare",
        "--candidate",
        "c-001",
        "--candidate",
        "c-003",
        "--out",
        str(cmp),
    )
    assert result.returncode == 0 and cmp.exists()
    mixed = ("report", "compare", "--candidate", "c-001", "--candidate", "c-004")
    refused = cli(demo_db, *mixed, "--out", str(tmp_path / "m.pdf"))
    assert (
        refused.returncode == 1 and "target profiles differ (kam, kam_team_lead)" in refused.stderr
    )
    assert not (tmp_path / "m.pdf").exists()
    named = cli(demo_db, *mixed, "--profile", "kam", "--out", str(tmp_path / "m.pdf"))
    assert named.returncode == 0
    one = cli(demo_db, "report", "compare", "--candidate", "c-001", "--out", str(cmp))
    assert one.returncode == 1 and "2 to 6" in one.stderr
    sheet = tmp_path / "i.pdf"
    result = cli(demo_db, "report", "interview", "--profile", "kam", "--out", str(sheet))
    assert result.returncode == 0 and len(PdfReader(sheet).pages) >= 5
    missing = cli(demo_db, "report", "interview", "--out", str(sheet))
    assert missing.returncode == 1 and "--profile" in missing.stderr


def test_batch_report_keeps_going_past_a_failure(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kamassess.cli import main as cli_module
    from kamassess.reports import profile as profile_report

    real = profile_report.write_profile

    def flaky(ev, *args, **kwargs):  # type: ignore[no-untyped-def]
        if ev.candidate.id == "c-002":
            raise RuntimeError("printer on fire")
        return real(ev, *args, **kwargs)

    monkeypatch.setattr(profile_report, "write_profile", flaky)
    folder = tmp_path / "batch"
    code = cli_module.main(
        ["--db", str(demo_db), "--lang", "en", "report", "all", "--out-dir", str(folder)]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert sorted(p.name for p in folder.iterdir()) == [
        "c-001-profile.pdf",
        "c-003-profile.pdf",
        "c-004-profile.pdf",
    ]
    assert "3 of 4 profile reports written" in captured.out
    assert "c-002: failed: RuntimeError: printer on fire" in captured.err
    assert "not written: c-002" in captured.err


def test_a_pdf_asked_for_under_another_name_gets_pdf_added(demo_db: Path, tmp_path: Path) -> None:
    """--out report.txt would put a PDF where a text editor opens it: report.txt.pdf, said so."""
    from .conftest import run_cli

    asked, written = tmp_path / "report.txt", tmp_path / "report.txt.pdf"
    code, out, _ = run_cli(
        "--db", str(demo_db), "report", "profile", "--candidate", "c-001", "--out", str(asked)
    )
    assert code == 0 and not asked.exists()
    assert written.read_bytes().startswith(b"%PDF") and str(written) in out
    upper = tmp_path / "SHEET.PDF"  # a .PDF in capitals is a PDF already
    code, _, _ = run_cli("report", "interview", "--profile", "kam", "--out", str(upper))
    assert code == 0 and upper.read_bytes().startswith(b"%PDF")


def test_json_reaches_a_stream_in_its_own_encoding() -> None:
    """score --json's UTF-8 goes straight to a UTF-8 stream's bytes, and through the text layer
    of any other (a Windows pipe in cp1251 gets cp1251, as every other line the program prints)."""
    import io

    from kamassess.cli.commands import write_utf8

    text = '{"name":"Соколова Анна"}\n'
    for encoding in ("utf-8", "cp1251"):
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding=encoding)
        stream.write("[")  # text written before must come out before
        write_utf8(stream, text.encode("utf-8"))
        stream.flush()
        assert raw.getvalue() == ("[" + text).encode(encoding)
    plain = io.StringIO()
    write_utf8(plain, text.encode("utf-8"))
    assert plain.getvalue() == text


def test_json_survives_any_stream_a_user_may_have() -> None:
    """A stream in an encoding without some characters gets them as JSON escapes (outside JSON's
    strings all is ASCII, so it stays JSON); an unbuffered stdout that takes a few bytes at a
    time gets the rest too; a closed stdout (None) is written to as print would: not at all."""
    import io
    import json

    from kamassess.cli.commands import write_utf8

    value = [{"name": "Соколова − Zoë 😀 «ё»", "fit": 80.5}]
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")

    class Trickle(io.RawIOBase):  # what `python -u` gives: a raw file that may write less
        def __init__(self) -> None:
            self.got = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b: object) -> int:
            chunk = bytes(memoryview(b)[:5])  # type: ignore[arg-type]
            self.got += chunk
            return len(chunk)

    for encoding in ("cp1251", "ascii", "latin-1", "utf-8"):
        raw = Trickle()
        stream = io.TextIOWrapper(io.BufferedWriter(raw, 1), encoding=encoding)
        stream.buffer.raw  # noqa: B018 - a real buffer under it
        write_utf8(stream, data)
        text = bytes(raw.got).decode(encoding)
        assert json.loads(text) == value, encoding
        if encoding == "cp1251":  # what cp1251 has stays readable
            assert "Соколова" in text and "\\u2212" in text and "\\ud83d\\ude00" in text
    unbuffered = Trickle()
    stream = io.TextIOWrapper(unbuffered, encoding="utf-8")  # type: ignore[arg-type]
    write_utf8(stream, data)
    assert bytes(unbuffered.got) == data
    write_utf8(None, data)  # stdout closed (`>&-`): nothing, and no error


def test_a_pipe_in_cp1251_gets_the_whole_table_and_valid_json(demo_db: Path) -> None:
    """Redirected output on a Russian Windows is cp1251, which has no "−" or "×": the table
    prints them as "?" instead of stopping halfway with an internal error; JSON escapes them."""
    import json

    env = {**os.environ, "KAMASSESS_LANG": "ru", "PYTHONIOENCODING": "cp1251"}
    for args in (["score"], ["calibration"], ["score", "--json"]):
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(demo_db), *args],
            env=env,
            capture_output=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr.decode("cp1251")
        text = done.stdout.decode("cp1251")
        assert "Морозов" in text or "Волков" in text or args == ["calibration"]
        if "--json" in args:
            assert len(json.loads(text)) == 4
        else:
            assert "internal error" not in done.stderr.decode("cp1251")
