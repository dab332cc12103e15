"""Exchanging data on the application façade (Workspace mixes this in): reading and checking a
bundle, importing it all or nothing with a backup taken first, the demo set through the same path,
and exporting a bundle or the candidate list as a spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kamassess.outputs import check_output
from kamassess.progress import CancelToken, Progress, no_progress
from kamassess.usecase_host import WorkspaceHost

if TYPE_CHECKING:  # pydantic and the importer load on first use
    from kamassess.exchange.bundle_schema import BundleIn
    from kamassess.exchange.importer import ImportReport
    from kamassess.scoring.errors import ProfileUnknown


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or would do): counts, warnings, and the backup taken before it."""

    report: ImportReport
    backup: Path | None
    dry_run: bool


class ExchangeUseCases(WorkspaceHost):
    """Mixed into Workspace, whose attributes and methods these are."""

    def read_bundle(self, path: Path) -> BundleIn:
        """Parse and check a bundle file against the framework and this database (BundleError
        lists every problem; nothing is written)."""
        from kamassess.exchange.bundle import read_bundle

        return read_bundle(path, self.framework, self.store)

    def import_bundle(
        self,
        bundle: BundleIn,
        *,
        dry_run: bool = False,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportOutcome:
        """Import all of a checked bundle or nothing; a real import backs the database up first."""
        from kamassess.exchange.importer import dry_run_import, import_bundle
        from kamassess.store.backup import prepare_backup

        if dry_run:
            report = dry_run_import(self.store, self.framework, bundle, self.user)
            return ImportOutcome(report, None, True)
        # The copy is taken before the import but kept only if the import changed something:
        # re-importing an unchanged file leaves the backups as they were.
        pending = None if self.on_server else prepare_backup(self._desktop_store())
        try:
            report = import_bundle(
                self.store,
                self.framework,
                bundle,
                self.user,
                progress=progress,
                check=cancel.check if cancel is not None else None,
            )
        except BaseException:
            if pending is not None:
                pending.discard()
            raise
        saved = None
        if pending is not None:
            if report.changed:
                saved = pending.keep()
            else:
                pending.discard()
        return ImportOutcome(report, saved, False)

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportOutcome:
        return self.import_bundle(
            self.read_bundle(path), dry_run=dry_run, progress=progress, cancel=cancel
        )

    def load_demo(self) -> ImportOutcome:
        """The demo set, imported through the same path as a user's file."""
        import json

        from kamassess.exchange import demo
        from kamassess.exchange.bundle import parse_bundle

        fw = self.framework
        text = json.dumps(demo.bundle(fw.id, fw.version), ensure_ascii=False)
        return self.import_bundle(parse_bundle(text, "demo", self.framework, self.store))

    def export(
        self,
        path: Path,
        candidate_ids: Sequence[str] | None = None,
        *,
        anonymise: bool = False,
    ) -> dict[str, int]:
        """A bundle of the candidates (all, or those given); anonymised, without personal data
        (placeholders in the workspace's language)."""
        from kamassess.exchange.exporter import export_bundle

        check_output(path, "bundle", database=self._file())
        return export_bundle(
            self.store,
            self.framework,
            path,
            None if candidate_ids is None else list(candidate_ids),
            anonymise_for=self.lang if anonymise else None,
        )

    def export_list(
        self,
        path: Path,
        candidate_ids: Sequence[str] | None = None,
        *,
        profile: str | None = None,
        drafts: bool = False,
        lang: str | None = None,
        unscorable: list[ProfileUnknown] | None = None,
    ) -> int:
        """The candidate list (these candidates, in this order) as a spreadsheet: .xlsx, or .csv
        for any other suffix. Returns the number of rows; candidates who cannot be scored go to
        `unscorable` when it is given."""
        from kamassess.exchange.listexport import list_table, write_list

        check_output(path, "table", database=self._file())
        lang = lang or self.lang
        summaries = self.store.candidate_summaries()
        last = {s.candidate.id: s.last_assessed for s in summaries}
        decided = {
            s.candidate.id: (s.decision, s.decided_on)
            for s in summaries
            if s.decision is not None and s.decided_on is not None
        }
        table = list_table(
            self.evaluations(
                candidate_ids,
                profile=profile,
                drafts=drafts,
                evidence=False,
                unscorable=unscorable,
            ),
            last,
            lang,
            decided,
        )
        write_list(path, table, lang)
        return len(table.rows)
