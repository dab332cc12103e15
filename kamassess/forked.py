"""Pure work over many items on every core of the machine, where that is safe: a forked copy of
the process takes each further part, the parent does the first, and the results come back in
order.

Only on Linux and in a process with one thread (a fork copies one thread; another one's
locks would stay held in the copy, and macOS's system libraries are not fork-safe). A copy
never uses a database connection of the parent's — SQLite forbids it; a copy that reads opens
its own — and ends with os._exit, which closes nothing of the parent's (POSIX locks belong to
the process that took them). A part whose copy fails in any way is done again in the parent,
so an error surfaces there, as it would have without copies; the result is the same list in
either case."""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a fork and the trip back through a pipe cost more than they save.
MIN_ITEMS = 2_000
MAX_WORKERS = 4


def workers() -> int:
    """How many processes may share the work here (1: this process alone)."""
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 1
    if os.environ.get("KAMASSESS_ONE_CORE"):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except OSError:
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def parts(n: int, k: int) -> list[tuple[int, int]]:
    """k contiguous [start, end) slices of range(n), sizes differing by at most one."""
    size, extra = divmod(n, k)
    out, start = [], 0
    for i in range(k):
        end = start + size + (1 if i < extra else 0)
        out.append((start, end))
        start = end
    return out


def map_in_parts(
    fn: Callable[[T], R], items: Sequence[T], *, processes: int | None = None
) -> list[R]:
    """[fn(x) for x in items], the parts after the first in forked copies when that pays.
    fn must be pure (its side effects stay in the copy) and its results picklable."""
    return map_parts(lambda part, _here: [fn(x) for x in part], items, processes=processes)


def map_parts(
    fn: Callable[[Sequence[T], bool], list[R]],
    items: Sequence[T],
    *,
    processes: int | None = None,
) -> list[R]:
    """fn(part, here) for contiguous parts of items, concatenated in order: one result per item.
    The first part is done here (here=True); the others in forked copies when that pays
    (here=False: a copy must open what it reads anew, never use a connection of the parent's);
    a part whose copy fails is done here again. fn's results must be picklable."""
    k = workers() if processes is None else processes
    if k < 2 or len(items) < MIN_ITEMS:
        return fn(items, True)
    slices = parts(len(items), k)
    children: list[tuple[int, int, tuple[int, int]]] = []  # pid (0: here), read end, slice
    try:
        for lo, hi in slices[1:]:
            read, write = os.pipe()
            try:
                pid = os.fork()
            except OSError:  # no process to spare (a limit, memory): this part is done here
                os.close(read)
                os.close(write)
                children.append((0, -1, (lo, hi)))
                continue
            if pid == 0:  # the copy: compute, send, leave without running any clean-up
                code = 1
                try:
                    os.close(read)
                    data = pickle.dumps(fn(items[lo:hi], False), pickle.HIGHEST_PROTOCOL)
                    with os.fdopen(write, "wb") as out:
                        out.write(data)
                    code = 0
                finally:
                    os._exit(code)
            os.close(write)
            children.append((pid, read, (lo, hi)))
        lo, hi = slices[0]
        results = fn(items[lo:hi], True)
        while children:
            pid, read, (lo, hi) = children.pop(0)
            got = cast("list[R] | None", _collect(pid, read)) if pid else None
            results.extend(got if got is not None else fn(items[lo:hi], True))
        return results
    finally:
        for pid, read, _ in children:  # the parent's own part failed: the copies are not needed
            if pid:
                os.close(read)
                os.kill(pid, signal.SIGKILL)
                _reap(pid)


def _collect(pid: int, read: int) -> list[object] | None:
    """A copy's results, or None when it did not finish cleanly."""
    chunks = []
    with os.fdopen(read, "rb") as source:
        while chunk := source.read(1 << 20):
            chunks.append(chunk)
    if _reap(pid) != 0:
        return None
    try:
        found = pickle.loads(b"".join(chunks))
    except Exception:  # a truncated message is a failed copy
        return None
    return found if isinstance(found, list) else None


def _reap(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)
