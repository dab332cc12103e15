"""`decide`, `outcome`, `validity` and `purge`: decisions, what became of the people hired, how
well fit predicted it, and deleting the personal data that is due."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from kamassess.decisions.model import DECISIONS
from kamassess.i18n.messages import tr

if TYPE_CHECKING:
    from kamassess.cli.main import Context
    from kamassess.decisions.retention import Due

EXIT_OK, EXIT_INVALID, EXIT_MISSING, EXIT_USAGE = 0, 1, 2, 64

PROBATION = {"passed": True, "failed": False, "unknown": None}
LEFT = {"no": (False, None), "own": (True, "own"), "company": (True, "company")}


def add_parsers(sub: Any, lang: str) -> None:
    """The four commands on the CLI's sub-parsers (called once from build_parser)."""

    def h(key: str) -> str:
        return tr(key, lang)

    def day(text: str) -> date:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError(text)
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr("cli.bad_date", lang, value=text)) from None

    def amount(text: str) -> float:
        try:
            value = float("".join(text.split()).replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(tr("cli.bad_amount", lang, value=text)) from None
        if not 0 <= value <= 1e9:
            raise argparse.ArgumentTypeError(tr("cli.bad_amount", lang, value=text))
        return value

    dc = sub.add_parser("decide", help=h("cli.cmd.decide"), description=h("cli.cmd.decide"))
    dc.add_argument("--candidate", required=True, metavar="ID", help=h("cli.opt.candidate_one"))
    dc.add_argument("--decision", required=True, choices=DECISIONS, help=h("cli.opt.decision"))
    dc.add_argument("--date", type=day, metavar="YYYY-MM-DD", help=h("cli.opt.decision_date"))
    dc.add_argument("--by", required=True, metavar="NAME", help=h("cli.opt.decided_by"))
    dc.add_argument("--conditions", default="", metavar="TEXT", help=h("cli.opt.conditions"))
    dc.add_argument("--salary", type=amount, metavar="AMOUNT", help=h("cli.opt.salary_offered"))
    dc.set_defaults(handler="kamassess.cli.decision_commands:cmd_decide")

    oc = sub.add_parser("outcome", help=h("cli.cmd.outcome"), description=h("cli.cmd.outcome"))
    oc.add_argument("--candidate", required=True, metavar="ID", help=h("cli.opt.candidate_one"))
    oc.add_argument("--probation", choices=tuple(PROBATION), help=h("cli.opt.probation"))
    oc.add_argument(
        "--probation-date", type=day, metavar="YYYY-MM-DD", help=h("cli.opt.probation_date")
    )
    for months in ("6", "12"):
        oc.add_argument(
            f"--performance-{months}m",
            type=int,
            metavar="LEVEL",
            help=tr("cli.opt.performance", lang, months=months),
        )
        oc.add_argument(
            f"--performance-{months}m-by",
            metavar="NAME",
            help=tr("cli.opt.performance_by", lang, months=months),
        )
    oc.add_argument("--left", choices=(*LEFT, "unknown"), help=h("cli.opt.left"))
    oc.set_defaults(handler="kamassess.cli.decision_commands:cmd_outcome")

    va = sub.add_parser("validity", help=h("cli.cmd.validity"), description=h("cli.cmd.validity"))
    va.add_argument("--json", action="store_true", help=h("cli.opt.json"))
    va.set_defaults(handler="kamassess.cli.decision_commands:cmd_validity")

    pu = sub.add_parser("purge", help=h("cli.cmd.purge"), description=h("cli.cmd.purge"))
    pu.add_argument("--dry-run", action="store_true", help=h("cli.opt.purge_dry_run"))
    pu.add_argument("--yes", action="store_true", help=h("cli.opt.yes"))
    pu.set_defaults(handler="kamassess.cli.decision_commands:cmd_purge")


def cmd_decide(ctx: Context) -> int:
    from kamassess.decisions.model import Decision

    a = ctx.args
    with ctx.workspace(create=False) as ws:
        decision = Decision(
            candidate=a.candidate,
            decision=a.decision,
            date=a.date or date.today(),
            decided_by=a.by.strip(),
            conditions=a.conditions.strip(),
            salary_offered=a.salary,
        )
        change = ws.decide(decision)
        cand = ws.store.candidate(a.candidate)
        ctx.say(
            f"cli.decision_{change}",
            name=cand.name,
            id=cand.id,
            decision=decision_text(decision.decision, cand.kind, ctx.lang),
            date=decision.date.isoformat(),
        )
        band = salary_note(ws, cand.profile, decision.salary_offered, ctx.lang)
        if band:
            ctx.say("cli.salary_band", note=band)
    return EXIT_OK


def decision_text(decision: str, kind: str | None, lang: str) -> str:
    from kamassess.i18n.decision_text import decision_label

    return decision_label(decision, lang, kind=kind)


def salary_note(ws: Any, profile: str, salary: float | None, lang: str) -> str:
    from kamassess.i18n.decision_text import salary_against_band

    fw = ws.framework
    if salary is None or not fw.has_profile(profile):
        return ""
    return salary_against_band(salary, fw.profile(profile).salary_band, lang)


def cmd_outcome(ctx: Context) -> int:
    from dataclasses import replace

    from kamassess.decisions.model import OutcomeRecord

    a = ctx.args
    changes: dict[str, Any] = {}
    if a.probation is not None:
        changes["probation_passed"] = PROBATION[a.probation]
    if a.probation_date is not None:
        changes["probation_date"] = a.probation_date
    for months in ("6", "12"):
        level = getattr(a, f"performance_{months}m")
        by = getattr(a, f"performance_{months}m_by")
        if level is not None:
            changes[f"performance_{months}m"] = level
        if by is not None:
            changes[f"performance_{months}m_by"] = by.strip() or None
    if a.left == "unknown":
        changes["left_12m"], changes["left_reason"] = None, None
    elif a.left is not None:
        changes["left_12m"], changes["left_reason"] = LEFT[a.left]
    if not changes:
        ctx.warn("cli.outcome_nothing")
        return EXIT_USAGE
    with ctx.workspace(create=False) as ws:
        cand = ws.store.candidate(a.candidate)
        current = ws.store.outcome(cand.id) or OutcomeRecord(cand.id)
        change = ws.record_outcome(replace(current, **changes))
        ctx.say(f"cli.outcome_{change}", name=cand.name, id=cand.id)
    return EXIT_OK


def cmd_validity(ctx: Context) -> int:
    from kamassess.analysis.validity import to_json
    from kamassess.i18n.validity_text import validity_lines

    with ctx.workspace(create=False) as ws:
        report = ws.validity()
        if ctx.args.json:
            data = {
                **to_json(report.validity),
                "hired": report.hired,
                "with_outcomes": report.with_outcomes,
                "unscorable": list(report.unscorable),
            }
            ctx.out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            return EXIT_OK
        for line in validity_lines(report, ws.framework, ctx.lang):
            print(line, file=ctx.out)
    return EXIT_OK


def _print_due(ctx: Context, due: list[Due]) -> None:
    from kamassess.i18n.decision_text import due_reason

    for d in due:
        c = d.candidate
        print(f"  {c.id}  {c.name} — {due_reason(d, ctx.lang)}", file=ctx.out)


def cmd_purge(ctx: Context) -> int:
    """List who is due; delete them after a yes (on a terminal, or --yes)."""
    with ctx.workspace(create=False) as ws:
        due = ws.due_for_deletion()
        policy = ws.framework.retention
        if not due:
            ctx.say("cli.purge_none", months=policy.months)
            return EXIT_OK
        ctx.say("cli.purge_due", count=len(due), months=policy.months)
        _print_due(ctx, due)
        if ctx.args.dry_run:
            ctx.say("cli.purge_dry_run")
            return EXIT_OK
        if not ctx.args.yes:
            if not sys.stdin.isatty():
                ctx.warn("cli.purge_needs_yes")
                return EXIT_USAGE
            answer = input(tr("cli.purge_confirm", ctx.lang, count=len(due)))
            if answer.strip().casefold() not in ("y", "yes", "д", "да"):
                ctx.say("cli.purge_declined")
                return EXIT_OK
        outcome = ws.purge([d.candidate.id for d in due])
    ctx.say("cli.purge_done", count=len(outcome.deleted), backups=outcome.backups)
    for cid in outcome.not_due:
        ctx.warn("cli.purge_not_due", id=cid)
    for path in outcome.left_in:
        ctx.warn("cli.purge_left_in", path=path)
    ctx.say("cli.purge_elsewhere")
    return EXIT_INVALID if outcome.left_in else EXIT_OK
