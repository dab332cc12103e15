"""Where a problem is, in the words of the person who wrote the file: "profile «KAM leading a
team» › competency «Leading people» › weight" instead of "profiles[1].targets.people_management
.weight". List items are named by their name (or id, or whose assessment they are), keys that are
competency ids by the competency's name, and known fields by their label."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kamassess.i18n.messages import CATALOG, tr
from kamassess.parsing.sources import PathT

# A list's items: which noun names one, and which of its fields label it.
_ITEMS: dict[str, tuple[str, ...]] = {
    "competencies": ("name", "id"),
    "profiles": ("name", "id"),
    "groups": ("name", "id"),
    "scale": ("label", "level"),
    "questions": (),
    "candidates": ("name", "id"),
    "assessments": ("candidate", "assessor", "date"),
    "sales_groups": (),
    "management_groups": (),
    "motivations": (),
    "regions": (),
}
# Mappings whose keys are competency ids.
_BY_COMPETENCY = {"targets", "ratings", "consensus"}

Names = Callable[[str, str], str | None]  # (competency id, language) -> its name


@dataclass(frozen=True)
class Where:
    """A path with what is needed to name its steps; rendered late, in the reader's language."""

    steps: tuple[tuple[str, Any], ...]  # (kind, payload)

    def render(self, lang: str) -> str:
        words = []
        for kind, payload in self.steps:
            if kind == "item":
                noun, label, number = payload
                what, text = tr(f"where.item.{noun}", lang), label.get(lang)
                words.append(f"{what} «{text}»" if text else f"{what} №{number}")
            elif kind == "competency":
                cid, names = payload
                words.append(tr("where.competency", lang, name=names.get(lang) or cid))
            elif kind == "level":
                words.append(tr("where.level", lang, level=payload))
            elif kind == "number":
                words.append(f"№{payload}")
            else:
                key = f"where.field.{payload}"
                words.append(tr(key, lang) if key in CATALOG else f"«{payload}»")
        return " › ".join(words)


def _text(value: Any, lang: str) -> str | None:
    if isinstance(value, Mapping):
        value = value.get(lang) or value.get("en") or next(iter(value.values()), None)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value).strip()
        return text[:60] + "…" if len(text) > 60 else text or None
    return None


def _label(item: Any, fields: tuple[str, ...]) -> dict[str, str] | None:
    """The item's label in each language ({"ru": ..., "en": ...}), or None."""
    if not isinstance(item, Mapping) or not fields:
        return None
    out = {}
    for lang in ("ru", "en"):
        parts = [t for f in fields[:3] if (t := _text(item.get(f), lang))]
        if fields[0] in ("name", "label"):
            parts = parts[:1]  # a name is enough; the id only when there is no name
        if parts:
            out[lang] = ", ".join(parts)
    return out or None


def describe(path: PathT, data: Any, competency_names: Names | None = None) -> Where | None:
    """Where `path` is in `data` (the parsed document), or None for the document itself."""
    if not path:
        return None
    names = competency_names or _names_in(data)
    steps: list[tuple[str, Any]] = []
    node: Any = data
    parent: str | int | None = None
    for step in path:
        child = _child(node, step)
        if isinstance(step, int) and isinstance(node, Mapping):
            steps.append(("level", step) if parent == "anchors" else ("field", str(step)))
        elif isinstance(step, int):
            if isinstance(parent, str) and parent in _ITEMS:
                if steps and steps[-1] == ("field", parent):
                    steps.pop()  # "competency «X»", not "competencies › competency «X»"
                label = _label(child, _ITEMS[parent])
                steps.append(("item", (parent, _Late(label), step + 1)))
            else:
                steps.append(("number", step + 1))
        elif parent in _BY_COMPETENCY:
            if steps and steps[-1] == ("field", parent):
                steps.pop()  # "competency «X» › weight", not "targets › competency «X» › …"
            found = {lang: names(step, lang) for lang in ("ru", "en")}
            steps.append(("competency", (step, _Late(found))))
        else:
            steps.append(("field", step))
        node, parent = child, step
    return Where(tuple(steps))


class _Late:
    """A label in both languages, picked when rendered."""

    def __init__(self, by_lang: Mapping[str, str | None] | None) -> None:
        self.by_lang = dict(by_lang or {})

    def get(self, lang: str) -> str | None:
        return self.by_lang.get(lang) or self.by_lang.get("en")


def _child(node: Any, step: str | int) -> Any:
    try:
        return node[step]
    except (KeyError, IndexError, TypeError):
        return None


def _names_in(data: Any) -> Names:
    """Competency names from the document's own competencies list (a framework file)."""
    table: dict[str, Any] = {}
    if isinstance(data, Mapping) and isinstance(data.get("competencies"), list):
        for c in data["competencies"]:
            if isinstance(c, Mapping) and isinstance(c.get("id"), str):
                table[c["id"]] = c.get("name")

    def name(cid: str, lang: str) -> str | None:
        return _text(table.get(cid), lang)

    return name
