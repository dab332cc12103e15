"""The application façade: one database, the framework in use, the user and the language.

The database is a desktop file or a team's server (`postgresql://…`); nothing here asks which,
except where the two differ for the user: backups are files on a desktop and the DBA's on a
server, and on a server the user is the one who logged in.

Every use case is written here once — import (with its backup and warnings), export, the demo,
evaluations, reports with progress and cancel, backups. The command line and the window are thin
shells: a command parses its arguments and calls one method; a window action runs the same method
off the GUI thread (on a workspace of its own thread, `in_thread()`) and shows its progress."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kamassess import paths
from kamassess.decisions.usecases import DecisionUseCases
from kamassess.exchange.usecases import ExchangeUseCases, ImportOutcome
from kamassess.framework.model import Framework, load_framework
from kamassess.i18n.messages import Message
from kamassess.model import Assessment, Candidate
from kamassess.panel.usecases import PanelUseCases
from kamassess.progress import Cancelled, CancelToken, Progress
from kamassess.reports.usecases import BatchOutcome, ReportUseCases
from kamassess.store.base import Store
from kamassess.store.errors import StorageError

__all__ = [
    "BatchOutcome",
    "CancelToken",
    "Cancelled",
    "ImportOutcome",
    "Progress",
    "Workspace",
]

if TYPE_CHECKING:  # scoring loads on first use: the window paints its list before scoring it
    from datetime import date

    from kamassess.i18n.history_words import HistoryEntry
    from kamassess.scoring.errors import ProfileUnknown
    from kamassess.scoring.evaluation import Evaluation, FrameworkCache
    from kamassess.store.postgres import Listener, PgStore
    from kamassess.store.sqlite import SqliteStore

R = TypeVar("R")


class Workspace(PanelUseCases, DecisionUseCases, ReportUseCases, ExchangeUseCases):
    """One open database and what every use case needs besides: framework, language, user.
    The panel's use cases (blind rating, debriefs, calibration) are in PanelUseCases; imports
    and exports in ExchangeUseCases."""

    def __init__(
        self,
        store: Store,
        framework: Framework,
        framework_path: Path,
        lang: str,
        user: str | None = None,
    ) -> None:
        self.store = store
        self.framework = framework
        self.framework_path = framework_path
        self.lang = lang
        # On a server the history names the login, and the server checks it does.
        self.user = store.login or user or paths.current_user()
        self._cache: FrameworkCache | None = None

    @classmethod
    def open(
        cls,
        target: Path | str,
        *,
        framework_path: Path | None = None,
        framework: Framework | None = None,
        lang: str = "en",
        user: str | None = None,
        create: bool = True,
        password: str = "",
    ) -> Workspace:
        """Open the database — a file, or a server's `postgresql://` address — and the
        framework, unless one is given already loaded."""
        fw_path = framework_path or paths.bundled_framework()
        fw = framework or load_framework(fw_path)
        store = Store.open(target, create=create, password=password)
        return cls(store, fw, fw_path, lang, user)

    def in_thread(self) -> Workspace:
        """The same workspace on a connection of the calling thread (for background work)."""
        return Workspace(
            self.store.another(),
            self.framework,
            self.framework_path,
            self.lang,
            self.user,
        )

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        """Opened to look, not to change (a second window chose so)."""
        return self.store.read_only

    @property
    def db_path(self) -> Path:
        """The database file (on a desktop; see `on_server`)."""
        assert self.store.path is not None, "a server database has no file"
        return self.store.path

    @property
    def on_server(self) -> bool:
        return self.store.path is None

    @property
    def target(self) -> str:
        """Where the data is, for people: the file, or user@server/database."""
        return self.store.target

    @property
    def role(self) -> str | None:
        """hr, assessor or director on a server (the server enforces it); None on a desktop."""
        return self.store.role

    def may(self, action: str) -> bool:
        """Does the window offer this action to this user? `edit_candidates` (add, edit, delete,
        import), `rate` (new assessments), `assign` (assessors to candidates), `backup`, `decide`
        (decisions and outcomes). Only to hide what cannot be done: on a server the server
        refuses it anyway, whatever is shown."""
        if self.read_only:
            return False
        allowed = {
            None: {"edit_candidates", "rate", "backup", "decide"},  # a desktop file: anyone
            "hr": {"edit_candidates", "rate", "assign", "decide"},
            "assessor": {"rate"},
            "director": {"decide"},  # decisions and a hire's outcomes
        }
        return action in allowed.get(self.role, set())

    def _file(self) -> Path | None:
        return self.store.path

    # -- the framework -------------------------------------------------------------------------
    def use_framework(self, path: Path) -> Framework:
        """Switch to the framework file at path; FrameworkError / FileNotFoundError leave the
        current one in use."""
        fw = load_framework(path)
        self.framework, self.framework_path = fw, path
        self._cache = None
        return fw

    @property
    def _frameworks(self) -> FrameworkCache:
        """Parsed framework versions by hash (made on first use)."""
        if self._cache is None:
            from kamassess.scoring.evaluation import FrameworkCache

            self._cache = FrameworkCache(self.store, self.framework)
        return self._cache

    def framework_for(self, assessment: Assessment, profile: str | None = None) -> Framework:
        """The framework an assessment is rated and scored under: the version it was made with,
        unless that version lacks the profile asked for (then the one in use)."""
        fw = self._frameworks.get(assessment.framework_hash)
        if (
            profile is not None
            and not fw.has_profile(profile)
            and self.framework.has_profile(profile)
        ):
            return self.framework
        return fw

    # -- evaluations ---------------------------------------------------------------------------
    def evaluate(
        self,
        candidate_id: str,
        *,
        profile: str | None = None,
        drafts: bool = False,
        framework: Framework | None = None,
    ) -> Evaluation:
        """One candidate's result (under `framework` if given: the rating form's own version)."""
        from kamassess.scoring.evaluation import evaluate

        return evaluate(
            self.store,
            self.framework,
            candidate_id,
            profile=profile,
            include_drafts=drafts,
            cache=self._frameworks,
            under=framework,
        )

    def evaluations(
        self,
        candidate_ids: Iterable[str] | None = None,
        *,
        profile: str | None = None,
        drafts: bool = False,
        evidence: bool = True,
        unscorable: list[ProfileUnknown] | None = None,
    ) -> Iterator[Evaluation]:
        """Evaluations one at a time (two queries in all); evidence=False leaves the notes out;
        candidates who cannot be scored go to `unscorable` when it is given."""
        from kamassess.scoring.batch import iter_evaluations

        return iter_evaluations(
            self.store,
            self.framework,
            candidate_ids,
            profile=profile,
            include_drafts=drafts,
            evidence=evidence,
            unscorable=unscorable,
        )

    def rendered(
        self,
        render: Callable[[Evaluation], R],
        candidate_ids: Iterable[str] | None = None,
        *,
        profile: str | None = None,
        drafts: bool = False,
        unscorable: list[ProfileUnknown] | None = None,
    ) -> list[R]:
        """render(evaluation) of each candidate, scores only, on every core where that is safe
        (render must be pure: it may run in a forked copy of this process)."""
        from kamassess.scoring.batch import render_all

        return render_all(
            self.store,
            self.framework,
            render,
            candidate_ids,
            profile=profile,
            include_drafts=drafts,
            unscorable=unscorable,
        )

    # -- candidates and assessments (the user is the actor in the history) ----------------------
    def add_candidate(self, candidate: Candidate) -> None:
        """A new candidate, never over another (CandidateExists when the id was taken)."""
        self.store.add_candidate(candidate, self.user)

    def save_candidate(self, candidate: Candidate, *, expected_version: int | None = None) -> str:
        """Save an edit; with the version it was loaded at, EditConflict instead of overwriting
        someone else's newer change."""
        return self.store.save_candidate(candidate, self.user, expected_version=expected_version)

    def delete_candidate(self, candidate_id: str) -> dict[str, int]:
        """Everything about the person goes: their rows and history, the WAL's copy of them
        (checkpointed), and their rows in every automatic backup. Returns what was removed."""
        from kamassess.store.backup import purge_from_backups

        counts = self.store.delete_candidate(candidate_id)
        path = self._file()
        counts["backups"] = 0 if path is None else purge_from_backups(path, candidate_id)
        return counts

    def create_assessment(
        self, candidate_id: str, assessor: str, role: str, method: str, day: date
    ) -> int:
        return self.store.create_assessment(
            candidate_id, assessor, role, method, day, self.framework, self.user
        )

    def set_rating(
        self, assessment_id: int, competency: str, level: int | None, evidence: str
    ) -> bool:
        return self.store.set_rating(assessment_id, competency, level, evidence, self.user)

    def finalise(self, assessment_id: int) -> None:
        self.store.finalise(assessment_id, self.user)

    def reopen(self, assessment_id: int, reason: str) -> None:
        self.store.reopen(assessment_id, self.user, reason)

    def delete_assessment(self, assessment_id: int, reason: str = "") -> None:
        """Delete a draft; a final assessment is withdrawn with a reason (AssessmentFinal
        without one). Its ratings go; the history says whose it was and why it went."""
        self.store.delete_assessment(assessment_id, self.user, reason)

    def history(self, candidate_id: str) -> list[HistoryEntry]:
        """Who changed what about the candidate and when (reopen reasons too), newest first."""
        from kamassess.i18n.history_words import history_entries

        return history_entries(self.store.history(candidate_id), self.framework, self.lang)

    # -- the database file ---------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        from kamassess.store.backup import backup_to

        return backup_to(self._desktop_store(), target)

    def auto_backup(self) -> Path | None:
        """A copy in backups/ when the data changed since the last one (before imports, and when
        the window opens the database)."""
        from kamassess.store.backup import auto_backup

        if self.on_server:
            return None  # the server's backups are the DBA's (pg_dump)
        return auto_backup(self._desktop_store())

    def _desktop_store(self) -> SqliteStore:
        from kamassess.store.sqlite import SqliteStore

        if not isinstance(self.store, SqliteStore):
            raise StorageError(Message("server.backup_is_dba", {}))
        return self.store

    # -- the team (on a server) ----------------------------------------------------------------
    def assignments(self) -> list[tuple[str, str]]:
        """(candidate, assessor login) pairs this user may see; none on a desktop."""
        return self._server().assignments()

    def assign(self, candidate_id: str, login: str, *, remove: bool = False) -> bool:
        """Let an assessor see and rate a candidate (remove: take it back); hr only — the
        server refuses anyone else. False when it already was so."""
        return self._server().assign(candidate_id, login, remove=remove)

    def team(self) -> list[tuple[str, str]]:
        """(login, role) of the server's users of this application."""
        return self._server().team()

    def changes(self) -> Listener:
        """The server's change notifications, on a connection of their own."""
        return self._server().listener()

    def _server(self) -> PgStore:
        from kamassess.store.postgres import PgStore

        if not isinstance(self.store, PgStore):
            raise StorageError(Message("server.only_server", {}))
        return self.store
