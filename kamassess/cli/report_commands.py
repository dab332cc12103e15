"""`python main.py report profile|compare|interview|all`: the PDFs from the command line."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess.paths import safe_file_stem
from kamassess.reports.compare import MAX_CANDIDATES, write_comparison
from kamassess.reports.interview import write_interview
from kamassess.reports.profile import write_profile
from kamassess.scoring.evaluation import evaluate, evaluate_many

if TYPE_CHECKING:
    from kamassess.cli.main import Context

EXIT_OK, EXIT_INVALID = 0, 1


def report_lang(ctx: Context) -> str:
    """Reports are Russian unless English is asked for (on the report or globally)."""
    return str(ctx.args.report_lang or ctx.args.lang or "ru")


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


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
    fw = ctx.framework()
    if not _check_profile(ctx, ctx.args.profile):
        return EXIT_INVALID
    out = Path(ctx.args.out)
    with ctx.store(create=False) as store:
        ev = evaluate(
            store, fw, ctx.args.candidate, profile=ctx.args.profile, include_drafts=ctx.args.drafts
        )
    write_profile(ev, fw, out, report_lang(ctx))
    return _done(ctx, out)


def cmd_compare(ctx: Context) -> int:
    fw = ctx.framework()
    ids = list(dict.fromkeys(ctx.args.candidate))
    if not 2 <= len(ids) <= MAX_CANDIDATES:
        ctx.warn("cli.compare_count", count=len(ids))
        return EXIT_INVALID
    if not _check_profile(ctx, ctx.args.profile):
        return EXIT_INVALID
    out = Path(ctx.args.out)
    with ctx.store(create=False) as store:
        own = sorted({store.candidate(c).profile for c in ids})
        if ctx.args.profile is None and len(own) > 1:  # never the first one's profile silently
            ctx.warn("cli.compare_profiles_differ", profiles=", ".join(own))
            return EXIT_INVALID
        profile = ctx.args.profile or own[0]
        evs = evaluate_many(store, fw, ids, profile=profile, include_drafts=ctx.args.drafts)
    write_comparison(evs, out, report_lang(ctx))
    return _done(ctx, out)


def cmd_interview(ctx: Context) -> int:
    fw = ctx.framework()
    profile = ctx.args.profile
    if profile is None:
        ctx.warn("cli.profile_required", choices=", ".join(p.id for p in fw.profiles))
        return EXIT_INVALID
    if not _check_profile(ctx, profile):
        return EXIT_INVALID
    out = Path(ctx.args.out)
    write_interview(fw, profile, out, report_lang(ctx))
    return _done(ctx, out)


def cmd_all(ctx: Context) -> int:
    fw = ctx.framework()
    folder = Path(ctx.args.out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lang = report_lang(ctx)
    with ctx.store(create=False) as store:
        evaluations = evaluate_many(store, fw, include_drafts=ctx.args.drafts)
    total, failed = len(evaluations), []
    on_terminal = sys.stderr.isatty()
    for n, ev in enumerate(evaluations, 1):
        path = folder / f"{safe_file_stem(ev.candidate.id)}-profile.pdf"
        try:
            write_profile(ev, fw, path, lang)
        except Exception as exc:  # one bad candidate must not stop the batch
            failed.append(ev.candidate.id)
            ctx.warn(
                "cli.batch_failed",
                n=n,
                total=total,
                id=ev.candidate.id,
                reason=f"{type(exc).__name__}: {exc}",
            )
            continue
        if on_terminal:
            ctx.warn("cli.batch_progress", n=n, total=total, path=path)
    ctx.say(
        "cli.batch_done", done=total - len(failed), total=total, folder=folder, failed=len(failed)
    )
    if failed:
        ctx.warn("cli.batch_failures", ids=", ".join(failed))
        return EXIT_INVALID
    return EXIT_OK
