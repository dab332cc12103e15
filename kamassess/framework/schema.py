"""The framework file schema (pydantic); `python -m kamassess.framework.schema` prints it."""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    create_model,
    model_validator,
)
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import PydanticCustomError

MAX_TEXT = 10_000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _plain(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("text_type", "expected text")
    if not value.strip():
        raise PydanticCustomError("empty_text", "must not be empty")
    if len(value) > MAX_TEXT:
        raise PydanticCustomError("text_too_long", "too long", {"limit": MAX_TEXT})
    if _CONTROL.search(value):
        raise PydanticCustomError("control_chars", "control characters")
    return value


def _text(value: Any) -> dict[str, str]:
    """Plain text (the same in every language) or {ru, en}; a mapping must carry both."""
    if isinstance(value, str):
        text = _plain(value)
        return {"ru": text, "en": text}
    if not isinstance(value, dict):
        raise PydanticCustomError("text_type", "expected text or {ru, en}")
    for key in value:
        if key not in ("ru", "en"):
            raise PydanticCustomError("unknown_language", "unknown language", {"key": str(key)})
    present = [lang for lang in ("ru", "en") if value.get(lang) is not None]
    if not present:
        raise PydanticCustomError("text_type", "expected text or {ru, en}")
    if len(present) == 1:
        missing = "en" if present == ["ru"] else "ru"
        raise PydanticCustomError(
            "missing_language", "missing language", {"missing": missing, "present": present[0]}
        )
    return {"ru": _plain(value["ru"]), "en": _plain(value["en"])}


_TEXT_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "properties": {"ru": {"type": "string"}, "en": {"type": "string"}},
            "required": ["ru", "en"],
            "additionalProperties": False,
        },
    ]
}

Text = Annotated[dict[str, str], PlainValidator(_text), WithJsonSchema(_TEXT_SCHEMA)]
Id = Annotated[str, Field(pattern=ID_PATTERN)]
ShortStr = Annotated[str, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    # NaN passes every "ge"/"le" bound, so it is refused outright (and infinity with it).
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


class FrameworkMeta(_Strict):
    id: Id
    version: ShortStr
    title: Text
    source: Text | None = None


class ScaleLevel(_Strict):
    level: int = Field(ge=1, le=100)
    label: Text
    description: Text | None = None


class Group(_Strict):
    id: Id
    name: Text
    description: Text | None = None


class Question(_Strict):
    """A past-behaviour question and its follow-up probe; plain text is a question alone."""

    ask: Text
    probe: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, value: Any) -> Any:
        if isinstance(value, str) or (isinstance(value, dict) and "ask" not in value):
            return {"ask": value}
        return value


_QUESTION_SCHEMA: dict[str, Any] = {
    "anyOf": [
        _TEXT_SCHEMA["anyOf"][0],
        _TEXT_SCHEMA["anyOf"][1],
        {
            "type": "object",
            "properties": {"ask": _TEXT_SCHEMA, "probe": _TEXT_SCHEMA},
            "required": ["ask"],
            "additionalProperties": False,
        },
    ]
}


class Competency(_Strict):
    id: Id
    group: Id
    name: Text
    definition: Text
    anchors: dict[int, Text]
    questions: list[Annotated[Question, WithJsonSchema(_QUESTION_SCHEMA)]] = Field(min_length=1)
    source: Text | None = None


class Target(_Strict):
    target: int
    weight: float = Field(gt=0, le=1000)
    minimum: int | None = None


class SalaryBand(_Strict):
    currency: ShortStr
    base_min: float = Field(ge=0)
    base_max: float = Field(ge=0)
    total_max: float | None = Field(default=None, ge=0)
    note: Text | None = None
    year: int | None = Field(default=None, ge=1990, le=2100, description="the year of the figures")


class Profile(_Strict):
    id: Id
    name: Text
    description: Text | None = None
    leads_team: bool = False
    targets: dict[Id, Target] = Field(min_length=1)
    salary_band: SalaryBand | None = None


class Verdicts(_Strict):
    recommend: float = Field(gt=0, le=100)
    conditional: float = Field(gt=0, le=100)


class Scoring(_Strict):
    """Scoring thresholds (DOMAIN.md, "Scoring — version 2"); each has today's default."""

    min_coverage: float = Field(
        default=0.8, gt=0, le=1, description="rated share of the weight needed for a verdict"
    )
    disagreement_levels: int = Field(
        default=2, ge=1, le=10, description="raters this many levels apart are flagged"
    )
    meaningful_difference: float = Field(
        default=5, ge=0, le=100, description="fits closer than this share a place"
    )
    far_from_target: int = Field(
        default=2, ge=1, le=10, description="a rating this far from its target is marked"
    )


class Company(_Strict):
    """The company itself: its own regions (the weak-start risk rule compares with them)."""

    regions: list[ShortStr] = Field(default_factory=list)


