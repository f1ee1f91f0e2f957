"""A radar (spider) chart drawn with QPainter: QtCharts is not part of PySide6-Essentials."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget


class RadarChart(QWidget):
    """Scores in [0, 1] on equally spaced axes; a missing score is drawn as a gap at the centre."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[tuple[str, float | None]] = []
        self.setMinimumSize(320, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Integration scores by dimension"))

    def set_scores(self, axes: list[tuple[str, float | None]]) -> None:
        self._axes = list(axes)
        description = "; ".join(
            f"{name}: {'—' if value is None else f'{value:.2f}'}" for name, value in axes
        )
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        count = len(self._axes)
        if count < 3:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        font = QFont(self.font())
        metrics_height = painter.fontMetrics().height()
        radius = max(10.0, min(rect.width() / 2 - 180, rect.height() / 2 - metrics_height * 2.6))
        centre = rect.center()
        grid_pen = QPen(self.palette().mid().color(), 1)
        text_color = self.palette().windowText().color()

        def point(index: int, fraction: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * index / count
            return QPointF(
                centre.x() + math.cos(angle) * radius * fraction,
                centre.y() + math.sin(angle) * radius * fraction,
            )

        painter.setPen(grid_pen)
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        for index in range(count):
            painter.drawLine(centre, point(index, 1.0))

        fill = QColor("#2a7ab0")
        fill.setAlpha(90)
        shape = QPolygonF([point(i, value or 0.0) for i, (_name, value) in enumerate(self._axes)])
        painter.setPen(QPen(QColor("#1d5f8a"), 2))
        painter.setBrush(fill)
        painter.drawPolygon(shape)
        painter.setBrush(QColor("#1d5f8a"))
        for index, (_name, value) in enumerate(self._axes):
            if value is not None:
                painter.drawEllipse(point(index, value), 3.5, 3.5)

        painter.setFont(font)
        painter.setPen(text_color)
        for index, (name, value) in enumerate(self._axes):
            angle = -math.pi / 2 + 2 * math.pi * index / count
            anchor = point(index, 1.0 + 10 / radius)
            text = f"{name}\n{'—' if value is None else f'{value:.2f}'}"
            height = metrics_height * 2.2
            if math.cos(angle) > 0.3:  # right side: text starts at the axis end
                box = QRectF(anchor.x() + 4, anchor.y() - height / 2, 170, height)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            elif math.cos(angle) < -0.3:  # left side: text ends at the axis end
                box = QRectF(anchor.x() - 174, anchor.y() - height / 2, 170, height)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:  # top or bottom
                top = anchor.y() - height if math.sin(angle) < 0 else anchor.y()
                box = QRectF(anchor.x() - 85, top, 170, height)
                align = Qt.AlignmentFlag.AlignCenter
            painter.drawText(box, int(align), text)
        painter.end()
