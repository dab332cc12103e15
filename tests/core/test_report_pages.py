"""Page 1 decides, whatever the content: hostile candidates (a 20,000-character note with line
breaks, six assessors who disagree, a 200-character name, Greek, Hebrew and Arabic names, a
draft-only candidate) and a comparison across two profiles keep the page-1 invariants — verdict,
reason, chart and decision block on page 1; no heading as the last thing on a page; every text
inside the page; no letter replaced where a bundled font has it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import ActionFlowable, Flowable, Paragraph, SimpleDocTemplate, Spacer

from kamassess.framework.model import Framework
from kamassess.i18n.figures import reason_text
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import verdict_label
from kamassess.model import Candidate
from kamassess.reports import layout
from kamassess.reports.compare import compare_story, write_comparison
from kamassess.reports.fonts import PLACEHOLDER
from kamassess.reports.interview import interview_story
from kamassess.reports.profile import profile_story, write_profile
from kamassess.scoring.batch import evaluate_many
from kamassess.scoring.evaluation import evaluate
from kamassess.store.sqlite import Store

from .conftest import run_cli
from .test_reports import assert_inside_pages, demo_store, flat  # noqa: F401 (a fixture)

LONG_NOTE = "\n".join(
    f"Строка {i}: кандидат рассказывал о проекте вентиляции торгового центра, сроках и "
    f"согласованиях с генподрядчиком; подробности записаны дословно."
    for i in range(170)
)
NAME_200 = ("Константинопольская-Щедрина " * 8)[:200].strip()
SCRIPTS = "Αλέξανδρος Παπαδόπουλος דוד כהן محمد عبد الله"


def _rate(store: Store, fw: Framework, cid: str, who: str, level: int, final: bool = True) -> None:
    aid = store.create_assessment(cid, who, "hr", "interview", date(2026, 11, 20), fw, "t")
    for c in fw.competencies:
        store.set_rating(aid, c.id, level, f"Наблюдение {who}:\nпервая строка\nвторая", "t")
    if final:
        store.finalise(aid, "t")


@pytest.fixture
def hostile(demo_store: Store, framework: Framework) -> Store:  # noqa: F811
    store = demo_store
    c2 = store.candidate("c-002")
    store.save_candidate(replace(c2, notes=LONG_NOTE), "t")
    store.add_candidate(Candidate("h-6", "Шестеро Оценщиков", "external", "kam"), "t")
    for k in range(6):  # 1, 5, 1, 5, 1, 5 on every competency: the strongest disagreement
        _rate(store, framework, "h-6", f"Оценщик {k + 1}", 1 if k % 2 == 0 else 5)
    store.add_candidate(Candidate("h-name", NAME_200, "internal", "kam"), "t")
    _rate(store, framework, "h-name", "Петрова", 4)
    store.add_candidate(Candidate("h-intl", SCRIPTS, "external", "kam", notes=SCRIPTS), "t")
    _rate(store, framework, "h-intl", "Петрова", 3)
    store.add_candidate(Candidate("h-evid", "Длинные Наблюдения", "external", "kam"), "t")
    aid = store.create_assessment(
        "h-evid", "Петрова", "hr", "interview", date(2026, 11, 20), framework, "t"
    )
    for c in framework.competencies:
        store.set_rating(aid, c.id, 4, LONG_NOTE if c == framework.competencies[0] else "", "t")
    store.finalise(aid, "t")
    store.add_candidate(Candidate("h-draft", "Только Черновик", "external", "kam"), "t")
    _rate(store, framework, "h-draft", "Петрова", 4, final=False)
    return store


class _Recorder(SimpleDocTemplate):  # type: ignore[misc]
    """The profile's page set-up, noting on which page each flowable lands."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.placed: list[tuple[int, Flowable]] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name for the hook
        self.placed.append((self.page, flowable))


def _placements(story: list[Flowable], tmp_path: Path) -> list[tuple[int, Flowable]]:
    doc = _Recorder(
        str(tmp_path / "measure.pdf"),
        pagesize=A4,
        leftMargin=layout.MARGIN,
        rightMargin=layout.MARGIN,
        topMargin=layout.MARGIN,
        bottomMargin=18 * 72 / 25.4,
        initialFontName=layout.REGULAR,
    )
    doc.build(story)
    return doc.placed


def _is_heading(f: Flowable) -> bool:
    return isinstance(f, Paragraph) and f.style.name in ("h1", "h2")


def _stranded(placed: list[tuple[int, Flowable]]) -> list[str]:
    """Headings whose next piece of content (not a spacer nor a page or frame break, which
    reportlab also reports) lands on a later page."""
    content = [(page, f) for page, f in placed if not isinstance(f, (ActionFlowable, Spacer))]
    return [
        f.getPlainText()
        for (page, f), (next_page, _) in pairwise(content)
        if _is_heading(f) and next_page != page
    ]


