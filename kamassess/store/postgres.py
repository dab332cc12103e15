"""The PostgreSQL engine of the store: a team's shared database server (psycopg 3).

The same reads and Writer as the desktop file, on a connection that speaks their `?` SQL. What a
user may see and change is decided by the server (roles and row-level security, see
pg_migrations), never here. A lost connection (the server restarted, the network dropped) is
`ServerUnavailable`: nothing of that transaction was saved; the next call connects again.
psycopg is imported only when a server is opened: desktop users never load it."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from kamassess.i18n.messages import Message
from kamassess.store import base, pg_migrations
from kamassess.store.errors import (
    DatabaseLocked,
    NotFound,
    PasswordNeeded,
    PermissionDenied,
    ReadOnlyDatabase,
    SchemaMissing,
    SchemaTooNew,
    ServerUnavailable,
    StorageError,
)
from kamassess.store.writer import Writer

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_S = 5
_BUSY = {"40001", "40P01", "55P03", "57014"}  # serialization, deadlock, lock / statement timeout


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - the optional dependency is missing
        raise StorageError(Message("server.no_driver", {})) from None
    return psycopg


@functools.lru_cache(maxsize=512)
def _sql(query: str) -> str:
    """sqlite3's `?` placeholders as psycopg's `%s` (a literal % doubled first)."""
    return query.replace("%", "%%").replace("?", "%s")


def describe(url: str) -> str:
    """user@host:port/database of a server address, never its password."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        info = conninfo_to_dict(url)
    except Exception:
        return "postgresql://…"
    user = info.get("user") or ""
    host = info.get("host") or "localhost"
    port = info.get("port")
    where = f"{host}:{port}" if port else str(host)
    return f"{user}@{where}/{info.get('dbname') or ''}" if user else f"{where}/{info.get('dbname')}"


def without_password(url: str) -> str:
    """The server address with any password taken out (`user:secret@host` → `user@host`)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def classify(exc: Exception, where: str) -> StorageError:
    """The user's reading of a server error."""
    pg = _psycopg()
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc).strip()
    if state == "42501":
        return PermissionDenied(Message("server.permission_denied", {"reason": text}))
    if state in _BUSY:
        return DatabaseLocked(Message("server.busy", {"where": where}))
    if "no password supplied" in text:
        return PasswordNeeded(Message("server.password_needed", {"where": where}))
    if state in ("28P01", "28000") or "authentication failed" in text:
        return StorageError(Message("server.login_refused", {"where": where, "reason": text}))
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return NotFound(Message("server.no_database", {"where": where}))
    if state.startswith(("08", "57P")) or (isinstance(exc, pg.OperationalError) and not state):
        return ServerUnavailable(Message("server.unavailable", {"where": where}))
    return StorageError(Message("db.error", {"path": where, "reason": text}))


class PgConnection:
    """A psycopg connection that takes the store's `?` SQL and raises StorageError; outside a
    transaction it connects again once when the server went away in between."""

    def __init__(self, store: PgStore) -> None:
        self.store = store

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        return self.store._run(lambda raw: raw.execute(_sql(sql), parameters))

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any:
        seq = list(parameters)
        return self.store._run(lambda raw: raw.cursor().executemany(_sql(sql), seq))


