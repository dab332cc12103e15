"""The pay rule: an expectation above the profile's band."""

from __future__ import annotations

from kamassess.i18n.texts import money
from kamassess.scoring.risks.registry import Facts, NoFigures, Risk, phrase, rule


def _salary_words(risk: Risk, lang: str) -> dict[str, str]:
    above_total = bool(risk.params.get("above_total"))
    year = risk.params.get("year")
    return {
        "expectation": money(float(str(risk.params["expectation"]))),
        "base_max": money(float(str(risk.params["base_max"]))),
        "total_note": phrase("salary_above_band", "above_total", lang) if above_total else "",
        "year_note": phrase("salary_above_band", "year", lang, year=year) if year else "",
    }


@rule(
    "salary_above_band",
    NoFigures,
    texts={
        "salary_above_band": {
            "en": "Expects {expectation} {currency} base, above the profile's band (up to "
            "{base_max}{year_note}){total_note}.",
            "ru": "Ожидает оклад {expectation} {currency}, выше вилки профиля (до {base_max}"
            "{year_note}){total_note}.",
        },
        "above_total": {
            "en": ", even above the total with bonus",
            "ru": ", даже выше совокупного дохода с премией",
        },
        "year": {"en": " in {year} figures", "ru": " в ценах {year} г."},
    },
    words=_salary_words,
)
def salary_above_band(p: NoFigures, f: Facts) -> Risk | None:
    """The expected base salary is above the band the profile names."""
    band, expectation = f.profile.salary_band, f.candidate.salary_expectation
    if band is None or expectation is None or expectation <= band.base_max:
        return None
    params = {
        "expectation": expectation,
        "base_max": band.base_max,
        "currency": band.currency,
        "above_total": band.total_max is not None and expectation > band.total_max,
        "year": band.year,
    }
    return Risk("salary_above_band", "risk", params)
