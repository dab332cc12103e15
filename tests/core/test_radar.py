"""The spider chart: labels that never collide, unrated competencies as gaps."""

from __future__ import annotations

from reportlab.graphics.shapes import PolyLine, String
from reportlab.lib.units import mm

from kamassess.framework.model import Framework
from kamassess.reports.radar import Series, _LabelBox, _place_labels, _rated_runs, radar

FRAME_W = 180 * mm


def test_runs_join_only_rated_neighbours() -> None:
    assert _rated_runs([1, 2, 3]) == [[0, 1, 2, 0]]  # all rated: closed
    # axis 2 unrated: 3-4-0-1 is one run across the start, nothing bridges 1 to 3
    assert _rated_runs([1, 2, None, 3, 4]) == [[3, 4, 0, 1]]
    # a lone rated axis (4) joins nothing; 0-1 is a run
    assert _rated_runs([1, 2, None, None, 5, None]) == [[0, 1]]
    assert _rated_runs([None, None]) == []


def test_a_chart_with_an_unrated_competency_draws_no_line_through_it(
    framework: Framework,
) -> None:
    labels = [c.name.get("ru") for c in framework.competencies][:6]
    values = [3.0, 4.0, None, 2.0, 3.0, 5.0]
    drawing = radar(labels, [Series("x", values)], 5, width=FRAME_W, height=100 * mm)
    lines = [s for s in drawing.contents if isinstance(s, PolyLine)]
    # the run goes 3 → 4 → 5 → 0 → 1 (five points, ten coordinates); axis 2 is not in it
    assert [len(line.points) for line in lines] == [10]


def _overlap(a: _LabelBox, b: _LabelBox) -> bool:
    return a.left < b.right and b.left < a.right and a.bottom < b.top and b.bottom < a.top


def test_nineteen_long_russian_labels_never_overlap(framework: Framework) -> None:
    names = [c.name.get("ru") for c in framework.competencies]
    labels = (names * 2)[:19]
    size, height = 7.5, 112 * mm
    radius = min(FRAME_W / 2 - 74, height / 2 - 26)
    label_w = max(70.0, FRAME_W / 2 - radius - 14)
    boxes = [
        _LabelBox.at(i, 19, label, FRAME_W / 2, height / 2, radius + 7, label_w, size)
        for i, label in enumerate(labels)
    ]
    placed = _place_labels(boxes, size * 0.25, height)
    assert not [(a.index, b.index) for a in placed for b in placed if a.index < b.index
                and _overlap(a, b)]  # fmt: skip
    assert all(b.bottom >= 0 and b.top <= height for b in placed)  # inside the drawing
    drawing = radar(labels, [], 5, width=FRAME_W, height=height)
    sizes = {s.fontSize for s in drawing.contents if isinstance(s, String) and s.text.strip()}
    assert min(sizes) >= 7.5  # every chart label, ring numbers too, at 7.5 pt at least
