"""Reading an exchange file ("bundle", YAML or JSON) and checking it all or nothing: the syntax,
the format (bundle_schema.py's models), and the items against the framework and the database —
every problem at once, each named by item and field at its line. Importing and exporting are
importer.py's and exporter.py's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kamassess.exchange.bundle_decisions import decision_problems
from kamassess.exchange.bundle_schema import BundleIn, bundle_date
from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.parsing.jsonpos import JsonSourceMap
from kamassess.parsing.problems import pydantic_problems
from kamassess.parsing.sources import PathT, Problem, SourceError, decode, read_bytes
from kamassess.parsing.syntax import json_problem
from kamassess.parsing.yamlsource import SourceMap, load_text
from kamassess.store.base import Store

MAX_BUNDLE_BYTES = 512 * 1024 * 1024


# Fields a version-1 file may not carry, by where they are: "" the top level, else the list
# whose items may not have them. A version-1 file is read as it always was; one of these in it
# is refused at its line rather than read into a format that did not have it.
VERSION_2_FIELDS: dict[str, tuple[str, ...]] = {
    "": ("assessors", "consensus", "decisions", "outcomes"),
    "candidates": ("consent_until",),
    "assessments": ("assessor_id", "recommendation", "recommendation_reason"),
}


def version_2_problems(data: dict[str, Any]) -> list[tuple[PathT, Message, bool]]:
    """In a version-1 file, each field only version 2 knows, located at its key."""
    if data.get("version") != 1:
        return []
    out: list[tuple[PathT, Message, bool]] = []
    for where, names in VERSION_2_FIELDS.items():
        items = data.get(where) if where else [data]
        for i, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                continue
            path: PathT = (where, i) if where else ()
            out.extend(
                ((*path, name), Message("bundle.version_2_only", {"field": name}), True)
                for name in names
                if name in item
            )
    return out


class BundleError(SourceError):
    """A bundle that cannot be imported; every problem in it, each naming item and field."""


def _parse(text: str, file: str) -> tuple[Any, SourceMap | None]:
    """JSON goes through the fast json module (positions are found afterwards, and only for the
    problems, by JsonSourceMap); YAML, and JSON that json refuses, through the position-keeping
    loader, which says where the syntax breaks."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            return json.loads(text, object_pairs_hook=_no_duplicates), None
        except json.JSONDecodeError as exc:
            if file.lower().endswith(".json"):  # a JSON file's error in JSON's terms
                where = Problem(file, exc.lineno, exc.colno, "", _json_syntax(exc))
                raise SourceError([where]) from None
        except (ValueError, RecursionError):
            pass  # a key given twice, or too deep: the YAML loader finds and locates it
    return load_text(text, file)


def _json_syntax(exc: json.JSONDecodeError) -> Message:
    return Message("json.syntax", {"problem": json_problem(exc)})


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # built in C; a key given twice shows as a shorter dict
    if len(out) != len(pairs):
        seen: set[str] = set()
        raise _Duplicate(next(k for k, _ in pairs if k in seen or seen.add(k)))  # type: ignore[func-returns-value]
    return out


def read_bundle(path: Path, framework: Framework, store: Store | None = None) -> BundleIn:
    """Parse and fully check a bundle against the framework (and the database, if given).

    A large JSON file is checked item by item and imported from the file again
    (exchange.bigbundle), in memory far below its size; YAML is always read whole, so large
    transfers should use JSON."""
    if _streams(path):
        from kamassess.exchange.bigbundle import read_streamed
        from kamassess.parsing.jsonstream import NotStreamable

        try:
            return read_streamed(path, framework, store)
        except NotStreamable:
            pass  # read whole below: that says what and where the problem is
    try:
        raw = read_bytes(path, MAX_BUNDLE_BYTES)
        text = decode(raw, str(path))
    except SourceError as exc:
        raise BundleError(exc.problems) from None
    return parse_bundle(text, str(path), framework, store)


def _streams(path: Path) -> bool:
    from kamassess.exchange.bigbundle import STREAM_FROM

    try:
        size = path.stat().st_size
    except OSError:
        return False  # read_bytes says why
    return path.suffix.lower() == ".json" and STREAM_FROM <= size <= MAX_BUNDLE_BYTES


def parse_bundle(
    text: str, file: str, framework: Framework, store: Store | None = None
) -> BundleIn:
    try:
        return _parse_bundle(text, file, framework, store)
    except BundleError:
        raise
    except SourceError as exc:
        raise BundleError(exc.problems) from None


def _located(
    smap: SourceMap | None, file: str, text: str, data: Any, framework: Framework
) -> SourceMap:
    """The source map, ready to place problems by line and name them in words (a competency id
    by its name in the framework)."""
    smap = smap or JsonSourceMap(file, text)
    smap.data = data

    def name(cid: str, lang: str) -> str | None:
        return framework.competency(cid).name.get(lang) if framework.has_competency(cid) else None

    smap.names = name
    return smap


def _parse_bundle(text: str, file: str, framework: Framework, store: Store | None) -> BundleIn:
    data, smap = _parse(text, file)
    problems: list[Problem] = []
    model: BundleIn | None = None
    if not isinstance(data, dict):
        smap = _located(smap, file, text, data, framework)
        raise BundleError([smap.problem((), Message("bundle.top_not_mapping"))])
    try:
        model = BundleIn.model_validate(data)
    except ValidationError as exc:
        smap = _located(smap, file, text, data, framework)
        problems.extend(pydantic_problems(exc, smap))
    raw_problems = _semantic(data, framework, store) + _panel_semantic(data, framework, store)
    if raw_problems:
        smap = _located(smap, file, text, data, framework)
        problems.extend(smap.problem(path, msg, key=key) for path, msg, key in raw_problems)
    if problems or model is None:
        problems.sort(key=lambda p: (p.line, p.column))
        raise BundleError(problems)
    return model


