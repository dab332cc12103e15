"""Bundles version 2: the assessors' registry, recommendations and consensus travel and come back
the same; a version-1 file still imports, and version-2 fields in it are refused where they are."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from kamassess.exchange.bundle import BundleError, read_bundle
from kamassess.exchange.demo import bundle as demo_bundle
from kamassess.exchange.exporter import export_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store

from .conftest import run_cli


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def load(store: Store, fw: Framework, path: Path) -> Any:
    return import_bundle(store, fw, read_bundle(path, fw, store), "tester")


def version_1(doc: dict[str, Any]) -> dict[str, Any]:
    """What a version-1 program wrote: no registry, no recommendations, no consensus."""
    doc = {**doc, "version": 1}
    doc["assessments"] = [
        {k: v for k, v in a.items() if not k.startswith(("recommendation", "assessor_id"))}
        for a in doc["assessments"]
    ]
    return doc


def test_registry_recommendations_and_consensus_travel_and_come_back(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    load(store, framework, write(tmp_path / "demo.yaml", demo_bundle()))
    with store.write("Модератор Н. Н.") as w:
        w.set_consensus("c-002", "relationship_building", 3, "Сошлись на 3", date(2026, 11, 20))
    for suffix in (".yaml", ".json"):
        out = tmp_path / f"export{suffix}"
        export_bundle(store, framework, out)
        text = out.read_text(encoding="utf-8")
        doc = json.loads(text) if suffix == ".json" else yaml.safe_load(text)
        assert doc["version"] == 2
        assert {p["name"] for p in doc["assessors"]} == {
            "Петрова А. В.",
            "Кузнецов Д. С.",
            "Орлов В. П.",
        }
        assert doc["consensus"] == [
            {
                "candidate": "c-002",
                "competency": "relationship_building",
                "level": 3,
                "note": "Сошлись на 3",
                "moderator": "Модератор Н. Н.",
                "date": "2026-11-20",
            }
        ]
        with Store.open(tmp_path / f"fresh{suffix}.db") as fresh:
            report = load(fresh, framework, out)
            assert report.consensus["added"] == 1
            assert fresh.assessors() == store.assessors()  # the same people, by the same ids
            assert fresh.all_consensus() == store.all_consensus()
            mine = [(a.key, a.recommendation, a.recommendation_reason) for a in store.assessments()]
            assert [
                (a.key, a.recommendation, a.recommendation_reason) for a in fresh.assessments()
            ] == mine
            again = load(fresh, framework, out)  # the same file again changes nothing
            assert not again.changed and again.consensus == {
                "added": 0,
                "updated": 0,
                "unchanged": 1,
            }


def test_a_version_1_file_imports_final_assessments_without_a_recommendation(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    report = load(store, framework, write(tmp_path / "v1.yaml", version_1(demo_bundle())))
    assert report.assessments["added"] == 10
    finals = [a for a in store.assessments() if a.status == "final"]
    assert finals and all(a.recommendation is None for a in finals)  # shown as "not given"
    assert len(store.assessors()) == 3  # people by name, as before
    # A version-2 file of the same assessments brings their recommendations... but a final
    # assessment is never changed by a file: it is a conflict, named, and nothing is written.
    with pytest.raises(BundleError) as info:
        read_bundle(write(tmp_path / "v2.yaml", demo_bundle()), framework, store)
    assert "final" in "\n".join(info.value.render("en"))
    # The version-1 file again changes nothing (it says nothing about recommendations).
    assert not load(store, framework, tmp_path / "v1.yaml").changed


def test_version_2_fields_in_a_version_1_file_are_refused_where_they_are(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    doc = version_1(demo_bundle())
    doc["assessments"][1]["recommendation"] = "yes"
    doc["consensus"] = []
    path = tmp_path / "mixed.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework, store)
    rendered = info.value.render("en")
    assert len(rendered) == 2, rendered
    consensus_line = next(i for i, line in enumerate(lines, 1) if line.startswith("consensus:"))
    (rec_line,) = [i for i, line in enumerate(lines, 1) if "recommendation:" in line]
    # named as its author knows it: the assessment by whose it is, then the field
    assert any(f":{rec_line}:" in r and "› recommendation:" in r for r in rendered), rendered
    assert any(f":{consensus_line}:" in r and "version 2" in r for r in rendered), rendered
    assert store.counts()["assessments"] == 0  # nothing imported
    code, out, _ = run_cli("--db", str(tmp_path / "x.db"), "import", str(path), lang="ru")
    assert code == 1 and "версии 2" in out


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["assessments"][0].update(assessor_id="nobody"), "not among the file's"),
        (lambda d: d["assessors"].append(dict(d["assessors"][0])), "listed twice"),
        (lambda d: d["consensus"][0].update(level=9), "not a level of the scale"),
        (lambda d: d["consensus"][0].update(competency="telepathy"), "telepathy"),
        (lambda d: d["consensus"][0].update(candidate="c-999"), "c-999"),
        (lambda d: d["consensus"].append(dict(d["consensus"][0])), "second consensus"),
    ],
)
def test_the_panel_sections_are_checked(
    store: Store, framework: Framework, tmp_path: Path, change: Any, expected: str
) -> None:
    doc = demo_bundle()
    doc["assessors"] = [{"id": "a-petrova", "name": "Петрова А. В."}]
    doc["assessments"][0]["assessor_id"] = "a-petrova"
    doc["consensus"] = [
        {
            "candidate": "c-002",
            "competency": "relationship_building",
            "level": 3,
            "moderator": "Орлов В. П.",
            "date": "2026-11-20",
        }
    ]
    load(store, framework, write(tmp_path / "ok.yaml", doc))  # the file as it is imports
    assert store.find_assessor("петрова а. в.") is not None
    change(doc)
    with Store.open(tmp_path / "other.db") as other, pytest.raises(BundleError) as info:
        read_bundle(write(tmp_path / "bad.yaml", doc), framework, other)
    assert expected in "\n".join(info.value.render("en"))


def test_an_assessor_known_here_by_name_keeps_the_local_identity(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    load(store, framework, write(tmp_path / "demo.yaml", demo_bundle()))
    mine = store.find_assessor("Петрова А. В.")
    doc = demo_bundle()
    doc["candidates"] = [dict(doc["candidates"][0], id="c-050")]
    doc["assessments"] = [dict(doc["assessments"][0], candidate="c-050", assessor_id="elsewhere-7")]
    doc["assessors"] = [{"id": "elsewhere-7", "name": "ПЕТРОВА  А. В."}]
    load(store, framework, write(tmp_path / "other.yaml", doc))
    (theirs,) = store.assessments("c-050")
    assert mine is not None and theirs.assessor_id == mine.id  # one person, not two
    assert [p.name for p in store.assessors()].count("Петрова А. В.") == 1
