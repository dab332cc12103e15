"""Where things live: the bundled framework, the default database, the log file."""

from __future__ import annotations

import getpass
import os
import re
from pathlib import Path

APP_NAME = "KAM Assess"
FRAMEWORK_FILE = "competencies.yaml"
SCHEMA_FILE = "framework.schema.json"


def _shared_file(name: str) -> Path:
    """A file shipped with the program: the package's copy (an installed wheel, a frozen build),
    else the checkout's, at the top of the repository where people edit it."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / name
    if packaged.exists():
        return packaged
    return here.parent / name


def bundled_framework() -> Path:
    return _shared_file(FRAMEWORK_FILE)


def schema_file() -> Path:
    return _shared_file(SCHEMA_FILE)


def default_database() -> Path:
    """KAMASSESS_DB if set, else kamassess.db in the per-user data folder."""
    env = os.environ.get("KAMASSESS_DB")
    if env:
        return Path(env)
    import platformdirs  # only where no --db or KAMASSESS_DB names the file (15 ms)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "kamassess.db"


def database_target(explicit: str | None = None) -> Path | str:
    """--db, else KAMASSESS_DB, else the default file; a server's `postgresql://` address stays
    a string (a Path would fold its `//`)."""
    given = explicit or os.environ.get("KAMASSESS_DB") or ""
    if given.startswith(("postgresql://", "postgres://")):
        return given
    return Path(given) if given else default_database()


def log_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "kamassess.log"


def current_user() -> str:
    """Who is making a change, for the history: the operating-system user."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        return "unknown"


def safe_file_stem(candidate_id: str) -> str:
    """A candidate id made safe as a file name on Windows and Linux (ids, never names)."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", candidate_id).strip(" .")
    return stem or "candidate"
