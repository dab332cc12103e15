"""The database file itself: owner-only creation and telling a network share from a local disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Linux file systems on which SQLite's WAL mode is unsafe: its shared memory needs one host.
_NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "9p",
    "fuse.sshfs",
    "fuse.rclone",
    "glusterfs",
    "ceph",
    "lustre",
    "davfs",
    "fuse.davfs2",
}


def is_network_path(path: Path) -> bool:
    """True for UNC paths, mapped network drives on Windows, and network mounts on Linux."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_remote_drive(path)
    return _linux_mount_type(path) in _NETWORK_FS


def _windows_remote_drive(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive:
        return False
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def _linux_mount_type(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """File system type of the mount holding path (longest matching mount point)."""
    try:
        with open(mounts, encoding="utf-8") as fh:
            entries = [line.split() for line in fh]
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for entry in entries:
        if len(entry) < 3:
            continue
        point = entry[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, entry[2]
    return best_type


def prepare_file(path: Path) -> None:
    """Create the folder and an empty database file readable by its owner only (where the OS
    has such permissions; on Windows the per-user data folder is already private)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        return
    os.close(fd)
