"""The CLI's server commands: `server init`, `server user add|remove|list`, `server assign`,
and `migrate --to` (a desktop database moved to a server)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from kamassess.i18n.messages import Message, tr
from kamassess.store.base import is_server
from kamassess.store.errors import StorageError

if TYPE_CHECKING:
    from kamassess.cli.main import Context

EXIT_OK, EXIT_INVALID = 0, 1


def _server_url(ctx: Context) -> str:
    target = ctx.target
    if not isinstance(target, str) or not is_server(target):
        raise StorageError(Message("server.only_server", {}))
    return target


def cmd_init(ctx: Context) -> int:
    from kamassess.store import pg_admin
    from kamassess.store.postgres import describe

    url = _server_url(ctx)
    steps = ctx.open_with_password(lambda pw: pg_admin.init(url, pw))
    shown = ", ".join(steps) if steps else tr("server.nothing_to_apply", ctx.lang)
    ctx.say("server.initialised", where=describe(url), steps=shown)
    return EXIT_OK


def _new_password(ctx: Context, name: str) -> str | None:
    """--no-password: none (single sign-on); --password-stdin: one line; at a terminal: asked
    twice; otherwise none."""
    if ctx.args.no_password:
        return None
    if ctx.args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if not sys.stdin.isatty():
        return None
    import getpass

    first = getpass.getpass(tr("server.password_prompt", ctx.lang, name=name))
    if getpass.getpass(tr("server.password_again", ctx.lang)) != first:
        raise StorageError(Message("server.password_mismatch", {}))
    return first or None


def cmd_user_add(ctx: Context) -> int:
    from kamassess.store import pg_admin

    url, name, role = _server_url(ctx), ctx.args.name, ctx.args.role
    password = _new_password(ctx, name)
    done = ctx.open_with_password(
        lambda pw: pg_admin.add_user(url, name, role, password=password, admin_pw=pw)
    )
    ctx.say("server.user_added" if done == "added" else "server.user_exists", name=name, role=role)
    return EXIT_OK


def cmd_user_remove(ctx: Context) -> int:
    from kamassess.store import pg_admin

    url, name = _server_url(ctx), ctx.args.name
    ctx.open_with_password(lambda pw: pg_admin.remove_user(url, name, pw))
    ctx.say("server.user_removed", name=name)
    return EXIT_OK


def cmd_user_list(ctx: Context) -> int:
    from kamassess.store import pg_admin

    url = _server_url(ctx)
    for name, role in ctx.open_with_password(lambda pw: pg_admin.users(url, pw)):
        ctx.say("cli.user_line", name=name, role=role)
    return EXIT_OK


def cmd_assign(ctx: Context) -> int:
    _server_url(ctx)
    with ctx.workspace(create=False) as ws:
        changed = ws.assign(ctx.args.candidate, ctx.args.login, remove=ctx.args.remove)
    if not changed:
        ctx.say("server.assignment_unchanged")
    else:
        key = "server.unassigned" if ctx.args.remove else "server.assigned"
        ctx.say(key, login=ctx.args.login, candidate=ctx.args.candidate)
    return EXIT_OK


def cmd_migrate(ctx: Context) -> int:
    """The desktop database (--db or the default) moved into the server database --to."""
    from kamassess.store.base import Store
    from kamassess.store.sqlite import SqliteStore
    from kamassess.store.transfer import move

    path = ctx.db_path
    url = ctx.args.to
    if not is_server(url):
        raise StorageError(Message("server.only_server", {}))
    with SqliteStore.open_file(path, create=False, read_only=True) as source:
        dest = ctx.open_with_password(lambda pw: Store.open(url, password=pw))
        with dest:
            counts = move(source, dest)
    ctx.say("server.migrated", path=path, where=dest.target, **counts)
    return EXIT_OK
