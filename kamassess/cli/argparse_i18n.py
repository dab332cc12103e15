"""Russian for argparse's own phrases (usage, errors), which Python ships only in English."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

_RU = {
    "usage: ": "использование: ",
    "positional arguments": "аргументы",
    "options": "параметры",
    "optional arguments": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "the following arguments are required: %s": "не указаны обязательные аргументы: %s",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение: %(value)r "
    "(выберите из %(choices)s)",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "expected one argument": "ожидается одно значение",
    "expected at least one argument": "ожидается хотя бы одно значение",
    "invalid %(type)s value: %(value)r": "недопустимое значение %(type)s: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "неоднозначный параметр: "
    "%(option)s подходит к %(matches)s",
    "not allowed with argument %s": "нельзя использовать вместе с %s",
    "one of the arguments %s is required": "нужен один из аргументов %s",
    "subcommands": "команды",
    "commands": "команды",
}


_ORIGINAL: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
_ORIGINAL_NGETTEXT: Callable[..., str] = argparse.ngettext  # type: ignore[attr-defined]


def install(lang: str) -> None:
    """Route argparse's messages through our table when the user reads Russian, and back to
    argparse's own for English (a process that parsed in Russian once stays right after)."""
    if lang != "ru":
        argparse._ = _ORIGINAL  # type: ignore[attr-defined]
        argparse.ngettext = _ORIGINAL_NGETTEXT  # type: ignore[attr-defined]
        return

    def translate(message: str) -> str:
        return _RU.get(message, _ORIGINAL(message))

    argparse._ = translate  # type: ignore[attr-defined]

    def ngettext(singular: str, plural: str, n: int, *args: Any) -> str:
        return translate(singular if n == 1 else plural)

    argparse.ngettext = ngettext  # type: ignore[attr-defined]
