"""Turns pydantic validation errors into located, translatable problems."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from kamassess.i18n.messages import Message
from kamassess.parsing.sources import PathT, Problem
from kamassess.parsing.yamlsource import SourceMap

# Text without control characters (line breaks and tabs allowed), checked by pydantic's engine.
NO_CONTROL_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"

# pydantic error type -> (message key, how to fill its parameters from the error's context)
_SIMPLE = {
    "missing": "schema.missing",
    "extra_forbidden": "schema.unknown_key",
    "string_type": "schema.expected_text",
    "int_type": "schema.expected_int",
    "int_from_float": "schema.expected_int",
    "int_parsing": "schema.expected_int",
    "float_type": "schema.expected_number",
    "float_parsing": "schema.expected_number",
    "finite_number": "schema.expected_number",
    "bool_type": "schema.expected_bool",
    "bool_parsing": "schema.expected_bool",
    "dict_type": "schema.expected_mapping",
    "model_type": "schema.expected_mapping",
    "model_attributes_type": "schema.expected_mapping",
    "list_type": "schema.expected_list",
    "date_type": "schema.expected_date",
    "date_parsing": "schema.expected_date",
    "date_format": "schema.expected_date",
    "date_from_datetime_parsing": "schema.expected_date",
    "string_too_short": "schema.empty_text",
    "empty_text": "schema.empty_text",
    "text_type": "text.type",
    "unknown_language": "text.unknown_language",
    "missing_language": "text.missing_language",
    "control_chars": "schema.control_chars",
    "bad_user_id": "schema.bad_user_id",
}
_LIMITS = {
    "greater_than": ("schema.greater_than", "gt"),
    "greater_than_equal": ("schema.at_least", "ge"),
    "less_than": ("schema.at_most", "lt"),
    "less_than_equal": ("schema.at_most", "le"),
    "too_short": ("schema.too_few", "min_length"),
    "too_long": ("schema.too_many", "max_length"),
    "string_too_long": ("schema.text_too_long", "max_length"),
    "text_too_long": ("schema.text_too_long", "limit"),
}


def _message(err: Any) -> Message:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind in _SIMPLE:
        return Message(_SIMPLE[kind], {k: str(v) for k, v in ctx.items()})
    if kind in _LIMITS:
        key, param = _LIMITS[kind]
        limit = ctx.get(param, "?")
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return Message(key, {"limit": limit})
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == NO_CONTROL_PATTERN:
        return Message("schema.control_chars")
    if kind == "string_pattern_mismatch":
        return Message("schema.bad_id", {"value": str(err.get("input"))[:80]})
    if kind in ("literal_error", "enum"):
        choices = str(ctx.get("expected", "")).replace(" or ", ", ")
        return Message("schema.choice", {"value": str(err.get("input"))[:80], "choices": choices})
    return Message("schema.invalid", {"detail": err.get("msg", kind)})


def field_messages(exc: ValidationError) -> dict[str, Message]:
    """The first message per top-level field, for forms that show errors beside each field."""
    out: dict[str, Message] = {}
    for err in exc.errors():
        loc = err["loc"]
        name = str(loc[0]) if loc else ""
        out.setdefault(name, _message(err))
    return out


def pydantic_raw(exc: ValidationError, prefix: PathT = ()) -> list[tuple[PathT, Message, bool]]:
    """(path, message, at the key?) per pydantic error: unknown keys point at the key itself."""
    out: list[tuple[PathT, Message, bool]] = []
    for err in exc.errors():
        path: PathT = (*prefix, *(p for p in err["loc"] if isinstance(p, str | int)))
        out.append((path, _message(err), err["type"] == "extra_forbidden"))
    return out


def pydantic_problems(exc: ValidationError, smap: SourceMap, prefix: PathT = ()) -> list[Problem]:
    """One located Problem per pydantic error; unknown keys point at the key itself."""
    return [smap.problem(path, msg, key=key) for path, msg, key in pydantic_raw(exc, prefix)]
