"""The command line: `python main.py [--db PATH] [--framework PATH] [--lang ru|en] COMMAND ...`."""

from __future__ import annotations

import argparse
import codecs
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar

from kamassess import paths
from kamassess.cli import argparse_i18n
from kamassess.cli.chosen import OnlyOne, command_in
from kamassess.cli.decision_commands import add_parsers as add_decision_commands
from kamassess.crashlog import log_exception
from kamassess.framework.model import Framework, FrameworkError, load_framework
from kamassess.i18n.messages import Message, system_language, tr
from kamassess.i18n.oserrors import os_error
from kamassess.outputs import OutputRefused
from kamassess.store.base import Store
from kamassess.store.errors import (
    DatabaseDamaged,
    NotFound,
    PasswordNeeded,
    StorageError,
    classify,
)

if TYPE_CHECKING:
    from kamassess.workspace import Workspace

T = TypeVar("T")
EXIT_OK, EXIT_INVALID, EXIT_MISSING, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_USAGE = 64  # the command line itself is wrong (sysexits' EX_USAGE); 2 means "not found"


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error, which our documented codes reserve for "not found"."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


@dataclass
class Context:
    """What every command gets: parsed options, the language, and where to write."""

    args: argparse.Namespace
    lang: str
    out: TextIO
    err: TextIO

    def say(self, key: str, **params: object) -> None:
        print(tr(key, self.lang, **params), file=self.out)

    def warn(self, key: str, **params: object) -> None:
        print(tr(key, self.lang, **params), file=self.err)

    @property
    def framework_path(self) -> Path:
        given = self.args.framework
        return Path(given) if given else paths.bundled_framework()

    def framework(self) -> Framework:
        """The framework in use; raises FrameworkError / FileNotFoundError for the caller."""
        return load_framework(self.framework_path)

    @property
    def target(self) -> Path | str:
        """The database file, or a server's `postgresql://` address."""
        return paths.database_target(self.args.db)

    @property
    def db_path(self) -> Path:
        """The database file (commands about files: backup, restore)."""
        target = self.target
        if isinstance(target, str):
            raise StorageError(Message("server.backup_is_dba", {}))
        return target

    def store(self, *, create: bool = True) -> Store:
        """The database (created on first use unless create is False)."""
        return self.open_with_password(
            lambda pw: Store.open(self.target, create=create, password=pw)
        )

    def open_with_password(self, opener: Callable[[str], T]) -> T:
        """Open, asking for the server's password at the terminal when the server wants one
        that neither PGPASSWORD nor ~/.pgpass gave (it is never stored)."""
        try:
            return opener("")
        except PasswordNeeded:
            if not sys.stdin.isatty():
                raise
            import getpass

            return opener(
                getpass.getpass(tr("server.password_prompt", self.lang, name=self.target))
            )

    def workspace(self, *, create: bool = True) -> Workspace:
        """The database with the framework in use, the language and the user."""
        from kamassess.workspace import Workspace

        framework = self.framework()
        return self.open_with_password(
            lambda pw: Workspace.open(
                self.target,
                framework_path=self.framework_path,
                framework=framework,
                lang=self.lang,
                create=create,
                password=pw,
            )
        )


Command = Callable[[Context], int]


def _cmd_validate(ctx: Context) -> int:
    path = Path(ctx.args.path) if ctx.args.path else ctx.framework_path
    try:
        fw = load_framework(path)
    except FileNotFoundError:
        ctx.warn("file.missing", path=path)
        return EXIT_MISSING
    except FrameworkError as exc:
        for line in exc.render(ctx.lang):
            print(line, file=ctx.out)
        ctx.warn("cli.invalid_summary", path=path, count=len(exc.problems))
        return EXIT_INVALID
    ctx.say(
        "cli.valid",
        path=path,
        id=fw.id,
        version=fw.version,
        levels=len(fw.scale),
        groups=len(fw.groups),
        competencies=len(fw.competencies),
        profiles=len(fw.profiles),
    )
    return EXIT_OK


