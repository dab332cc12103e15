"""Only the parser of the command asked for is built (the whole set took 10–14 ms of every
start): what is parsed must be what the whole parser parses, and anything it cannot tell goes to
the whole parser, whose messages list every command."""

from __future__ import annotations

import argparse

import pytest

from kamassess.cli.chosen import COMMANDS, command_in
from kamassess.cli.main import build_parser, parse

LINES = [
    [],
    ["--db", "x.db"],
    ["--db=x.db", "--lang", "en"],
    ["--lang", "ru", "--framework", "f.yaml", "validate"],
    ["validate", "other.yaml"],
    ["import", "b.json", "--dry-run"],
    ["--db", "x.db", "export", "out.json", "--candidate", "c-1", "--anonymise"],
    ["score", "--json", "--profile", "kam", "--drafts"],
    ["calibration", "--json"],
    ["demo"],
    ["backup", "--out", "b.db"],
    ["restore", "--force"],
    ["decide", "--help-never"],  # refused by both alike: an unknown option
    ["server", "user", "add", "anna", "--role", "hr", "--no-password"],
    ["server", "assign", "c-1", "anna", "--remove"],
    ["migrate", "--to", "postgresql://h/db"],
    ["report", "profile", "--candidate", "c-1", "--out", "p.pdf", "--lang", "en"],
    ["report", "compare", "--candidate", "a", "--candidate", "b", "--out", "c.pdf"],
    ["report", "all", "--out-dir", "d"],
]


def parsed(parser: argparse.ArgumentParser, argv: list[str]) -> object:
    try:
        return vars(parser.parse_args(argv))
    except SystemExit as exc:
        return ("exit", exc.code)


def test_commands_are_the_whole_parsers_in_its_order() -> None:
    whole = build_parser("en")
    action = next(a for a in whole._actions if isinstance(a, argparse._SubParsersAction))
    assert tuple(action.choices) == COMMANDS


@pytest.mark.parametrize("argv", LINES, ids=lambda a: " ".join(a) or "window")
def test_the_one_parser_parses_as_the_whole(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    only = command_in(argv)
    assert only is not None
    for lang in ("en", "ru"):
        assert parsed(build_parser(lang, only), argv) == parsed(build_parser(lang), argv)
    capsys.readouterr()


def test_what_cannot_be_told_goes_to_the_whole_parser(capsys: pytest.CaptureFixture[str]) -> None:
    assert command_in([]) == "" and command_in(["--db", "x", "--lang=en"]) == ""
    assert command_in(["--db", "x", "report", "profile"]) == "report"
    for argv in (["-h"], ["--help"], ["reprot"], ["--dbx", "x", "score"], ["--d", "x", "score"]):
        assert command_in(argv) is None, argv
    with pytest.raises(SystemExit):
        parse(["--lang", "en", "reprot"])
    err = capsys.readouterr().err
    assert "invalid choice: 'reprot'" in err and "'report'" in err and "'validate'" in err
    with pytest.raises(SystemExit):
        parse(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)  # help lists every command


def test_bytes_that_are_not_text_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """`--candidate $'\\xff'` reaches Python as a lone surrogate, which nothing can store: a
    usage error that says so (it was an internal error, exit 3)."""
    for lang, said in (("en", "is not text"), ("ru", "не текст")):
        with pytest.raises(SystemExit) as info:
            parse(["--lang", lang, "score", "--candidate", "ab\udcffc"])
        assert info.value.code == 64
        assert said in capsys.readouterr().err


def test_json_and_json_lines_are_one_or_the_other(capsys: pytest.CaptureFixture[str]) -> None:
    """`score --json --jsonl` wrote JSON Lines silently; asking for both is a usage error."""
    with pytest.raises(SystemExit) as info:
        parse(["--lang", "en", "score", "--json", "--jsonl"])
    assert info.value.code == 64
    assert "not allowed with argument --json" in capsys.readouterr().err
    assert parse(["score", "--jsonl"])[0].jsonl and parse(["score", "--json"])[0].json
