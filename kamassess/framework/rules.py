"""Checks a framework file against its schema and cross-references, and builds the dataclasses."""

from __future__ import annotations

import dataclasses
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
    if isinstance(rules, dict) and is_legacy(rules):
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
    elif isinstance(rules, dict):
        known = {"group": group_ids, "competency": comp_ids}
        company = data.get("company")
        regions = company.get("regions") if isinstance(company, dict) else None
        for rule_id, figures in rules.items():
            if not isinstance(figures, dict):
                continue
            if rule_id == "weak_start" and not regions:
                add(("risk_rules", rule_id), "fw.rule_needs_regions", True)
            for name, meta in _figure_meta(rule_id).items():
                value, path = figures.get(name), ("risk_rules", rule_id, name)
                refs = known.get(meta.get("ref") or "")
                if refs:
                    listed = value if isinstance(value, list) else [value]
                    for j, ref in enumerate(listed):
                        where = (*path, j) if isinstance(value, list) else path
                        if isinstance(ref, str) and ref not in refs:
                            add(where, f"fw.unknown_{meta['ref']}", id=ref)
                if meta.get("ordered") and isinstance(value, list) and len(value) == 2:
                    low, high = _num(value[0]), _num(value[1])
                    if low is not None and high is not None and low > high:
                        add(path, "fw.range_order")
    return problems


def _figure_meta(rule_id: str) -> dict[str, Mapping[str, Any]]:
    """What the validator checks on each figure of a registered rule (nothing if unknown:
    the schema reports an unknown rule)."""
    from kamassess.scoring.risks import RULES

    rule = RULES.get(rule_id)
    if rule is None:
        return {}
    return {f.name: f.metadata for f in dataclasses.fields(rule.params)}


def is_legacy(rules: Mapping[str, Any]) -> bool:
    """risk_rules written before scoring version 2 (flat thresholds, every rule always on)."""
    return bool(schema.LEGACY_RISK_KEYS & set(rules))


# The article's share of a team lead's time that management takes; frameworks written before
# version 2 did not name it, and their quota rule printed it from the code.
LEGACY_MANAGEMENT_SHARE = [40, 80]


def legacy_risk_rules(old: schema.LegacyRiskRules) -> dict[str, Any]:
    """The rules an old framework ran, in today's form. The weak-start rule is left out: an old
    file names no regions of the company's own, and the rule needs them."""
    rules: dict[str, Any] = {
        "external_payback": {"months": old.payback_months},
        "pay_motivated": {"motivations": ["pay"]},
        "job_hopping": {"tenure_years": old.job_hopping_tenure_years},
        "adjacent_credit": {"min_client_overlap": old.client_overlap_credit},
        "internal_tenure": {"years": old.internal_tenure_years},
        "successor_needed": {},
        "quota_overload": {"management_share": LEGACY_MANAGEMENT_SHARE},
        "salary_above_band": {},
    }
    if old.sales_groups and old.management_groups:
        rules["seller_not_manager"] = {
            "gap": old.seller_manager_gap,
            "sales_groups": old.sales_groups,
            "management_groups": old.management_groups,
        }
    return rules


def _build(model: schema.FrameworkFile, text: str) -> Framework:
    """The dataclasses from the validated file: its meta flattened, targets keyed in order."""
    data = model.model_dump(mode="python")
    # The hash names what scores mean. The process policy says who sees what while rating, and
    # the retention policy how long personal data is kept: neither changes a score, so adding
    # or editing them never marks stored assessments as made under another framework version.
    meaning = model.model_dump(mode="json", exclude={"process", "retention"})
    canonical = json.dumps(meaning, sort_keys=True, ensure_ascii=False)
    data.update(data.pop("framework"))
    for prof in data["profiles"]:
        prof["targets"] = [{"competency": cid, **t} for cid, t in prof["targets"].items()]
    for comp in data["competencies"]:
        comp["anchors"] = dict(sorted(comp["anchors"].items()))
    if data["risk_rules"] is not None:  # a rule left out (or null) is off
        data["risk_rules"] = {k: v for k, v in data["risk_rules"].items() if v is not None}
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
    checked: dict[str, Any] = data
    rules = data.get("risk_rules")
    if isinstance(rules, dict) and is_legacy(rules):
        try:
            old = schema.LegacyRiskRules.model_validate(rules)
            checked = {**data, "risk_rules": legacy_risk_rules(old)}
        except ValidationError as exc:
            problems.extend(pydantic_problems(exc, smap, ("risk_rules",)))
            checked = {**data, "risk_rules": None}
    try:
        model = schema.FrameworkFile.model_validate(checked)
    except ValidationError as exc:
        problems.extend(pydantic_problems(exc, smap))
    problems.extend(_semantic_problems(data, smap))
    if problems or model is None:
        problems.sort(key=lambda p: (p.line, p.column))
        raise FrameworkError(problems)
    return _build(model, text)
