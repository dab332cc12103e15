"""The retention policy: who is due for deletion and since when; `purge` lists them, asks, and
deletes them from every file the application wrote — database, WAL, backups, history, log."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from kamassess.decisions.model import Decision
from kamassess.decisions.retention import add_months, due_for_deletion
from kamassess.framework.model import Framework, Retention, parse_framework
from kamassess.model import Candidate
from kamassess.store import backup
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace
from tests.core.conftest import add_candidate, run_cli

TODAY = date.today()


def cand(cid: str, kind: str = "external", consent: date | None = None) -> Candidate:
    return Candidate(cid, f"Кандидат {cid}", kind, "kam", consent_until=consent)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 6, date(2026, 7, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),  # February has no 31st: its last day
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # a leap year
        (date(2026, 12, 1), 1, date(2027, 1, 1)),
        (date(2026, 3, 31), 12, date(2027, 3, 31)),
    ],
)
def test_months_are_calendar_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_who_is_due_and_since_when() -> None:
    policy = Retention()  # 6 months after a rejection or a withdrawal
    people = [
        cand("rejected"),
        cand("withdrew"),
        cand("too-recent"),
        cand("hired"),
        cand("on-hold"),
        cand("internal", kind="internal"),
        cand("no-decision"),
        cand("consent-over", consent=date(2026, 5, 31)),
        cand("consent-on", consent=date(2026, 12, 31)),
        cand("internal-consent", kind="internal", consent=date(2026, 1, 1)),
    ]
    decisions = {
        "rejected": Decision("rejected", "reject", date(2026, 1, 10), "Орлов"),
        "withdrew": Decision("withdrew", "withdrawn", date(2026, 2, 1), "Орлов"),
        "too-recent": Decision("too-recent", "reject", date(2026, 6, 2), "Орлов"),
        "hired": Decision("hired", "hire", date(2025, 1, 1), "Орлов"),
        "on-hold": Decision("on-hold", "on_hold", date(2025, 1, 1), "Орлов"),
        "internal": Decision("internal", "reject", date(2025, 1, 1), "Орлов"),
        "consent-on": Decision("consent-on", "reject", date(2026, 6, 1), "Орлов"),
    }
    due = due_for_deletion(people, decisions, policy, date(2026, 12, 1))
    # rejected 10 Jan + 6 months = 10 Jul; withdrew 1 Feb → 1 Aug; consent ended 31 May → due
    # 1 Jun; too-recent 2 Jun → 2 Dec (not yet); consent-on rejected 1 Jun → 1 Dec (today).
    assert [(d.candidate.id, d.reason, d.since) for d in due] == [
        ("consent-over", "consent", date(2026, 6, 1)),
        ("rejected", "decision", date(2026, 7, 10)),
        ("withdrew", "decision", date(2026, 8, 1)),
        ("consent-on", "decision", date(2026, 12, 1)),
    ]
    on_hold_too = Retention(months=3, decisions=("reject", "withdrawn", "on_hold"))
    ids = {
        d.candidate.id for d in due_for_deletion(people, decisions, on_hold_too, date(2026, 12, 1))
    }
    assert "on-hold" in ids and "too-recent" in ids and "internal" not in ids


def test_the_policy_comes_from_the_framework(framework_text: str) -> None:
    fw = parse_framework(framework_text)
    assert fw.retention == Retention(6, ("reject", "withdrawn"))
    edited = parse_framework(
        framework_text.replace("  months: 6\n", "  months: 24\n").replace(
            "decisions: [reject, withdrawn]", "decisions: [reject, on_hold]"
        )
    )
    assert edited.retention == Retention(24, ("reject", "on_hold"))
    # How long data is kept changes no score: old assessments stay on their version.
    assert edited.content_hash == fw.content_hash
    block = "retention:\n  months: 6\n  decisions: [reject, withdrawn]   # also possible: on_hold\n"
    assert block in framework_text
    assert parse_framework(framework_text.replace(block, "")).retention == Retention()


def test_a_bad_retention_policy_is_refused_at_its_line(framework_text: str) -> None:
    from kamassess.framework.model import FrameworkError

    with pytest.raises(FrameworkError) as info:
        parse_framework(
            framework_text.replace("decisions: [reject, withdrawn]", "decisions: [hire]")
        )
    (problem,) = info.value.problems
    assert problem.path == "retention.decisions[0]"


def populated(db: Path, fw: Framework) -> None:
    """Someone staying, someone rejected long ago (with evidence, a decision and backups that
    hold them), someone rejected last week, and an internal candidate rejected long ago."""
    with Workspace.open(db, framework=fw, lang="en", user="t") as ws:
        add_candidate(ws.store, "stay", name="Остающийся Оставленный")
        add_candidate(
            ws.store,
            "gone",
            name="Секретова Тайна Уникальная",
            kind="external",
            employer="ООО «Тайный работодатель»",
        )
        aid = ws.create_assessment("gone", "Петрова", "hr", "interview", date(2025, 11, 20))
        ws.set_rating(aid, "engineering_knowledge", 4, "уникальная-заметка-о-переговорах")
        ws.decide(Decision("gone", "reject", date(2025, 12, 1), "Орлов", "условие-тайное"))
        for minute in range(3):
            backup.auto_backup(ws.store, datetime(2026, 1, 2, 9, minute))
            add_candidate(ws.store, f"filler-{minute}")
        add_candidate(ws.store, "recent", name="Недавний Отказ", kind="external")
        ws.decide(Decision("recent", "reject", TODAY, "Орлов"))
        add_candidate(ws.store, "inside", name="Внутренний Сотрудник", kind="internal")
        ws.decide(Decision("inside", "reject", date(2024, 1, 1), "Орлов"))


SECRETS = (
    "Секретова Тайна Уникальная",
    "уникальная-заметка-о-переговорах",
    "Тайный работодатель",
    "условие-тайное",
)


def test_purge_lists_then_deletes_every_trace_of_who_is_due(
    tmp_path: Path, framework: Framework, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "KAM Assess"
    db = data / "kamassess.db"
    log = data / "logs" / "kamassess.log"
    from kamassess import paths

    monkeypatch.setattr(paths, "log_file", lambda: log)
    populated(db, framework)
    assert any(SECRETS[0].encode() in p.read_bytes() for p in backup.list_backups(db))
    code, out, _ = run_cli("--db", str(db), "purge", "--dry-run")
    assert code == 0
    assert "1 candidate due for deletion (retention: 6 months after the decision):" in out
    assert (
        "gone  Секретова Тайна Уникальная — reject on 1 Dec 2025; due for deletion since 1 Jun 2026"
        in out
    )
    assert "Недавний" not in out and "Внутренний" not in out
    # Not on a terminal and no --yes: nothing is deleted, and the usage code says why.
    code, _, err = run_cli("--db", str(db), "purge")
    assert code == 64 and "--yes" in err
    with Store.open(db) as s:
        assert "gone" in s.candidate_ids()
    code, out, _ = run_cli("--db", str(db), "purge", "--yes")
    assert code == 0 and "deleted 1 candidate from" in out and "exported bundles and PDFs" in out
    written = [p for p in data.rglob("*") if p.is_file()]
    assert len(backup.list_backups(db)) == 3 and db in written
    for path in written:
        raw = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in raw, (path, secret)
    with Store.open(db) as s:
        assert s.candidate_ids() == {"stay", "filler-0", "filler-1", "filler-2", "recent", "inside"}
        assert s.decision("gone") is None and s.history("gone") == []
    assert run_cli("--db", str(db), "purge", "--dry-run")[1].startswith("nobody is due")


def test_consent_that_ran_out_makes_an_external_candidate_due(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        add_candidate(s, "c-1", kind="external", consent_until=date(2026, 1, 31))
        add_candidate(s, "c-2", kind="external", consent_until=date(2999, 1, 1))
    out = run_cli("--db", str(db), "--lang", "ru", "purge", "--dry-run", lang="ru")[1]
    assert (
        "c-1  Кандидат c-1 — согласие на хранение данных истекло 31.01.2026; "
        "подлежит удалению с 01.02.2026"
    ) in out
    assert "c-2" not in out


def test_purge_asks_on_a_terminal(tmp_path: Path, framework: Framework, root: Path) -> None:
    """A real terminal (a pseudo-terminal): 'n' keeps everyone, 'y' deletes."""
    pty = pytest.importorskip("pty")
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        add_candidate(
            s, "c-1", name="Терминальный Кандидат", kind="external", consent_until=date(2020, 1, 1)
        )

    def answer(reply: bytes) -> tuple[int, str]:
        env = {**os.environ, "KAMASSESS_LANG": "en", "PYTHONUTF8": "1"}
        pid, fd = pty.fork()
        if pid == 0:  # the child: the command line on the terminal
            os.chdir(root)
            os.execve(sys.executable, [sys.executable, "main.py", "--db", str(db), "purge"], env)
        seen = b""
        while b"[y/N]" not in seen:
            seen += os.read(fd, 1024)
        os.write(fd, reply)
        while True:
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")

    code, text = answer(b"n\n")
    assert code == 0 and "nothing deleted" in text
    with Store.open(db) as s:
        assert s.candidate_ids() == {"c-1"}
    code, text = answer(b"y\n")
    assert code == 0 and "deleted 1 candidate from" in text
    with Store.open(db) as s:
        assert s.candidate_ids() == set()


def test_a_damaged_copy_kept_by_a_restore_is_cleaned_too(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        add_candidate(
            s, "c-1", name="Повреждённо Хранимый", kind="external", consent_until=date(2020, 1, 1)
        )
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kept = tmp_path / "hr.db.damaged-20260101-090000"
    kept.write_bytes(db.read_bytes())  # what restore_newest keeps beside the database
    code, _, err = run_cli("--db", str(db), "purge", "--yes")
    assert code == 0, err
    assert "Повреждённо".encode() not in kept.read_bytes()
    # A copy SQLite cannot open is named, so the user can delete it by hand.
    with Store.open(db) as s:
        add_candidate(
            s, "c-2", name="Неочищаемый Остаток", kind="external", consent_until=date(2020, 1, 1)
        )
    broken = tmp_path / "hr.db.damaged-20260102-090000"
    broken.write_bytes(b"garbage " * 100 + "Неочищаемый Остаток".encode())
    code, _, err = run_cli("--db", str(db), "purge", "--yes")
    assert code == 1 and f"{broken}: a damaged copy kept by a restore still holds" in err
