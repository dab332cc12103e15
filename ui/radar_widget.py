"""A radar chart painted with QPainter: candidate(s) against the ideal portrait."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class RadarSeries:
    name: str
    values: Sequence[float | None]
    color: QColor
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine
    width: float = 2.0
    fill: bool = False
    low: Sequence[float | None] | None = None
    high: Sequence[float | None] | None = None


PALETTE = (
    QColor(25, 70, 130),
    QColor(170, 60, 30),
    QColor(40, 120, 60),
    QColor(120, 60, 140),
    QColor(90, 90, 90),
    QColor(180, 130, 20),
)
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
    Qt.PenStyle.SolidLine,
)


def rated_runs(values: Sequence[float | None]) -> list[list[int]]:
    """Axes with a value, in runs of neighbours (the last axis neighbours the first), so a line
    joins only competencies next to each other on the chart."""
    n = len(values)
    rated = [v is not None for v in values]
    if all(rated) or not any(rated):
        return [list(range(n))] if all(rated) and n else []
    start = rated.index(False) + 1  # begin just after a gap, so no run wraps in two pieces
    runs: list[list[int]] = []
    current: list[int] = []
    for k in range(n):
        i = (start + k) % n
        if rated[i]:
            current.append(i)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


class RadarWidget(QWidget):
    """Axes per competency, rings per level, the ideal as a grey dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: list[RadarSeries] = []
        self.max_level = 5
        self.show_legend = False
        self.setMinimumSize(260, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 380)

    def set_data(
        self, labels: Sequence[str], series: Sequence[RadarSeries], max_level: int
    ) -> None:
        self.labels, self.series, self.max_level = list(labels), list(series), max_level
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        n = len(self.labels)
        if n < 3:
            painter.end()
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label_w = min(130.0, self.width() * 0.22)
        legend_h = (len(self.series) * metrics.height() * 1.3 + 6) if self.show_legend else 0.0
        height = self.height() - legend_h
        radius = max(30.0, min(self.width() / 2 - label_w - 6, height / 2 - 3.4 * metrics.height()))
        cx, cy = self.width() / 2, height / 2

        def point(i: int, value: float) -> QPointF:
            angle = math.pi / 2 - 2 * math.pi * i / n
            dist = radius * value / self.max_level
            return QPointF(cx + dist * math.cos(angle), cy - dist * math.sin(angle))

        grid = QPen(QColor(190, 190, 190), 1)
        painter.setPen(grid)
        for level in range(1, self.max_level + 1):
            painter.drawPolygon(QPolygonF([point(i, level) for i in range(n)]))
        for i in range(n):
            painter.drawLine(QPointF(cx, cy), point(i, self.max_level))
        painter.setPen(QPen(QColor(120, 120, 120)))
        for level in range(1, self.max_level + 1):
            p = point(0, level)
            painter.drawText(QPointF(p.x() + 3, p.y() - 2), str(level))

        for s in self.series:
            pen = QPen(s.color, s.width)
            pen.setStyle(s.dash)
            painter.setPen(pen)
            pts = [point(i, v) for i, v in enumerate(s.values) if v is not None]
            if s.fill and len(pts) >= 3:
                fill = QColor(s.color)
                fill.setAlpha(40)
                painter.setBrush(QBrush(fill))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(pts) == n:
                painter.drawPolygon(QPolygonF(pts))
            else:  # an unrated competency is a gap in the line, never a point at zero
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for run in rated_runs(s.values):
                    if len(run) >= 2:
                        painter.drawPolyline(QPolygonF([point(i, s.values[i] or 0) for i in run]))
            if s.low is not None and s.high is not None:
                bar = QPen(s.color, 4)
                painter.setPen(bar)
                for i, (lo, hi) in enumerate(zip(s.low, s.high, strict=True)):
                    if lo is not None and hi is not None and hi > lo:
                        painter.drawLine(point(i, lo), point(i, hi))
            painter.setPen(QPen(s.color, 1))
            painter.setBrush(QBrush(s.color))
            for p in pts:
                painter.drawEllipse(p, 2.5, 2.5)

        painter.setPen(QPen(self.palette().text().color()))
        labels = self.labels
        spacing = 2 * math.pi * (radius + 8) / n
        longest_word = max(
            (metrics.horizontalAdvance(w) for t in labels for w in t.split()), default=0.0
        )
        if spacing < 2.6 * metrics.height() or longest_word > label_w:
            # Too tight for names: number the axes; the names are in the tooltip and beside
            # each competency (cards and tables carry the same numbers).
            labels = [str(i + 1) for i in range(n)]
        self.setToolTip("\n".join(f"{i + 1}. {t}" for i, t in enumerate(self.labels)))
        for i, label in enumerate(labels):
            angle = math.pi / 2 - 2 * math.pi * i / n
            cos, sin = math.cos(angle), math.sin(angle)
            anchor = point(i, self.max_level + 0.25)
            rect = QRectF(0, 0, label_w, metrics.height() * 3)
            if cos > 0.05:
                rect.moveLeft(anchor.x())
                align = Qt.AlignmentFlag.AlignLeft
            elif cos < -0.05:
                rect.moveRight(anchor.x())
                align = Qt.AlignmentFlag.AlignRight
            else:
                rect.moveLeft(anchor.x() - label_w / 2)
                align = Qt.AlignmentFlag.AlignHCenter
            if sin > 0.3:
                rect.moveBottom(anchor.y())
                valign = Qt.AlignmentFlag.AlignBottom
            elif sin < -0.3:
                rect.moveTop(anchor.y())
                valign = Qt.AlignmentFlag.AlignTop
            else:
                rect.moveTop(anchor.y() - rect.height() / 2)
                valign = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, int(align | valign | Qt.TextFlag.TextWordWrap), label)
        if self.show_legend:
            self._legend(painter, metrics, height)
        painter.end()

    def _legend(self, painter: QPainter, metrics: QFontMetricsF, top: float) -> None:
        """Line sample and name per series, under the chart."""
        row_h = metrics.height() * 1.3
        for k, s in enumerate(self.series):
            y = top + 4 + k * row_h + row_h / 2
            pen = QPen(s.color, s.width)
            pen.setStyle(s.dash)
            painter.setPen(pen)
            painter.drawLine(QPointF(12, y), QPointF(52, y))
            painter.setPen(QPen(self.palette().text().color()))
            painter.drawText(QPointF(60, y + metrics.ascent() / 2 - 1), s.name)
