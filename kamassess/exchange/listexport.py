"""The candidate list as a spreadsheet (.xlsx or .csv) — what the window's list shows, and the
flags, reason, main gaps and risks behind each verdict.

Text a spreadsheet would run as a formula (a name starting with "=", "+", "-", "@") is kept as
text: in .xlsx every text cell is typed as a string; in .csv such a cell starts with an
apostrophe, as OWASP's "CSV Injection" page recommends, since a .csv has no types. A .csv follows
the language's spreadsheet conventions, so Excel opens it in columns with numbers as numbers:
Russian uses ";" between cells and a decimal comma, English "," and a point; both are UTF-8 with
a byte-order mark, which Excel needs to read Cyrillic."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kamassess.i18n import figures
from kamassess.i18n.messages import tr
from kamassess.i18n.texts import risk_sentence
from kamassess.outputs import write_private

if TYPE_CHECKING:
    from kamassess.scoring.evaluation import Evaluation

Cell = str | float | int | date | None

# (key, kind): kind says how a spreadsheet shows the value.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "text"),
    ("name", "text"),
    ("kind", "text"),
    ("current_role", "text"),
    ("employer", "text"),
    ("profile", "text"),
    ("fit", "fit"),
    ("fit_low", "fit"),
    ("fit_high", "fit"),
    ("coverage", "percent"),
    ("assessors", "count"),
    ("verdict", "text"),
    ("flags", "text"),
    ("reason", "wide"),
    ("gaps", "wide"),
    ("risks", "wide"),
    ("decision", "text"),
    ("decided_on", "date"),
    ("last_assessed", "date"),
)
MAIN_GAPS = 3  # the largest weighted gaps named per candidate
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry (an .xlsx is XML): control characters but tab and newline.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
XLSX_CELL_MAX = 32_767  # Excel's limit on one cell's text


@dataclass(frozen=True)
class ListTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    kinds: tuple[str, ...] = tuple(kind for _, kind in COLUMNS)


def list_table(
    evaluations: Iterable[Evaluation],
    last_assessed: Mapping[str, date | None],
    lang: str,
    decisions: Mapping[str, tuple[str, date]] | None = None,
) -> ListTable:
    """One row per evaluation, in the order given (the list's own order); `decisions`: the
    decision recorded on a candidate and its day, as the list's Decision column shows it."""
    from kamassess.i18n.decision_text import decision_label

    rows = []
    for ev in evaluations:
        res, fw, cand = ev.result, ev.framework, ev.candidate
        decision, decided_on = (decisions or {}).get(cand.id, (None, None))
        low, high = res.fit_range if res.fit_range is not None else (None, None)
        gaps = sorted(res.gaps, key=lambda g: -g.weighted_gap)[:MAIN_GAPS]
        rows.append(
            (
                cand.id,
                cand.name,
                tr(f"kind.{cand.kind}", lang),
                cand.current_role,
                cand.employer,
                fw.profile(res.profile).name.get(lang),
                _fit(res.fit),
                _fit(low),
                _fit(high),
                round(res.coverage * 100, 1) if res.raters else None,  # per cent, as shown
                res.raters,
                figures.verdict_label(res.verdict, lang),
                "; ".join(figures.flag_labels(res, lang)),
                figures.reason_text(res, fw, lang) if res.raters else "",
                "; ".join(fw.competency(g.competency).name.get(lang) for g in gaps),
                "\n".join(risk_sentence(r, lang) for r in res.risks if r.kind == "risk"),
                "" if decision is None else decision_label(decision, lang, kind=cand.kind),
                decided_on,
                last_assessed.get(cand.id),
            )
        )
    return ListTable(tuple(tr(f"list.col.{key}", lang) for key, _ in COLUMNS), tuple(rows))


def _fit(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def write_list(path: Path, table: ListTable, lang: str) -> Path:
    """Write the table as .xlsx, or as .csv for any other suffix; whole or not at all."""
    if path.suffix.lower() == ".xlsx":
        return write_private(path, lambda fh: _write_xlsx(fh, table, lang))
    return write_private(path, lambda fh: fh.write(csv_text(table, lang).encode("utf-8-sig")))


# -- CSV ---------------------------------------------------------------------------------------
def safe_text(text: str) -> str:
    """Text a spreadsheet must not run: '=HYPERLINK(...)' -> "'=HYPERLINK(...)"."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(table: ListTable, lang: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "ru" else ",", lineterminator="\r\n")
    writer.writerow([safe_text(h) for h in table.headers])
    for row in table.rows:
        cells = zip(row, table.kinds, strict=True)
        writer.writerow([_csv_cell(value, kind, lang) for value, kind in cells])
    return out.getvalue()


def _csv_cell(value: Cell, kind: str, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return safe_text(value)
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "ru" else text


# -- XLSX --------------------------------------------------------------------------------------
def _write_xlsx(fh: BinaryIO, table: ListTable, lang: str) -> None:
    # openpyxl takes ~0.25 s to import: loaded only when a spreadsheet is written.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    book.properties.creator = "KAM Assess"
    book.properties.title = tr("list.title", lang)
    sheet = book.create_sheet(tr("list.sheet", lang)[:31])
    for i, width in enumerate(_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "C2"  # the header row and the id and name stay on screen
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    formats = {"fit": "0.0", "percent": "0", "count": "0", "date": "yyyy-mm-dd"}

    def cell(value: Cell, kind: str, *, header: bool = False) -> WriteOnlyCell:
        if isinstance(value, str):
            value = _NOT_XML.sub("", value)[:XLSX_CELL_MAX]
        c = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            c.data_type = "s"  # text, even when it starts with "=": never a formula
        if header:
            c.font = bold
        elif kind in formats:
            c.number_format = formats[kind]
        elif kind == "wide":
            c.alignment = wrap
        return c

    sheet.append([cell(h, "text", header=True) for h in table.headers])
    for row in table.rows:
        sheet.append([cell(value, kind) for value, kind in zip(row, table.kinds, strict=True)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{len(table.rows) + 1}"
    book.save(fh)


def _widths(table: ListTable) -> list[float]:
    """Each column as wide as its header or its longest value in the first 200 rows, within
    reason: wide text wraps at 60 characters."""
    widths = []
    for i, (header, kind) in enumerate(zip(table.headers, table.kinds, strict=True)):
        longest = max(
            [len(header), *(len(_shown(row[i])) for row in table.rows[:200] if row[i] is not None)]
        )
        widths.append(min(longest, 60 if kind == "wide" else 40) + 2.0)
    return widths


def _shown(value: Cell) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
