"""Bundles: all-or-nothing import with located errors, idempotence, and export round trips."""

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
from kamassess.exchange.importer import dry_run_import, import_bundle
from kamassess.framework.model import Framework
from kamassess.store.sqlite import SqliteStore, Store

from .conftest import BOTH_ENGINES

ENGINES = BOTH_ENGINES


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def snapshot(store: Store) -> tuple[Any, ...]:
    # The revision counts a desktop file's changes (for its automatic backups).
    revision = store.revision() if isinstance(store, SqliteStore) else None
    return (store.counts(), revision, store.candidates(), store.assessments())


def load(store: Store, fw: Framework, path: Path) -> Any:
    return import_bundle(store, fw, read_bundle(path, fw, store), "tester")


def test_demo_imports_and_reimport_changes_nothing(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    path = write(tmp_path / "demo.yaml", demo_bundle())
    first = load(store, framework, path)
    assert first.candidates["added"] == 4 and first.assessments["added"] == 10
    state = store.counts()
    second = load(store, framework, path)
    assert second.candidates == {"added": 0, "updated": 0, "unchanged": 4}
    assert second.assessments == {"added": 0, "updated": 0, "unchanged": 10}
    assert store.counts() == state


def test_an_assessment_made_after_an_import_is_numbered_after_it(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    # The import adds its assessments in bulk with ids it takes itself (after the highest on a
    # file, from the table's sequence on a server); one made afterwards must not collide.
    load(store, framework, write(tmp_path / "demo.yaml", demo_bundle()))
    imported = [a.id for a in store.assessments()]
    assert len(set(imported)) == 10  # the demo's 10 assessments
    created = {e["entity_key"] for e in store.history("c-001") if e["entity"] == "assessment"}
    assert created == {str(a.id) for a in store.assessments("c-001")}
    aid = store.create_assessment(
        "c-001", "Новиков", "hr", "interview", date(2026, 12, 1), framework, "tester"
    )
    assert aid > max(imported)
    assert store.assessment(aid).assessor == "Новиков"


def test_export_imports_back_to_the_same_data(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    load(store, framework, write(tmp_path / "demo.yaml", demo_bundle()))
    for suffix in (".yaml", ".json"):
        out = tmp_path / f"export{suffix}"
        counts = export_bundle(store, framework, out)
        assert counts == {"candidates": 4, "assessments": 10, "decisions": 0, "outcomes": 0}
        with Store.open(tmp_path / f"fresh{suffix}.db") as fresh:
            load(fresh, framework, out)
            assert fresh.candidates() == store.candidates()
            strip = [(a.key, a.assessor_role, a.status, a.ratings) for a in store.assessments()]
            assert [
                (a.key, a.assessor_role, a.status, a.ratings) for a in fresh.assessments()
            ] == strip


def test_export_of_chosen_candidates(store: Store, framework: Framework, tmp_path: Path) -> None:
    load(store, framework, write(tmp_path / "demo.yaml", demo_bundle()))
    out = tmp_path / "one.yaml"
    counts = export_bundle(store, framework, out, ["c-003"])
    assert counts == {"candidates": 1, "assessments": 2, "decisions": 0, "outcomes": 0}
    doc = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [c["id"] for c in doc["candidates"]] == ["c-003"]


def broken_demo(**changes: Any) -> dict[str, Any]:
    doc = demo_bundle()
    for key, value in changes.items():
        doc[key] = value
    return doc


def test_invalid_file_is_refused_whole_with_every_problem(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    load(store, framework, write(tmp_path / "demo.yaml", demo_bundle()))
    before = snapshot(store)
    doc = demo_bundle()
    doc["candidates"][0]["name"] = "Новое имя"  # a valid change that must not land either
    doc["candidates"].append(dict(doc["candidates"][1]))  # duplicate id
    doc["candidates"][2]["profile"] = "cto"
    doc["assessments"][3]["ratings"]["engineering_knowledge"]["level"] = 7
    doc["assessments"][4]["ratings"]["telepathy"] = {"level": 3, "evidence": ""}
    doc["assessments"][5]["candidate"] = "c-404"
    doc["assessments"][6]["method"] = "astrology"
    path = write(tmp_path / "bad.yaml", doc)
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework, store)
    rendered = info.value.render("en")
    text = path.read_text(encoding="utf-8").splitlines()
    # Items 3 and 4 would also change final assessments in the database: said too.
    assert len(rendered) == 8, rendered
    # Each place named as HR knows it: the candidate by name, the assessment by whose it is,
    # the competency by its name; the demo's fourth assessment is Орлов's of c-002.
    orlov = "assessment «c-002, Орлов В. П., 2026-11-11»"
    kuznetsov = "assessment «c-002, Кузнецов Д. С., 2026-11-14»"
    expected = [
        f"{orlov}: would change the final assessment of c-002 by Орлов В. П. (interview, "
        "11 Nov 2026)",
        f"{kuznetsov}: would change the final assessment of c-002 by Кузнецов Д. С.",
        "candidate «Морозов Игорь Олегович» › id: candidate id 'c-002' appears twice (also "
        "candidate no. 2 in the file)",
        "candidate «Лебедева Мария Сергеевна» › target profile: unknown profile 'cto'",
        f"{orlov} › competency «HVAC engineering expertise» › level: 7 is not a level",
        f"{kuznetsov} › competency «telepathy»: unknown competency 'telepathy'",
        "assessment «c-404, Петрова А. В., 2026-11-12» › candidate: assessment of candidate "
        "'c-404'",
        "assessment «c-003, Кузнецов Д. С., 2026-11-15» › method: 'astrology' is not one of: "
        "'interview', 'assessment_centre'",
    ]
    for fragment in expected:
        line = next(r for r in rendered if fragment in r)
        number = int(line.split(":")[1])
        assert 1 <= number <= len(text)
    telepathy = next(r for r in rendered if "telepathy" in r)
    assert "telepathy" in text[int(telepathy.split(":")[1]) - 1]
    assert snapshot(store) == before


def test_failure_halfway_leaves_no_trace(
    store: Store, framework: Framework, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamassess.store.writer import Writer

    path = write(tmp_path / "demo.yaml", demo_bundle())
    checked = read_bundle(path, framework, store)
    before = snapshot(store)
    real = Writer.add_new_assessments
    written: list[int] = []

    def flaky(self: Writer, *args: Any) -> Any:
        written.extend(real(self, *args))  # every candidate, assessment and rating is in...
        raise OSError("disk full")  # ...when the disk fills up before the commit

    monkeypatch.setattr(Writer, "add_new_assessments", flaky)
    with pytest.raises(OSError):
        import_bundle(store, framework, checked, "tester")
    assert len(written) == len(checked.assessments)
    assert snapshot(store) == before  # and none of it is kept


def test_dry_run_writes_nothing(store: Store, framework: Framework, tmp_path: Path) -> None:
    path = write(tmp_path / "demo.yaml", demo_bundle())
    before = snapshot(store)
    report = dry_run_import(store, framework, read_bundle(path, framework, store), "t")
    assert report.candidates["added"] == 4
    assert snapshot(store) == before


def test_changing_a_final_assessment_by_import_is_refused(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    load(store, framework, write(tmp_path / "demo.yaml", demo_bundle()))
    doc = demo_bundle()
    doc["assessments"][0]["ratings"]["senior_negotiation"]["level"] = 5
    with pytest.raises(BundleError) as info:
        read_bundle(write(tmp_path / "change.yaml", doc), framework, store)
    (line,) = info.value.render("en")
    assert (
        "assessment «c-001, Петрова А. В., 2026-11-10»: would change the final assessment" in line
    )
    # The draft one (assessor Орлов for c-004) may be updated by a newer file.
    doc = demo_bundle()
    doc["assessments"][9]["ratings"]["people_management"]["level"] = 4
    report = load(store, framework, write(tmp_path / "draft.yaml", doc))
    assert report.assessments["updated"] == 1 and report.ratings == 1


def test_framework_mismatch_and_wrong_format(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    doc = demo_bundle(framework_id="kam-retail")
    with pytest.raises(BundleError) as info:
        read_bundle(write(tmp_path / "other.yaml", doc), framework, store)
    assert "framework 'kam-retail'" in info.value.render("en")[0]
    doc = demo_bundle()
    doc["format"] = "something-else"
    with pytest.raises(BundleError) as info:
        read_bundle(write(tmp_path / "fmt.yaml", doc), framework, store)
    assert info.value.problems[0].path == "format"


def test_json_duplicate_keys_are_located(
    store: Store, framework: Framework, tmp_path: Path
) -> None:
    text = json.dumps(demo_bundle(), ensure_ascii=False, indent=1)
    text = text.replace('"kind": "internal",', '"kind": "internal", "kind": "external",', 1)
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework, store)
    (problem,) = info.value.problems
    assert problem.message.key == "yaml.duplicate_key" and problem.path == "candidates[0].kind"
    assert '"kind": "external"' in text.splitlines()[problem.line - 1]


def test_valid_json_is_read_fast_path(store: Store, framework: Framework, tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    path.write_text(json.dumps(demo_bundle(), ensure_ascii=False), encoding="utf-8")
    checked = read_bundle(path, framework, store)
    assert len(checked.assessments) == 10


def test_yaml11_booleans_and_dates(store: Store, framework: Framework, tmp_path: Path) -> None:
    doc = demo_bundle()
    path = write(tmp_path / "b.yaml", doc)
    text = path.read_text(encoding="utf-8").replace(
        "technical_education: true", "technical_education: yes", 1
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BundleError) as info:
        read_bundle(path, framework, store)
    assert info.value.problems[0].message.key == "schema.expected_bool"
