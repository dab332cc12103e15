"""Draw the application icon (a radar of a candidate against the ideal portrait) as PNG and ICO.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

writes packaging/icons/kamassess.png (256 px) and kamassess.ico (16-256 px, PNG-compressed entries,
which Windows reads since Vista). Both outputs are committed; run this only to change the drawing.
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF

OUT = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAVY, WHITE, ORANGE = QColor("#1f3a5f"), QColor("#ffffff"), QColor("#f29a2e")


def polygon(cx: float, cy: float, radii: list[float]) -> QPolygonF:
    """A pentagon-based radar shape: one vertex per radius, the first pointing up."""
    n = len(radii)
    return QPolygonF(
        [
            QPointF(
                cx + r * math.cos(-math.pi / 2 + 2 * math.pi * i / n),
                cy + r * math.sin(-math.pi / 2 + 2 * math.pi * i / n),
            )
            for i, r in enumerate(radii)
        ]
    )


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(NAVY)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    cx, cy, r = 128 * s, 136 * s, 92 * s
    # The ideal portrait: a white outline; at small sizes only it, thicker, stays readable.
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(
        QPen(
            WHITE,
            max(1.5, 10 * s),
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    p.drawPolygon(polygon(cx, cy, [r] * 5))
    # The candidate: a filled shape short of the ideal in places.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ORANGE)
    p.drawPolygon(polygon(cx, cy, [r * f for f in (0.92, 0.62, 0.85, 0.5, 0.75)]))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO container: header, one directory entry per image, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(exist_ok=True)
    images = [png_bytes(draw(size)) for size in SIZES]
    (OUT / "kamassess.png").write_bytes(images[-1])
    (OUT / "kamassess.ico").write_bytes(ico(images, SIZES))
    print(f"wrote {OUT / 'kamassess.png'} and {OUT / 'kamassess.ico'} ({len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
