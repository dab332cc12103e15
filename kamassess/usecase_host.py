"""What the façade's mixed-in use cases (panel, decisions, reports, exchange) may call on the
Workspace they are part of, declared once: its attributes, and the methods the Workspace defines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess.framework.model import Framework
from kamassess.store.base import Store

if TYPE_CHECKING:
    from kamassess.decisions.model import Decision, OutcomeRecord
    from kamassess.model import Assessment
    from kamassess.scoring.errors import ProfileUnknown
    from kamassess.scoring.evaluation import Evaluation
    from kamassess.store.sqlite import SqliteStore


class WorkspaceHost:
    """Declarations only: each method is the Workspace's (or a sibling mixin's) own."""

    store: Store
    framework: Framework
    user: str
    lang: str

    @property
    def on_server(self) -> bool:
        raise NotImplementedError

    def _file(self) -> Path | None:
        raise NotImplementedError

    def _desktop_store(self) -> SqliteStore:
        raise NotImplementedError

    def delete_candidate(self, candidate_id: str) -> dict[str, int]:
        raise NotImplementedError

    def export(
        self, path: Path, candidate_ids: Sequence[str] | None = None, *, anonymise: bool = False
    ) -> dict[str, int]:
        raise NotImplementedError

    def evaluate(
        self,
        candidate_id: str,
        *,
        profile: str | None = None,
        drafts: bool = False,
        framework: Framework | None = None,
    ) -> Evaluation:
        raise NotImplementedError

    def evaluations(
        self,
        candidate_ids: Iterable[str] | None = None,
        *,
        profile: str | None = None,
        drafts: bool = False,
        evidence: bool = True,
        unscorable: list[ProfileUnknown] | None = None,
    ) -> Iterator[Evaluation]:
        raise NotImplementedError

    def framework_for(self, assessment: Assessment, profile: str | None = None) -> Framework:
        raise NotImplementedError

    def decided(self, candidate_id: str) -> tuple[Decision | None, OutcomeRecord | None]:
        raise NotImplementedError
