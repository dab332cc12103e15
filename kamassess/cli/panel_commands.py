"""`calibration` and `report calibration`: how far the assessors agree, from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess.i18n.messages import tr

if TYPE_CHECKING:
    from kamassess.cli.main import Context

EXIT_OK, EXIT_INVALID = 0, 1


def _profile_ok(ctx: Context) -> bool:
    fw = ctx.framework()
    profile = ctx.args.profile
    if profile is not None and not fw.has_profile(profile):
        ctx.warn("cli.unknown_profile", id=profile, choices=", ".join(p.id for p in fw.profiles))
        return False
    return True


def cmd_calibration(ctx: Context) -> int:
    from kamassess.analysis.calibration import to_json
    from kamassess.panel.calibration_text import describe

    if not _profile_ok(ctx):
        return EXIT_INVALID
    with ctx.workspace(create=False) as ws:
        run = ws.calibration(ctx.args.profile)
        fw = ws.framework
    if ctx.args.json:
        # One object, written in one write.
        ctx.out.write(json.dumps(to_json(run.calibration), ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    text = describe(run, fw, ctx.lang)
    lines = [f"{text.title} — {text.scope}", text.pool, *text.notes, "", text.headline]
    lines.append(text.meaning)
    if text.others:
        lines.append(text.others)
    lang = ctx.lang
    if text.competencies:
        lines += ["", tr("cal.per_competency", lang)]
        width = min(44, max(len(c.name) for c in text.competencies))
        lines.append(
            f"  {tr('cal.col.competency', lang):<{width}}  {tr('cal.col.alpha', lang):>16}  "
            f"{tr('cal.col.interval', lang):<13}  {tr('cal.col.units', lang):>6}"
        )
        for c in text.competencies:
            name = c.name if len(c.name) <= width else c.name[: width - 1] + "…"
            if c.enough:
                lines.append(f"  {name:<{width}}  {c.alpha:>16}  {c.interval:<13}  {c.units:>6}")
            else:
                lines.append(f"  {name:<{width}}  {c.alpha}")
    if text.assessors:
        lines += ["", tr("cal.per_assessor", lang)]
        width = min(
            40, max(len(tr("cal.col.assessor", lang)), *(len(a.name) for a in text.assessors))
        )
        lines.append(
            f"  {tr('cal.col.assessor', lang):<{width}}  {tr('cal.col.leniency', lang):>10}  "
            f"{tr('cal.col.pairs', lang):>6}  {tr('cal.col.sd', lang):>12}"
        )
        for a in text.assessors:
            name = a.name if len(a.name) <= width else a.name[: width - 1] + "…"
            if a.shown:
                lines.append(f"  {name:<{width}}  {a.leniency:>10}  {a.pairs:>6}  {a.sd:>12}")
            else:
                lines.append(f"  {name:<{width}}  {a.leniency}  ({a.pairs})")
        lines += ["", text.leniency_help]
    ctx.out.write("\n".join(lines) + "\n")
    return EXIT_OK


def cmd_report_calibration(ctx: Context) -> int:
    from kamassess.cli import report_commands  # reportlab loads with the reports only

    if not _profile_ok(ctx):
        return EXIT_INVALID
    out = Path(ctx.args.out)
    with ctx.workspace(create=False) as ws:
        ws.write_calibration(out, profile=ctx.args.profile, lang=report_commands.report_lang(ctx))
    return report_commands._done(ctx, out)
