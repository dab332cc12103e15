"""Sentences of the panel — blind rating, recommendations, debriefs and calibration — in
Russian and English (merged into the message catalogue)."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


PANEL: dict[str, dict[str, str]] = {
    "panel.no_assessor": _t("no assessor with id {id}", "нет оценщика с идентификатором {id}"),
    "panel.no_moderator": _t(
        "a consensus is recorded in someone's name: say who you are first",
        "консенсус записывается от чьего-то имени: сначала укажите, кто вы",
    ),
}
