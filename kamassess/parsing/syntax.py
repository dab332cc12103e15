"""What the YAML and JSON readers say is wrong, in the reader's language: their own sentences are
English only, so the common ones are matched to ours; any other keeps its English words in an
English message and is described in general terms in a Russian one."""

from __future__ import annotations

import json
import re

from kamassess.i18n.messages import Message

# PyYAML's problem texts (scanner.py, parser.py), the common ones.
_YAML: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^mapping values are not allowed (here|in this context)", "syntax.colon"),
        (r"^did not find expected key", "syntax.expected_key"),
        (r"^did not find expected node content", "syntax.expected_value"),
        (r"^expected the node content", "syntax.expected_value"),
        (r"^did not find expected '-' indicator", "syntax.expected_item"),
        (r"^did not find expected ',' or '(?P<close>[\]}])'", "syntax.expected_close"),
        (r"^expected ',' or '(?P<close>[\]}])'", "syntax.expected_close"),
        (r"^could not find expected ':'", "syntax.expected_colon"),
        (r"^found character (?P<char>.+) that cannot start any token", "syntax.bad_start"),
        (r"^expected <block end>", "syntax.indent"),
        (r"^found unexpected end of stream", "syntax.end"),
        (r"^found undefined alias", "syntax.alias"),
        (r"^found unknown escape character", "syntax.escape"),
        (r"^special characters are not allowed|^unacceptable character", "syntax.control"),
        (r"^expected a single document", "syntax.extra"),
    )
)
# The json module's messages (json/decoder.py, _json.c).
_JSON: dict[str, str] = {
    "Expecting value": "syntax.expected_value",
    "Expecting property name enclosed in double quotes": "syntax.expected_name",
    "Expecting ',' delimiter": "syntax.expected_comma",
    "Expecting ':' delimiter": "syntax.expected_colon",
    "Unterminated string starting at": "syntax.unclosed_string",
    "Invalid control character at": "syntax.control",
    "Invalid \\escape": "syntax.escape",
    "Invalid \\uXXXX escape": "syntax.escape",
    "Extra data": "syntax.extra",
}


def yaml_problem(problem: str, began_on: int | None = None) -> Message:
    """PyYAML's `problem` as a sentence; where the unfinished construct began, if known."""
    for pattern, key in _YAML:
        found = pattern.search(problem)
        if found:
            message = Message(key, found.groupdict())
            break
    else:
        message = Message("syntax.other", {"detail": problem})
    if began_on is None:
        return message
    return Message("syntax.with_start", {"problem": message, "line": began_on})


def json_problem(exc: json.JSONDecodeError) -> Message:
    key = _JSON.get(exc.msg)
    return Message(key) if key else Message("syntax.other", {"detail": exc.msg})