def language_from(argv: Sequence[str]) -> str:
    """--lang from argv if given (before parsing, so that help and errors use it too)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("ru", "en"):
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in ("ru", "en"):
            return arg[7:]
    return system_language()


def build_parser(lang: str, only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; only: build the parser of this command alone ("" none of
    them), as chosen.command_in found it."""

    def h(key: str) -> str:
        return tr(key, lang)

    parser = _Parser(prog="main.py", description=h("cli.description"))
    parser.add_argument("--db", metavar="PATH|URL", help=h("cli.opt.db"))
    parser.add_argument("--framework", metavar="PATH", help=h("cli.opt.framework"))
    parser.add_argument("--lang", choices=("ru", "en"), help=h("cli.opt.lang"))
    everyone = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub: Any = everyone if only is None else OnlyOne(everyone, only)

    validate = sub.add_parser(
        "validate", help=h("cli.cmd.validate"), description=h("cli.cmd.validate")
    )
    validate.add_argument("path", nargs="?", metavar="PATH", help=h("cli.arg.framework_path"))
    validate.set_defaults(handler=_cmd_validate)

    imp = sub.add_parser("import", help=h("cli.cmd.import"), description=h("cli.cmd.import"))
    imp.add_argument("file", metavar="FILE", help=h("cli.arg.bundle"))
    imp.add_argument("--dry-run", action="store_true", help=h("cli.opt.dry_run"))
    imp.set_defaults(handler="kamassess.cli.commands:cmd_import")

    exp = sub.add_parser("export", help=h("cli.cmd.export"), description=h("cli.cmd.export"))
    exp.add_argument("file", metavar="FILE", help=h("cli.arg.out_bundle"))
    exp.add_argument("--candidate", action="append", metavar="ID", help=h("cli.opt.candidate"))
    exp.add_argument("--anonymise", action="store_true", help=h("cli.opt.anonymise"))
    exp.add_argument("--subject-access", action="store_true", help=h("cli.opt.subject_access"))
    exp.set_defaults(handler="kamassess.cli.commands:cmd_export")

    sc = sub.add_parser("score", help=h("cli.cmd.score"), description=h("cli.cmd.score"))
    sc.add_argument("--candidate", action="append", metavar="ID", help=h("cli.opt.candidate"))
    sc.add_argument("--profile", metavar="ID", help=h("cli.opt.profile"))
    as_json = sc.add_mutually_exclusive_group()  # one or the other, never both silently
    as_json.add_argument("--json", action="store_true", help=h("cli.opt.json"))
    as_json.add_argument("--jsonl", action="store_true", help=h("cli.opt.jsonl"))
    sc.add_argument("--drafts", action="store_true", help=h("cli.opt.drafts"))
    sc.add_argument("--out", metavar="FILE", type=Path, help=h("cli.opt.score_out"))
    sc.set_defaults(handler="kamassess.cli.commands:cmd_score")

    cal = sub.add_parser(
        "calibration", help=h("cli.cmd.calibration"), description=h("cli.cmd.calibration")
    )
    cal.add_argument("--profile", metavar="ID", help=h("cli.opt.calibration_profile"))
    cal.add_argument("--json", action="store_true", help=h("cli.opt.calibration_json"))
    cal.set_defaults(handler="kamassess.cli.panel_commands:cmd_calibration")

    demo = sub.add_parser("demo", help=h("cli.cmd.demo"), description=h("cli.cmd.demo"))
    demo.set_defaults(handler="kamassess.cli.commands:cmd_demo")

    bk = sub.add_parser("backup", help=h("cli.cmd.backup"), description=h("cli.cmd.backup"))
    bk.add_argument("--out", required=True, metavar="FILE", help=h("cli.opt.out"))
    bk.set_defaults(handler="kamassess.cli.commands:cmd_backup")

    rs = sub.add_parser("restore", help=h("cli.cmd.restore"), description=h("cli.cmd.restore"))
    rs.add_argument("--force", action="store_true", help=h("cli.opt.force"))
    rs.set_defaults(handler="kamassess.cli.commands:cmd_restore")

    add_decision_commands(sub, lang)
    _server_parsers(sub, h)

    rep = sub.add_parser("report", help=h("cli.cmd.report"), description=h("cli.cmd.report"))
    kinds = rep.add_subparsers(dest="report", metavar="KIND", required=True)

    def report_parser(name: str, help_key: str) -> Any:  # a parser, or _Unbuilt
        sp = kinds.add_parser(name, help=h(help_key), description=h(help_key))
        sp.add_argument(
            "--lang", dest="report_lang", choices=("ru", "en"), help=h("cli.opt.report_lang")
        )
        return sp

    rp = report_parser("profile", "cli.cmd.report_profile")
    rp.add_argument("--candidate", required=True, metavar="ID", help=h("cli.opt.candidate_one"))
    rp.add_argument("--out", required=True, metavar="FILE.pdf", help=h("cli.opt.out_pdf"))
    rp.add_argument("--profile", metavar="ID", help=h("cli.opt.profile"))
    rp.add_argument("--drafts", action="store_true", help=h("cli.opt.drafts"))
    rp.add_argument("--anonymise", action="store_true", help=h("cli.opt.anonymise_report"))
    rp.set_defaults(handler="kamassess.cli.report_commands:cmd_profile")

    rc = report_parser("compare", "cli.cmd.report_compare")
    rc.add_argument(
        "--candidate",
        required=True,
        action="append",
        metavar="ID",
        help=h("cli.opt.candidate_compare"),
    )
    rc.add_argument("--out", required=True, metavar="FILE.pdf", help=h("cli.opt.out_pdf"))
    rc.add_argument("--profile", metavar="ID", help=h("cli.opt.profile"))
    rc.add_argument("--drafts", action="store_true", help=h("cli.opt.drafts"))
    rc.add_argument("--anonymise", action="store_true", help=h("cli.opt.anonymise_report"))
    rc.set_defaults(handler="kamassess.cli.report_commands:cmd_compare")

    ri = report_parser("interview", "cli.cmd.report_interview")
    ri.add_argument("--candidate", metavar="ID", help=h("cli.opt.candidate_sheet"))
    ri.add_argument("--profile", metavar="ID", help=h("cli.opt.profile_sheet"))
    ri.add_argument("--out", required=True, metavar="FILE.pdf", help=h("cli.opt.out_pdf"))
    ri.add_argument("--with-targets", action="store_true", help=h("cli.opt.with_targets"))
    ri.set_defaults(handler="kamassess.cli.report_commands:cmd_interview")

    rk = report_parser("calibration", "cli.cmd.report_calibration")
    rk.add_argument("--out", required=True, metavar="FILE.pdf", help=h("cli.opt.out_pdf"))
    rk.add_argument("--profile", metavar="ID", help=h("cli.opt.calibration_profile"))
    rk.set_defaults(handler="kamassess.cli.panel_commands:cmd_report_calibration")

    ra = report_parser("all", "cli.cmd.report_all")
    ra.add_argument("--out-dir", required=True, metavar="DIR", help=h("cli.opt.out_dir"))
    ra.add_argument("--drafts", action="store_true", help=h("cli.opt.drafts"))
    ra.set_defaults(handler="kamassess.cli.report_commands:cmd_all")
    return parser


