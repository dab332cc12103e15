"""Why a candidate cannot be scored (cheap to import: the window catches it before scoring)."""

from __future__ import annotations

from kamassess.store.errors import StorageError

__all__ = ["ProfileUnknown"]


class ProfileUnknown(StorageError):
    """A candidate's target profile is in neither the framework in use nor the version of their
    assessments (it was removed): they cannot be scored until the profile is set again."""
