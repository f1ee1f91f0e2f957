"""Draw the app icon (fieldapp.png, 256 px) with QPainter; run once after changing the design.

QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/draw_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1d5f8a"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(62 * s, 48 * s, 132 * s, 168 * s), 14 * s, 14 * s)
    p.setBrush(QColor("#6fa8cf"))
    p.drawRoundedRect(QRectF(96 * s, 36 * s, 64 * s, 28 * s), 8 * s, 8 * s)
    pen = QPen(QColor("#1d5f8a"), 16 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath(QPointF(92 * s, 136 * s))
    tick.lineTo(QPointF(118 * s, 162 * s))
    tick.lineTo(QPointF(166 * s, 104 * s))
    p.drawPath(tick)
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    out = Path(__file__).with_name("fieldapp.png")
    draw().save(str(out))
    print(out)
