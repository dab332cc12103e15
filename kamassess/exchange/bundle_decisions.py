"""Decisions and outcomes in bundles (version 2): their items, their checks, their import.
(A version-1 file knows none of this: bundle.VERSION_2_FIELDS refuses them there.)"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

from kamassess.decisions.model import HIRED, Decision, OutcomeRecord
from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.parsing.sources import PathT
from kamassess.store.base import Store
from kamassess.store.writer import Writer

if TYPE_CHECKING:
    from kamassess.exchange.bundle_schema import BundleIn

Problems = list[tuple[PathT, Message, bool]]


def decision_problems(
    data: dict[str, Any], fw: Framework, store: Store | None, known: Collection[str]
) -> Problems:
    """Decisions and outcomes against the candidates (in the file or the database), the scale,
    and each other; on raw data (type errors are pydantic's)."""
    out: Problems = []
    decided: dict[str, int] = {}
    hired_here: dict[str, bool] = {}
    decisions = data.get("decisions")
    for i, item in enumerate(decisions if isinstance(decisions, list) else []):
        if not isinstance(item, dict):
            continue
        cid = item.get("candidate")
        if not isinstance(cid, str):
            continue
        if cid not in known:
            out.append(
                (
                    ("decisions", i, "candidate"),
                    Message("bundle.unknown_person", {"id": cid}),
                    False,
                )
            )
        if cid in decided:
            n = decided[cid] + 1
            out.append((("decisions", i), Message("bundle.duplicate_decision", {"n": n}), False))
        else:
            decided[cid] = i
            hired_here[cid] = item.get("decision") in HIRED
    levels = set(fw.levels)
    levels_text = ", ".join(str(lv) for lv in fw.levels)
    seen: dict[str, int] = {}
    outcomes = data.get("outcomes")
    for i, item in enumerate(outcomes if isinstance(outcomes, list) else []):
        if not isinstance(item, dict):
            continue
        cid = item.get("candidate")
        if isinstance(cid, str):
            if cid not in known:
                msg = Message("bundle.unknown_person", {"id": cid})
                out.append((("outcomes", i, "candidate"), msg, False))
            elif cid in seen:
                msg = Message("bundle.duplicate_outcome", {"n": seen[cid] + 1})
                out.append((("outcomes", i), msg, False))
            else:
                seen[cid] = i
                hired = hired_here.get(cid)
                if hired is None and store is not None:
                    stored = store.decision(cid)
                    hired = stored is not None and stored.hired
                if not hired:
                    msg = Message("bundle.outcome_not_hired", {"id": cid})
                    out.append((("outcomes", i, "candidate"), msg, False))
        for key in ("performance_6m", "performance_12m"):
            level = item.get(key)
            if isinstance(level, int) and not isinstance(level, bool) and level not in levels:
                msg = Message("fw.level_off_scale", {"value": level, "levels": levels_text})
                out.append((("outcomes", i, key), msg, False))
        if item.get("left_reason") is not None and item.get("left_12m") is not True:
            out.append((("outcomes", i, "left_reason"), Message("bundle.left_reason_alone"), False))
    return out


def write_decisions(w: Writer, bundle: BundleIn) -> tuple[dict[str, int], dict[str, int]]:
    """The bundle's decisions, then its outcomes, through the Writer: counts of each outcome."""
    decisions = {"added": 0, "updated": 0, "unchanged": 0}
    outcomes = {"added": 0, "updated": 0, "unchanged": 0}
    for d in bundle.decisions:
        decisions[w.set_decision(Decision(**d.model_dump()))] += 1
    for o in bundle.outcomes:
        outcomes[w.set_outcome(OutcomeRecord(**o.model_dump()))] += 1
    return decisions, outcomes


def decision_items(store: Store, ids: Collection[str]) -> dict[str, list[dict[str, Any]]]:
    """The `decisions:` and `outcomes:` lists of an export, for the candidates given."""

    def plain(record: Decision | OutcomeRecord) -> dict[str, Any]:
        from dataclasses import asdict

        return {
            k: v.isoformat() if isinstance(v, date) else v
            for k, v in asdict(record).items()
            if v is not None and v != ""
        }

    decisions = store.decisions()
    outcomes = store.outcomes()
    return {
        "decisions": [plain(decisions[c]) for c in ids if c in decisions],
        "outcomes": [plain(outcomes[c]) for c in ids if c in outcomes],
    }