def _server_parsers(sub: Any, h: Callable[[str], str]) -> None:
    """server init | user add/remove/list | assign, and migrate --to."""
    mod = "kamassess.cli.server_commands"
    srv = sub.add_parser("server", help=h("cli.cmd.server"), description=h("cli.cmd.server"))
    what = srv.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = what.add_parser(
        "init", help=h("cli.cmd.server_init"), description=h("cli.cmd.server_init")
    )
    init.set_defaults(handler=f"{mod}:cmd_init")
    user = what.add_parser(
        "user", help=h("cli.cmd.server_user"), description=h("cli.cmd.server_user")
    )
    acts = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = acts.add_parser(
        "add", help=h("cli.cmd.server_user_add"), description=h("cli.cmd.server_user_add")
    )
    add.add_argument("name", metavar="NAME", help=h("cli.arg.user"))
    add.add_argument(
        "--role", required=True, choices=("hr", "assessor", "director"), help=h("cli.opt.role")
    )
    how = add.add_mutually_exclusive_group()
    how.add_argument("--no-password", action="store_true", help=h("cli.opt.no_password"))
    how.add_argument("--password-stdin", action="store_true", help=h("cli.opt.password_stdin"))
    add.set_defaults(handler=f"{mod}:cmd_user_add")
    rm = acts.add_parser(
        "remove",
        help=h("cli.cmd.server_user_remove"),
        description=h("cli.cmd.server_user_remove"),
    )
    rm.add_argument("name", metavar="NAME", help=h("cli.arg.user"))
    rm.set_defaults(handler=f"{mod}:cmd_user_remove")
    ls = acts.add_parser(
        "list", help=h("cli.cmd.server_user_list"), description=h("cli.cmd.server_user_list")
    )
    ls.set_defaults(handler=f"{mod}:cmd_user_list")
    assign = what.add_parser(
        "assign", help=h("cli.cmd.server_assign"), description=h("cli.cmd.server_assign")
    )
    assign.add_argument("candidate", metavar="CANDIDATE", help=h("cli.opt.candidate_one"))
    assign.add_argument("login", metavar="LOGIN", help=h("cli.arg.login"))
    assign.add_argument("--remove", action="store_true", help=h("cli.opt.remove"))
    assign.set_defaults(handler=f"{mod}:cmd_assign")

    mig = sub.add_parser("migrate", help=h("cli.cmd.migrate"), description=h("cli.cmd.migrate"))
    mig.add_argument("--to", required=True, metavar="postgresql://…", help=h("cli.opt.to"))
    mig.set_defaults(handler=f"{mod}:cmd_migrate")


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, str]:
    lang = language_from(argv)
    argparse_i18n.install(lang)
    parser = build_parser(lang, command_in(argv))
    for arg in argv:  # bytes that were not UTF-8 come as lone surrogates: nothing can store them
        if any("\ud800" <= ch <= "\udfff" for ch in arg):
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            parser.error(tr("cli.not_text", lang, arg=repr(shown)))
    args = parser.parse_args(list(argv))
    for option in ("db", "framework"):
        if getattr(args, option) == "":  # an empty value is a mistake, not "the default"
            parser.error(tr("cli.empty_option", lang, option=f"--{option}"))
    return args, args.lang or lang


