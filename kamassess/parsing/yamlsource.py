"""Read YAML or JSON text into plain data, keeping the line and column of every value."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
import yaml.reader
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from kamassess.i18n.messages import Message
from kamassess.parsing.sources import PathT, Problem, SourceError, decode, format_path, read_bytes
from kamassess.parsing.syntax import yaml_problem
from kamassess.parsing.where import Names, describe

try:  # libyaml's parser: several times faster, and more lenient than the pure-Python one,
    # which rejects e.g. '?' inside a flow mapping ({ru: Вопрос?}) that libyaml reads
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


MAX_DEPTH = 64
ALIAS_BUDGET = 10_000


class _Resolver(BaseResolver):
    """YAML 1.2 core schema: only true/false are booleans, so `no`, `on` or `off` stay text."""


_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"),
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


def reads_as_text(value: str) -> bool:
    """Would this loader read `value`, written plain, back as text? (`1e5`, `0o17`, `null`,
    `true` would not: a writer must quote them.)"""
    tag = _Resolver().resolve(ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == "tag:yaml.org,2002:str")


class _Loader(_Parser, SafeConstructor, _Resolver):
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        SafeConstructor.__init__(self)
        _Resolver.__init__(self)


class SourceMap:
    """Line and column (1-based) of every value and key in a loaded document."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.values: dict[PathT, tuple[int, int]] = {}
        self.keys: dict[PathT, tuple[int, int]] = {}
        # The document once read, so a problem's place can be named in words, and the names
        # of the competencies its keys may refer to (a bundle's: the framework's).
        self.data: Any = None
        self.names: Names | None = None

    def locate(self, path: PathT, *, key: bool = False) -> tuple[int, int]:
        """Position of path; the nearest ancestor's when the path itself does not exist."""
        probe = tuple(path)
        while True:
            table = self.keys if key and probe in self.keys else self.values
            if probe in table:
                return table[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]

    def problem(self, path: PathT, message: Message, *, key: bool = False) -> Problem:
        line, col = self.locate(path, key=key)
        where = describe(path, self.data, self.names) if self.data is not None else None
        return Problem(self.file, line, col, format_path(path), message, where)