def _semantic(
    data: dict[str, Any], fw: Framework, store: Store | None
) -> list[tuple[PathT, Message, bool]]:
    """Checks against the framework and the database, on raw data (type errors are skipped)."""
    out: list[tuple[PathT, Message, bool]] = []
    ref = data.get("framework")
    if isinstance(ref, dict) and isinstance(ref.get("id"), str) and ref["id"] != fw.id:
        out.append(
            (
                ("framework", "id"),
                Message("bundle.framework_mismatch", {"given": ref["id"], "expected": fw.id}),
                False,
            )
        )
    levels = set(fw.levels)
    levels_text = ", ".join(str(lv) for lv in fw.levels)
    seen: dict[str, int] = {}
    candidates = data.get("candidates")
    for i, cand in enumerate(candidates if isinstance(candidates, list) else []):
        if not isinstance(cand, dict):
            continue
        cid = cand.get("id")
        if isinstance(cid, str):
            if cid in seen:
                out.append(
                    (
                        (("candidates", i, "id")),
                        Message(
                            "bundle.duplicate_candidate",
                            {"id": cid, "n": seen[cid] + 1},
                        ),
                        False,
                    )
                )
            else:
                seen[cid] = i
        prof = cand.get("profile")
        if isinstance(prof, str) and not fw.has_profile(prof):
            out.append(
                (
                    (("candidates", i, "profile")),
                    Message(
                        "bundle.unknown_profile",
                        {"id": prof, "choices": ", ".join(p.id for p in fw.profiles)},
                    ),
                    False,
                )
            )
    known_in_db = store.candidate_ids() if store is not None else set()
    out += version_2_problems(data)
    out += decision_problems(data, fw, store, seen.keys() | known_in_db)
    stored = store.assessment_keys() if store is not None else {}
    finals = {k: v[0] for k, v in stored.items() if v[1] == "final"}
    final_ratings = store.ratings_of(finals.values()) if store is not None and finals else {}
    version_2 = data.get("version") == 2
    final_recommendations = (
        store.recommendations_of(finals.values()) if store is not None and version_2 else {}
    )
    competencies = {c.id for c in fw.competencies}
    keys: dict[tuple[Any, ...], int] = {}
    assessments = data.get("assessments")
    for i, asm in enumerate(assessments if isinstance(assessments, list) else []):
        if not isinstance(asm, dict):
            continue
        cid = asm.get("candidate")
        if isinstance(cid, str) and cid not in seen and cid not in known_in_db:
            out.append(
                (
                    (("assessments", i, "candidate")),
                    Message("bundle.unknown_candidate", {"id": cid}),
                    False,
                )
            )
        day = bundle_date(asm.get("date"))
        key = (cid, asm.get("assessor"), day.isoformat() if day else None, asm.get("method"))
        well_formed = all(isinstance(k, str) for k in key)  # else the schema says what is wrong
        if well_formed:
            if key in keys:
                out.append(
                    (
                        (("assessments", i)),
                        Message("bundle.duplicate_assessment", {"n": keys[key] + 1}),
                        False,
                    )
                )
            else:
                keys[key] = i
        ratings = asm.get("ratings")
        if well_formed and key in finals:
            aid = finals[key]
            # A version-1 file says nothing about recommendations, so it cannot change one.
            recommended = final_recommendations.get(aid) if version_2 else None
            conflict = _final_conflict(asm, final_ratings[aid], recommended)
            if conflict:
                out.append(((("assessments", i)), conflict, False))
        for comp, rating in ratings.items() if isinstance(ratings, dict) else ():
            if comp not in competencies:
                out.append(
                    (
                        ("assessments", i, "ratings", comp),
                        Message("bundle.unknown_competency", {"id": comp}),
                        True,
                    )
                )
            level = rating.get("level") if type(rating) is dict else None
            if type(level) is int and level not in levels:
                out.append(
                    (
                        ("assessments", i, "ratings", comp, "level"),
                        Message("fw.level_off_scale", {"value": level, "levels": levels_text}),
                        False,
                    )
                )
    return out


def _panel_semantic(
    data: dict[str, Any], fw: Framework, store: Store | None
) -> list[tuple[PathT, Message, bool]]:
    from kamassess.exchange.panel import panel_problems

    return panel_problems(data, fw, store)


def _final_conflict(
    asm: dict[str, Any],
    have: dict[str, tuple[int | None, str]],
    recommended: tuple[str | None, str] | None = None,
) -> Message | None:
    """A final assessment in the database that this bundle item would change (`recommended`:
    its stored recommendation and reason, when the file is one that carries them)."""
    given = asm.get("ratings")
    ratings: dict[str, Any] = given if isinstance(given, dict) else {}
    wanted = {
        comp: (r.get("level"), r.get("evidence", ""))
        for comp, r in ratings.items()
        if isinstance(r, dict)
    }
    said = (asm.get("recommendation"), asm.get("recommendation_reason", ""))
    same_recommendation = recommended is None or said == recommended
    if wanted == have and same_recommendation and asm.get("status", "draft") == "final":
        return None
    return Message(
        "bundle.final_conflict",
        {
            "candidate": asm.get("candidate"),
            "assessor": asm.get("assessor"),
            "date": asm.get("date"),
            "method": asm.get("method"),
        },
    )