def _forgiving(stream: TextIO) -> TextIO:
    """A terminal or pipe in an encoding without some of our characters (a cp1251 pipe lacks
    "−" and "×"): they print as "?" rather than end the command halfway."""
    encoding = getattr(stream, "encoding", None)
    if encoding and hasattr(stream, "reconfigure"):
        try:
            if codecs.lookup(encoding).name != "utf-8":
                stream.reconfigure(errors="replace")
        except LookupError:
            pass
    return stream


def run(
    args: argparse.Namespace, lang: str, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the parsed command; a bug becomes a short message and a log entry, not a traceback."""
    ctx = Context(args, lang, out or _forgiving(sys.stdout), err or _forgiving(sys.stderr))
    try:
        return _resolve(args.handler)(ctx)
    except FileNotFoundError as exc:
        ctx.warn("file.missing", path=exc.filename or ctx.framework_path)
        return EXIT_MISSING
    except FrameworkError as exc:
        ctx.warn("cli.framework_unusable", path=ctx.framework_path)
        for line in exc.render(lang):
            print(line, file=ctx.err)
        return EXIT_INVALID
    except NotFound as exc:
        print(exc.message.render(lang), file=ctx.err)
        return EXIT_MISSING
    except (StorageError, sqlite3.DatabaseError) as exc:
        # A damaged page is met while reading as well as on opening: the same message.
        if isinstance(exc, sqlite3.DatabaseError):
            exc = classify(exc, Path(str(ctx.target)))
        print(exc.message.render(lang), file=ctx.err)
        if isinstance(exc, DatabaseDamaged):
            _restore_hint(ctx)
        return EXIT_INVALID
    except OutputRefused as exc:
        print(exc.message.render(lang), file=ctx.err)
        return EXIT_INVALID
    except BrokenPipeError:
        # The reader stopped early (`score | head`): nothing is wrong, nothing more to say.
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # a file we were asked to write or read: the system said no
        print(os_error(exc).render(lang), file=ctx.err)
        return EXIT_INVALID
    except KeyboardInterrupt:
        ctx.warn("cli.interrupted")
        return 130
    except Exception as exc:  # the last line of defence: never show users a traceback
        log_exception(exc)
        ctx.warn("cli.internal_error", error=f"{type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


def _restore_hint(ctx: Context) -> None:
    from datetime import datetime

    from kamassess.store.backup import list_backups

    if isinstance(ctx.target, str):
        return
    backups = list_backups(ctx.db_path)
    if backups:
        when = datetime.fromtimestamp(backups[0].stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        ctx.warn("cli.restore_hint", backup=backups[0], when=when, path=ctx.db_path)


def _resolve(handler: Command | str) -> Command:
    """Handlers are named "module:function" so a command loads only what it needs."""
    if callable(handler):
        return handler
    module, _, name = handler.partition(":")
    found: Command = getattr(importlib.import_module(module), name)
    return found


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at nowhere so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    args, lang = parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        print(tr("cli.description", lang))
        return EXIT_OK
    return run(args, lang)