class Process(_Strict):
    """How assessors rate (DOMAIN.md, "Independent rating, consensus, calibration")."""

    blind: bool = Field(
        default=True,
        description="while an assessment is a draft, its assessor sees only their own ratings "
        "and result, never the other assessors' or the pooled result",
    )
    show_targets_to_assessors: bool = Field(
        default=False,
        description="show targets and knock-out minimums while rating (and on interview sheets)",
    )


RetainedDecision = Literal["reject", "withdrawn", "on_hold"]


def _due_after() -> list[RetainedDecision]:
    return ["reject", "withdrawn"]


class Retention(_Strict):
    """When the personal data of a candidate who was not taken on is due for deletion. Internal
    candidates are never due automatically (they are our employees); a candidate whose consent
    ran out is due whatever the decision."""

    months: int = Field(
        default=6, ge=1, le=120, description="months after the decision until they are due"
    )
    decisions: list[RetainedDecision] = Field(
        default_factory=_due_after,
        description="decisions after which external candidates are due",
    )


class LegacyRiskRules(_Strict):
    """risk_rules as frameworks before scoring version 2 wrote them (still read, converted)."""

    internal_tenure_years: float = Field(ge=0, le=60)
    payback_months: list[int] = Field(min_length=2, max_length=2)
    job_hopping_tenure_years: float = Field(ge=0, le=60)
    seller_manager_gap: float = Field(gt=0, le=100)
    client_overlap_credit: float = Field(default=0.2, ge=0, le=1)
    sales_groups: list[Id] = Field(default_factory=list)
    management_groups: list[Id] = Field(default_factory=list)


LEGACY_RISK_KEYS = frozenset(LegacyRiskRules.model_fields)


def _figure_type(hint: Any, meta: dict[str, Any]) -> Any:
    """The pydantic type of one figure of a risk rule, from its dataclass hint and metadata."""
    bounds = {k: meta[k] for k in ("ge", "le") if meta.get(k) is not None}
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        item: Any = args[0]
        if meta.get("choices"):
            item = Literal[tuple(meta["choices"])]
        elif meta.get("ref"):
            item = Id
        elif bounds:
            item = Annotated[item, Field(**bounds)]
        listed = list.__class_getitem__(item)  # list[item], spelled for a runtime type
        if len(args) == 2 and args[1] is Ellipsis:
            return Annotated[listed, Field(min_length=1)]
        return Annotated[listed, Field(min_length=len(args), max_length=len(args))]
    if meta.get("ref"):
        return Id
    return Annotated[hint, Field(**bounds)] if bounds else hint


def _risk_rules_model() -> type[BaseModel]:
    """risk_rules: one optional entry per registered rule, holding that rule's figures."""
    from kamassess.scoring.risks import RULES  # the rules say what figures they read

    entries: dict[str, Any] = {}
    for rule_id, rule in RULES.items():
        hints = typing.get_type_hints(rule.params)
        figures: dict[str, Any] = {}
        for f in dataclasses.fields(rule.params):
            meta = dict(f.metadata)
            default = ... if f.default is dataclasses.MISSING else f.default
            figures[f.name] = (
                _figure_type(hints[f.name], meta),
                Field(default=default, description=meta.get("doc") or None),
            )
        model = create_model(
            "".join(part.title() for part in rule_id.split("_")) + "Rule",
            __base__=_Strict,
            __doc__=rule.doc or None,
            **figures,
        )
        entries[rule_id] = (model | None, None)
    return create_model(
        "RiskRules",
        __base__=_Strict,
        __doc__="Risk rules from the article, each optional; a rule not named here is off.",
        **entries,
    )


RiskRules = _risk_rules_model()


class FrameworkFile(_Strict):
    """A competency framework: scale, groups, competencies, ideal profiles, verdicts, risk rules."""

    framework: FrameworkMeta
    scale: list[ScaleLevel] = Field(min_length=3, max_length=7)
    groups: list[Group] = Field(min_length=1)
    competencies: list[Competency] = Field(min_length=1, max_length=200)
    profiles: list[Profile] = Field(min_length=1)
    verdicts: Verdicts
    scoring: Scoring = Scoring()
    company: Company = Company()
    risk_rules: RiskRules | None = None  # type: ignore[valid-type]
    process: Process = Process()
    retention: Retention = Retention()


class _Draft07(GenerateJsonSchema):
    """Draft-07 output, which yaml-language-server and most editors read: `definitions`."""

    def generate(self, schema: Any, mode: Any = "validation") -> Any:
        result = super().generate(schema, mode=mode)
        text = json.dumps(result).replace("#/$defs/", "#/definitions/")
        out = json.loads(text)
        if "$defs" in out:
            out["definitions"] = out.pop("$defs")
        return {"$schema": "http://json-schema.org/draft-07/schema#", **out}


def json_schema() -> dict[str, Any]:
    """The framework file's JSON Schema (draft-07)."""
    schema = FrameworkFile.model_json_schema(
        schema_generator=_Draft07, ref_template="#/$defs/{model}"
    )
    schema["title"] = "KAM Assess competency framework"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(json_schema_text(), end="")
