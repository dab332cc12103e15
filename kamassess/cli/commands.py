"""The CLI's commands: import, export, score, demo, backup (validate lives beside the parser)."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kamassess.i18n import figures
from kamassess.i18n.messages import tr
from kamassess.i18n.oserrors import os_error
from kamassess.i18n.texts import number, pooling_lines, risk_sentence
from kamassess.scoring.errors import ProfileUnknown
from kamassess.scoring.evaluation import Evaluation
from kamassess.scoring.fit import CompetencyScore, ScoreResult
from kamassess.store.sqlite import SqliteStore

if TYPE_CHECKING:
    from kamassess.cli.main import Context
    from kamassess.workspace import ImportOutcome

EXIT_OK, EXIT_INVALID, EXIT_MISSING, EXIT_USAGE = 0, 1, 2, 64


def cmd_import(ctx: Context) -> int:
    from kamassess.exchange.bundle import BundleError  # pydantic and YAML load only here

    path = Path(ctx.args.file)
    with ctx.workspace() as ws:
        try:
            bundle = ws.read_bundle(path)
            # A large JSON file is read again as it is imported: changed since, it is refused.
            outcome = ws.import_bundle(bundle, dry_run=ctx.args.dry_run)
        except FileNotFoundError:
            ctx.warn("file.missing", path=path)
            return EXIT_MISSING
        except BundleError as exc:
            for line in exc.render(ctx.lang):
                print(line, file=ctx.out)
            ctx.warn("cli.import_refused", path=path, count=len(exc.problems))
            return EXIT_INVALID
        _report_import(ctx, outcome, path)
    return EXIT_OK


def _report_import(ctx: Context, outcome: ImportOutcome, path: Path) -> None:
    if outcome.backup is not None:
        ctx.warn("cli.auto_backup", path=outcome.backup)
    report = outcome.report
    for warning in report.warnings:
        print(warning.render(ctx.lang), file=ctx.err)
    c, a = report.candidates, report.assessments
    ctx.say(
        "cli.import_dry" if outcome.dry_run else "cli.import_done",
        path=path,
        c_added=c["added"],
        c_updated=c["updated"],
        c_unchanged=c["unchanged"],
        a_added=a["added"],
        a_updated=a["updated"],
        a_unchanged=a["unchanged"],
        ratings=report.ratings,
    )
    d, o = report.decisions, report.outcomes
    if any(d.values()) or any(o.values()):
        ctx.say(
            "cli.import_decisions",
            d_added=d["added"],
            d_updated=d["updated"],
            d_unchanged=d["unchanged"],
            o_added=o["added"],
            o_updated=o["updated"],
            o_unchanged=o["unchanged"],
        )


def cmd_demo(ctx: Context) -> int:
    from kamassess.exchange.bundle import BundleError

    with ctx.workspace() as ws:
        try:
            outcome = ws.load_demo()
        except BundleError:  # the demo is rated on the shipped KAM framework only
            ctx.warn("cli.demo_other_framework", id=ws.framework.id)
            return EXIT_INVALID
        _report_import(ctx, outcome, Path("demo"))
    return EXIT_OK


def cmd_export(ctx: Context) -> int:
    out = Path(ctx.args.file)
    if ctx.args.subject_access:
        return _subject_access(ctx, out)
    with ctx.workspace(create=False) as ws:
        try:
            counts = ws.export(out, ctx.args.candidate, anonymise=ctx.args.anonymise)
        except OSError as exc:
            print(os_error(exc).render(ctx.lang), file=ctx.err)
            return EXIT_INVALID
    ctx.say("cli.export_done", path=out, **counts)
    if counts["decisions"] or counts["outcomes"]:
        ctx.say("cli.export_decisions", **counts)
    if ctx.args.anonymise:
        ctx.say("cli.export_anonymised")
    return EXIT_OK


def _subject_access(ctx: Context, out: Path) -> int:
    """One person's data on their request: the PDF and the bundle."""
    ids = list(dict.fromkeys(ctx.args.candidate or []))
    if len(ids) != 1 or ctx.args.anonymise:
        ctx.warn("cli.subject_access_one")
        return EXIT_USAGE
    with ctx.workspace(create=False) as ws:
        try:
            pdf, bundle = ws.export_subject_access(ids[0], out)
        except OSError as exc:
            print(os_error(exc).render(ctx.lang), file=ctx.err)
            return EXIT_INVALID
    ctx.say("cli.subject_access_done", pdf=pdf, bundle=bundle)
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    out = Path(ctx.args.out)
    with ctx.workspace(create=False) as ws:
        try:
            ws.backup_to(out)
        except OSError as exc:
            print(os_error(exc).render(ctx.lang), file=ctx.err)
            return EXIT_INVALID
    ctx.say("cli.backup_done", path=out, size=out.stat().st_size)
    return EXIT_OK


