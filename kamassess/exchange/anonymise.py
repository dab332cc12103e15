"""Bundles without personal data, for sharing ratings outside HR (calibration, pooled validity).

Candidates become "Candidate A", "Candidate B"… in an order that owes nothing to their names or
ids; their assessments, decisions and outcomes keep pointing at them. Names, employers, roles,
regions, salaries, consent dates and every free text (notes, evidence, conditions) are left out;
assessors and raters become "Assessor 1", "Assessor 2"… (one number per person, as scoring counts
people), so agreement between assessors can still be measured. The file still imports."""

from __future__ import annotations

import random
from typing import Any

from kamassess.i18n.messages import tr
from kamassess.scoring.fit import person_key

# Facts that say nothing about who someone is, and that scoring and risk rules read.
KEPT_FACTS = (
    "kind",
    "profile",
    "tenure_years",
    "industry",
    "client_overlap",
    "technical_education",
    "motivation",
    "manages_team",
    "quota_reduced",
    "holds_key_accounts",
)


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as spreadsheet columns)."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def anonymise(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    """The same bundle without personal data (see the module's docstring)."""
    order = [c["id"] for c in doc["candidates"]]
    random.SystemRandom().shuffle(order)  # the letters must not follow names or ids
    ids = {old: letters(n) for n, old in enumerate(order)}
    people: dict[str, str] = {}

    def person(name: str) -> str:
        key = person_key(name)
        if key not in people:
            people[key] = tr("anon.assessor", lang, n=len(people) + 1)
        return people[key]

    candidates = [
        {
            "id": ids[c["id"]],
            "name": tr("anon.candidate", lang, label=ids[c["id"]]),
            **{k: c[k] for k in KEPT_FACTS if k in c},
        }
        for c in doc["candidates"]
    ]
    candidates.sort(key=lambda c: (len(c["id"]), c["id"]))
    assessments = [
        {
            **a,
            "candidate": ids[a["candidate"]],
            "assessor": person(a["assessor"]),
            "ratings": {comp: {"level": r["level"]} for comp, r in a["ratings"].items()},
        }
        for a in doc["assessments"]
    ]
    assessments.sort(key=lambda a: (len(a["candidate"]), a["candidate"], a["date"]))
    decisions = [
        {
            "candidate": ids[d["candidate"]],
            "decision": d["decision"],
            "date": d["date"],
            "decided_by": tr("anon.not_shared", lang),
        }
        for d in doc.get("decisions", [])
    ]
    outcomes = [
        {
            "candidate": ids[o["candidate"]],
            **{k: v for k, v in o.items() if k != "candidate" and not k.endswith("_by")},
        }
        for o in doc.get("outcomes", [])
    ]
    for items in (decisions, outcomes):
        items.sort(key=lambda d: (len(d["candidate"]), d["candidate"]))
    return {
        **doc,
        "candidates": candidates,
        "assessments": assessments,
        "decisions": decisions,
        "outcomes": outcomes,
    }
