"""What every window shares: the open database, the framework, the language, the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kamassess.framework.model import Framework
from kamassess.paths import current_user
from kamassess.scoring.evaluation import Evaluation, evaluate
from kamassess.store.sqlite import Store


@dataclass
class AppContext:
    store: Store
    framework: Framework
    framework_path: Path
    lang: str
    user: str = field(default_factory=current_user)

    @property
    def db_path(self) -> Path:
        assert self.store.path is not None
        return self.store.path

    def evaluate(
        self, candidate_id: str, *, drafts: bool = False, profile: str | None = None
    ) -> Evaluation:
        return evaluate(
            self.store, self.framework, candidate_id, include_drafts=drafts, profile=profile
        )
