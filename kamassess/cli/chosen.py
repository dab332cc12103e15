"""Which command a command line names, found before parsing, so that build_parser makes only
that command's parser: all ~30 of them took 10–14 ms of every start, the window's included."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

# Every command, in the order `--help` lists them (a test holds it to build_parser's).
COMMANDS = (
    "validate",
    "import",
    "export",
    "score",
    "calibration",
    "demo",
    "backup",
    "restore",
    "decide",
    "outcome",
    "validity",
    "purge",
    "server",
    "migrate",
    "report",
)
_GLOBAL_VALUES = ("--db", "--framework", "--lang")  # the options before a command that take a value


def command_in(argv: Sequence[str]) -> str | None:
    """The command argv names ("" for none: the window), found before parsing so that only its
    parser is built (all ~30 took 10–14 ms of every start); None when that cannot be told
    (help, an unknown word or option): then every parser is built, for argparse to explain."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _GLOBAL_VALUES:
            i += 2
            continue
        if arg.startswith(tuple(f"{o}=" for o in _GLOBAL_VALUES)):
            i += 1
            continue
        if arg.startswith("-"):
            return None
        return arg if arg in COMMANDS else None
    return ""


class _Unbuilt:
    """Stands for a parser of a command not asked for: every call is taken and ignored."""

    def __getattr__(self, _name: str) -> Callable[..., _Unbuilt]:
        return lambda *_a, **_k: self


class OnlyOne:
    """The sub-parsers action, adding a parser only for the command asked for (the others get
    an _Unbuilt: what build_parser adds to them is dropped)."""

    def __init__(self, sub: Any, only: str) -> None:
        self.sub, self.only = sub, only

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self.sub.add_parser(name, **kwargs) if name == self.only else _Unbuilt()
