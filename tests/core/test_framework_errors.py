"""A corpus of broken framework files: each gives the expected message at the expected line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kamassess.framework.model import FrameworkError, load_framework, parse_framework
from kamassess.parsing.yamlsource import ALIAS_BUDGET

MINIMAL = """\
framework: {id: t, version: "1", title: {ru: Тест, en: Test}}
scale:
  - {level: 1, label: {ru: Низкий, en: Low}}
  - {level: 2, label: {ru: Средний, en: Mid}}
  - {level: 3, label: {ru: Высокий, en: High}}
groups:
  - {id: g1, name: {ru: Группа, en: Group}}
competencies:
  - id: c1
    group: g1
    name: {ru: Компетенция, en: Competency}
    definition: {ru: Определение, en: Definition}
    anchors:
      1: {ru: Уровень один, en: Level one}
      2: {ru: Уровень два, en: Level two}
      3: {ru: Уровень три, en: Level three}
    questions:
      - {ru: Вопрос?, en: Question?}
profiles:
  - id: p1
    name: {ru: Профиль, en: Profile}
    targets:
      c1: {target: 3, weight: 2, minimum: 2}
    salary_band: {currency: RUB, base_min: 60000, base_max: 80000}
verdicts: {recommend: 80, conditional: 65}
risk_rules:
  internal_tenure_years: 3
  payback_months: [6, 12]
  job_hopping_tenure_years: 2
  seller_manager_gap: 1.5
  sales_groups: [g1]
"""

SECOND_COMPETENCY = """\
  - id: c1 #!
    group: g1
    name: {ru: Другая, en: Other}
    definition: {ru: Определение, en: Definition}
    anchors: {1: {ru: а, en: a}, 2: {ru: б, en: b}, 3: {ru: в, en: c}}
    questions: [{ru: Вопрос?, en: Question?}]
