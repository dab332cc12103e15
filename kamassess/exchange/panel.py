"""The panel's part of a bundle (version 2): the assessors' registry, each assessment's own
recommendation, and the consensus of debriefs — their checks. Checks run on the raw data, like
the bundle's others: every problem is reported at once."""

from __future__ import annotations

from typing import Any

from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.parsing.sources import PathT
from kamassess.store.base import Store

Found = list[tuple[PathT, Message, bool]]


def _items(data: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def panel_problems(data: dict[str, Any], fw: Framework, store: Store | None) -> Found:
    """Assessors listed twice; assessments naming an assessor_id the file does not list;
    consensus for unknown candidates or competencies, off the scale, or given twice. (Version-2
    fields in a version-1 file: bundle.version_2_problems.)"""
    out: Found = []
    listed: dict[str, int] = {}
    for i, person in _items(data, "assessors"):
        uid = person.get("id")
        if not isinstance(uid, str):
            continue
        if uid in listed:
            out.append(
                (
                    ("assessors", i, "id"),
                    Message(
                        "bundle.duplicate_assessor",
                        {"id": uid, "n": listed[uid] + 1},
                    ),
                    False,
                )
            )
        else:
            listed[uid] = i
    for i, asm in _items(data, "assessments"):
        uid = asm.get("assessor_id")
        # In a version-1 file the field itself is the problem, said once above.
        if isinstance(uid, str) and uid not in listed and data.get("version") != 1:
            out.append(
                (
                    ("assessments", i, "assessor_id"),
                    Message("bundle.unknown_assessor_id", {"id": uid}),
                    False,
                )
            )
    in_file = {c["id"] for _, c in _items(data, "candidates") if isinstance(c.get("id"), str)}
    known = store.candidate_ids() if store is not None else set()
    levels = set(fw.levels)
    levels_text = ", ".join(str(lv) for lv in fw.levels)
    seen: dict[tuple[str, str], int] = {}
    for i, agreed in _items(data, "consensus"):
        cid, comp, level = agreed.get("candidate"), agreed.get("competency"), agreed.get("level")
        if isinstance(cid, str) and cid not in in_file and cid not in known:
            out.append(
                (
                    ("consensus", i, "candidate"),
                    Message("bundle.unknown_candidate", {"id": cid}),
                    False,
                )
            )
        if isinstance(comp, str) and not fw.has_competency(comp):
            out.append(
                (
                    ("consensus", i, "competency"),
                    Message("bundle.unknown_competency", {"id": comp}),
                    False,
                )
            )
        if isinstance(level, int) and not isinstance(level, bool) and level not in levels:
            out.append(
                (
                    ("consensus", i, "level"),
                    Message("fw.level_off_scale", {"value": level, "levels": levels_text}),
                    False,
                )
            )
        if isinstance(cid, str) and isinstance(comp, str):
            if (cid, comp) in seen:
                out.append(
                    (
                        ("consensus", i),
                        Message(
                            "bundle.duplicate_consensus",
                            {
                                "candidate": cid,
                                "competency": comp,
                                "n": seen[cid, comp] + 1,
                            },
                        ),
                        False,
                    )
                )
            else:
                seen[cid, comp] = i
    return out
