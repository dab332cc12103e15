"""`python main.py report profile|compare|interview|all`: the PDFs from the command line."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess.i18n.messages import system_language
from kamassess.scoring.ranking import COMPARE_MAX as MAX_CANDIDATES

if TYPE_CHECKING:
    from kamassess.cli.main import Context

EXIT_OK, EXIT_INVALID = 0, 1


def report_lang(ctx: Context) -> str:
    """Reports are Russian unless English is asked for: on the report, for the command, or by
    KAMASSESS_LANG (which sets the language of everything the program says and prints)."""
    if ctx.args.report_lang or ctx.args.lang:
        return str(ctx.args.report_lang or ctx.args.lang)
    return system_language() if os.environ.get("KAMASSESS_LANG") else "ru"


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def _pdf(ctx: Context, name: str) -> Path:
    """Where a PDF goes: the name given, with ".pdf" added when it ends in anything else (a
    "report.txt" that holds a PDF would open in a text editor). A name that is a folder, the
    database or a file of another kind is refused as typed, not quietly written beside."""
    from kamassess.outputs import check_output

    path = Path(name)
    if path.suffix.lower() == ".pdf":
        return path
    target = ctx.target
    check_output(path, "pdf", database=target if isinstance(target, Path) else None)
    return path.with_name(path.name + ".pdf")


def _done(ctx: Context, path: Path) -> int:
    ctx.say("cli.report_done", path=path, pages=_pages(path))
    return EXIT_OK


def _check_profile(ctx: Context, profile: str | None) -> bool:
    fw = ctx.framework()
    if profile is not None and not fw.has_profile(profile):
        ctx.warn("cli.unknown_profile", id=profile, choices=", ".join(p.id for p in fw.profiles))
        return False
    return True


def cmd_profile(ctx: Context) -> int:
    if not _check_profile(ctx, ctx.args.profile):
        return EXIT_INVALID
    out = _pdf(ctx, ctx.args.out)
    with ctx.workspace(create=False) as ws:
        ws.write_profile(
            ctx.args.candidate,
            out,
            lang=report_lang(ctx),
            profile=ctx.args.profile,
            drafts=ctx.args.drafts,
            anonymise=ctx.args.anonymise,
        )
    return _done(ctx, out)


def cmd_compare(ctx: Context) -> int:
    ids = list(dict.fromkeys(ctx.args.candidate))
    if not 2 <= len(ids) <= MAX_CANDIDATES:
        ctx.warn("cli.compare_count", count=len(ids))
        return EXIT_INVALID
    if not _check_profile(ctx, ctx.args.profile):
        return EXIT_INVALID
    out = _pdf(ctx, ctx.args.out)
    with ctx.workspace(create=False) as ws:
        own = sorted({ws.store.candidate(c).profile for c in ids})
        if ctx.args.profile is None and len(own) > 1:  # never the first one's profile silently
            ctx.warn("cli.compare_profiles_differ", profiles=", ".join(own))
            return EXIT_INVALID
        profile = ctx.args.profile or own[0]
        ws.write_comparison(
            ids,
            out,
            profile=profile,
            lang=report_lang(ctx),
            drafts=ctx.args.drafts,
            anonymise=ctx.args.anonymise,
        )
    return _done(ctx, out)


def cmd_interview(ctx: Context) -> int:
    fw = ctx.framework()
    profile, candidate = ctx.args.profile, ctx.args.candidate
    if profile is None and candidate is None:
        ctx.warn("cli.sheet_needs_profile", choices=", ".join(p.id for p in fw.profiles))
        return EXIT_INVALID
    if not _check_profile(ctx, profile):
        return EXIT_INVALID
    out = _pdf(ctx, ctx.args.out)
    if candidate is None:  # a blank sheet needs no database
        from kamassess.reports.interview import write_interview

        write_interview(fw, profile, out, report_lang(ctx), with_targets=ctx.args.with_targets)
        return _done(ctx, out)
    with ctx.workspace(create=False) as ws:
        ws.write_interview(
            profile,
            out,
            lang=report_lang(ctx),
            with_targets=ctx.args.with_targets,
            candidate_id=candidate,
        )
    return _done(ctx, out)


def cmd_all(ctx: Context) -> int:
    folder = Path(ctx.args.out_dir)
    on_terminal = sys.stderr.isatty()

    def progress(n: int, total: int, cid: str) -> None:
        if on_terminal:
            ctx.warn("cli.batch_progress", n=n, total=total, path=cid)

    with ctx.workspace(create=False) as ws:
        outcome = ws.write_profiles(
            None, folder, lang=report_lang(ctx), drafts=ctx.args.drafts, progress=progress
        )
    for cid, reason in outcome.failed:
        ctx.warn("cli.batch_failed", id=cid, reason=reason)
    ctx.say(
        "cli.batch_done",
        done=len(outcome.written),
        total=outcome.total,
        folder=folder,
        failed=len(outcome.failed),
    )
    if outcome.failed:
        ctx.warn("cli.batch_failures", ids=", ".join(cid for cid, _ in outcome.failed))
        return EXIT_INVALID
    return EXIT_OK
