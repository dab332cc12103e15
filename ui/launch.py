"""Entry point: a command runs the CLI; no command opens the window (Qt is imported only then)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kamassess.cli import main as cli


def main(argv: Sequence[str] | None = None) -> int:
    args, lang = cli.parse(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        return cli.run(args, lang)
    from ui.app import run_gui  # deferred: the CLI must not pay for loading Qt

    return run_gui(args, lang)
