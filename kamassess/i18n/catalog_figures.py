"""Verdicts, their flags and reasons, and the words around figures (merged into the catalogue)."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


FIGURES: dict[str, dict[str, str]] = {
    # Russian verdicts agree with any person («рекомендуется», not «рекомендован»).
    "verdict.recommend": _t("recommend", "рекомендуется"),
    "verdict.conditional": _t("conditional, with a development plan", "условно, с планом развития"),
    "verdict.not_recommended": _t("not recommended", "не рекомендуется"),
    "verdict.insufficient_evidence": _t("insufficient evidence", "недостаточно данных"),
    "verdict.needs_consensus": _t("needs consensus", "нужен консенсус оценщиков"),
    "verdict.none": _t("not assessed", "нет оценок"),
    "flag.borderline": _t("borderline", "на границе"),
    "flag.single_assessor": _t("one assessor", "один оценщик"),
    "flag.drafts_pending": _t("drafts pending", "есть черновики"),
    "fig.one_assessor": _t("one assessor", "один оценщик"),
    "fig.range": _t("spread of ratings {low}–{high}", "разброс оценок {low}–{high}"),
    "fig.range_agree": _t(
        "the spread of ratings does not move the fit: {value}",
        "разброс оценок не меняет соответствие: {value}",
    ),
    "fig.range_one_assessor": _t(
        "one assessor: no spread of ratings", "один оценщик: разброса оценок нет"
    ),
    "fig.all_bands": _t(
        " — it spans all three verdict bands", " — он охватывает все три зоны вывода"
    ),
    "reason.not_assessed": _t("No ratings yet.", "Оценок пока нет."),
    "reason.knockout_unrated": _t(
        "Knock-out competency not rated: {names}; there is no verdict without evidence on it.",
        "Не оценена отсевочная компетенция: {names}; без данных по ней вывода нет.",
    ),
    "reason.coverage": _t(
        "Only {coverage} of the profile's weight is rated; a verdict needs at least {minimum}.",
        "Оценено только {coverage} веса профиля; для вывода нужно не меньше {minimum}.",
    ),
    "reason.needs_consensus": _t(
        "Assessors disagree at a knock-out minimum — {details}; agree a consensus level.",
        "Оценщики расходятся на отсевочном минимуме — {details}; согласуйте общий уровень.",
    ),
    "reason.split_detail": _t(
        "{name}: mean {score} is below the minimum {minimum}, ratings {spread}",
        "{name}: среднее {score} ниже минимума {minimum}, оценки {spread}",
    ),
    "reason.knockout": _t(
        "Below a knock-out minimum by every assessor: {details}.",
        "Ниже отсевочного минимума у всех оценщиков: {details}.",
    ),
    "reason.knockout_detail": _t(
        "{name} {score} (minimum {minimum})", "{name} {score} (минимум {minimum})"
    ),
    "reason.recommend": _t(
        "Fit {fit} is at least {recommend}, with every knock-out minimum met.",
        "Соответствие {fit} — не ниже {recommend}, все отсевочные минимумы выполнены.",
    ),
    "reason.conditional": _t(
        "Fit {fit} is at least {conditional} but under {recommend}: only with a development "
        "plan for the largest gaps.",
        "Соответствие {fit} — не ниже {conditional}, но меньше {recommend}: только с планом "
        "развития по главным разрывам.",
    ),
    "reason.not_recommended": _t(
        "Fit {fit} is under {conditional}.",
        "Соответствие {fit} — ниже {conditional}.",
    ),
}