CASES = ["c-002", "h-6", "h-name", "h-intl", "h-draft", "c-004", "h-evid"]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("cid", CASES)
def test_page_one_holds_the_verdict_reason_chart_and_decision(
    hostile: Store, framework: Framework, tmp_path: Path, cid: str, lang: str
) -> None:
    ev = evaluate(hostile, framework, cid)
    path = write_profile(ev, framework, tmp_path / f"{cid}.pdf", lang)
    pages = [flat(page.extract_text() or "") for page in PdfReader(path).pages]
    first = pages[0]
    res = ev.result
    if res.verdict:
        assert verdict_label(res.verdict, lang).upper() in first
        assert flat(reason_text(res, framework, lang)) in first
    else:
        assert tr("rep.no_final", lang) in first
    if res.fit is not None:  # the chart: its legend and an axis label drawn on page 1
        assert tr("rep.ideal", lang) in first
        assert framework.competencies[0].name.get(lang) in first
    assert tr("rep.decision", lang) in first and tr("rep.dec_by", lang) in first
    assert_inside_pages(path)
    if cid == "c-002":  # the 20,000 characters: an excerpt on page 1, all of it at the end
        assert tr("rep.note_more", lang) in first
        assert "Строка 169:" in flat(" ".join(pages[1:]))
        assert "Строка 169:" not in first
    if cid == "h-intl":
        whole = " ".join(pages)
        assert "Αλέξανδρος Παπαδόπουλος" in whole and PLACEHOLDER not in whole


@pytest.mark.parametrize("cid", CASES)
def test_no_heading_ends_a_page(
    hostile: Store, framework: Framework, tmp_path: Path, cid: str
) -> None:
    placed = _placements(
        profile_story(evaluate(hostile, framework, cid), framework, "ru"), tmp_path
    )
    assert _stranded(placed) == []


def test_evidence_keeps_its_line_breaks(
    hostile: Store, framework: Framework, tmp_path: Path
) -> None:
    path = write_profile(
        evaluate(hostile, framework, "h-name"), framework, tmp_path / "p.pdf", "ru"
    )
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    # "Наблюдение Петрова:\nпервая строка\nвторая" prints on three lines, not one
    assert "Наблюдение Петрова:\nпервая строка\nвторая" in text


def test_comparison_of_six_across_two_profiles(
    hostile: Store, framework: Framework, tmp_path: Path
) -> None:
    ids = ["c-001", "c-002", "c-003", "c-004", "h-6", "h-intl"]  # c-004 targets the team lead
    evs = evaluate_many(hostile, framework, ids, profile="kam")
    path = write_comparison(evs, tmp_path / "six.pdf", "ru")
    assert_inside_pages(path)
    whole = flat(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))
    assert whole.count("свой целевой профиль: КАМ — руководитель группы") == 1
    assert "Каждый кандидат отдельно на фоне идеального портрета" in whole
    assert _stranded(_placements(compare_story(evs, "ru"), tmp_path)) == []


def test_a_long_note_splits_and_its_competency_heading_repeats(
    hostile: Store, framework: Framework, tmp_path: Path
) -> None:
    ev = evaluate(hostile, framework, "h-evid")
    path = write_profile(ev, framework, tmp_path / "e.pdf", "ru")
    pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    name = framework.competencies[0].name.get("ru")
    first_line = next(i for i, t in enumerate(pages) if "Строка 0:" in t)
    last_line = next(i for i, t in enumerate(pages) if "Строка 169:" in t)
    # the note starts on the page of its heading and goes on over the next pages, each of
    # which names the competency again above it
    assert last_line > first_line
    for number in range(first_line, last_line + 1):
        assert name in pages[number], number


def test_kamassess_lang_switches_the_reports_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamassess.cli import main as cli

    db = tmp_path / "k.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    out = tmp_path / "p.pdf"
    argv = ["--db", str(db), "report", "profile", "--candidate", "c-001", "--out", str(out)]
    monkeypatch.setenv("KAMASSESS_LANG", "en")  # no --lang anywhere: the environment decides
    assert cli.run(*cli.parse(argv)) == 0
    assert "CANDIDATE PROFILE" in (PdfReader(out).pages[0].extract_text() or "")
    monkeypatch.delenv("KAMASSESS_LANG")
    assert cli.run(*cli.parse(argv)) == 0
    assert "ПРОФИЛЬ КАНДИДАТА" in (PdfReader(out).pages[0].extract_text() or "")  # the default


def test_an_anonymised_profile_and_comparison_name_nobody(
    demo_store: Store,  # noqa: F811
    framework: Framework,
    tmp_path: Path,
) -> None:
    from kamassess.workspace import Workspace

    db = demo_store.path
    demo_store.close()
    with Workspace.open(db, framework=framework, lang="ru") as ws:
        cands = {c.id: c for c in ws.store.candidates()}
        profile = ws.write_profile("c-002", tmp_path / "a.pdf", anonymise=True)
        compare = ws.write_comparison(
            ["c-001", "c-002", "c-003"], tmp_path / "b.pdf", profile="kam", anonymise=True
        )
    for path in (profile, compare):
        reader = PdfReader(path)
        text = " ".join(page.extract_text() or "" for page in reader.pages)
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        for cid in ("c-001", "c-002", "c-003"):
            c = cands[cid]
            # a region the company itself works in ("ours: Москва") may print; theirs may not
            region = None if c.region in framework.company.regions else c.region
            facts = (c.employer, c.current_role, region)
            for secret in (cid, c.name, *c.name.split(), *(f for f in facts if f)):
                if secret:
                    assert secret not in text and secret not in meta, (path.name, secret)
    first = PdfReader(profile).pages[0].extract_text() or ""
    assert "Кандидат A" in first and "Обезличено" in first
    assert "Кандидат C" in (PdfReader(compare).pages[0].extract_text() or "")


