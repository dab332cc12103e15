"""Messages an HR person can act on: places named as they know them, parser and system errors in
their language, dates as they write them."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path

import pytest

from kamassess.exchange.bundle import BundleError, read_bundle
from kamassess.framework.model import Framework, FrameworkError, load_framework
from kamassess.i18n.messages import Message, tr
from kamassess.i18n.oserrors import os_error

from .conftest import run_cli

LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def _bundle(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_json_file_is_a_json_error_in_words(tmp_path: Path, framework: Framework) -> None:
    # line 2 ends with a comma after the last member: json expects another name at 3:1
    text = '{"format": "kamassess-bundle", "version": 1,\n "candidates": [],\n}\n'
    path = _bundle(tmp_path, "bad.json", text)
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework)
    (problem,) = info.value.problems
    assert (problem.line, problem.column) == (3, 1)
    assert problem.render("en", file=False) == (
        "Line 3: JSON syntax error: a field name in double quotes was expected"
    )
    ru = problem.render("ru", file=False)
    assert ru == "Строка 3: синтаксическая ошибка JSON: ожидалось имя поля в двойных кавычках"
    assert "YAML" not in ru + problem.render("en")


def test_a_yaml_syntax_error_has_no_english_parser_words_in_russian(
    tmp_path: Path, framework: Framework
) -> None:
    # an unquoted "a: b" inside a value: PyYAML's "mapping values are not allowed here"
    path = _bundle(tmp_path, "bad.yaml", "format: kamassess-bundle\nversion: 1: 2\n")
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework)
    ru = info.value.problems[0].render("ru", file=False)
    assert ru.startswith("Строка 2: синтаксическая ошибка YAML: двоеточие здесь не допускается")
    assert LATIN_WORD.findall(ru) == ["YAML"]
    en = info.value.problems[0].render("en", file=False)
    assert "a colon is not allowed here" in en


def test_an_unknown_parser_sentence_stays_english_only_in_english() -> None:
    message = Message("yaml.syntax", {"problem": Message("syntax.other", {"detail": "odd thing"})})
    assert message.render("en") == "YAML syntax error: the text cannot be read here (odd thing)"
    assert "odd" not in message.render("ru")


def test_a_place_in_a_json_bundle_names_the_candidate_and_the_competency(
    tmp_path: Path, framework: Framework
) -> None:
    first = framework.competencies[0]
    doc = {
        "format": "kamassess-bundle",
        "version": 1,
        "framework": {"id": framework.id, "version": framework.version},
        "candidates": [{"id": "n-1", "name": "Серова Ольга", "kind": "internal", "profile": "kam"}],
        "assessments": [
            {
                "candidate": "n-1",
                "assessor": "Петрова",
                "assessor_role": "hr",
                "method": "interview",
                "date": "2026-11-20",
                "ratings": {first.id: {"level": 9, "evidence": ""}},
            }
        ],
    }
    path = _bundle(tmp_path, "one.json", json.dumps(doc, ensure_ascii=False, indent=1))
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework)
    (problem,) = info.value.problems
    assert problem.path == f"assessments[0].ratings.{first.id}.level"  # for programs
    assert problem.render("ru", file=False).startswith(
        f"Строка {problem.line}: оценка «n-1, Петрова, 2026-11-20» › компетенция "
        f"«{first.name.get('ru')}» › уровень: 9 не является уровнем шкалы"
    )


def test_a_framework_problem_names_the_profile_and_competency(
    tmp_path: Path, framework_text: str
) -> None:
    # the first profile's first target gets a weight that is not a number
    text = framework_text.replace("weight: ", "weight: x", 1)
    path = _bundle(tmp_path, "fw.yaml", text)
    with pytest.raises(FrameworkError) as info:
        load_framework(path)
    (line,) = info.value.render("ru", file=False)
    assert re.fullmatch(
        r"Строка \d+: профиль «[^»]+» › компетенция «[^»]+» › вес: ожидается число", line
    ), line


def test_codes_and_dates_in_sentences_are_in_the_readers_words() -> None:
    params = {
        "candidate": "c-1",
        "assessor": "Петрова",
        "date": "2026-11-05",
        "method": "interview",
    }
    message = Message("db.duplicate_assessment", params)
    assert message.render("ru") == "у Петрова уже есть оценка c-1 методом интервью от 05.11.2026"
    assert (
        message.render("en") == "Петрова already has a interview assessment of c-1 dated 5 Nov 2026"
    )


def test_system_errors_are_sentences_in_the_language() -> None:
    denied = PermissionError(errno.EACCES, "Permission denied", "/srv/out/x.pdf")
    assert os_error(denied).render("ru") == (
        "нет прав на /srv/out/x.pdf; проверьте права доступа или выберите другое место"
    )
    full = OSError(errno.ENOSPC, "No space left on device", "/srv/out/x.pdf")
    assert os_error(full).render("en") == "the disk is full: /srv/out/x.pdf cannot be written"

    class InUse(PermissionError):  # how Windows reports a PDF open in a viewer
        winerror = 32

    busy = InUse(errno.EACCES, "The process cannot access the file", "C:/r/x.pdf")
    assert os_error(busy).render("en").startswith("C:/r/x.pdf is open in another program")
    other = OSError(errno.EIO, "Input/output error", "/srv/x")
    assert "Input" not in os_error(other).render("ru")


def test_writing_under_a_file_says_which_file_is_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "reports").write_text("not a folder", encoding="utf-8")
    db = tmp_path / "k.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    out = tmp_path / "reports" / "list.csv"
    code, _, err = run_cli("--db", str(db), "score", "--out", str(out), lang="ru")
    assert code == 1
    assert err == f"{tmp_path / 'reports'} — файл, а нужна папка\n"
    assert tr("os.not_folder", "en", path="x") == "x is a file, where a folder is needed"


def test_counts_are_grouped_as_each_language_writes_them() -> None:
    line = {"metric": "ordinal", "alpha": "0.570", "low": "0.564", "high": "0.577"}
    en = tr("cal.alpha_line", "en", pairable=58128, units=19938, **line)
    assert en.endswith("n = 58,128 ratings in 19,938 units")
    ru = tr("cal.alpha_line", "ru", pairable=58128, units=19938, **line)
    assert ru.endswith("n = 58\u00a0128 оценок в 19\u00a0938 единицах")  # a no-break space
    from kamassess.i18n.plural import count_text  # the tables' counts: 1000 units, 37597 pairs

    assert (count_text(1000, "ru"), count_text(37597, "en"), count_text(999, "ru")) == (
        "1\u00a0000",
        "37,597",
        "999",
    )
    assert (
        tr("cal.not_enough_short", "en", pairable=1, need_pairable=30, units=0, need_units=10)
        == "not enough data (1 of 30 ratings, 0 of 10 units)"
    )


def test_a_russian_prompt_never_declines_a_name_it_cannot() -> None:
    """«кандидата Соколова Анна Викторовна» reads wrong: a name is not declined by rule, so the
    prompts about a candidate keep it in the nominative (in brackets, beside «кандидат»)."""
    name = "Соколова Анна Викторовна"
    delete = tr("ui.delete_candidate", "ru", name=name, a=2, r=40, h=5)
    assert delete.startswith("Удалить кандидата и все данные о нём (Соколова Анна Викторовна: ")
    assert "2 оценки, 40 оценок компетенций и 5 записей истории)?" in delete
    params = {"id": 7, "name": name, "assessor": "Орлов В. П.", "method": "интервью"}
    for key in ("ui.delete_assessment", "ui.withdraw_assessment"):
        text = tr(key, "ru", **params, date="01.12.2026", r=3, e=1)
        assert "№ 7 (кандидат Соколова Анна Викторовна, оценщик Орлов В. П., интервью" in text
        assert "кандидата Соколова" not in text
