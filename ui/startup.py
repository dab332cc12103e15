"""Starting the window: which language, framework and database; a second window on the same
database is told; a damaged database offers its newest backup; an unexpected error becomes a
message and a line in the log (never personal data), not a vanished window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from kamassess import paths
from kamassess.framework.model import Framework, FrameworkError, load_framework
from kamassess.i18n.messages import tr as core_tr
from kamassess.i18n.texts import date_text
from kamassess.store.backup import contents, newest_healthy, restore_newest
from kamassess.store.base import Store, is_server
from kamassess.store.errors import BackupFailed, DatabaseDamaged, StorageError
from kamassess.workspace import Workspace
from ui.errors import error_text, message_text, short_path
from ui.settings import settings


class Startup(QObject):
    """The translation context of the start-up messages (Startup.tr)."""


def choose_language(explicit: str | None, system: str) -> str:
    """--lang, else the language picked in Settings, else the system's."""
    if explicit in ("ru", "en"):
        return explicit
    saved = settings().value("language")
    return saved if saved in ("ru", "en") else system


def choose_database(explicit: str | None) -> Path | str:
    """--db, else $KAMASSESS_DB, else the database used last (a server's address, or a file
    that still exists), else the default one in the per-user data folder."""
    if explicit or os.environ.get("KAMASSESS_DB"):
        return paths.database_target(explicit)
    last = settings().value("last/database")
    if isinstance(last, str) and last and is_server(last):
        return last
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return paths.default_database()


def open_server(
    address: str, lang: str, parent: QWidget | None = None, *, ask: bool = False
) -> Store | None:
    """Log in to a server: without asking when the server needs no password from us (single
    sign-on, a password file, PGPASSWORD); otherwise — or when `ask` — the connect dialog,
    again after each refusal, until it works or the user cancels (None)."""
    from kamassess.store.errors import PasswordNeeded
    from ui.server_dialogs import ConnectDialog

    password = ""
    problem = ""
    while True:
        if not ask:
            try:
                return Store.open(address, password=password)
            except PasswordNeeded:
                problem = ""
            except StorageError as exc:
                problem = message_text(exc.message, lang)
        ask = False
        dialog = ConnectDialog(address, parent)
        if problem:
            QMessageBox.warning(parent, "KAM Assess", problem)
        if not dialog.exec():
            return None
        address, password = dialog.address.text().strip(), dialog.password.text()


def choose_framework(explicit: str | None) -> Path:
    """--framework, else the framework opened last (File ▸ Open framework is remembered), else
    the bundled one."""
    if explicit:
        return Path(explicit)
    last = settings().value("last/framework")
    if isinstance(last, str) and last:
        return Path(last)
    return paths.bundled_framework()


def load_start_framework(args: argparse.Namespace, lang: str) -> tuple[Framework, Path] | None:
    path = choose_framework(args.framework)
    try:
        return load_framework(path), path
    except (OSError, FrameworkError) as exc:
        if not args.framework and path != paths.bundled_framework():
            # The framework remembered from last time is gone or broken: say so (scores would
            # otherwise change silently), forget it and use ours.
            settings().remove("last/framework")
            if not path.is_file():
                why = Startup.tr("the file is not there any more")
            elif isinstance(exc, FrameworkError):
                why = exc.render(lang, file=False)[0]
            else:
                why = error_text(exc, lang)
            QMessageBox.warning(
                None,
                "KAM Assess",
                Startup.tr(
                    "The framework opened last time, {path}, cannot be used: {why}. "
                    "The bundled framework is used instead."
                ).format(path=short_path(path), why=why),
            )
            return load_start_framework(args, lang)
        details = (
            exc.render(lang, file=False)
            if isinstance(exc, FrameworkError)
            else [core_tr("file.missing", lang, path=path)]
        )
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "KAM Assess",
            core_tr("cli.framework_unusable", lang, path=path),
        )
        box.setDetailedText("\n".join(details))
        box.exec()
        return None