def write_utf8(out: TextIO | None, data: bytes) -> None:
    """JSON text (UTF-8) to a text stream: to its bytes when it writes UTF-8 (no decoding of
    45 MB); to a stream in another encoding (a cp1251 pipe on Windows) with what it cannot hold
    written as JSON's \\u escapes — outside JSON's strings every character is ASCII, so the text
    stays valid JSON; to nothing when there is no stream (stdout closed), as print does."""
    if out is None:
        return
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8"))
        return
    encoding = getattr(out, "encoding", None) or "ascii"
    if codecs.lookup(encoding).name != "utf-8":
        data = data.decode("utf-8").encode(encoding, errors=_JSON_ESCAPES)
    out.flush()
    view = memoryview(data)
    while view:  # an unbuffered stdout (python -u) may take part of it: write the rest
        done = buffer.write(view)
        view = view[done if done is not None else 0 :]
    buffer.flush()


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the characters a stream's encoding lacks as JSON escapes."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        code = ord(ch)
        if code > 0xFFFF:  # JSON writes these as a surrogate pair
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), exc.end


_JSON_ESCAPES = "kamassess-json-escape"
codecs.register_error(_JSON_ESCAPES, _json_escape)


def result_json(ev: Evaluation, lang: str = "en") -> dict[str, Any]:
    """The documented `score --json` object for one candidate and profile (`reason` in lang).

    Built in one pass over the competencies (the result's list properties each make their own
    pass): 10,000 of these are made for one `score --json`."""
    res: ScoreResult = ev.result
    knockouts, disagreements, strengths, unrated = [], [], [], []
    gaps: list[tuple[float, float, int, str]] = []
    comps: dict[str, dict[str, Any]] = {}
    for i, c in enumerate(res.competencies):
        # Candidates rated alike share their competency scores (scoring.fit.aggregate), so
        # each one's entry is made once; the cache holds the score, so its id is not reused.
        hit = _ENTRIES.get(id(c))
        if hit is None or hit[0] is not c:
            hit = _entry(c)
        _, entry, gap, cid = hit
        comps[cid] = entry
        if gap is None:
            unrated.append(cid)
        else:
            if gap > 0:
                gaps.append((gap * c.weight, gap, -i, cid))
            elif gap < 0:
                strengths.append(cid)
            if c.minimum is not None and (s := c.score) is not None and s < c.minimum:
                knockouts.append(cid)  # below the minimum, confirmed or split
        if c.disagreement:
            disagreements.append(cid)
    gaps.sort(reverse=True)  # as ScoreResult.gaps orders them
    fit, rng = res.fit, res.fit_range
    fw = ev.framework
    return {
        "candidate": res.candidate,
        "name": ev.candidate.name,
        "profile": res.profile,
        "fit": None if fit is None else round(fit, 1),
        "fit_range": None if rng is None else [round(rng[0], 1), round(rng[1], 1)],
        "coverage": round(res.coverage, 3),
        "incomplete": res.incomplete,
        "verdict": res.verdict,
        "flags": list(res.flags),
        "reason": figures.reason_text(res, fw, lang),
        "knockouts": knockouts,
        "gaps": [
            {"competency": cid, "gap": round(gap, 2), "weighted_gap": round(wgap, 2)}
            for wgap, gap, _, cid in gaps
        ],
        "groups": {g: None if v is None else round(v, 1) for g, v in res.groups.items()},
        "competencies": comps,
        "disagreements": disagreements,
        "strengths": strengths,
        "unrated": unrated,
        "raters": res.raters,
        "risks": [r.as_dict() for r in res.risks],
        "framework": {"id": fw.id, "version": fw.version, "outdated": ev.outdated},
        "pooling": None
        if ev.pooling is None
        else {
            "framework": ev.pooling.framework,
            "not_counted": {str(aid): list(names) for aid, names in ev.pooling.partly},
            "left_out": {str(aid): why for aid, why in ev.pooling.left_out},
        },
    }


_ENTRIES: dict[int, tuple[CompetencyScore, dict[str, Any], float | None, str]] = {}


def _entry(c: CompetencyScore) -> tuple[CompetencyScore, dict[str, Any], float | None, str]:
    """(c, its `competencies` entry, target − score or None when unrated, its id), cached by
    the score's identity (emptied when large). The entry is shared: never change it."""
    if len(_ENTRIES) > 50_000:
        _ENTRIES.clear()
    s = c.score
    made = (
        c,
        {
            "score": None if s is None else round(s, 2),
            "min": c.low,
            "max": c.high,
            "raters": c.raters,
            "target": c.target,
            "weight": c.weight,
            "minimum": c.minimum,
            "consensus": c.consensus,
        },
        None if s is None else c.target - s,
        c.competency,
    )
    _ENTRIES[id(c)] = made
    return made


