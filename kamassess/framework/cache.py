"""Validated frameworks remembered as JSON, so start-up need not load the schema machinery."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs

from kamassess.framework.model import (
    Competency,
    Framework,
    Group,
    Level,
    Profile,
    RiskRules,
    SalaryBand,
    Target,
    Text,
    Verdicts,
)

# The validator's own sources are part of the key: a changed rule never meets a stale entry.
_RULE_SOURCES = (
    "framework/model.py",
    "framework/rules.py",
    "framework/schema.py",
    "parsing/yamlsource.py",
    "framework/cache.py",
)


def folder() -> Path:
    override = os.environ.get("KAMASSESS_CACHE")
    base = (
        Path(override)
        if override
        else Path(platformdirs.user_cache_dir("KAM Assess", appauthor=False))
    )
    return base / "frameworks"


@cache
def _rules_digest() -> str:
    here = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in _RULE_SOURCES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def _path(file_hash: str) -> Path:
    return folder() / f"{file_hash}-{_rules_digest()}.json"


def _text(d: dict[str, str] | None) -> Text | None:
    return None if d is None else Text(d["ru"], d["en"])


def _required(d: dict[str, str]) -> Text:
    return Text(d["ru"], d["en"])


def to_json(fw: Framework) -> dict[str, Any]:
    def t(x: Text | None) -> dict[str, str] | None:
        return None if x is None else {"ru": x.ru, "en": x.en}

    return {
        "id": fw.id,
        "version": fw.version,
        "title": t(fw.title),
        "source": t(fw.source),
        "content_hash": fw.content_hash,
        "scale": [
            {"level": lv.level, "label": t(lv.label), "description": t(lv.description)}
            for lv in fw.scale
        ],
        "groups": [
            {"id": g.id, "name": t(g.name), "description": t(g.description)} for g in fw.groups
        ],
        "competencies": [
            {
                "id": c.id,
                "group": c.group,
                "name": t(c.name),
                "definition": t(c.definition),
                "anchors": [[lv, t(a)] for lv, a in c.anchors.items()],
                "questions": [t(q) for q in c.questions],
                "source": t(c.source),
            }
            for c in fw.competencies
        ],
        "profiles": [
            {
                "id": p.id,
                "name": t(p.name),
                "description": t(p.description),
                "leads_team": p.leads_team,
                "targets": [[x.competency, x.target, x.weight, x.minimum] for x in p.targets],
                "salary_band": None
                if p.salary_band is None
                else {
                    "currency": p.salary_band.currency,
                    "base_min": p.salary_band.base_min,
                    "base_max": p.salary_band.base_max,
                    "total_max": p.salary_band.total_max,
                    "note": t(p.salary_band.note),
                },
            }
            for p in fw.profiles
        ],
        "verdicts": [fw.verdicts.recommend, fw.verdicts.conditional],
        "risk_rules": {
            "internal_tenure_years": fw.risk_rules.internal_tenure_years,
            "payback_months": list(fw.risk_rules.payback_months),
            "job_hopping_tenure_years": fw.risk_rules.job_hopping_tenure_years,
            "seller_manager_gap": fw.risk_rules.seller_manager_gap,
            "client_overlap_credit": fw.risk_rules.client_overlap_credit,
            "sales_groups": list(fw.risk_rules.sales_groups),
            "management_groups": list(fw.risk_rules.management_groups),
        },
    }


def from_json(d: dict[str, Any], text: str) -> Framework:
    rr = d["risk_rules"]
    return Framework(
        id=d["id"],
        version=d["version"],
        title=_required(d["title"]),
        source=_text(d["source"]),
        content_hash=d["content_hash"],
        text=text,
        scale=tuple(
            Level(x["level"], _required(x["label"]), _text(x["description"])) for x in d["scale"]
        ),
        groups=tuple(
            Group(x["id"], _required(x["name"]), _text(x["description"])) for x in d["groups"]
        ),
        competencies=tuple(
            Competency(
                id=x["id"],
                group=x["group"],
                name=_required(x["name"]),
                definition=_required(x["definition"]),
                anchors={int(lv): _required(a) for lv, a in x["anchors"]},
                questions=tuple(_required(q) for q in x["questions"]),
                source=_text(x["source"]),
            )
            for x in d["competencies"]
        ),
        profiles=tuple(
            Profile(
                id=x["id"],
                name=_required(x["name"]),
                description=_text(x["description"]),
                leads_team=x["leads_team"],
                targets=tuple(Target(c, t, w, m) for c, t, w, m in x["targets"]),
                salary_band=None
                if x["salary_band"] is None
                else SalaryBand(
                    x["salary_band"]["currency"],
                    x["salary_band"]["base_min"],
                    x["salary_band"]["base_max"],
                    x["salary_band"]["total_max"],
                    _text(x["salary_band"]["note"]),
                ),
            )
            for x in d["profiles"]
        ),
        verdicts=Verdicts(*d["verdicts"]),
        risk_rules=RiskRules(
            internal_tenure_years=rr["internal_tenure_years"],
            payback_months=(rr["payback_months"][0], rr["payback_months"][1]),
            job_hopping_tenure_years=rr["job_hopping_tenure_years"],
            seller_manager_gap=rr["seller_manager_gap"],
            client_overlap_credit=rr["client_overlap_credit"],
            sales_groups=tuple(rr["sales_groups"]),
            management_groups=tuple(rr["management_groups"]),
        ),
    )


def get(file_hash: str, text: str) -> Framework | None:
    """The framework validated earlier from exactly these bytes; None on a miss or a bad entry."""
    try:
        data = json.loads(_path(file_hash).read_text(encoding="utf-8"))
        return from_json(data, text)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def put(file_hash: str, fw: Framework) -> None:
    """Remember a validated framework; a cache that cannot be written is simply not used."""
    target = _path(file_hash)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".fw-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(to_json(fw), fh, ensure_ascii=False)
        os.replace(tmp, target)
    except OSError:
        return
