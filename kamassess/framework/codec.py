"""One generic codec between plain data (dicts, lists, JSON) and the framework's dataclasses.

The dataclasses' own type hints say how to build each field, so a new field in `model.py` needs no
code here: the validator builds the Framework with it, and the cache stores and reads it back.
Each hint is turned into a converter once (start-up reads the cache through this)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
Convert = Callable[[Any], Any]


def build(cls: type[T], data: Mapping[str, Any]) -> T:
    """An instance of the dataclass cls from plain data; missing optional fields take defaults."""
    return _builder(cls)(data)  # type: ignore[arg-type,no-any-return]


@cache
def _builder(cls: type) -> Convert:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls) if f.init]

    def make(data: Mapping[str, Any]) -> Any:
        return cls(**{name: conv(data[name]) for name, conv in fields if name in data})

    return make


def _optional(conv: Convert) -> Convert:
    return lambda v: None if v is None else conv(v)


def _identity(v: Any) -> Any:
    return v


def _converter(hint: Any) -> Convert:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _optional(_converter(inner[0]) if len(inner) == 1 else _identity)
    if dataclasses.is_dataclass(hint):
        return _builder(hint)  # type: ignore[arg-type]
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return lambda v: tuple(item(x) for x in v)
        items = [_converter(a) for a in args]
        return lambda v: tuple(c(x) for c, x in zip(items, v, strict=True))
    if origin in (dict, Mapping):
        key, value = (_converter(a) for a in args)
        return lambda v: {key(k): value(x) for k, x in v.items()}
    if hint is int:  # mapping keys come back from JSON as text
        return int
    if hint is float:
        return float
    return _identity


def dump(obj: Any) -> Any:
    """Plain JSON-ready data of a dataclass (fields not in __init__ are left out)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: dump(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init}
    if isinstance(obj, Mapping):
        return {k: dump(v) for k, v in obj.items()}
    if isinstance(obj, tuple | list):
        return [dump(v) for v in obj]
    return obj
