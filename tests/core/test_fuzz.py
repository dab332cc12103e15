"""Hypothesis fuzzing of the bundle importer and the framework loader (bounded for CI):
whatever comes in, the answer is a result or a located refusal, never another exception."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamassess.exchange.bundle import BundleError, parse_bundle
from kamassess.framework.model import Framework, FrameworkError, parse_framework
from kamassess.parsing.yamlsource import load_text
from kamassess.store.sqlite import Store

from .test_framework_errors import MINIMAL
from .test_hostile_input import base

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        [
            "kam",
            "internal",
            "final",
            "2026-11-20",
            "c-1",
            "engineering_knowledge",
            "yes",
            "no",
            "~",
            "",
        ]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def dumps(doc: Any, as_json: bool) -> str:
    if as_json:
        return json.dumps(doc, ensure_ascii=False, allow_nan=True)
    return yaml.safe_dump(doc, allow_unicode=True)


def mutate(doc: Any, path: list[int], value: Any) -> Any:
    """Replace one node of doc, picked by following path, with value."""
    node = doc
    for step in path:
        children = (
            list(node.items())
            if isinstance(node, dict)
            else (list(enumerate(node)) if isinstance(node, list) else [])
        )
        if not children:
            break
        key, child = children[step % len(children)]
        if not isinstance(child, dict | list) or step == path[-1]:
            node[key] = value
            return doc
        node = child
    return value if node is doc else doc


def only_located_refusals_bundle(text: str, framework: Framework, store: Store) -> None:
    try:
        parse_bundle(text, "fuzz.yaml", framework, store)
    except BundleError as exc:
        assert exc.problems and all(p.file == "fuzz.yaml" for p in exc.problems)
        for lang in ("ru", "en"):
            exc.render(lang)


@FUZZ
@given(values, st.booleans())
def test_bundle_random_documents(
    framework: Framework, store: Store, doc: Any, as_json: bool
) -> None:
    only_located_refusals_bundle(dumps(doc, as_json), framework, store)


@FUZZ
@given(st.lists(st.integers(0, 50), min_size=1, max_size=6), values, st.booleans())
def test_bundle_mutations_of_a_valid_file(
    framework: Framework, store: Store, path: list[int], value: Any, as_json: bool
) -> None:
    doc = mutate(copy.deepcopy(base()), path, value)
    only_located_refusals_bundle(dumps(doc, as_json), framework, store)


@FUZZ
@given(st.binary(max_size=400))
def test_bundle_random_bytes(
    framework: Framework, store: Store, tmp_path: Path, raw: bytes
) -> None:
    from kamassess.exchange.bundle import read_bundle

    path = tmp_path / "raw.yaml"
    path.write_bytes(raw)
    try:
        read_bundle(path, framework, store)
    except BundleError as exc:
        assert exc.problems


@FUZZ
@given(st.lists(st.integers(0, 50), min_size=1, max_size=6), values)
def test_framework_mutations(path: list[int], value: Any) -> None:
    doc = mutate(load_text(MINIMAL, "base.yaml")[0], path, value)
    try:
        parse_framework(dumps(doc, False), "fuzz.yaml")
    except FrameworkError as exc:
        assert exc.problems and all(p.file == "fuzz.yaml" for p in exc.problems)
        exc.render("ru")


@FUZZ
@given(st.text(max_size=300))
def test_framework_random_text(text: str) -> None:
    try:
        parse_framework(text, "fuzz.yaml")
    except FrameworkError as exc:
        assert exc.problems
