"""Spider charts drawn with reportlab graphics: told apart by line style and marker, not colour."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kamassess.reports.fonts import BOLD, REGULAR, register, runs, visual
from kamassess.reports.fonts import width as text_width


@dataclass(frozen=True)
class Series:
    """One polygon: values per axis (None: not rated), optional per-axis low–high whiskers."""

    name: str
    values: Sequence[float | None]
    dash: tuple[float, ...] | None = None
    marker: str = "circle"
    width: float = 1.4
    stroke: colors.Color = colors.black
    fill: colors.Color | None = None
    low: Sequence[float | None] | None = None
    high: Sequence[float | None] | None = None


# Six styles that stay distinct on a grey-scale printout (line pattern + marker shape).
STYLES: tuple[tuple[tuple[float, ...] | None, str], ...] = (
    (None, "circle"),
    ((4, 2), "square"),
    ((1.2, 1.8), "triangle"),
    ((6, 2, 1.2, 2), "diamond"),
    ((2.5, 2.5), "cross"),
    ((8, 3), "star"),
)
GREYS = (
    colors.black,
    colors.Color(0.1, 0.3, 0.6),
    colors.Color(0.6, 0.2, 0.1),
    colors.Color(0.15, 0.45, 0.2),
    colors.Color(0.45, 0.2, 0.5),
    colors.Color(0.4, 0.4, 0.4),
)


def _wrap(text: str, width: float, font: str, size: float, max_lines: int = 3) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if text_width(trial, font, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
        while text_width(lines[-1] + "…", font, size) > width and len(lines[-1]) > 1:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return lines


def _strings(
    x: float, y: float, text: str, font: str, size: float, anchor: str = "start"
) -> list[String]:
    """text as one String per font run (letters PT Sans lacks come from a fallback font)."""
    pieces = [(REGULAR if f == REGULAR else f, run) for f, run in runs(visual(text))]
    faces = [font if f == REGULAR else f for f, _ in pieces]
    widths = [stringWidth(run, face, size) for (_, run), face in zip(pieces, faces, strict=True)]
    if anchor == "end":
        x -= sum(widths)
    elif anchor == "middle":
        x -= sum(widths) / 2
    out = []
    for (_, run), face, w in zip(pieces, faces, widths, strict=True):
        out.append(String(x, y, run, fontName=face, fontSize=size, fillColor=colors.black))
        x += w
    return out


def _rated_runs(values: Sequence[float | None]) -> list[list[int]]:
    """Axes to join, as runs of neighbours that are all rated, around the circle: all rated
    -> one closed run (its first axis repeated at the end); a single rated axis joins nothing."""
    n = len(values)
    rated = [v is not None for v in values]
    if all(rated):
        return [[*range(n), 0]] if n >= 2 else []
    start = rated.index(False)  # begin after a gap, so no run wraps past the start
    runs_: list[list[int]] = []
    current: list[int] = []
    for step in range(1, n + 1):
        i = (start + step) % n
        if rated[i]:
            current.append(i)
        else:
            if len(current) >= 2:
                runs_.append(current)
            current = []
    if len(current) >= 2:
        runs_.append(current)
    return runs_


@dataclass
class _LabelBox:
    """An axis label: its lines and where it sits (top edge; x at its anchor)."""

    index: int
    lines: list[str]
    anchor: str
    anchor_x: float
    left: float
    right: float
    top: float
    ideal_top: float
    height: float
    upper: bool  # above the centre (or level with it)

    @classmethod
    def at(
        cls,
        i: int,
        n: int,
        label: str,
        cx: float,
        cy: float,
        dist: float,
        label_w: float,
        size: float,
    ) -> _LabelBox:
        angle = math.pi / 2 - 2 * math.pi * i / n
        cos, sin = math.cos(angle), math.sin(angle)
        lx, ly = cx + dist * cos, cy + dist * sin
        # Anchored outwards except at the very top or bottom.
        anchor = "start" if cos > 0.05 else "end" if cos < -0.05 else "middle"
        lines = _wrap(label, label_w, REGULAR, size)
        w = max(text_width(line, REGULAR, size) for line in lines) if lines else 0.0
        h = size * 1.15 * max(len(lines), 1)
        left = lx if anchor == "start" else lx - w if anchor == "end" else lx - w / 2
        # Above the centre a label sits above its axis end, below it below, beside it centred.
        top = ly + h if sin > 0.3 else ly if sin < -0.3 else ly + h / 2
        return cls(i, lines, anchor, lx, left, left + w, top, top, h, sin >= -0.01)

    @property
    def bottom(self) -> float:
        return self.top - self.height

    def beside(self, other: _LabelBox) -> bool:
        """Do the two share some horizontal extent (so one must sit above the other)?"""
        return self.left < other.right + 2 and other.left < self.right + 2


def _place_labels(boxes: list[_LabelBox], gap: float, height: float) -> list[_LabelBox]:
    """Move labels the least distance so none overlaps another. The labels at the very top and
    bottom stay by their axes; the upper half is settled from the top down (each label below
    every settled one it shares width with), the lower half from the bottom up; where the two
    halves meet beside the circle, an overlap is split between them."""
    upper = sorted((b for b in boxes if b.upper), key=lambda b: (b.anchor != "middle", -b.top))
    lower = sorted(
        (b for b in boxes if not b.upper), key=lambda b: (b.anchor != "middle", b.bottom)
    )
    settled: list[_LabelBox] = []
    for box in upper:
        for other in settled:
            if box.beside(other) and box.top > other.bottom - gap:
                box.top = other.bottom - gap
        settled.append(box)
    settled_low: list[_LabelBox] = []
    for box in lower:
        for other in settled_low:
            if box.beside(other) and box.bottom < other.top + gap:
                box.top = other.top + gap + box.height
        settled_low.append(box)
    for low in settled_low:
        for high in settled:
            overlap = low.top + gap - high.bottom
            if low.beside(high) and overlap > 0:
                high.top += overlap / 2
                low.top -= overlap / 2
    for box in boxes:
        box.top = min(max(box.top, box.height), height)
    return boxes


def _marker(kind: str, x: float, y: float, size: float, stroke: colors.Color) -> list[object]:
    s = size
    if kind == "square":
        return [
            Rect(
                x - s,
                y - s,
                2 * s,
                2 * s,
                fillColor=colors.white,
                strokeColor=stroke,
                strokeWidth=0.9,
            )
        ]
    if kind == "triangle":
        return [
            Polygon(
                [x, y + 1.3 * s, x - 1.2 * s, y - s, x + 1.2 * s, y - s],
                fillColor=stroke,
                strokeColor=stroke,
                strokeWidth=0.6,
            )
        ]
    if kind == "diamond":
        return [
            Polygon(
                [x, y + 1.4 * s, x + 1.2 * s, y, x, y - 1.4 * s, x - 1.2 * s, y],
                fillColor=colors.white,
                strokeColor=stroke,
                strokeWidth=0.9,
            )
        ]
    if kind == "cross":
        return [
            Line(x - s, y - s, x + s, y + s, strokeColor=stroke, strokeWidth=1.1),
            Line(x - s, y + s, x + s, y - s, strokeColor=stroke, strokeWidth=1.1),
        ]
    if kind == "star":
        pts = []
        for k in range(10):
            r = 1.5 * s if k % 2 == 0 else 0.65 * s
            a = math.pi / 2 + k * math.pi / 5
            pts += [x + r * math.cos(a), y + r * math.sin(a)]
        return [Polygon(pts, fillColor=stroke, strokeColor=stroke, strokeWidth=0.3)]
    if kind == "none":
        return []
    return [Circle(x, y, s, fillColor=stroke, strokeColor=stroke, strokeWidth=0.5)]


def radar(
    labels: Sequence[str],
    series: Sequence[Series],
    max_level: int,
    *,
    width: float,
    height: float,
    label_size: float = 7.5,
    level_labels: bool = True,
) -> Drawing:
    """A drawing of the series over len(labels) axes, level 0 at the centre."""
    register()
    n = len(labels)
    drawing = Drawing(width, height)
    labelled = any(label.strip() for label in labels)
    # room for labels beside and above the circle (a small chart without labels needs none)
    side, top = (74, 26) if labelled else (4, 4)
    radius = min(width / 2 - side, height / 2 - top)
    # Labels may use the room beside the circle, wrapped to at most three lines.
    label_w = max(70.0, width / 2 - radius - 14)
    cx, cy = width / 2, height / 2

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        dist = radius * value / max_level
        return cx + dist * math.cos(angle), cy + dist * math.sin(angle)

    grey = colors.Color(0.72, 0.72, 0.72)
    for level in range(1, max_level + 1):
        ring = [c for i in range(n) for c in point(i, level)]
        drawing.add(
            Polygon(
                ring,
                fillColor=None,
                strokeColor=grey,
                strokeWidth=0.8 if level == max_level else 0.4,
            )
        )
        if level_labels:
            x, y = point(0, level)
            drawing.add(
                String(
                    x + 2,
                    y + 1.5,
                    str(level),
                    fontName=REGULAR,
                    fontSize=7.5,
                    fillColor=colors.Color(0.4, 0.4, 0.4),
                )
            )
    for i in range(n):
        x, y = point(i, max_level)
        drawing.add(Line(cx, cy, x, y, strokeColor=grey, strokeWidth=0.4))

    for s in series:
        pts = [(i, v) for i, v in enumerate(s.values) if v is not None]
        coords = [c for i, v in pts for c in point(i, v)]
        if s.fill is not None and len(pts) == n:  # a partly rated shape is not an area
            drawing.add(Polygon(coords, fillColor=s.fill, strokeColor=None, strokeWidth=0))
        # Only neighbours both rated are joined: an unrated competency is a gap in the line,
        # not a bridge that looks like a rating in between.
        for run in _rated_runs(s.values):
            path = [c for i in run for c in point(i, s.values[i])]  # type: ignore[arg-type]
            drawing.add(
                PolyLine(
                    path,
                    strokeColor=s.stroke,
                    strokeWidth=s.width,
                    strokeDashArray=list(s.dash) if s.dash else None,
                    strokeLineJoin=1,
                )
            )
        if s.low is not None and s.high is not None:
            for i, (lo, hi) in enumerate(zip(s.low, s.high, strict=True)):
                if lo is None or hi is None or hi - lo < 1e-9:
                    continue
                (x1, y1), (x2, y2) = point(i, lo), point(i, hi)
                drawing.add(Line(x1, y1, x2, y2, strokeColor=s.stroke, strokeWidth=2.6))
                for x, y in ((x1, y1), (x2, y2)):  # end caps across the axis
                    angle = math.pi / 2 - 2 * math.pi * i / n + math.pi / 2
                    dx, dy = 3 * math.cos(angle), 3 * math.sin(angle)
                    drawing.add(
                        Line(x - dx, y - dy, x + dx, y + dy, strokeColor=s.stroke, strokeWidth=1)
                    )
        for i, v in pts:
            x, y = point(i, v)
            for shape in _marker(s.marker, x, y, 2.0, s.stroke):
                drawing.add(shape)

    lead = label_size * 1.15
    boxes = _place_labels(
        [
            _LabelBox.at(i, n, label, cx, cy, radius + 7, label_w, label_size)
            for i, label in enumerate(labels)
        ],
        lead * 0.25,
        height,
    )
    for box in boxes:
        if abs(box.top - box.ideal_top) > lead:  # moved away from its axis: a leader line
            ax, ay = point(box.index, max_level)
            drawing.add(
                Line(
                    ax,
                    ay,
                    box.anchor_x,
                    box.top - label_size * 0.4,
                    strokeColor=grey,
                    strokeWidth=0.4,
                )
            )
        for k, line in enumerate(box.lines):
            baseline = box.top - label_size * 0.85 - k * lead
            for shape in _strings(box.anchor_x, baseline, line, REGULAR, label_size, box.anchor):
                drawing.add(shape)
    return drawing


def legend(series: Sequence[Series], *, width: float, size: float = 8) -> Drawing:
    """A legend that shows each series' line pattern and marker beside its name."""
    register()
    row_h, sample_w = size * 1.9, 34.0
    cols = 2 if len(series) > 3 else 1
    per_col = math.ceil(len(series) / cols)
    drawing = Drawing(width, per_col * row_h + 2)
    col_w = width / cols
    for k, s in enumerate(series):
        col, row = divmod(k, per_col)
        x = col * col_w
        y = drawing.height - (row + 1) * row_h + size * 0.5
        drawing.add(
            Line(
                x,
                y + size * 0.35,
                x + sample_w,
                y + size * 0.35,
                strokeColor=s.stroke,
                strokeWidth=s.width,
                strokeDashArray=list(s.dash) if s.dash else None,
            )
        )
        for shape in _marker(s.marker, x + sample_w / 2, y + size * 0.35, 2.2, s.stroke):
            drawing.add(shape)
        name = s.name
        limit = col_w - sample_w - 10
        while text_width(name, REGULAR, size) > limit and len(name) > 2:
            name = name[:-2] + "…"
        for shape in _strings(x + sample_w + 6, y, name, BOLD if k == 0 else REGULAR, size):
            drawing.add(shape)
    return drawing
