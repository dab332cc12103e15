"""The framework changes after assessments exist — a competency renamed, a profile removed, the
scale shrunk: scores and reports never crash, older ratings are never silently dropped, and what
was pooled and what was not is said."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from kamassess.framework.model import Framework, parse_framework
from kamassess.model import Candidate
from kamassess.scoring.errors import ProfileUnknown
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace

from .conftest import run_cli


def edited(framework_text: str, change: Any, version: str) -> tuple[Framework, str]:
    data = yaml.safe_load(framework_text)
    change(data)
    data["framework"]["version"] = version
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return parse_framework(text, f"fw-{version}"), text


def rename(old: str, new: str) -> Any:
    def change(data: dict[str, Any]) -> None:
        for comp in data["competencies"]:
            if comp["id"] == old:
                comp["id"] = new
        for prof in data["profiles"]:
            prof["targets"] = {(new if k == old else k): v for k, v in prof["targets"].items()}

    return change


def rate(ws: Workspace, cid: str, assessor: str, level: int, day: date) -> int:
    aid = ws.create_assessment(cid, assessor, "hr", "interview", day)
    profile = ws.framework.profile(ws.store.candidate(cid).profile)
    for t in profile.targets:
        ws.set_rating(aid, t.competency, level, "")
    ws.finalise(aid)
    return aid


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "hr.db"


def test_a_renamed_competency_is_not_silently_dropped(
    db: Path, tmp_path: Path, framework: Framework, framework_text: str
) -> None:
    new_fw, new_text = edited(
        framework_text, rename("engineering_knowledge", "engineering_expertise"), "2026.2"
    )
    with Workspace.open(db, framework=framework, lang="en", user="t") as ws:
        ws.save_candidate(Candidate("c-1", "Соколова", "internal", "kam"))
        old_aid = rate(ws, "c-1", "Петрова", 4, date(2026, 11, 10))
    with Workspace.open(db, framework=new_fw, lang="en", user="t") as ws:
        rate(ws, "c-1", "Кузнецов", 2, date(2026, 11, 20))
        ev = ws.evaluate("c-1")
    assert ev.framework.version == "2026.2"  # the newest assessment's version
    assert ev.pooling is not None
    assert ev.pooling.partly == ((old_aid, ("engineering_knowledge",)),)
    by_id = {c.competency: c for c in ev.result.competencies}
    assert by_id["engineering_expertise"].levels == (2,)  # only the rater who saw it renamed
    assert by_id["market_knowledge"].levels == (2, 4)  # both raters pooled elsewhere
    fw_file = tmp_path / "new.yaml"
    fw_file.write_text(new_text, encoding="utf-8")
    code, out, _ = run_cli("--db", str(db), "--framework", str(fw_file), "score", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert row["pooling"]["not_counted"] == {str(old_aid): ["engineering_knowledge"]}
    code, out, _ = run_cli("--db", str(db), "--framework", str(fw_file), "score")
    assert "Not counted from Петрова's assessment of 10 Nov 2026: engineering_knowledge" in out
    pdf = tmp_path / "p.pdf"
    code, _, err = run_cli(
        "--db",
        str(db),
        "--framework",
        str(fw_file),
        "report",
        "profile",
        "--candidate",
        "c-1",
        "--out",
        str(pdf),
    )
    assert code == 0, err
    from pypdf import PdfReader

    first = PdfReader(pdf).pages[0].extract_text()
    assert "Not counted from" in first and "engineering_knowledge" in first


def test_a_removed_profile_scores_under_the_assessments_version_or_says_why_not(
    db: Path, tmp_path: Path, framework: Framework, framework_text: str
) -> None:
    def drop_team_lead(data: dict[str, Any]) -> None:
        data["profiles"] = [p for p in data["profiles"] if p["id"] != "kam_team_lead"]

    new_fw, new_text = edited(framework_text, drop_team_lead, "2026.3")
    with Workspace.open(db, framework=framework, lang="en", user="t") as ws:
        ws.save_candidate(Candidate("c-1", "Волков", "internal", "kam_team_lead"))
        rate(ws, "c-1", "Петрова", 4, date(2026, 11, 10))
        ws.save_candidate(Candidate("c-2", "Без оценок", "internal", "kam_team_lead"))
        ws.save_candidate(Candidate("c-3", "Обычный", "external", "kam"))
    fw_file = tmp_path / "new.yaml"
    fw_file.write_text(new_text, encoding="utf-8")
    with Workspace.open(db, framework=new_fw, lang="en", user="t") as ws:
        ev = ws.evaluate("c-1")
        assert ev.framework.version == framework.version and ev.outdated
        assert ev.result.profile == "kam_team_lead"
        with pytest.raises(ProfileUnknown) as info:
            ws.evaluate("c-2")
        assert "kam_team_lead" in info.value.message.render("en")
    code, out, err = run_cli("--db", str(db), "--framework", str(fw_file), "score", "--json")
    assert code == 1  # scored the others, named the one it could not
    assert {r["candidate"] for r in json.loads(out)} == {"c-1", "c-3"}
    assert "Без оценок (c-2)" in err and "kam_team_lead" in err
    folder = tmp_path / "all"
    code, out, err = run_cli(
        "--db", str(db), "--framework", str(fw_file), "report", "all", "--out-dir", str(folder)
    )
    assert code == 1 and "2 of 3" in out and "c-2" in err
    assert sorted(p.name for p in folder.iterdir()) == ["c-1-profile.pdf", "c-3-profile.pdf"]


def test_a_shrunk_scale_leaves_the_old_ratings_out_and_says_so(
    db: Path, framework: Framework, framework_text: str
) -> None:
    def four_levels(data: dict[str, Any]) -> None:
        data["scale"] = [lv for lv in data["scale"] if lv["level"] <= 4]
        for comp in data["competencies"]:
            comp["anchors"].pop(5, None)
        for prof in data["profiles"]:
            for target in prof["targets"].values():
                target["target"] = min(target["target"], 4)
                if target.get("minimum") is not None:
                    target["minimum"] = min(target["minimum"], 4)

    new_fw, _ = edited(framework_text, four_levels, "2026.4")
    with Workspace.open(db, framework=framework, lang="en", user="t") as ws:
        ws.save_candidate(Candidate("c-1", "Соколова", "internal", "kam"))
        old_aid = rate(ws, "c-1", "Петрова", 5, date(2026, 11, 10))
    with Workspace.open(db, framework=new_fw, lang="en", user="t") as ws:
        rate(ws, "c-1", "Кузнецов", 3, date(2026, 11, 20))
        ev = ws.evaluate("c-1")
    assert ev.pooling is not None and ev.pooling.left_out == ((old_aid, "scale"),)
    assert all(c.levels in ((3,), ()) for c in ev.result.competencies)  # no 5 on a 4-level scale
    from kamassess.i18n.texts import pooling_lines

    assert any("another rating scale" in line for line in pooling_lines(ev, "en"))
    assert any("другая шкала" in line for line in pooling_lines(ev, "ru"))


def test_one_version_throughout_says_nothing_about_pooling(db: Path, framework: Framework) -> None:
    with Workspace.open(db, framework=framework, lang="en", user="t") as ws:
        ws.save_candidate(Candidate("c-1", "Соколова", "internal", "kam"))
        rate(ws, "c-1", "Петрова", 4, date(2026, 11, 10))
        rate(ws, "c-1", "Кузнецов", 3, date(2026, 11, 11))
        assert ws.evaluate("c-1").pooling is None
    with Store.open(db) as store:
        assert len(store.assessments("c-1")) == 2