@pytest.mark.parametrize("recorded", [True, False])
@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("cid", ["c-002", "h-6", "h-name"])
def test_page_one_holds_the_decision_beside_the_panels_recommendations(
    hostile: Store, framework: Framework, tmp_path: Path, cid: str, lang: str, recorded: bool
) -> None:
    """A debrief's consensus and the assessors' recommendations beside the fit, and a decision
    recorded with long conditions and outcomes (or none yet): page 1 keeps the verdict, the
    recommendations and the decision block (the conditions cut short), and the conditions in
    full and the outcomes follow the other sections."""
    from kamassess.decisions.model import Decision, OutcomeRecord

    conditions = " ".join(f"условие {i}: испытательный срок с наставником." for i in range(60))
    decision = Decision(cid, "conditional", date(2026, 12, 1), "Орлов П. П.", conditions, 95000)
    outcome = OutcomeRecord(cid, probation_passed=True, performance_6m=4, performance_6m_by="Орлов")
    with hostile.write("Петрова") as w:
        w.set_consensus(cid, framework.competencies[0].id, 3, "сошлись", date(2026, 11, 25))
    ev = evaluate(hostile, framework, cid)
    decided = (decision, outcome) if recorded else (None, None)
    path = write_profile(ev, framework, tmp_path / f"{cid}.pdf", lang, decided=decided)
    pages = [flat(page.extract_text() or "") for page in PdfReader(path).pages]
    first, rest = pages[0], flat(" ".join(pages[1:]))
    assert verdict_label(ev.result.verdict, lang).upper() in first
    assert tr("rep.recommend_tally", lang) in first and tr("rep.dec_by", lang) in first
    if recorded:
        assert tr("dec.decided_by_name", lang, name="Орлов П. П.") in first
        assert "условие 0:" in first and "условие 59:" not in first  # cut at a word, with "…"
        assert "условие 59:" in rest and tr("dec.outcomes", lang) in rest
    else:
        assert tr("rep.dec_conditions", lang) in first
    assert_inside_pages(path)
    placed = _placements(profile_story(ev, framework, lang, decided=decided), tmp_path)
    assert not [
        f.getPlainText()
        for (page, f), (next_page, _) in pairwise(placed)
        if _is_heading(f) and next_page != page
    ]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("filled", [False, True])
def test_no_heading_ends_a_page_of_an_interview_sheet(
    hostile: Store, framework: Framework, tmp_path: Path, lang: str, filled: bool
) -> None:
    candidate = hostile.candidate("h-name") if filled else None
    for profile in framework.profiles:
        story = interview_story(framework, profile.id, lang, candidate=candidate)
        assert _stranded(_placements(story, tmp_path)) == [], profile.id


def test_an_interview_sheet_filled_in_for_a_candidate(
    hostile: Store, framework: Framework, tmp_path: Path
) -> None:
    """The candidate's name on every page (the footer), their own profile, six evidence lines per
    competency instead of three, the recommendation boxes and a line to sign; the blank sheet
    names nobody."""
    code, _, _ = run_cli(
        "--db", str(hostile.path), "report", "interview", "--candidate", "c-004",
        "--out", str(tmp_path / "c4.pdf"), "--lang", "en",
    )  # fmt: skip
    assert code == 0
    pages = [flat(pg.extract_text() or "") for pg in PdfReader(tmp_path / "c4.pdf").pages]
    who = hostile.candidate("c-004").name
    assert all(f"{who} (c-004)" in page for page in pages)
    team_lead = framework.profile("kam_team_lead").name.get("en")
    assert f"Interview sheet: {team_lead}" in pages[0]  # c-004's own profile
    whole = " ".join(pages)
    assert tr("rec.strong_yes", "en") in whole and tr("rep.int_signed_by", "en") in whole
    blank = tmp_path / "blank.pdf"
    code, _, _ = run_cli(
        "report", "interview", "--profile", "kam_team_lead", "--out", str(blank), "--lang", "en"
    )
    assert code == 0
    blank_text = " ".join(pg.extract_text() or "" for pg in PdfReader(blank).pages)
    assert who not in blank_text and "c-004" not in blank_text
    # more room for evidence: the filled sheet is longer, competency for competency
    assert len(pages) > len(PdfReader(blank).pages)
    # a filled sheet is personal data: the same private file as a profile
    assert (tmp_path / "c4.pdf").stat().st_mode & 0o077 == 0
