"""A history entry in plain words ("assessment no. 3, Negotiation: level was 3, now 4"), for the
person reading what was recorded about them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kamassess.framework.model import Framework
from kamassess.i18n.decision_text import decision_label
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import date_text, money

# Field -> the catalogue key of its label (those of the reports where they exist).
LABELS = {
    "name": "hist.field.name",
    "kind": "rep.kind",
    "profile": "rep.target_profile",
    "current_role": "rep.current_role",
    "employer": "rep.employer",
    "tenure_years": "hist.field.tenure",
    "industry": "rep.industry",
    "region": "rep.region",
    "client_overlap": "rep.overlap",
    "technical_education": "rep.education",
    "salary_expectation": "rep.salary",
    "motivation": "rep.motivation",
    "manages_team": "rep.manages_team",
    "quota_reduced": "rep.quota",
    "holds_key_accounts": "rep.key_accounts",
    "notes": "rep.notes",
    "consent_until": "dec.consent_until",
    "assessor": "rep.col.assessor",
    "assessor_role": "rep.col.role",
    "method": "rep.col.method",
    "date": "rep.col.date",
    "decision": "dec.decision",
    "decided_by": "dec.decided_by",
    "conditions": "dec.conditions",
    "salary_offered": "dec.salary_offered",
    "probation_passed": "dec.probation_passed",
    "probation_date": "dec.probation_date",
    "performance_6m": "dec.performance_6m",
    "performance_6m_by": "dec.performance_6m_by",
    "performance_12m": "dec.performance_12m",
    "performance_12m_by": "dec.performance_12m_by",
    "left_12m": "dec.left_12m",
    "left_reason": "dec.left_reason",
    "recommendation": "rep.col.recommendation",
    "recommendation_reason": "hist.field.recommendation_reason",
}
# Fields whose stored codes have words of their own: field -> catalogue prefix.
CODES = {
    "kind": "kind",
    "industry": "industry",
    "motivation": "motivation",
    "assessor_role": "role",
    "method": "method",
    "left_reason": "dec.left",
    "recommendation": "rec",
}
BOOLS = {
    "technical_education",
    "manages_team",
    "quota_reduced",
    "holds_key_accounts",
    "probation_passed",
    "left_12m",
}


DATES = ("date", "day", "probation_date", "consent_until")


def label(field: str, lang: str) -> str:
    key = LABELS.get(field)
    return field if key is None else tr(key, lang)


def value_text(field: str, value: Any, lang: str) -> str:
    if value is None or value == "":
        return "—"
    if field in BOOLS:
        return tr("rep.yes" if value else "rep.no", lang)
    if field in ("salary_expectation", "salary_offered") and isinstance(value, int | float):
        return money(value)
    if field == "decision":
        return decision_label(str(value), lang)
    if field in CODES:
        return tr(f"{CODES[field]}.{value}", lang)
    if field in DATES and isinstance(value, str):
        return date_text(value, lang)  # stored as YYYY-MM-DD; read as the language writes dates
    if isinstance(value, str):
        quoted = ("notes", "conditions", "evidence", "recommendation_reason", "note")
        return f"«{value}»" if field in quoted else value
    return str(value)


def _change(field: str, old: Any, new: Any, lang: str) -> str:
    return tr(
        "hist.change",
        lang,
        field=label(field, lang),
        old=value_text(field, old, lang),
        new=value_text(field, new, lang),
    )


def history_line(entry: Mapping[str, Any], framework: Framework, lang: str) -> str:
    """One entry of Store.history() as a sentence."""
    entity, field = entry["entity"], entry["field"]
    old, new, key = entry["old"], entry["new"], str(entry["entity_key"])
    if entity == "candidate":
        return tr("hist.candidate_added", lang) if field == "*" else _change(field, old, new, lang)
    if entity in ("decision", "outcome"):
        if field == "*":
            given = new if isinstance(new, dict) else {}
            what = "; ".join(
                f"{label(k, lang)}: {value_text(k, v, lang)}" for k, v in given.items()
            )
            return tr(f"hist.{entity}_recorded", lang, what=what)
        return tr(f"hist.{entity}_field", lang, change=_change(field, old, new, lang))
    if entity == "assessment":
        if field == "*" and old == "deleted":
            if not isinstance(new, dict):  # recorded before the deletion said what went
                return tr("hist.assessment_deleted", lang, id=key)
            return tr(
                "hist.assessment_withdrawn" if new.get("reason") else "hist.assessment_removed",
                lang,
                id=key,
                assessor=new.get("assessor", ""),
                method=value_text("method", new.get("method"), lang),
                date=date_text(str(new.get("date", "")), lang),
                reason=new.get("reason", ""),
            )
        if field == "*":
            head = new if isinstance(new, dict) else {}
            return tr(
                "hist.assessment_added",
                lang,
                id=key,
                assessor=head.get("assessor", ""),
                method=value_text("method", head.get("method"), lang),
                date=date_text(str(head.get("date", "")), lang),
            )
        if field == "status":
            if isinstance(new, dict):
                return tr("hist.reopened", lang, id=key, reason=new.get("reason", ""))
            return tr(f"hist.status_{new}", lang, id=key)
        return tr("hist.assessment_field", lang, id=key, change=_change(field, old, new, lang))
    if entity == "consensus":  # a debrief's agreed level: key is the competency
        name = framework.competency(key).name.get(lang) if framework.has_competency(key) else key
        if not isinstance(new, dict):
            return tr("hist.consensus_cleared", lang, competency=name)
        note = new.get("note") or ""
        return tr(
            "hist.consensus_recorded",
            lang,
            competency=name,
            level=new.get("level"),
            moderator=new.get("moderator", ""),
            note=f" — {value_text('note', note, lang)}" if note else "",
        )
    if entity == "rating":
        aid, _, comp = key.partition("/")
        name = framework.competency(comp).name.get(lang) if framework.has_competency(comp) else comp
        if field == "level":
            # old None: not rated before (or "no evidence" then: the history cannot tell)
            before = "—" if old is None else str(old)
            after = tr("hist.no_evidence", lang) if new is None else str(new)
            return tr("hist.level", lang, id=aid, competency=name, old=before, new=after)
        return tr(
            "hist.evidence",
            lang,
            id=aid,
            competency=name,
            old=value_text("evidence", old, lang),
            new=value_text("evidence", new, lang),
        )
    return f"{entity} {key} {field}"


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change, as a person reads it: when (local time), who, what."""

    when: str
    actor: str
    text: str