"""


def edit(old: str, new: str) -> Callable[[str], str]:
    def apply(text: str) -> str:
        assert old in text, f"test bug: {old!r} not in the base text"
        return text.replace(old, new, 1)

    return apply


# (case id, how to break MINIMAL, message key expected, path expected in the message)
# The line expected is the one marked "#!" in the broken text.
CASES: list[tuple[str, Callable[[str], str], str, str]] = [
    ("syntax", edit("    group: g1\n", "    group: g1: g2 #!\n"), "yaml.syntax", ""),
    ("tab-indent", edit("    group: g1\n", "\tgroup: g1 #!\n"), "yaml.syntax", ""),
    (
        "duplicate-key",
        edit("    definition:", "    group: g1 #!\n    definition:"),
        "yaml.duplicate_key",
        "competencies[0].group",
    ),
    (
        "yaml11-no-is-text",
        edit("seller_manager_gap: 1.5", "seller_manager_gap: no #!"),
        "schema.expected_number",
        "risk_rules.seller_manager_gap",
    ),
    (
        "yaml11-on-is-not-bool",
        edit(
            "      c1: {target: 3, weight: 2, minimum: 2}",
            "      c1: {target: on, weight: 2, minimum: 2} #!",
        ),
        "schema.expected_int",
        "profiles[0].targets.c1.target",
    ),
    (
        "bool-is-not-int",
        edit("minimum: 2}", "minimum: true} #!"),
        "schema.expected_int",
        "profiles[0].targets.c1.minimum",
    ),
    (
        "float-is-not-level",
        edit("target: 3,", "target: 2.5,"),
        "schema.expected_int",
        "profiles[0].targets.c1.target",
    ),
    (
        "weight-text",
        edit("weight: 2,", "weight: heavy,"),
        "schema.expected_number",
        "profiles[0].targets.c1.weight",
    ),
    (
        "weight-zero",
        edit("weight: 2,", "weight: 0,"),
        "schema.greater_than",
        "profiles[0].targets.c1.weight",
    ),
    (
        "weight-negative",
        edit("weight: 2,", "weight: -1,"),
        "schema.greater_than",
        "profiles[0].targets.c1.weight",
    ),
    (
        "unknown-key",
        edit("    group: g1\n", "    group: g1\n    grup: g2 #!\n"),
        "schema.unknown_key",
        "competencies[0].grup",
    ),
    (
        "unknown-top-key",
        edit("verdicts:", "verdict: {} #!\nverdicts:"),
        "schema.unknown_key",
        "verdict",
    ),
    (
        "missing-field",
        edit("    definition: {ru: Определение, en: Definition}\n", ""),
        "schema.missing",
        "competencies[0].definition",
    ),
    (
        "missing-section",
        edit("verdicts: {recommend: 80, conditional: 65}\n", ""),
        "schema.missing",
        "verdicts",
    ),
    (
        "duplicate-competency",
        edit("profiles:", SECOND_COMPETENCY + "profiles:"),
        "fw.duplicate_id",
        "competencies[1].id",
    ),
    (
        "duplicate-group",
        edit("competencies:", "  - {id: g1, name: Again} #!\ncompetencies:"),
        "fw.duplicate_id",
        "groups[1].id",
    ),
    (
        "duplicate-profile",
        edit(
            "verdicts:",
            "  - {id: p1, name: P, targets: {c1: {target: 3, weight: 1}}} #!\nverdicts:",
        ),
        "fw.duplicate_id",
        "profiles[1].id",
    ),
    (
        "unknown-group",
        edit("    group: g1\n", "    group: g9 #!\n"),
        "fw.unknown_group",
        "competencies[0].group",
    ),
    (
        "unknown-competency-in-profile",
        edit("    salary_band:", "      c9: {target: 2, weight: 1} #!\n    salary_band:"),
        "fw.unknown_competency",
        "profiles[0].targets.c9",
    ),
    (
        "target-off-scale",
        edit("target: 3,", "target: 4,"),
        "fw.level_off_scale",
        "profiles[0].targets.c1.target",
    ),
    (
        "minimum-off-scale",
        edit("minimum: 2}", "minimum: 0}"),
        "fw.level_off_scale",
        "profiles[0].targets.c1.minimum",
    ),
    (
        "minimum-above-target",
        edit("target: 3, weight: 2, minimum: 2", "target: 2, weight: 2, minimum: 3"),
        "fw.minimum_above_target",
        "profiles[0].targets.c1.minimum",
    ),
    (
        "anchor-missing",
        edit("      3: {ru: Уровень три, en: Level three}\n", ""),
        "fw.anchor_missing",
        "competencies[0].anchors",
    ),
    (
        "anchor-extra",
        edit(
            "      3: {ru: Уровень три, en: Level three}\n",
            "      3: {ru: Уровень три, en: Level three}\n      4: {ru: Четыре, en: Four} #!\n",
        ),
        "fw.anchor_extra",
        "competencies[0].anchors[4]",
    ),
    (
        "en-missing",
        edit("name: {ru: Компетенция, en: Competency}", "name: {ru: Компетенция} #!"),
        "text.missing_language",
        "competencies[0].name",
    ),
    (
        "ru-missing",
        edit("definition: {ru: Определение, en: Definition}", "definition: {en: Definition} #!"),
        "text.missing_language",
        "competencies[0].definition",
    ),
    (
        "unknown-language",
        edit("name: {ru: Группа, en: Group}", "name: {ru: Группа, en: Group, de: Gruppe}"),
        "text.unknown_language",
        "groups[0].name",
    ),
    (
        "empty-text",
        edit("name: {ru: Профиль, en: Profile}", "name: '  ' #!"),
        "schema.empty_text",
        "profiles[0].name",
    ),
    (
        "nul-in-text",
        edit("name: {ru: Профиль, en: Profile}", 'name: "Pro\\0file" #!'),
        "schema.control_chars",
        "profiles[0].name",
    ),
    (
        "verdict-order",
        edit("conditional: 65", "conditional: 85"),
        "fw.verdict_order",
        "verdicts.conditional",
    ),
    (
        "scale-too-short",
        edit("  - {level: 3, label: {ru: Высокий, en: High}}\n", ""),
        "schema.too_few",
        "scale",
    ),
    (
        "scale-too-long",
        edit(
            "groups:",
            "".join(f"  - {{level: {n}, label: L{n}}}\n" for n in range(4, 9)) + "groups:",
        ),
        "schema.too_many",
        "scale",
    ),
    (
        "scale-order",
        edit("  - {level: 1, label:", "  - {level: 4, label:"),
        "fw.scale_order",
        "scale",
    ),
    (
        "no-questions",
        edit("    questions:\n      - {ru: Вопрос?, en: Question?}\n", "    questions: [] #!\n"),
        "schema.too_few",
        "competencies[0].questions",
    ),
    (
        "questions-not-list",
        edit(
            "    questions:\n      - {ru: Вопрос?, en: Question?}\n", "    questions: Вопрос? #!\n"
        ),
        "schema.expected_list",
        "competencies[0].questions",
    ),
    ("bad-id", edit("  - id: c1\n", "  - id: c 1 #!\n"), "schema.bad_id", "competencies[0].id"),
    (
        "python-tag",
        edit("    group: g1\n", "    group: !!python/object:os.system g1 #!\n"),
        "yaml.tag",
        "competencies[0].group",
    ),
    (
        "payback-order",
        edit("payback_months: [6, 12]", "payback_months: [12, 6] #!"),
        "fw.range_order",
        "risk_rules.payback_months",
    ),
    (
        "band-order",
        edit("base_min: 60000, base_max: 80000", "base_min: 90000, base_max: 80000"),
        "fw.band_order",
        "profiles[0].salary_band.base_min",
    ),
    (
        "risk-group-unknown",
        edit("sales_groups: [g1]", "sales_groups: [g1, sales] #!"),
        "fw.unknown_group",
        "risk_rules.sales_groups[1]",
    ),
    ("top-level-list", lambda _: "- framework #!\n- scale\n", "yaml.top_not_mapping", ""),
    ("empty-mapping", lambda _: "{} #!\n", "fw.empty", ""),
    ("only-comments", lambda _: "# nothing here #!\n", "file.empty", ""),
    (
        "recursive-alias",
        edit("  - id: c1\n", "  - id: c1\n    extra: &loop [*loop] #!\n"),
        "yaml.recursive_alias",
        "competencies[0].extra[0]",
    ),
]


# Errors about a whole list or item point at where that list or item starts.
ENCLOSING = {
    "scale-too-short": 3,
    "scale-too-long": 3,
    "scale-order": 3,
    "anchor-missing": 14,
    "missing-field": 9,
    "missing-section": 1,
}


def changed_line(text: str) -> int:
    """The first line an in-place edit changed."""
    pairs = zip(MINIMAL.splitlines(), text.splitlines(), strict=False)
    return next(n for n, (a, b) in enumerate(pairs, 1) if a != b)


def marked_line(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if "#!" in line:
            return number
    return None


@pytest.mark.parametrize(("case", "breaker", "key", "path"), CASES, ids=[c[0] for c in CASES])
def test_broken_framework_gives_the_expected_message(
    case: str, breaker: Callable[[str], str], key: str, path: str
) -> None:
    text = breaker(MINIMAL)
    with pytest.raises(FrameworkError) as info:
        parse_framework(text, "broken.yaml")
    problems = info.value.problems
    matching = [p for p in problems if p.message.key == key]
    assert matching, f"{case}: expected {key}, got {[p.render('en') for p in problems]}"
    problem = matching[0]
    assert problem.file == "broken.yaml"
    assert problem.path == path
    expected_line = ENCLOSING.get(case) or marked_line(text) or changed_line(text)
    assert problem.line == expected_line, f"{case}: {problem.render('en')}"
    rendered_en, rendered_ru = problem.render("en"), problem.render("ru")
    assert rendered_en.startswith(f"broken.yaml:{problem.line}:{problem.column}: ")
    assert rendered_en != rendered_ru


def test_minimal_base_is_valid() -> None:
    fw = parse_framework(MINIMAL, "ok.yaml")
    assert fw.competency("c1").anchors[3].en == "Level three"


def test_enclosing_item_errors_point_at_the_right_place() -> None:
    with pytest.raises(FrameworkError) as info:
        parse_framework(edit("      3: {ru: Уровень три, en: Level three}\n", "")(MINIMAL))
    (problem,) = info.value.problems
    assert (problem.line, problem.path) == (14, "competencies[0].anchors")
    assert problem.render("en").endswith("level 3 has no anchor")
    assert problem.render("ru").endswith("для уровня 3 нет поведенческого индикатора")


def test_all_errors_are_reported_together() -> None:
    text = edit("weight: 2,", "weight: 0,")(MINIMAL)
    text = edit("    group: g1\n", "    group: g9\n")(text)
    text = edit("name: {ru: Компетенция, en: Competency}", "name: {ru: Компетенция}")(text)
    text = edit("conditional: 65", "conditional: 90")(text)
    with pytest.raises(FrameworkError) as info:
        parse_framework(text, "many.yaml")
    keys = [p.message.key for p in info.value.problems]
    # g1 is left without competencies once c1 moves to g9: that is reported too.
    assert sorted(keys) == sorted(
        [
            "schema.greater_than",
            "fw.unknown_group",
            "fw.group_empty",
            "text.missing_language",
            "fw.verdict_order",
        ]
    )
    lines = [p.line for p in info.value.problems]
    assert lines == sorted(lines)


def test_unclosed_bracket_names_where_it_opened() -> None:
    text = edit("    group: g1\n", "    group: [g1\n")(MINIMAL)
    with pytest.raises(FrameworkError) as info:
        parse_framework(text, "b.yaml")
    (problem,) = info.value.problems
    assert problem.message.key == "yaml.syntax"
    assert problem.line == 11 and "line 10" in problem.render("en")


def test_alias_bomb_is_refused_quickly() -> None:
    bomb = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for n in range(1, 10):
        bomb += f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]\n"
    with pytest.raises(FrameworkError) as info:
        parse_framework(bomb + MINIMAL, "bomb.yaml")
    assert [p.message.key for p in info.value.problems] == ["yaml.alias_bomb"]
    assert str(ALIAS_BUDGET) in info.value.problems[0].render("en")


def test_small_aliases_are_fine() -> None:
    text = MINIMAL.replace("name: {ru: Группа, en: Group}", "name: &gname {ru: Группа, en: Group}")
    text = text.replace("name: {ru: Профиль, en: Profile}", "name: *gname")
    assert parse_framework(text).profile("p1").name.en == "Group"


def test_deep_nesting_is_refused() -> None:
    deep = MINIMAL + "extra: " + "[" * 200 + "]" * 200 + "\n"
    with pytest.raises(FrameworkError) as info:
        parse_framework(deep)
    assert info.value.problems[0].message.key in ("yaml.too_deep", "yaml.syntax")


@pytest.mark.parametrize(
    ("name", "payload", "key"),
    [
        ("cp1251", MINIMAL.encode("cp1251"), "file.not_utf8"),
        ("utf16", MINIMAL.encode("utf-16"), "file.utf16"),
        ("bom-ok", b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"), None),
        ("crlf-ok", MINIMAL.replace("\n", "\r\n").encode("utf-8"), None),
    ],
)
def test_encodings(tmp_path: Path, name: str, payload: bytes, key: str | None) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(payload)
    if key is None:
        assert load_framework(path).id == "t"
        return
    with pytest.raises(FrameworkError) as info:
        load_framework(path)
    problem = info.value.problems[0]
    assert problem.message.key == key
    if key == "file.not_utf8":  # the first Cyrillic byte: line 1, inside the title
        assert problem.line == 1 and problem.column > 1


def test_oversized_file_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(MINIMAL.encode() + b"#" * (5 * 1024 * 1024))
    with pytest.raises(FrameworkError) as info:
        load_framework(path)
    assert info.value.problems[0].message.key == "file.too_large"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_framework(tmp_path / "absent.yaml")
    with pytest.raises(FrameworkError) as info:
        load_framework(tmp_path)
    assert info.value.problems[0].message.key == "file.unreadable"


def test_shipped_file_error_names_its_line(framework_text: str) -> None:
    broken = framework_text.replace(
        "engineering_knowledge: {target: 4, weight: 3, minimum: 3}",
        "engineering_knowledge: {target: 4, weight: 3, minimum: 5}",
    )
    with pytest.raises(FrameworkError) as info:
        parse_framework(broken, "competencies.yaml")
    (problem,) = info.value.problems
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "minimum: 5}" in text)
    assert problem.line == line
    assert problem.render("en").startswith(f"competencies.yaml:{line}:")
    assert problem.path == "profiles[0].targets.engineering_knowledge.minimum"  # for programs
    assert (  # for people: the first profile, its target for the first competency
        "profile «KAM — key account manager» › competency «HVAC engineering expertise» › "
        "minimum level: minimum 5 is above the target 4"
    ) in problem.render("en")
