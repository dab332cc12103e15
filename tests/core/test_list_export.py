"""The candidate list as a spreadsheet: the columns HR asked for, numbers as numbers, formulas
never run, and the command that writes it."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr
from kamassess.i18n.plural import form
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace

from .conftest import add_candidate, rate_all, run_cli

EVIL = '=HYPERLINK("http://evil.example","click")'


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "кандидат"), (2, "кандидата"), (4, "кандидата"), (5, "кандидатов"), (11, "кандидатов"),
     (12, "кандидатов"), (14, "кандидатов"), (21, "кандидат"), (22, "кандидата"),
     (25, "кандидатов"), (111, "кандидатов"), (0, "кандидатов")],
)  # fmt: skip
def test_russian_plural_forms(n: int, expected: str) -> None:
    assert form(n, ["кандидат", "кандидата", "кандидатов"], "ru") == expected


def test_sentences_count_in_words_not_with_s_in_brackets() -> None:
    assert tr("ui.drafts", "en", n=1) == "1 draft assessment"
    assert tr("ui.drafts", "en", n=3) == "3 draft assessments"
    assert tr("ui.drafts", "ru", n=1) == "1 черновик оценки"
    assert tr("ui.drafts", "ru", n=3) == "3 черновика оценок"
    assert tr("cli.list_written", "ru", n=21, path="x.csv") == "записан x.csv: 21 кандидат"


@pytest.fixture
def filled(db_path: Path, framework: Framework) -> Path:
    with Store.open(db_path) as store:
        add_candidate(store, "c-1", name=EVIL, current_role="KAM")
        add_candidate(store, "c-2", name="Орлова Анна", kind="external")
        add_candidate(store, "c-3", name="Нет Оценок")
        # c-1: two assessors, every competency at the top level 5, on or above every target:
        # fit 100, the spread 100–100, coverage 100 %
        rate_all(store, framework, "c-1", 5, day=date(2026, 11, 20))
        rate_all(store, framework, "c-1", 5, assessor="Иванов", day=date(2026, 11, 21))
        # c-2: one assessor, every competency at the lowest level 1: fit 0, below the minimums
        rate_all(store, framework, "c-2", 1, day=date(2026, 11, 19))
    return db_path


def _csv(path: Path, delimiter: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Cyrillic
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def test_csv_in_russian_has_semicolons_decimal_commas_and_inert_formulas(
    filled: Path, framework: Framework, tmp_path: Path
) -> None:
    out = tmp_path / "list.csv"
    with Workspace.open(filled, framework=framework, lang="ru") as ws:
        assert ws.export_list(out, ["c-1", "c-2", "c-3"]) == 3
    head, c1, c2, c3 = _csv(out, ";")
    col = {name: i for i, name in enumerate(head)}
    assert head[:3] == ["Код", "Ф. И. О.", "Тип"]
    assert c1[col["Ф. И. О."]] == "'" + EVIL  # an apostrophe: shown as text, never run
    assert (c1[col["Соответствие"]], c1[col["Покрытие, %"]], c1[col["Оценщики"]]) == (
        "100",
        "100",
        "2",
    )
    assert c1[col["Вывод"]] == tr("verdict.recommend", "ru")
    assert c1[col["Последняя оценка"]] == "2026-11-21"  # the later of the two
    assert c2[col["Соответствие"]] == "0"
    assert c2[col["Вывод"]] == tr("verdict.not_recommended", "ru")
    assert c2[col["Тип"]] == "внешний"
    # not assessed: empty figures, the verdict says so
    assert c3[col["Соответствие"]] == "" and c3[col["Оценщики"]] == "0"
    assert c3[col["Вывод"]] == tr("verdict.none", "ru")


def test_csv_in_english_uses_commas(filled: Path, framework: Framework, tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    with Workspace.open(filled, framework=framework, lang="en") as ws:
        ws.export_list(out, ["c-2"])
    head, row = _csv(out, ",")
    assert head[0] == "Id" and row[0] == "c-2" and row[head.index("Fit")] == "0"


def test_xlsx_keeps_text_as_text_numbers_as_numbers(
    filled: Path, framework: Framework, tmp_path: Path
) -> None:
    out = tmp_path / "list.xlsx"
    with Workspace.open(filled, framework=framework, lang="en") as ws:
        ws.export_list(out, ["c-1", "c-3"])
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    head = rows[0]
    assert rows[1][head.index("Name")] == EVIL  # the name exactly as stored
    assert rows[1][head.index("Fit")] == 100.0 and rows[1][head.index("Assessors")] == 2
    assert rows[2][head.index("Fit")] is None
    assert sheet.freeze_panes == "C2"
    # no cell of the file is a formula: the worksheet's XML has no <f> element, and the name
    # is an inline string
    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert '<c r="B2" t="inlineStr"><is><t>=HYPERLINK(' in xml


def test_the_command_writes_the_list_and_refuses_the_database(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.xlsx"
    code, stdout, _ = run_cli("--db", str(filled), "score", "--out", str(out))
    assert code == 0 and stdout == f"wrote {out}: 3 candidates\n"
    assert len(list(openpyxl.load_workbook(out).active.iter_rows())) == 4  # a header and 3 rows
    before = filled.read_bytes()
    code, _, err = run_cli("--db", str(filled), "score", "--out", str(filled))
    assert code != 0 and "database" in err
    assert filled.read_bytes() == before


def test_the_decision_is_in_the_list_as_in_the_window(
    filled: Path, framework: Framework, tmp_path: Path
) -> None:
    from kamassess.decisions.model import Decision

    out = tmp_path / "list.csv"
    with Workspace.open(filled, framework=framework, lang="ru") as ws:
        ws.decide(Decision("c-1", "hire", date(2026, 12, 1), "Орлов"))  # internal: a promotion
        ws.decide(Decision("c-2", "reject", date(2026, 12, 2), "Орлов"))
        ws.export_list(out, ["c-1", "c-2", "c-3"])
    head, c1, c2, c3 = _csv(out, ";")
    col = {name: i for i, name in enumerate(head)}
    assert head.index("Решение") < head.index("Дата решения") < head.index("Последняя оценка")
    assert (c1[col["Решение"]], c1[col["Дата решения"]]) == ("повышен", "2026-12-01")
    assert (c2[col["Решение"]], c2[col["Дата решения"]]) == ("отказ", "2026-12-02")
    assert (c3[col["Решение"]], c3[col["Дата решения"]]) == ("", "")  # nothing decided yet
