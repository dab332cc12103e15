"""Setting up a server database for a team: the schema (`server init`) and its users.

Run by the database administrator (a user who may create roles). A user is a PostgreSQL login
role that is a member of one of the application's group roles (pg_migrations.ROLES). A password
given here is hashed on this computer (SCRAM) and kept by the server alone; with none, the server
authenticates the login its own way (Kerberos / SSPI single sign-on, where it is set up)."""

from __future__ import annotations

from typing import Any

from kamassess.i18n.messages import Message
from kamassess.store import pg_migrations
from kamassess.store.errors import StorageError
from kamassess.store.postgres import classify, describe

_MARK = "KAM Assess user"  # the comment on login roles created here (removed with the user)


def _connect(url: str, password: str = "") -> Any:
    import psycopg

    extra: dict[str, Any] = {"password": password} if password else {}
    try:
        return psycopg.connect(url, autocommit=True, **extra)
    except psycopg.Error as exc:
        raise classify(exc, describe(url)) from None


def _guarded(url: str, password: str, fn: Any) -> Any:
    import psycopg

    with _connect(url, password) as conn:
        try:
            return fn(conn)
        except psycopg.Error as exc:
            raise classify(exc, describe(url)) from None


def init(url: str, password: str = "") -> list[str]:
    """Create or bring up to date the schema, roles and policies; the steps applied."""
    return list(_guarded(url, password, pg_migrations.apply_pending))


def _memberships(conn: Any, name: str) -> list[str]:
    rows = conn.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
        (name,),
    )
    groups = {group: role for role, group in pg_migrations.ROLES.items()}
    return [groups[r[0]] for r in rows if r[0] in groups]


def add_user(
    url: str, name: str, role: str, *, password: str | None = None, admin_pw: str = ""
) -> str:
    """A login with one role: 'added', or 'updated' when the login existed (its role replaced;
    its password too when one is given)."""
    from psycopg import sql

    if role not in pg_migrations.ROLES:
        raise ValueError(role)

    def run(conn: Any) -> str:
        who = sql.Identifier(name)
        with conn.transaction():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(who))
                conn.execute(sql.SQL("COMMENT ON ROLE {} IS {}").format(who, sql.Literal(_MARK)))
            for old in _memberships(conn, name):
                group = sql.Identifier(pg_migrations.ROLES[old])
                conn.execute(sql.SQL("REVOKE {} FROM {}").format(group, who))
            group = sql.Identifier(pg_migrations.ROLES[role])
            conn.execute(sql.SQL("GRANT {} TO {}").format(group, who))
            if password:
                hashed = conn.pgconn.encrypt_password(
                    password.encode(), name.encode(), b"scram-sha-256"
                ).decode()
                conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(who, sql.Literal(hashed)))
        return "updated" if exists else "added"

    return str(_guarded(url, admin_pw, run))


def remove_user(url: str, name: str, admin_pw: str = "") -> None:
    """Take the user's role away; a login created by `add_user` is dropped too (a company's own
    single-sign-on login only loses its KAM Assess role). Refuses anyone who is not our user."""
    from psycopg import sql

    def run(conn: Any) -> None:
        held = _memberships(conn, name)
        if not held:
            raise StorageError(Message("server.not_our_user", {"name": name}))
        who = sql.Identifier(name)
        with conn.transaction():
            for old in held:
                group = sql.Identifier(pg_migrations.ROLES[old])
                conn.execute(sql.SQL("REVOKE {} FROM {}").format(group, who))
            mark = conn.execute(
                "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = %s",
                (name,),
            ).fetchone()
            if mark and mark[0] == _MARK:
                conn.execute(sql.SQL("DROP ROLE {}").format(who))

    _guarded(url, admin_pw, run)


def users(url: str, admin_pw: str = "") -> list[tuple[str, str]]:
    """(login, role) of every user, by name."""

    def run(conn: Any) -> list[tuple[str, str]]:
        groups = {group: role for role, group in pg_migrations.ROLES.items()}
        rows = conn.execute(
            "SELECT u.rolname, g.rolname FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE g.rolname = ANY(%s) ORDER BY u.rolname",
            (list(groups),),
        )
        return [(str(u), groups[g]) for u, g in rows]

    return list(_guarded(url, admin_pw, run))
