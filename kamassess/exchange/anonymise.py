"""Bundles without personal data, for sharing ratings outside HR (calibration, pooled validity).

Candidates become "Candidate A", "Candidate B"… in an order that owes nothing to their names or
ids; their assessments, consensus, decisions and outcomes keep pointing at them. Names,
employers, roles, regions, salaries, consent dates and every free text (notes, evidence,
recommendation reasons, consensus notes, conditions) are left out; assessors become "Assessor 1",
"Assessor 2"… — one number per person, as scoring counts people (the registry's id, else the name
compared without case or spacing), the same wherever the person appears: their assessments, the
assessors' registry (under new ids, which link to nothing in the source database) and the
debriefs they moderated — so agreement between assessors can still be measured. Who decided, and
who reviewed a hire's performance, is not shared. The file still imports."""

from __future__ import annotations

import random
import uuid
from typing import Any

from kamassess.i18n.messages import tr
from kamassess.model import person_key

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
    people = _People(doc.get("assessors", []), lang)

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
            "assessor": people.name(a["assessor"], a.get("assessor_id")),
            **people.ref(a),
            "ratings": {comp: {"level": r["level"]} for comp, r in a["ratings"].items()},
        }
        for a in doc["assessments"]
    ]
    for a in assessments:
        a.pop("recommendation_reason", None)  # free text: the recommendation itself stays
    consensus = [
        {
            "candidate": ids[c["candidate"]],
            "competency": c["competency"],
            "level": c["level"],
            "moderator": people.name(c["moderator"]),
            "date": c["date"],
        }
        for c in doc.get("consensus", [])
    ]
    consensus.sort(key=lambda c: (len(c["candidate"]), c["candidate"], c["competency"]))
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
        "assessors": people.registry(),
        "consensus": consensus,
        "decisions": decisions,
        "outcomes": outcomes,
    }


class _People:
    """Assessor numbers, one per person: by the registry's id where an item gives one, else by
    the name (a moderator's), which the registry ties to the same person."""

    def __init__(self, registry: list[dict[str, Any]], lang: str) -> None:
        self.lang = lang
        self.name_of_uid = {p["id"]: p["name"] for p in registry}
        self.numbers: dict[str, int] = {}  # "uid:…" or "name:…" -> number
        self.uids: dict[int, str] = {}  # number -> the new id in the anonymised registry

    def number(self, name: str, uid: str | None = None) -> int:
        keys = [f"name:{person_key(name)}"]
        if uid is not None:
            keys.insert(0, f"uid:{uid}")
            if uid in self.name_of_uid:  # the registry's spelling of the same person
                keys.append(f"name:{person_key(self.name_of_uid[uid])}")
        n = next((self.numbers[k] for k in keys if k in self.numbers), len(self.uids) + 1)
        self.uids.setdefault(n, uuid.uuid4().hex)
        for k in keys:
            self.numbers.setdefault(k, n)
        return n

    def name(self, name: str, uid: str | None = None) -> str:
        return str(tr("anon.assessor", self.lang, n=self.number(name, uid)))

    def ref(self, assessment: dict[str, Any]) -> dict[str, Any]:
        """The assessment's assessor_id in the anonymised registry (none if it gave none)."""
        uid = assessment.get("assessor_id")
        if uid is None:
            return {}
        return {"assessor_id": self.uids[self.number(assessment["assessor"], uid)]}

    def registry(self) -> list[dict[str, Any]]:
        """Everyone numbered who rated under a registry id (the ids assessments point at)."""
        linked = {n for key, n in self.numbers.items() if key.startswith("uid:")}
        return [
            {"id": self.uids[n], "name": tr("anon.assessor", self.lang, n=n)}
            for n in sorted(linked)
        ]