class PgStore(base.Store):
    """The store on a PostgreSQL server, as the user who logged in."""

    NOCASE = 'lower({}) COLLATE "C"'
    LOCK = " FOR NO KEY UPDATE"
    NEW_IDS = "SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, ?)"

    def __init__(self, url: str, *, password: str = "", read_only: bool = False) -> None:
        self.url, self._password = url, password  # kept in memory only, for reconnecting
        self.read_only = read_only
        self.path = None
        self.conn = PgConnection(self)
        self._raw: psycopg.Connection[Any] | None = None
        self._in_transaction = False
        self._lock_timeout_ms = 0
        self.where = describe(url)
        self._login = ""

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def connect(cls, url: str, *, password: str = "", read_only: bool = False) -> PgStore:
        """Log in, find this user's role, and check the schema is the one this program knows."""
        store = cls(url, password=password, read_only=read_only)
        raw = store._connect()
        pg = _psycopg()
        try:
            store.role = store._find_role(raw)
            done = pg_migrations.applied(raw)
            if done is None or len(done) < len(pg_migrations.known()):
                if done and set(done) - set(pg_migrations.known()):
                    raise SchemaTooNew(Message("db.schema_too_new", {"path": store.where}))
                raise SchemaMissing(Message("server.schema_missing", {"where": store.where}))
            if set(done) - set(pg_migrations.known()):
                raise SchemaTooNew(Message("db.schema_too_new", {"path": store.where}))
        except pg.Error as exc:
            store.close()
            raise classify(exc, store.where) from None
        except BaseException:
            store.close()
            raise
        return store

    def _connect(self) -> psycopg.Connection[Any]:
        pg = _psycopg()
        extra: dict[str, Any] = {}
        if self._password:
            extra["password"] = self._password
        try:
            raw: psycopg.Connection[Any] = pg.connect(
                self.url,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="KAM Assess",
                options=f"-c search_path={pg_migrations.SCHEMA}",
                **extra,
            )
        except pg.Error as exc:
            raise classify(exc, self.where) from None
        if self._lock_timeout_ms:
            raw.execute(f"SET lock_timeout = {self._lock_timeout_ms}")
        self._raw = raw
        found = raw.execute("SELECT current_user").fetchone()
        self._login = "" if found is None else str(found[0])
        return raw

    def _find_role(self, raw: psycopg.Connection[Any]) -> str:
        # Checked in this order: a superuser is a member of every role, and counts as hr.
        for role, group in pg_migrations.ROLES.items():
            found = raw.execute(
                "SELECT pg_has_role(current_user, %s, 'MEMBER') FROM pg_roles WHERE rolname = %s",
                (group, group),
            ).fetchone()
            if found and found[0]:
                return role
        raise PermissionDenied(
            Message("server.no_role", {"user": self._login, "where": self.where})
        )

    def _run(self, fn: Any) -> Any:
        """Run fn(raw connection); a connection lost outside a transaction is opened again once
        (a read is safe to repeat); inside one, the transaction is lost: ServerUnavailable."""
        pg = _psycopg()
        for attempt in (1, 2):
            raw = self._raw
            if raw is None or raw.closed or raw.broken:
                if self._in_transaction:
                    raise ServerUnavailable(Message("server.unavailable", {"where": self.where}))
                raw = self._connect()
            try:
                return fn(raw)
            except pg.Error as exc:
                lost = raw.broken or raw.closed
                if lost and not self._in_transaction and attempt == 1:
                    continue
                raise classify(exc, self.where) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def another(self, *, read_only: bool | None = None) -> PgStore:
        ro = self.read_only if read_only is None else read_only
        other = PgStore.connect(self.url, password=self._password, read_only=ro)
        other.set_busy_timeout(self._lock_timeout_ms / 1000)
        return other

    @property
    def target(self) -> str:
        return self.where

    @property
    def address(self) -> str:
        return without_password(self.url)

    @property
    def login(self) -> str:
        return self._login

    @property
    def backend_pid(self) -> int:
        return 0 if self._raw is None or self._raw.closed else int(self._raw.info.backend_pid)

    def close(self) -> None:
        if self._raw is not None and not self._raw.closed:
            self._raw.close()

    def set_busy_timeout(self, seconds: float, attempts: int = 1) -> None:
        self._lock_timeout_ms = int(seconds * 1000)
        if self._raw is not None and not self._raw.closed and not self._raw.broken:
            self._raw.execute(f"SET lock_timeout = {self._lock_timeout_ms}")

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def write(self, actor: str = "") -> Iterator[Writer]:
        """One transaction on the server. Rows about to change are locked as they are read, so
        two users' edits of one assessment or candidate take turns instead of crossing."""
        if self.read_only:
            raise ReadOnlyDatabase(Message("db.opened_read_only", {"path": self.where}))
        pg = _psycopg()
        tx = self._begin()
        self._in_transaction = True
        try:
            yield Writer(self.conn, actor or self._login, lock=self.LOCK, new_ids=self.NEW_IDS)
        except BaseException as exc:
            with contextlib.suppress(pg.Error):  # the connection may be gone: nothing to undo
                tx.__exit__(type(exc), exc, exc.__traceback__)
            if isinstance(exc, pg.Error):
                raise classify(exc, self.where) from None
            raise
        else:
            try:
                tx.__exit__(None, None, None)  # COMMIT
            except pg.Error as exc:
                raise classify(exc, self.where) from None
        finally:
            self._in_transaction = False

    def _begin(self) -> Any:
        """BEGIN on a live connection: one that the server dropped while it was idle (a restart,
        a network blip) is noticed here and replaced once, before anything was written."""
        pg = _psycopg()
        for attempt in (1, 2):
            raw = self._raw
            if raw is None or raw.closed or raw.broken:
                raw = self._connect()
            tx = raw.transaction()
            try:
                tx.__enter__()
            except pg.Error as exc:
                if (raw.broken or raw.closed) and attempt == 1:
                    continue
                raise classify(exc, self.where) from None
            return tx
        raise AssertionError("unreachable")  # pragma: no cover

    # -- the team ----------------------------------------------------------------------------
    def assignments(self) -> list[tuple[str, str]]:
        """(candidate, login) pairs this user may see: all for hr, their own for an assessor."""
        cur = self.conn.execute(
            "SELECT candidate, login FROM assignments ORDER BY candidate, login"
        )
        return [(str(c), str(lg)) for c, lg in cur]

    def assign(self, candidate: str, login: str, *, remove: bool = False) -> bool:
        """Give an assessor a candidate to see and rate (or take it away); False if it already
        was so. Only hr may: the server refuses everyone else."""
        from kamassess.store.writer import now

        self.candidate(candidate)
        with self.write() as w:
            if remove:
                cur = w.conn.execute(
                    "DELETE FROM assignments WHERE candidate = ? AND login = ? RETURNING login",
                    (candidate, login),
                )
            else:
                cur = w.conn.execute(
                    "INSERT INTO assignments (candidate, login, assigned_at) VALUES (?, ?, ?) "
                    "ON CONFLICT DO NOTHING RETURNING login",
                    (candidate, login, now()),
                )
            return cur.fetchone() is not None

    def team(self) -> list[tuple[str, str]]:
        """(login, role) of every user of this application on the server, by login."""
        groups = {group: role for role, group in pg_migrations.ROLES.items()}
        cur = self.conn.execute(
            "SELECT u.rolname, g.rolname FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            f"WHERE g.rolname IN ({', '.join('?' for _ in groups)}) ORDER BY u.rolname",
            list(groups),
        )
        return [(str(u), groups[str(g)]) for u, g in cur]

    def listener(self) -> Listener:
        """A second connection that hears the server's change notifications."""
        return Listener(self)