def lock_database(path: Path, parent: QWidget | None = None) -> tuple[QLockFile, bool] | None:
    """Take the lock file beside the database. When another window holds it, ask: open
    read-only, open anyway, or not at all. Returns (the lock, read_only) or None (cancelled)."""
    with contextlib.suppress(OSError):  # a first start: the data folder is not there yet
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # a lock whose process is gone is stale, whatever its age
    if lock.tryLock(100):
        return lock, False
    if lock.error() != QLockFile.LockError.LockFailedError:
        # No lock file can be made there (a read-only folder): nothing tells of a second
        # window, and opening the database must not depend on it.
        return lock, False
    pid, host, _app = lock.getLockInfo()  # (0, '', '') when it cannot be read
    box = QMessageBox(QMessageBox.Icon.Question, "KAM Assess", "", parent=parent)
    box.setObjectName("secondWindow")
    box.setText(
        Startup.tr(
            "{name} is already open in another KAM Assess window (process {pid} on {host})."
        ).format(name=path.name, pid=pid or "?", host=host or "?")
    )
    box.setInformativeText(
        Startup.tr(
            "Open it read-only to look without changing anything, or open it anyway: both "
            "windows then save into the same database, and each shows the other's changes when "
            "it refreshes."
        )
    )
    read_only = box.addButton(Startup.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(Startup.tr("Open &anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return lock, True
    if clicked is anyway:
        return lock, False
    return None


def open_store(
    path: Path, lang: str, parent: QWidget | None = None, *, read_only: bool = False
) -> Store | None:
    """Open the database; explain any problem, and offer the newest backup for a damaged one."""
    try:
        return Store.open(path, read_only=read_only)
    except DatabaseDamaged as exc:
        if not offer_restore(path, exc, lang, parent):
            return None
        return Store.open(path, read_only=read_only)
    except StorageError as exc:
        QMessageBox.critical(parent, "KAM Assess", message_text(exc.message, lang))
        return None


def offer_restore(path: Path, exc: StorageError, lang: str, parent: QWidget | None) -> bool:
    """A damaged database: offer its newest backup (saying when it was made). True if restored."""
    source = newest_healthy(path)
    if source is None:
        QMessageBox.critical(parent, "KAM Assess", message_text(exc.message, lang))
        return False
    from datetime import datetime

    made = datetime.fromtimestamp(source.stat().st_mtime)
    held = contents(source)
    answer = QMessageBox.question(
        parent,
        "KAM Assess",
        message_text(exc.message, lang)
        + "\n\n"
        + core_tr(
            "ui.restore_prompt",
            lang,
            date=date_text(made.date(), lang),
            time=made.strftime("%H:%M"),
            c=held["candidates"],
            a=held["assessments"],
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_newest(path) is not None


def start_backup(ws: Workspace, parent: QWidget | None = None) -> str:
    """The automatic backup on opening: "ok"; "restored" (the pages were damaged and the newest
    backup was put in place: open again); or "stop". A backup that cannot be written is said,
    and the window still opens."""
    if ws.store.read_only:
        return "ok"
    try:
        ws.auto_backup()
    except BackupFailed as exc:
        QMessageBox.warning(
            parent,
            "KAM Assess",
            message_text(exc.message, ws.lang)
            + "\n\n"
            + Startup.tr("The window opens; imports are refused until a backup can be written."),
        )
    except DatabaseDamaged as exc:
        path, lang = ws.db_path, ws.lang
        ws.close()
        return "restored" if offer_restore(path, exc, lang, parent) else "stop"
    return "ok"


def install_exception_hook() -> None:
    """An unexpected error in the window: a message, and a log line without personal data."""
    from kamassess.crashlog import log_exception

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, StorageError):
            # A problem the user can act on (the server out of reach, a refusal) that reached
            # the top: its own sentence, not "something went wrong".
            from kamassess.i18n.messages import system_language

            lang = choose_language(None, system_language())
            QMessageBox.warning(None, "KAM Assess", message_text(exc.message, lang))
            return
        exc.__traceback__ = tb
        log_exception(exc)
        box = QMessageBox(QMessageBox.Icon.Critical, "KAM Assess", "")
        box.setObjectName("unexpectedError")
        box.setText(
            Startup.tr(
                "Something went wrong inside KAM Assess ({error}). Everything saved before is "
                "safe. The error was written to the log, without any personal data:"
            ).format(error=kind.__name__)
        )
        box.setInformativeText(str(paths.log_file()))
        box.addButton(QPushButton(Startup.tr("Close")), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    sys.excepthook = hook
