"""The database schema, as numbered sqlite-utils migrations (each runs in one transaction)."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

SCHEMA_SET = "kamassess"
migrations = Migrations(SCHEMA_SET)


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    db.executescript(
        """
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
        """
    )


@migrations(name="0002_scoring_v2_holds_key_accounts")
def holds_key_accounts(db: Database) -> None:
    # Internal candidates who hold key accounts need a successor (a risk rule); unknown
    # (NULL) for every candidate stored before.
    db.execute("ALTER TABLE candidates ADD COLUMN holds_key_accounts INTEGER")


def known() -> set[str]:
    """Names of the migrations this version of the program knows."""
    return {m.name for m in migrations.pending(Database(memory=True))}