def cmd_score(ctx: Context) -> int:
    fw = ctx.framework()
    profile = ctx.args.profile
    if profile is not None and not fw.has_profile(profile):
        ctx.warn("cli.unknown_profile", id=profile, choices=", ".join(p.id for p in fw.profiles))
        return EXIT_INVALID
    unscorable: list[ProfileUnknown] = []
    if ctx.args.out is not None:
        with ctx.workspace(create=False) as ws:
            rows = ws.export_list(
                ctx.args.out,
                ctx.args.candidate,
                profile=profile,
                drafts=ctx.args.drafts,
                unscorable=unscorable,
            )
        for problem in unscorable:
            print(problem.message.render(ctx.lang), file=ctx.err)
        ctx.say("cli.list_written", n=rows, path=ctx.args.out)
        return EXIT_INVALID if unscorable else EXIT_OK
    as_json = ctx.args.json or ctx.args.jsonl
    with ctx.workspace(create=False) as ws:
        if as_json:
            # One object per line, each encoded where it is scored (by orjson: 45 MB for
            # 10,000 candidates × 20 competencies), on every core where that is safe: only the
            # bytes come back.
            import orjson

            lang = ctx.lang
            lines = ws.rendered(
                lambda ev: orjson.dumps(result_json(ev, lang)),
                ctx.args.candidate,
                profile=profile,
                drafts=ctx.args.drafts,
                unscorable=unscorable,
            )
        else:
            table = list(
                ws.evaluations(
                    ctx.args.candidate,
                    profile=profile,
                    drafts=ctx.args.drafts,
                    evidence=False,
                    unscorable=unscorable,
                )
            )
    for problem in unscorable:  # the others are scored; these are named, and the exit says so
        print(problem.message.render(ctx.lang), file=ctx.err)
    code = EXIT_INVALID if unscorable else EXIT_OK
    if as_json:
        if ctx.args.jsonl:
            write_utf8(ctx.out, b"".join(line + b"\n" for line in lines))
        else:
            write_utf8(ctx.out, b"[\n" + b",\n".join(lines) + b"\n]\n" if lines else b"[]\n")
        return code
    if not table:
        ctx.say("cli.no_candidates")
        return code
    _print_table(ctx, table)
    return code


def _print_table(ctx: Context, evaluations: list[Evaluation]) -> None:
    lang = ctx.lang

    def h(key: str) -> str:
        return tr(key, lang)

    width = min(40, max(len(h("cli.col.candidate")), *(len(e.candidate.name) for e in evaluations)))
    head = (
        f"{h('cli.col.candidate'):<{width}}  {h('cli.col.profile'):<20} "
        f"{h('cli.col.fit'):>6} {h('cli.col.range'):>15} {h('cli.col.coverage'):>6} "
        f"{h('cli.col.raters'):>6}  {h('cli.col.verdict')}"
    )
    print(head, file=ctx.out)
    print("-" * len(head), file=ctx.out)
    for ev in evaluations:
        res = ev.result
        fit, rng = figures.fit_text(res.fit, lang), figures.range_cell(res, lang)
        cov = figures.coverage_text(res.coverage, lang)
        name = (
            ev.candidate.name
            if len(ev.candidate.name) <= width
            else (ev.candidate.name[: width - 1] + "…")
        )
        verdict = figures.verdict_line(res, lang)
        print(
            f"{name:<{width}}  {res.profile:<20} {fit:>6} {rng:>15} {cov:>6} "
            f"{res.raters:>6}  {verdict}",
            file=ctx.out,
        )
        fwk = ev.framework
        print(f"    {figures.reason_text(res, fwk, lang)}", file=ctx.out)
        if res.knockouts:
            names = ", ".join(fwk.competency(c).name.get(lang) for c in res.knockouts)
            print(f"    {h('cli.knockouts')}: {names}", file=ctx.out)
        if res.gaps:
            gaps = ", ".join(
                f"{fwk.competency(g.competency).name.get(lang)} −{number(g.gap, lang)}"
                for g in res.gaps[:3]
            )
            print(f"    {h('cli.top_gaps')}: {gaps}", file=ctx.out)
        for risk in res.risks:
            mark = "+" if risk.kind == "plus" else "!"
            print(f"    {mark} {risk_sentence(risk, lang)}", file=ctx.out)
        if ev.outdated:
            print(
                "    "
                + tr("cli.outdated", lang, name=ev.candidate.name, id=fwk.id, version=fwk.version),
                file=ctx.out,
            )
        for line in pooling_lines(ev, lang):
            print(f"    {line}", file=ctx.out)


def cmd_restore(ctx: Context) -> int:
    """Put the newest automatic backup in place; refuses a healthy database unless --force."""
    from kamassess.store.backup import backup_dir, restore_newest
    from kamassess.store.sqlite import StorageError

    path = ctx.db_path
    if not ctx.args.force:
        try:
            with SqliteStore.open_file(path, create=False) as store:
                damaged = not store.quick_check()
        except StorageError:
            damaged = True  # damaged or unreadable: exactly what restore is for
        if not damaged:
            ctx.warn("cli.restore_healthy", path=path)
            return EXIT_INVALID
    restored = restore_newest(path)
    if restored is None:
        ctx.warn("cli.no_backup", path=path, folder=backup_dir(path))
        return EXIT_MISSING
    backup, kept = restored
    ctx.say("cli.restored", path=path, backup=backup, kept=kept or "—")
    return EXIT_OK
