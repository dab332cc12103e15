"""Sentences for verdicts and risk indicators, shared by the CLI, the GUI and the reports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kamassess.i18n.messages import tr

if TYPE_CHECKING:
    from kamassess.scoring.evaluation import Evaluation


def money(amount: float) -> str:
    """80000 -> '80 000' with a no-break space, as Russian typography groups digits (the narrow
    one, U+202F, is missing from PT Sans and breaks lines in Qt)."""
    return f"{amount:,.0f}".replace(",", "\u00a0")


def number(value: float, lang: str, digits: int = 1) -> str:
    """1.5 -> '1.5' (en) or '1,5' (ru); whole numbers without a fraction."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return text.replace(".", ",") if lang == "ru" else text


def verdict_label(verdict: str | None, lang: str) -> str:
    return tr(f"verdict.{verdict or 'none'}", lang)


def risk_sentence(risk: Mapping[str, object], lang: str) -> str:
    """The indicator as a sentence in lang (code and parameters from kamassess.scoring.risks)."""
    code = str(risk["code"])
    params: dict[str, object] = {
        k: number(v, lang)
        if isinstance(v, float) and k not in ("overlap", "expectation", "base_max")
        else v
        for k, v in risk.items()
        if k not in ("code", "kind")
    }
    if code == "weak_start":
        region = params.get("region")
        params["region_note"] = tr("risk.in_region", lang, region=region) if region else ""
    elif code == "adjacent_credit":
        params["overlap_pct"] = f"{float(str(params['overlap'])) * 100:.0f} %"
    elif code == "quota_overload":
        params["quota_state"] = tr(
            "risk.quota_not_reduced" if params.get("agreed") else "risk.quota_unknown", lang
        )
    elif code == "salary_above_band":
        params["total_note"] = (
            tr("risk.salary_above_total", lang) if params.get("above_total") else ""
        )
        params["expectation"] = money(float(str(params["expectation"])))
        params["base_max"] = money(float(str(params["base_max"])))
    return tr(f"risk.{code}", lang, **params)


def pooling_lines(ev: Evaluation, lang: str) -> list[str]:
    """What a score combined from assessments of several framework versions, in sentences;
    empty when every assessment counted in full under one version."""
    pooling = ev.pooling
    if pooling is None:
        return []
    by_id = {a.id: a for a in ev.assessments}
    lines = [tr("eval.pooled", lang, framework=pooling.framework)]
    for aid, comps in pooling.partly:
        a = by_id[aid]
        lines.append(
            tr(
                "eval.partly",
                lang,
                assessor=a.assessor,
                date=a.date.isoformat(),
                competencies=", ".join(comps),
                framework=pooling.framework,
            )
        )
    for aid, _why in pooling.left_out:
        a = by_id[aid]
        lines.append(tr("eval.left_out", lang, assessor=a.assessor, date=a.date.isoformat()))
    return lines