def _mark(node: Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _float(text: str) -> float:
    """YAML's float forms, special values included (.inf, -.Inf, .NaN...)."""
    lowered = text.lower()
    if lowered.endswith((".inf", ".nan")):
        sign = "-" if lowered.startswith("-") else ""
        return float(sign + lowered.lstrip("+-")[1:])
    return float(text)


class _Builder:
    """Turns a composed node graph into plain data, checking what PyYAML lets pass."""

    def __init__(self, smap: SourceMap, loader: _Loader) -> None:
        self.smap = smap
        self.resolver = loader
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.alias_nodes = 0
        self.stack: set[int] = set()

    def fail(self, node: Node, message: Message, path: PathT) -> None:
        line, col = _mark(node)
        self.problems.append(Problem(self.smap.file, line, col, format_path(path), message))

    def build(self, node: Node, path: PathT, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise _Abort(self.smap.problem(path, Message("yaml.too_deep", {"limit": MAX_DEPTH})))
        ident = id(node)
        if ident in self.stack:
            raise _Abort(self.smap.problem(path, Message("yaml.recursive_alias")))
        if ident in self.seen:
            # Reached again through an alias: every node expanded this way counts.
            self.alias_nodes += 1
            if self.alias_nodes > ALIAS_BUDGET:
                raise _Abort(
                    self.smap.problem(path, Message("yaml.alias_bomb", {"limit": ALIAS_BUDGET}))
                )
        self.seen.add(ident)
        self.smap.values.setdefault(path, _mark(node))
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        self.stack.add(ident)
        try:
            if isinstance(node, SequenceNode):
                self.check_tag(node, "tag:yaml.org,2002:seq", path)
                return [
                    self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)
                ]
            if isinstance(node, MappingNode):
                self.check_tag(node, "tag:yaml.org,2002:map", path)
                return self.mapping(node, path, depth)
        finally:
            self.stack.discard(ident)
        raise AssertionError(f"unexpected node {node!r}")  # pragma: no cover

    def check_tag(self, node: Node, expected: str, path: PathT) -> None:
        if node.tag != expected:
            self.fail(node, Message("yaml.tag", {"tag": node.tag}), path)

    def scalar(self, node: ScalarNode, path: PathT) -> Any:
        tag = node.tag
        # A tag written in the file (`!!bool yes`, `!!null 5`, `!!int x`) would change what the
        # text means: only what the text itself says is accepted.
        implicit = (
            "tag:yaml.org,2002:str"
            if node.style in ("'", '"', "|", ">")
            else self.resolver.resolve(ScalarNode, node.value, (True, False))  # type: ignore[no-untyped-call]
        )
        if tag != implicit:
            self.fail(node, Message("yaml.tag", {"tag": tag}), path)
            return node.value
        if tag == "tag:yaml.org,2002:str":
            return node.value
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            return node.value.lower() == "true"
        if tag == "tag:yaml.org,2002:int":
            try:
                return int(node.value, 0) if node.value[:2] in ("0o", "0x") else int(node.value)
            except ValueError:  # more digits than Python converts (4,300)
                self.fail(node, Message("yaml.number_too_long", {"digits": len(node.value)}), path)
                return None
        return _float(node.value)

    def mapping(self, node: MappingNode, path: PathT, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.fail(key_node, Message("yaml.complex_key"), path)
                continue
            key = self.scalar(key_node, path)
            if key is None or isinstance(key, float | bool):
                key = key_node.value
            if key in first_seen:
                self.fail(
                    key_node,
                    Message("yaml.duplicate_key", {"key": key, "first_line": first_seen[key]}),
                    (*path, key),
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            self.smap.keys[(*path, key)] = _mark(key_node)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result


class _Abort(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def load_text(text: str, file: str) -> tuple[Any, SourceMap]:
    """Parse YAML (or JSON) text into plain data plus its SourceMap; SourceError if unusable."""
    smap = SourceMap(file)
    if not text.strip():
        raise SourceError([Problem(file, 1, 1, "", Message("file.empty"))])
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
            # Where an unfinished construct began is often where the mistake is.
            began = exc.context_mark.line + 1 if exc.context and exc.context_mark else None
            problem = yaml_problem(exc.problem or str(exc), None if began == line else began)
            raise SourceError(
                [Problem(file, line, col, "", Message("yaml.syntax", {"problem": problem}))]
            ) from None
        except yaml.reader.ReaderError as exc:
            before = text[: exc.position]
            line, col = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
            raise SourceError(
                [
                    Problem(
                        file,
                        line,
                        col,
                        "",
                        Message("yaml.syntax", {"problem": Message("syntax.control")}),
                    )
                ]
            ) from None
        except yaml.YAMLError as exc:
            raise SourceError(
                [
                    Problem(
                        file, 0, 0, "", Message("yaml.syntax", {"problem": yaml_problem(str(exc))})
                    )
                ]
            ) from None
        except RecursionError:
            raise SourceError(
                [Problem(file, 0, 0, "", Message("yaml.too_deep", {"limit": MAX_DEPTH}))]
            ) from None
        if node is None:
            raise SourceError([Problem(file, 1, 1, "", Message("file.empty"))])
        builder = _Builder(smap, loader)
        try:
            data = builder.build(node, ())
        except _Abort as abort:
            raise SourceError([*builder.problems, abort.problem]) from None
        if builder.problems:
            raise SourceError(builder.problems)
        smap.data = data
        return data, smap
    finally:
        loader.dispose()


def load_file(path: Path, max_bytes: int) -> tuple[Any, SourceMap, str]:
    """Read, decode and parse a YAML/JSON file; returns (data, source map, text)."""
    raw = read_bytes(path, max_bytes)
    text = decode(raw, str(path))
    data, smap = load_text(text, str(path))
    return data, smap, text