def when_text(at: str, lang: str) -> str:
    """A stored UTC time ('2026-11-27T16:19:37+00:00') in the reader's time zone and format."""
    try:
        moment = datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    return f"{date_text(moment.date(), lang)} {moment:%H:%M}"


def history_entries(
    rows: Iterable[Mapping[str, Any]], framework: Framework, lang: str
) -> list[HistoryEntry]:
    """Store.history() rows, newest first, in words. A withdrawal is one entry: the Writer
    reopens a final assessment before deleting it (its ratings are locked while final), and the
    reopening logged in the same moment is not a second thing anyone did."""
    listed = list(rows)
    shown = [
        r
        for r, after in zip(listed, [*listed[1:], None], strict=True)
        if not (after is not None and _reopened_to_withdraw(r, after))
    ]
    return [
        HistoryEntry(
            when_text(str(r["at"]), lang), str(r["actor"]), history_line(r, framework, lang)
        )
        for r in reversed(shown)
    ]


def _reopened_to_withdraw(row: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    return (
        row["entity"] == after["entity"] == "assessment"
        and row["entity_key"] == after["entity_key"]
        and row["field"] == "status"
        and isinstance(row["new"], dict)
        and after["field"] == "*"
        and after["old"] == "deleted"
        and isinstance(after["new"], dict)
        and after["new"].get("reason") == row["new"].get("reason")  # a withdrawal's own reason
        and row.get("actor") == after.get("actor")
        and row.get("at") == after.get("at")
    )
