"""framework.schema.json matches the pydantic models; every core message exists in ru and en."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kamassess.framework import schema
from kamassess.i18n.messages import CATALOG, tr


def test_schema_file_is_generated_from_the_models(root: Path) -> None:
    on_disk = (root / "framework.schema.json").read_text(encoding="utf-8")
    assert on_disk == schema.json_schema_text(), "run `make schema` and commit the result"


def test_schema_is_draft07_and_closed(root: Path) -> None:
    data = json.loads((root / "framework.schema.json").read_text(encoding="utf-8"))
    assert data["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in json.dumps(data)
    assert data["additionalProperties"] is False
    assert set(data["required"]) >= {"framework", "scale", "groups", "competencies", "profiles"}


def test_shipped_framework_points_editors_at_the_schema(framework_text: str) -> None:
    assert framework_text.splitlines()[0] == (
        "# yaml-language-server: $schema=./framework.schema.json"
    )


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    field = re.compile(r"(?<!\{)\{(\w+)(?::[^{}]*)?\}(?!\})")
    plural = re.compile(r"\{\w+:plural:([^{}]*)\}")
    for key, entry in CATALOG.items():
        assert set(entry) == {"ru", "en"}, key
        # English has two plural forms (one, other), Russian three (one, few, many)
        assert all(f.count("|") == 1 for f in plural.findall(entry["en"])), key
        assert all(f.count("|") == 2 for f in plural.findall(entry["ru"])), key
        words = re.sub(r"\{\w+(?::[^{}]*)?\}", "", entry["en"])
        # Identical texts are fine only when there is nothing to translate ("[{n}/{total}]").
        assert entry["ru"] != entry["en"] or not re.search("[A-Za-z]", words), key
        # the one exception: Russian leaves out a parser's English words
        left_out = {"detail"} if key in ("syntax.other", "os.other") else set()
        assert set(field.findall(entry["ru"])) == set(field.findall(entry["en"])) - left_out, key


def test_tr_fills_parameters() -> None:
    assert tr("fw.anchor_missing", "ru", level=4) == "для уровня 4 нет поведенческого индикатора"
    assert tr("fw.anchor_missing", "en", level=4) == "level 4 has no anchor"
