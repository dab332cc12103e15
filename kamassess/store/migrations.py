"""The database schema as numbered steps, applied with sqlite-utils' Migrations.

The steps are plain SQL, so that opening a database can tell which are applied (and refuse a newer
one) without importing sqlite-utils; it loads only when a step is pending."""

from __future__ import annotations

import sqlite3
from typing import Any

SCHEMA_SET = "kamassess"
TABLE = "_sqlite_migrations"  # sqlite-utils' own record of applied steps

STEPS: dict[str, str] = {
    "0001_initial": """
    CREATE TABLE frameworks (
        hash TEXT PRIMARY KEY,
        framework_id TEXT NOT NULL,
        version TEXT NOT NULL,
        text TEXT NOT NULL,
        first_used TEXT NOT NULL
    );
    CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('internal', 'external')),
        profile TEXT NOT NULL,
        current_role TEXT, employer TEXT, tenure_years REAL,
        industry TEXT CHECK (industry IN ('own', 'adjacent', 'other')),
        region TEXT,
        client_overlap REAL CHECK (client_overlap BETWEEN 0 AND 1),
        technical_education INTEGER, salary_expectation REAL,
        motivation TEXT, manages_team INTEGER, quota_reduced INTEGER, notes TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    );
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        candidate TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        assessor TEXT NOT NULL,
        assessor_role TEXT NOT NULL,
        method TEXT NOT NULL,
        date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        framework_hash TEXT NOT NULL REFERENCES frameworks(hash),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        UNIQUE (candidate, assessor, date, method)
    );
    CREATE INDEX assessments_candidate ON assessments(candidate);
    CREATE TABLE ratings (
        assessment INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        competency TEXT NOT NULL,
        level INTEGER,
        evidence TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (assessment, competency)
    );
    -- Append-only log of every change to candidates, assessments and ratings.
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        candidate TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        actor TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX history_candidate ON history(candidate);
    -- 'revision' grows with every write transaction; the automatic backup compares it.
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta VALUES ('revision', '0');

    CREATE TRIGGER history_no_update BEFORE UPDATE ON history
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
    -- History goes only with its candidate (deleting a person's data is the one exception).
    CREATE TRIGGER history_no_delete BEFORE DELETE ON history
    WHEN EXISTS (SELECT 1 FROM candidates WHERE id = OLD.candidate)
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

    -- A final assessment's ratings cannot change until it is explicitly reopened.
    CREATE TRIGGER ratings_final_insert BEFORE INSERT ON ratings
    WHEN (SELECT status FROM assessments WHERE id = NEW.assessment) = 'final'
    BEGIN SELECT RAISE(ABORT, 'assessment is final'); END;
    CREATE TRIGGER ratings_final_update BEFORE UPDATE ON ratings
    WHEN (SELECT status FROM assessments WHERE id = OLD.assessment) = 'final'
    BEGIN SELECT RAISE(ABORT, 'assessment is final'); END;
    """,
    # Edits carry the row version they were loaded with: a save over someone else's newer change
    # is refused and shown, never silently reverts it.
    "0002_row_versions": """
    ALTER TABLE candidates ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
    """,
    # Internal candidates who hold key accounts need a successor (a risk rule); unknown (NULL)
    # for every candidate stored before.
    "0003_holds_key_accounts": """
    ALTER TABLE candidates ADD COLUMN holds_key_accounts INTEGER;
    """,
    # Assessors are people with a stable identity: one person rating by two methods is one
    # rater. The registry is made from the names already stored, one person per name as
    # compared without case or extra spaces (kam_person_key, registered by the store), under
    # the spelling of their latest assessment; every assessment is linked, none is changed.
    "0004_panel_assessors": """
    CREATE TABLE assessors (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    INSERT INTO assessors (uid, name, name_key, created_at)
    SELECT lower(hex(randomblob(16))),
           (SELECT a2.assessor FROM assessments a2
            WHERE kam_person_key(a2.assessor) = keys.name_key
            ORDER BY a2.date DESC, a2.id DESC LIMIT 1),
           keys.name_key,
           strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    FROM (SELECT DISTINCT kam_person_key(assessor) AS name_key FROM assessments) AS keys
    ORDER BY keys.name_key;
    ALTER TABLE assessments ADD COLUMN assessor_id INTEGER REFERENCES assessors(id);
    UPDATE assessments SET assessor_id =
        (SELECT id FROM assessors WHERE name_key = kam_person_key(assessments.assessor));
    CREATE INDEX assessments_assessor ON assessments(assessor_id);
    """,
    # Each assessor's own overall recommendation and its reason, recorded before they see the
    # others' and, like the ratings, fixed once the assessment is final.
    "0004_panel_recommendation": """
    ALTER TABLE assessments ADD COLUMN recommendation TEXT
        CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes'));
    ALTER TABLE assessments ADD COLUMN recommendation_reason TEXT NOT NULL DEFAULT '';
    CREATE TRIGGER recommendation_final BEFORE UPDATE OF recommendation, recommendation_reason
    ON assessments WHEN OLD.status = 'final' AND NEW.status = 'final'
    BEGIN SELECT RAISE(ABORT, 'assessment is final'); END;
    """,
    # The level a panel agreed per competency at its debrief; the ratings stay as they were.
    "0004_panel_consensus": """
    CREATE TABLE consensus (
        candidate TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        competency TEXT NOT NULL,
        level INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        moderator TEXT NOT NULL,
        day TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (candidate, competency)
    );
    """,
    # The decision on a candidate and how a hired one did afterwards: one row each per
    # candidate (changes go to the history), gone with the candidate.
    "0005_decisions_tables": """
    CREATE TABLE decisions (
        candidate TEXT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        decision TEXT NOT NULL
            CHECK (decision IN ('hire', 'conditional', 'reject', 'withdrawn', 'on_hold')),
        date TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        conditions TEXT NOT NULL DEFAULT '',
        salary_offered REAL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE outcomes (
        candidate TEXT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        probation_passed INTEGER,
        probation_date TEXT,
        performance_6m INTEGER,
        performance_6m_by TEXT,
        performance_12m INTEGER,
        performance_12m_by TEXT,
        left_12m INTEGER,
        left_reason TEXT CHECK (left_reason IN ('own', 'company')),
        updated_at TEXT NOT NULL
    );
    """,
    # Until when the person agreed to be kept (NULL: not recorded); past it they are due for
    # deletion like a rejected candidate.
    "0005_decisions_consent": """
    ALTER TABLE candidates ADD COLUMN consent_until TEXT;
    """,
}


def known() -> tuple[str, ...]:
    """Names of the steps this version of the program knows, in order."""
    return tuple(STEPS)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps applied to the database (read with plain SQL)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {TABLE} WHERE migration_set = ? ORDER BY rowid", (SCHEMA_SET,)
    )
    return [str(r[0]) for r in rows]


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the steps use: kam_person_key(name), the key one person's names share."""
    from kamassess.model import person_key

    conn.create_function("kam_person_key", 1, person_key, deterministic=True)


def apply_pending(conn: sqlite3.Connection, *, until: str | None = None) -> None:
    """Apply every pending step (up to and including `until`, for tests that make an old
    database), each in one transaction with its record."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    register_functions(conn)
    migrations = Migrations(SCHEMA_SET)
    names = list(STEPS)
    wanted = names if until is None else names[: names.index(until) + 1]
    for name in wanted:
        script = STEPS[name]

        def step(db: Any, script: str = script) -> None:
            db.executescript(script)

        step.__name__ = name
        migrations(name=name)(step)
    migrations.apply(Database(conn))
