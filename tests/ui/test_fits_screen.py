"""Issue 14: the first start fits the screen, and every action stays reachable at 1024×768 and
1366×768 in both languages. Each size is a process of its own (Qt reads the screen once)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ui.screen_fit import FRAME_H, FRAME_W

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def probe(tmp_path: Path, width: int, height: int, lang: str) -> dict[str, Any]:
    config = tmp_path / f"screen-{width}.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(ROOT),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, str(HERE / "screen_probe.py"), lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def inside(box: dict[str, Any], width: int, height: int) -> bool:
    return (
        box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["w"] <= width
        and box["y"] + box["h"] <= height
    )


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_first_start_fits_the_screen_and_every_action_is_reachable(
    tmp_path: Path, size: tuple[int, int], lang: str
) -> None:
    width, height = size
    seen = probe(tmp_path, width, height, lang)
    assert seen["screen"] == [width, height]
    for window in ("main", "rating"):
        box = seen[window]
        # on the screen, with room left for the title bar and borders a window manager adds
        assert inside(box, width, height), (window, box)
        assert box["w"] <= width - FRAME_W and box["h"] <= height - FRAME_H, (window, box)
        smallest = seen[f"{window}_min"]
        assert smallest[0] <= width - FRAME_W and smallest[1] <= height - FRAME_H, window
    # the candidate page's buttons, Finalise and the live result are on screen, not clipped
    assert len(seen["page_buttons"]) >= 7
    for text, box in seen["page_buttons"].items():
        assert box["visible"] and inside(box, width, height), (text, box)
    for part in ("finalise", "result"):
        assert seen[part]["visible"] and inside(seen[part], width, height), part
    # the last competency is below the fold and reached by scrolling, inside the window
    assert not seen["last_card"]["visible"]
    assert seen["last_card_scrolled"]["visible"]
    assert inside(seen["last_card_scrolled"], width, height)