class Listener:
    """LISTENs on its own connection; `fileno()` becomes readable when a change arrives (for a
    socket notifier), `changes()` drains them: ids of candidates changed by other connections."""

    def __init__(self, store: PgStore) -> None:
        self.store = store
        self._raw: psycopg.Connection[Any] | None = None
        self.connect()

    def connect(self) -> None:
        pg = _psycopg()
        extra: dict[str, Any] = {"password": self.store._password} if self.store._password else {}
        try:
            self._raw = pg.connect(
                self.store.url,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="KAM Assess (changes)",
                **extra,
            )
            self._raw.execute(f"LISTEN {pg_migrations.CHANNEL}")
        except pg.Error as exc:
            self._raw = None
            raise classify(exc, self.store.where) from None

    @property
    def alive(self) -> bool:
        return self._raw is not None and not self._raw.closed and not self._raw.broken

    def fileno(self) -> int:
        assert self._raw is not None
        return int(self._raw.fileno())

    def changes(self, timeout: float = 0) -> set[str]:
        """Candidate ids changed by other connections since the last call; ServerUnavailable
        when the connection was lost (call connect() later, then refresh everything)."""
        pg = _psycopg()
        if self._raw is None or not self.alive:
            raise ServerUnavailable(Message("server.unavailable", {"where": self.store.where}))
        own = self.store.backend_pid
        try:
            # Wait (up to timeout) for the first, then take whatever else has arrived.
            heard = list(self._raw.notifies(timeout=timeout, stop_after=1)) if timeout else []
            heard += self._raw.notifies(timeout=0)
            found = {n.payload for n in heard if n.pid != own}
        except pg.Error:
            self.close()
            raise ServerUnavailable(
                Message("server.unavailable", {"where": self.store.where})
            ) from None
        return found

    def close(self) -> None:
        if self._raw is not None and not self._raw.closed:
            self._raw.close()
