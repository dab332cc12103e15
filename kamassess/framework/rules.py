"""Checks a framework file against its schema and cross-references, and builds the dataclasses."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from kamassess.framework import codec, schema
from kamassess.framework.model import Framework, FrameworkError
from kamassess.i18n.messages import Message
from kamassess.parsing.problems import pydantic_problems
from kamassess.parsing.sources import PathT, Problem, SourceError
from kamassess.parsing.yamlsource import SourceMap, load_text


def _items(data: Mapping[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _semantic_problems(data: Mapping[str, Any], smap: SourceMap) -> list[Problem]:
    """Cross-reference checks a per-field schema cannot express.

    Runs on the raw data, skipping whatever has the wrong type (the schema reports that), so that
    a file's type errors and its reference errors are reported together.
    """
    problems: list[Problem] = []

    def add(path: PathT, key: str, key_pos: bool = False, **params: Any) -> None:
        problems.append(smap.problem(path, Message(key, params), key=key_pos))

    def unique(section: str) -> set[str]:
        seen: dict[str, int] = {}
        for i, item in _items(data, section):
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                add(
                    (section, i, "id"),
                    "fw.duplicate_id",
                    id=ident,
                    other=f"{section}[{seen[ident]}]",
                )
            else:
                seen[ident] = i
        return set(seen)

    levels = [
        lv for _, item in _items(data, "scale") if (lv := _int(item.get("level"))) is not None
    ]
    if any(b <= a for a, b in itertools.pairwise(levels)):
        add(("scale",), "fw.scale_order")
    level_set = set(levels)
    levels_text = ", ".join(str(lv) for lv in levels)
    group_ids = unique("groups")
    comp_ids = unique("competencies")
    unique("profiles")

    used_groups: set[Any] = set()
    for i, comp in _items(data, "competencies"):
        group = comp.get("group")
        if isinstance(group, str):  # anything else is a type error, reported by the schema
            used_groups.add(group)
        if isinstance(group, str) and group_ids and group not in group_ids:
            add(("competencies", i, "group"), "fw.unknown_group", id=group)
        anchors = comp.get("anchors")
        if not isinstance(anchors, dict):
            continue
        for level in levels:
            if level not in anchors:
                add(("competencies", i, "anchors"), "fw.anchor_missing", level=level)
        for level in anchors:
            if _int(level) is not None and level_set and level not in level_set:
                add(("competencies", i, "anchors", level), "fw.anchor_extra", True, level=level)
    for i, group in _items(data, "groups"):
        ident = group.get("id")
        if isinstance(ident, str) and comp_ids and ident not in used_groups:
            add(("groups", i, "id"), "fw.group_empty", id=ident)

    for i, prof in _items(data, "profiles"):
        targets = prof.get("targets")
        for comp_id, tgt in (targets or {}).items() if isinstance(targets, dict) else ():
            path: PathT = ("profiles", i, "targets", comp_id)
            if isinstance(comp_id, str) and comp_ids and comp_id not in comp_ids:
                add(path, "fw.unknown_competency", True, id=comp_id)
            if not isinstance(tgt, dict):
                continue
            target, minimum = _int(tgt.get("target")), _int(tgt.get("minimum"))
            if target is not None and level_set and target not in level_set:
                add((*path, "target"), "fw.level_off_scale", value=target, levels=levels_text)
            if minimum is not None and level_set and minimum not in level_set:
                add((*path, "minimum"), "fw.level_off_scale", value=minimum, levels=levels_text)
            elif minimum is not None and target is not None and minimum > target:
                add((*path, "minimum"), "fw.minimum_above_target", minimum=minimum, target=target)
        band = prof.get("salary_band")
        if isinstance(band, dict):
            low, high = _num(band.get("base_min")), _num(band.get("base_max"))
            if low is not None and high is not None and low > high:
                add(("profiles", i, "salary_band", "base_min"), "fw.band_order")

    verdicts = data.get("verdicts")
    if isinstance(verdicts, dict):
        rec, cond = _num(verdicts.get("recommend")), _num(verdicts.get("conditional"))
        if rec is not None and cond is not None and cond >= rec:
            add(
                ("verdicts", "conditional"),
                "fw.verdict_order",
                conditional=f"{cond:g}",
                recommend=f"{rec:g}",
            )
    rules = data.get("risk_rules")
    if isinstance(rules, dict):
        payback = rules.get("payback_months")
        if isinstance(payback, list) and len(payback) == 2:
            low, high = _num(payback[0]), _num(payback[1])
            if low is not None and high is not None and low > high:
                add(("risk_rules", "payback_months"), "fw.range_order")
        for key in ("sales_groups", "management_groups"):
            listed = rules.get(key)
            for j, gid in enumerate(listed if isinstance(listed, list) else []):
                if isinstance(gid, str) and group_ids and gid not in group_ids:
                    add(("risk_rules", key, j), "fw.unknown_group", id=gid)
    return problems


def _build(model: schema.FrameworkFile, text: str) -> Framework:
    """The dataclasses from the validated file: its meta flattened, targets keyed in order."""
    data = model.model_dump(mode="python")
    canonical = json.dumps(model.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    data.update(data.pop("framework"))
    for prof in data["profiles"]:
        prof["targets"] = [{"competency": cid, **t} for cid, t in prof["targets"].items()]
    for comp in data["competencies"]:
        comp["anchors"] = dict(sorted(comp["anchors"].items()))
    data["content_hash"] = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    data["text"] = text
    return codec.build(Framework, data)


def validate(text: str, file: str) -> Framework:
    """Validate framework YAML text; FrameworkError lists every problem with line and column."""
    try:
        data, smap = load_text(text, file)
    except SourceError as exc:
        raise FrameworkError(exc.problems) from None
    if not isinstance(data, dict):
        raise FrameworkError([smap.problem((), Message("yaml.top_not_mapping"))])
    if not data:
        raise FrameworkError([smap.problem((), Message("fw.empty"))])
    problems: list[Problem] = []
    model = None
    try:
        model = schema.FrameworkFile.model_validate(data)
    except ValidationError as exc:
        problems.extend(pydantic_problems(exc, smap))
    problems.extend(_semantic_problems(data, smap))
    if problems or model is None:
        problems.sort(key=lambda p: (p.line, p.column))
        raise FrameworkError(problems)
    return _build(model, text)
