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


def apply_pending(conn: sqlite3.Connection) -> None:
    """Apply every pending step, each in one transaction with its record."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(SCHEMA_SET)
    for name, script in STEPS.items():

        def step(db: Any, script: str = script) -> None:
            db.executescript(script)

        step.__name__ = name
        migrations(name=name)(step)
    migrations.apply(Database(conn))
