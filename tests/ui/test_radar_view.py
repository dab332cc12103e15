"""Issue 14: the radar on the candidate's page has a legend, and an unrated competency is a gap
in the candidate's line (never a chord across it, never a point at zero)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.radar_widget import RadarSeries, RadarWidget, rated_runs

RED = QColor(200, 0, 0)


def reddish(image: QImage, x: int, y: int, around: int = 2) -> bool:
    for dx in range(-around, around + 1):
        for dy in range(-around, around + 1):
            c = image.pixelColor(x + dx, y + dy)
            if c.red() > 150 and c.green() < 90 and c.blue() < 90:
                return True
    return False


def test_runs_of_rated_neighbours_wrap_around() -> None:
    assert rated_runs([3, 3, None, 3, 3, 3]) == [[3, 4, 5, 0, 1]]
    assert rated_runs([3, None, 3, None, 3, 3]) == [[2], [4, 5, 0]]
    assert rated_runs([None, None, None]) == []
    assert rated_runs([1, 2, 3]) == [[0, 1, 2]]


def test_an_unrated_competency_is_a_gap_in_the_drawn_line(qtbot: QtBot) -> None:
    radar = RadarWidget()
    qtbot.addWidget(radar)
    radar.resize(400, 400)
    values = [3.0, 3.0, None, 3.0, 3.0, 3.0]
    radar.set_data([f"c{i}" for i in range(6)], [RadarSeries("x", values, RED)], 5)
    image = radar.grab().toImage()
    cx, cy = radar.width() / 2, radar.height() / 2
    # Find where the line crosses the upward axis (competency 1 at the top): level 3's radius.
    top = next(y for y in range(int(cy)) if reddish(image, int(cx), y, 0))
    rho = cy - top
    # Axes every 60° clockwise from the top: no. 2 is at 30° above the right-hand horizontal,
    # no. 3 (unrated) 30° below it, no. 4 straight down. The chord 2–4 would cross the point
    # halfway between them; the drawn segment 4–5 crosses halfway between those.
    p2 = (cx + rho * 0.866, cy - rho * 0.5)
    p4 = (cx, cy + rho)
    p5 = (cx - rho * 0.866, cy + rho * 0.5)
    chord = ((p2[0] + p4[0]) / 2, (p2[1] + p4[1]) / 2)
    drawn = ((p4[0] + p5[0]) / 2, (p4[1] + p5[1]) / 2)
    assert reddish(image, int(drawn[0]), int(drawn[1]))
    assert not reddish(image, int(chord[0]), int(chord[1]))


def test_the_candidate_pages_radar_has_a_legend(qtbot: QtBot, window: MainWindow) -> None:
    window.candidates.select("c-001")
    radar = window.candidates.page.result.radar
    assert radar.show_legend
    names = [s.name for s in radar.series]
    assert names == ["Ideal portrait", window.ws.store.candidate("c-001").name]
    image = radar.grab().toImage()
    colour = radar.series[1].color
    # the legend's line sample for the candidate, under the chart at the left
    bottom = range(image.height() - 60, image.height())
    assert any(image.pixelColor(30, y) == colour for y in bottom)
