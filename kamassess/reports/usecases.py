"""The reports on the application façade (Workspace mixes them in): a profile, a comparison,
an interview sheet, a folder of profiles with progress and cancel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess import paths
from kamassess.outputs import OutputRefused, check_output, check_output_folder
from kamassess.progress import CancelToken, Progress, no_progress
from kamassess.usecase_host import WorkspaceHost

if TYPE_CHECKING:
    from kamassess.scoring.errors import ProfileUnknown


@dataclass
class BatchOutcome:
    """Files a batch wrote (exactly those), the items that failed and why, and whether the user
    stopped it."""

    folder: Path
    total: int
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (candidate id, reason)
    cancelled: bool = False


class ReportUseCases(WorkspaceHost):
    """Mixed into Workspace, whose attributes and methods these are."""

    def write_profile(
        self,
        candidate_id: str,
        path: Path,
        *,
        lang: str | None = None,
        profile: str | None = None,
        drafts: bool = False,
        anonymise: bool = False,
    ) -> Path:
        """A candidate's profile PDF; anonymise: as "Candidate A", without what names them."""
        from kamassess.reports.profile import write_profile

        check_output(path, "pdf", database=self._file())
        lang = lang or self.lang
        ev = self.evaluate(candidate_id, profile=profile, drafts=drafts)
        decided = self.decided(candidate_id)
        if anonymise:
            from kamassess.reports.anonymous import anonymised

            (ev,) = anonymised([ev], lang)
        return write_profile(ev, self.framework, path, lang, decided=decided, anonymous=anonymise)

    def write_comparison(
        self,
        candidate_ids: Sequence[str],
        path: Path,
        *,
        profile: str,
        lang: str | None = None,
        drafts: bool = False,
        anonymise: bool = False,
    ) -> Path:
        from kamassess.reports.compare import write_comparison

        check_output(path, "pdf", database=self._file())
        lang = lang or self.lang
        evs = list(self.evaluations(candidate_ids, profile=profile, drafts=drafts))
        if anonymise:
            from kamassess.reports.anonymous import anonymised

            evs = anonymised(evs, lang)
        return write_comparison(evs, path, lang, anonymous=anonymise)

    def write_interview(
        self,
        profile: str | None,
        path: Path,
        *,
        lang: str | None = None,
        with_targets: bool = False,
        candidate_id: str | None = None,
    ) -> Path:
        """A scorecard to rate on: blank, or filled in for one candidate (on their own profile
        unless another is given); targets and knock-out minimums only when asked for."""
        from kamassess.reports.interview import write_interview

        candidate = None if candidate_id is None else self.store.candidate(candidate_id)
        if profile is None:
            if candidate is None:
                raise ValueError("a profile or a candidate is needed")
            profile = candidate.profile
        check_output(path, "pdf", database=self._file())
        return write_interview(
            self.framework,
            profile,
            path,
            lang or self.lang,
            with_targets=with_targets,
            candidate=candidate,
        )

    def write_profiles(
        self,
        candidate_ids: Sequence[str] | None,
        folder: Path,
        *,
        lang: str | None = None,
        drafts: bool = False,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> BatchOutcome:
        """A profile PDF per candidate (all of them, or exactly those given), named by id; one
        failure does not stop the batch, and the outcome lists exactly what was written."""
        from kamassess.reports.profile import write_profile

        check_output_folder(folder, database=self._file())
        folder.mkdir(parents=True, exist_ok=True)
        unscorable: list[ProfileUnknown] = []
        evs = list(self.evaluations(candidate_ids, drafts=drafts, unscorable=unscorable))
        names = profile_file_names([ev.candidate.id for ev in evs])
        decisions, outcomes = self.store.decisions(), self.store.outcomes()
        outcome = BatchOutcome(folder, len(evs) + len(unscorable))
        outcome.failed += [
            (str(exc.message.params["id"]), exc.message.render(lang or self.lang))
            for exc in unscorable
        ]
        for n, ev in enumerate(evs, 1):
            if cancel is not None and cancel.cancelled:
                outcome.cancelled = True
                break
            path = folder / names[ev.candidate.id]
            try:
                check_output(path, "pdf", database=self._file())
                decided = (decisions.get(ev.candidate.id), outcomes.get(ev.candidate.id))
                write_profile(ev, self.framework, path, lang or self.lang, decided=decided)
            except OutputRefused as exc:
                outcome.failed.append((ev.candidate.id, exc.message.render(self.lang)))
            except Exception as exc:  # one bad candidate must not stop the batch
                outcome.failed.append((ev.candidate.id, f"{type(exc).__name__}: {exc}"))
            else:
                outcome.written.append(path)
            progress(n, len(evs), ev.candidate.id)
        return outcome


def profile_file_names(candidate_ids: Sequence[str]) -> dict[str, str]:
    """`<id>-profile.pdf` per candidate, unique even where the file system ignores case or an id
    needed characters replaced (`a:b` and `a_b`, `C-1` and `c-1`): later clashes get `-2`, `-3`."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for cid in candidate_ids:
        stem = paths.safe_file_stem(cid)
        name, n = f"{stem}-profile.pdf", 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}-profile.pdf"
        taken.add(name.casefold())
        out[cid] = name
    return out
