"""Hostile input: every malformed bundle or framework is refused with a message (nothing
written) or stored exactly as given; never a traceback, never a half-write."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kamassess.exchange.bundle import BundleError, read_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework, FrameworkError, load_framework, parse_framework
from kamassess.reports.profile import write_profile
from kamassess.store.sqlite import Store

from .test_framework_errors import MINIMAL

NASTY_NAMES = [
    "'; DROP TABLE candidates; --",
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "<b>Жирный</b> & <i>курсив</i> &amp;",
    'Robert"); DELETE FROM ratings;--',
    "Ким Чен Ир 김정일",  # Hangul: stored exactly, printed as '?'
    "עברית שם",  # right-to-left
    "اسم عربي",
    "Смайлик 😀 🚀",
    "Zero\u200bwidth\u200djoiner",
    "Ёлкин-Палкин О'Брайен",
    "x" * 300,
]


def base() -> dict[str, Any]:
    return {
        "format": "kamassess-bundle",
        "version": 1,
        "framework": {"id": "kam-hvac", "version": "2026.1"},
        "candidates": [
            {"id": "h-1", "name": "Обычный Кандидат", "kind": "internal", "profile": "kam"}
        ],
        "assessments": [
            {
                "candidate": "h-1",
                "assessor": "Петрова",
                "assessor_role": "hr",
                "method": "interview",
                "date": "2026-11-20",
                "status": "final",
                "ratings": {"engineering_knowledge": {"level": 4, "evidence": "ok"}},
            }
        ],
    }


def changed(edit: Callable[[dict[str, Any]], object]) -> bytes:
    doc = base()
    edit(doc)
    return yaml.safe_dump(doc, allow_unicode=True).encode("utf-8")


def cand(**fields: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["candidates"][0].update(fields)


def asm(**fields: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["assessments"][0].update(fields)


def rating(value: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["assessments"][0]["ratings"].update(engineering_knowledge=value)


BOMB = (
    'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]\n" for n in range(1, 10))
).encode()

REFUSED: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("spaces", b"   \n\n"),
    ("top-list", b"- 1\n- 2\n"),
    ("top-scalar", b"hello"),
    ("not-yaml", b"format: [unclosed\n"),
    ("tabs", b"format:\tkamassess-bundle\n\tversion: 1\n"),
    ("nul", b"format: kamassess-bundle\x00\n"),
    ("invalid-utf8", b"format: kamassess-bundle\nname: \xc3\x28\n"),
    ("utf16", "format: kamassess-bundle\n".encode("utf-16")),
    ("latin1", "name: Müller\n".encode("latin-1")),
    ("alias-bomb", BOMB),
    ("deep-nesting", b"a: " + b"[" * 5000 + b"]" * 5000),
    ("recursive", b"a: &x [*x]\n"),
    ("python-tag", b"!!python/object/apply:os.system ['echo hi']\n"),
    ("wrong-format", changed(lambda d: d.update(format="other"))),
    ("version-3", changed(lambda d: d.update(version=3))),  # 2 is today's, 3 not yet
    ("version-text", changed(lambda d: d.update(version="1"))),
    ("other-framework", changed(lambda d: d["framework"].update(id="kam-retail"))),
    ("unknown-top-key", changed(lambda d: d.update(extra=1))),
    ("candidates-dict", changed(lambda d: d.update(candidates={"a": 1}))),
    ("candidate-string", changed(lambda d: d.update(candidates=["c-1"]))),
    ("no-id", changed(lambda d: d["candidates"][0].pop("id"))),
    ("empty-id", changed(cand(id=""))),
    ("slash-id", changed(cand(id="../../etc/passwd"))),
    ("control-id", changed(cand(id="a\x07b"))),
    ("long-id", changed(cand(id="i" * 65))),
    ("empty-name", changed(cand(name="   "))),
    ("huge-name", changed(cand(name="Я" * 100_000))),
    ("nul-name", changed(cand(name="Иван\x00Петров"))),
    ("newline-name", changed(cand(name="Иван\nПетров"))),
    # Text that reorders itself on screen ("\u202eevil" showed as "live") or breaks the row.
    ("rtl-override-name", changed(cand(name="evil\u202e name"))),
    ("isolate-name", changed(cand(name="a\u2066b\u2069"))),
    ("line-separator-name", changed(cand(name="Иван\u2028Петров"))),
    ("paragraph-separator-role", changed(cand(current_role="КАМ\u2029"))),
    ("bad-kind", changed(cand(kind="contractor"))),
    ("bad-profile", changed(cand(profile="ceo"))),
    ("negative-tenure", changed(cand(tenure_years=-1))),
    ("tenure-text", changed(cand(tenure_years="долго"))),
    ("overlap-above-1", changed(cand(client_overlap=1.5))),
    ("salary-nan", changed(cand(salary_expectation=float("nan")))),
    ("salary-inf", changed(cand(salary_expectation=float("inf")))),
    ("salary-huge", changed(cand(salary_expectation=10**30))),
    ("bool-as-text", changed(cand(technical_education="yes"))),
    ("notes-too-long", changed(cand(notes="n" * 20_001))),
    ("unknown-field", changed(cand(ssn="123-45-6789"))),
    ("duplicate-candidate", changed(lambda d: d["candidates"].append(dict(d["candidates"][0])))),
    ("unknown-candidate", changed(asm(candidate="ghost"))),
    ("bad-date", changed(asm(date="2026-02-30"))),
    ("date-words", changed(asm(date="вчера"))),
    ("bad-method", changed(asm(method="astrology"))),
    ("bad-role", changed(asm(assessor_role="ceo"))),
    ("bad-status", changed(asm(status="approved"))),
    ("ratings-list", changed(asm(ratings=[4, 5]))),
    ("level-out-of-scale", changed(rating({"level": 6, "evidence": ""}))),
    ("level-zero", changed(rating({"level": 0, "evidence": ""}))),
    ("level-huge", changed(rating({"level": 10**30, "evidence": ""}))),
    ("level-float", changed(rating({"level": 3.5, "evidence": ""}))),
    ("level-text", changed(rating({"level": "4", "evidence": ""}))),
    ("level-bool", changed(rating({"level": True, "evidence": ""}))),
    ("rating-bare-int", changed(rating(4))),
    (
        "unknown-competency",
        changed(lambda d: d["assessments"][0]["ratings"].update(telepathy={"level": 3})),
    ),
    ("evidence-nul", changed(rating({"level": 3, "evidence": "a\x00b"}))),
    (
        "duplicate-assessment",
        changed(lambda d: d["assessments"].append(json.loads(json.dumps(d["assessments"][0])))),
    ),
    ("json-duplicate-key", b'{"format": "kamassess-bundle", "format": "x"}'),
    ("json-truncated", b'{"format": "kamassess-bundle", "version": 1, "candidates": [{"id":'),
]

STORED: list[tuple[str, bytes, str]] = [
    (f"name-{i}", changed(cand(name=name)), name) for i, name in enumerate(NASTY_NAMES)
] + [
    ("bom", b"\xef\xbb\xbf" + changed(lambda d: None), "Обычный Кандидат"),
    ("crlf", changed(lambda d: None).replace(b"\n", b"\r\n"), "Обычный Кандидат"),
    ("json", json.dumps(base(), ensure_ascii=False).encode(), "Обычный Кандидат"),
    ("json-escaped", json.dumps(base()).encode(), "Обычный Кандидат"),
    ("yaml11-no-as-text", changed(cand(region="no")), "Обычный Кандидат"),
]


def test_a_lone_surrogate_is_a_problem_at_its_line_not_an_internal_error(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    """JSON may write "\\ud800" alone; no database can store it: a problem named at its line,
    printable in both languages (the name is quoted back with "?" in its place)."""
    doc = base()
    doc["candidates"][0]["name"] = "Sur\ud800rogate"
    path = tmp_path / "sur.json"
    path.write_text(json.dumps(doc), encoding="ascii")
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework, store)
    for lang in ("ru", "en"):
        for line in info.value.render(lang):
            line.encode("utf-8")  # printable
            assert line.startswith(f"{path}:1:") and "Sur?rogate" in line


def test_corpus_sizes() -> None:
    assert len(REFUSED) >= 50 and len(REFUSED) + len(STORED) >= 60


@pytest.mark.parametrize(("case", "payload"), REFUSED, ids=[c for c, _ in REFUSED])
def test_malformed_bundle_is_refused_whole(
    case: str, payload: bytes, store: Store, framework: Framework, tmp_path: Path
) -> None:
    path = tmp_path / f"{case}.yaml"
    path.write_bytes(payload)
    before = (store.counts(), store.revision())
    with pytest.raises(BundleError) as info:
        bundle = read_bundle(path, framework, store)
        import_bundle(store, framework, bundle, "t")
    lines = info.value.render("ru") + info.value.render("en")
    assert lines and all(line.startswith(str(path)) for line in lines)
    assert (store.counts(), store.revision()) == before


@pytest.mark.parametrize(("case", "payload", "name"), STORED, ids=[c for c, _, _ in STORED])
def test_odd_but_valid_bundle_is_stored_exactly(
    case: str, payload: bytes, name: str, store: Store, framework: Framework, tmp_path: Path
) -> None:
    path = tmp_path / f"{case}.yaml"
    path.write_bytes(payload)
    import_bundle(store, framework, read_bundle(path, framework, store), "t")
    assert store.candidate("h-1").name == name
    (a,) = store.assessments("h-1")
    assert a.levels() == {"engineering_knowledge": 4}


@pytest.mark.parametrize("name", NASTY_NAMES[:6] + NASTY_NAMES[11:12])
def test_nasty_names_print_literally(
    name: str, store: Store, framework: Framework, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from kamassess.scoring.evaluation import evaluate

    path = tmp_path / "b.yaml"
    path.write_bytes(changed(cand(name=name)))
    import_bundle(store, framework, read_bundle(path, framework, store), "t")
    pdf = write_profile(evaluate(store, framework, "h-1"), framework, tmp_path / "p.pdf", "ru")
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    assert name in text.replace("\n", " ")


def test_hebrew_prints_from_its_font_and_an_emoji_as_a_visible_placeholder(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from kamassess.scoring.evaluation import evaluate

    path = tmp_path / "b.yaml"
    path.write_bytes(changed(cand(name="Смайлик 😀 עברית")))
    import_bundle(store, framework, read_bundle(path, framework, store), "t")
    assert store.candidate("h-1").name == "Смайлик 😀 עברית"  # stored exactly
    pdf = write_profile(evaluate(store, framework, "h-1"), framework, tmp_path / "p.pdf", "en")
    # the Hebrew word is drawn right to left (pypdf reads it back in logical order), the
    # emoji, which no bundled font has, as the replacement character
    assert "Смайлик \ufffd עברית" in PdfReader(pdf).pages[0].extract_text()


# -- frameworks ------------------------------------------------------------------------------


def fw_edit(old: str, new: str) -> bytes:
    assert old in MINIMAL
    return MINIMAL.replace(old, new, 1).encode("utf-8")


FRAMEWORKS_REFUSED: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("only-comment", b"# nothing\n"),
    ("list", b"- a\n"),
    ("scalar", b"42\n"),
    ("empty-map", b"{}\n"),
    ("syntax", b"framework: [\n"),
    ("tab", b"framework:\n\tid: x\n"),
    ("nul", b"framework: x\x00\n"),
    ("utf16", MINIMAL.encode("utf-16")),
    ("cp1251", MINIMAL.encode("cp1251")),
    ("bomb", BOMB + MINIMAL.encode()),
    ("deep", MINIMAL.encode() + b"x: " + b"{a: " * 3000 + b"1" + b"}" * 3000),
    ("recursive", MINIMAL.encode() + b"x: &r {a: *r}\n"),
    ("tag", b"!!python/name:os.system\n"),
    ("binary-tag", fw_edit('version: "1"', "version: !!binary aGVsbG8=")),
    ("set-tag", fw_edit('version: "1"', "version: !!set {a, b}")),
    ("version-number", fw_edit('version: "1"', "version: 1")),
    ("id-spaces", fw_edit("{id: t,", "{id: 't t',")),
    ("id-cyrillic", fw_edit("{id: t,", "{id: модель,")),
    ("id-long", fw_edit("{id: t,", "{id: " + "t" * 65 + ",")),
    ("title-empty", fw_edit("title: {ru: Тест, en: Test}", "title: ''")),
    ("title-huge", fw_edit("title: {ru: Тест, en: Test}", "title: '" + "Т" * 10_001 + "'")),
    ("title-number", fw_edit("title: {ru: Тест, en: Test}", "title: 5")),
    ("title-list", fw_edit("title: {ru: Тест, en: Test}", "title: [a, b]")),
    ("title-de", fw_edit("title: {ru: Тест, en: Test}", "title: {de: Test}")),
    ("title-only-ru", fw_edit("title: {ru: Тест, en: Test}", "title: {ru: Тест}")),
    ("title-null-en", fw_edit("title: {ru: Тест, en: Test}", "title: {ru: Тест, en: null}")),
    ("title-nul", fw_edit("title: {ru: Тест, en: Test}", 'title: "Te\\0st"')),
    ("scale-empty", fw_edit("scale:\n", "scale: []\nx:\n")),
    ("scale-dup-level", fw_edit("{level: 2,", "{level: 1,")),
    ("scale-negative", fw_edit("{level: 1,", "{level: -1,")),
    ("scale-float", fw_edit("{level: 2,", "{level: 2.5,")),
    ("scale-string", fw_edit("{level: 2,", "{level: '2',")),
    ("scale-bool", fw_edit("{level: 1,", "{level: true,")),
    ("scale-huge", fw_edit("{level: 3,", "{level: 1000000000000,")),
    ("group-missing-name", fw_edit("{id: g1, name: {ru: Группа, en: Group}}", "{id: g1}")),
    (
        "groups-map",
        fw_edit("groups:\n  - {id: g1, name: {ru: Группа, en: Group}}", "groups: {g1: Group}"),
    ),
    ("anchors-list", fw_edit("    anchors:\n", "    anchors: [a, b, c]\n    old_anchors:\n")),
    ("anchor-key-text", fw_edit("      1: {ru: Уровень один", "      one: {ru: Уровень один")),
    ("anchor-null", fw_edit("      2: {ru: Уровень два, en: Level two}", "      2: null")),
    ("question-number", fw_edit("      - {ru: Вопрос?, en: Question?}", "      - 42")),
    ("target-text", fw_edit("target: 3,", "target: high,")),
    ("weight-inf", fw_edit("weight: 2,", "weight: .inf,")),
    ("weight-nan", fw_edit("weight: 2,", "weight: .nan,")),
    ("weight-huge", fw_edit("weight: 2,", "weight: 1e308,")),
    ("minimum-text", fw_edit("minimum: 2}", "minimum: low}")),
    ("targets-empty", fw_edit("      c1: {target: 3, weight: 2, minimum: 2}\n", "      {}\n")),
    ("band-negative", fw_edit("base_min: 60000", "base_min: -1")),
    ("band-text", fw_edit("base_max: 80000", "base_max: много")),
    ("verdict-over-100", fw_edit("recommend: 80", "recommend: 180")),
    ("verdict-zero", fw_edit("conditional: 65", "conditional: 0")),
    ("payback-three", fw_edit("payback_months: [6, 12]", "payback_months: [6, 12, 18]")),
    ("payback-text", fw_edit("payback_months: [6, 12]", "payback_months: полгода")),
    ("gap-negative", fw_edit("seller_manager_gap: 1.5", "seller_manager_gap: -1")),
    ("sql-id", fw_edit("  - id: c1\n", '  - id: "c1\'; DROP TABLE x;--"\n')),
    ("formula-id", fw_edit("  - id: c1\n", "  - id: =HYPERLINK(x)\n")),
]

FRAMEWORKS_ACCEPTED: list[tuple[str, bytes, str]] = [
    ("bom", b"\xef\xbb\xbf" + MINIMAL.encode(), "Competency"),
    ("crlf", MINIMAL.replace("\n", "\r\n").encode(), "Competency"),
    ("mixed-eol", MINIMAL.replace("\n", "\r\n", 5).encode(), "Competency"),
    (
        "markup-name",
        fw_edit(
            "name: {ru: Компетенция, en: Competency}",
            "name: {ru: '<b>Жирная</b> & Ко', en: '<b>Bold</b> & Co'}",
        ),
        "<b>Bold</b> & Co",
    ),
    (
        "formula-name",
        fw_edit(
            "name: {ru: Компетенция, en: Competency}",
            "name: {ru: '=SUM(A1)', en: '=HYPERLINK(\"x\")'}",
        ),
        '=HYPERLINK("x")',
    ),
    (
        "emoji-name",
        fw_edit(
            "name: {ru: Компетенция, en: Competency}", "name: {ru: 'Смайлик 😀', en: 'Smile 😀'}"
        ),
        "Smile 😀",
    ),
    (
        "rtl-name",
        fw_edit("name: {ru: Компетенция, en: Competency}", "name: {ru: 'עברית', en: 'العربية'}"),
        "العربية",
    ),
]


def test_date_like_version_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    path.write_bytes(fw_edit('version: "1"', "version: 2026-01-01"))
    assert load_framework(path, use_cache=False).version == "2026-01-01"


def test_framework_corpus_size() -> None:
    assert len(FRAMEWORKS_REFUSED) >= 50


@pytest.mark.parametrize(
    ("case", "payload"), FRAMEWORKS_REFUSED, ids=[c for c, _ in FRAMEWORKS_REFUSED]
)
def test_malformed_framework_is_refused(case: str, payload: bytes, tmp_path: Path) -> None:
    path = tmp_path / f"{case}.yaml"
    path.write_bytes(payload)
    with pytest.raises(FrameworkError) as info:
        load_framework(path, use_cache=False)
    for lang in ("ru", "en"):
        lines = info.value.render(lang)
        assert lines and all(line.startswith(str(path)) for line in lines)


@pytest.mark.parametrize(
    ("case", "payload", "name"), FRAMEWORKS_ACCEPTED, ids=[c for c, _, _ in FRAMEWORKS_ACCEPTED]
)
def test_odd_but_valid_framework_is_kept_exactly(
    case: str, payload: bytes, name: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{case}.yaml"
    path.write_bytes(payload)
    fw = load_framework(path, use_cache=False)
    assert fw.competency("c1").name.en == name
    assert parse_framework(fw.text).content_hash == fw.content_hash
