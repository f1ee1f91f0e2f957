"""Dashboard charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Three small widgets cover the dashboards: horizontal (optionally stacked) bars for categories,
vertical columns for days and score distributions, and a radar that overlays a few series.
Each sets an accessible description with its numbers, so a screen reader gets the data too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#1d5f8a", "#e08a2c", "#3f9b5a", "#b04a5a", "#7a5fb0", "#5aa0b8", "#9a9a3a")
STATUS_COLOURS = {
    "received": "#6fa8cf",
    "approved": "#3f9b5a",
    "returned": "#e08a2c",
    "has_issues": "#b04a5a",
}


@dataclass(frozen=True)
class Series:
    """One stacked segment kind (or one radar polygon): a name and a colour."""

    name: str
    colour: str


def _nice_max(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 5 x 10^k)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = self.tr("No data yet")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def _begin(self) -> tuple[QPainter, QRectF]:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().windowText().color())
        height = painter.fontMetrics().height()
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        bold.setBold(False)
        painter.setFont(bold)
        return painter, rect.adjusted(0, height + 6, 0, 0)

    def _mirrored(self, outer: QRectF) -> Callable[[float, float, float, float], QRectF]:
        """``box(x, y, w, h)``: a rectangle laid out left to right, mirrored within ``outer`` for
        right-to-left languages (text alignment is mirrored by Qt itself)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def box(x: float, y: float, w: float, h: float) -> QRectF:
            if rtl:
                x = outer.left() + outer.right() - x - w
            return QRectF(x, y, w, h)

        return box

    def _empty(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.palette().mid().color())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)


class BarChart(_Chart):
    """Horizontal bars, one per category, each split into stacked series (or a single one).

    ``percent`` draws values as shares of ``of`` per row (e.g. respondents who answered).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._rows: list[tuple[str, list[float], float | None]] = []
        self._series: list[Series] = [Series("", PALETTE[0])]
        self._percent = False
        self._captions: list[str] | None = None
        self.setMinimumSize(300, 160)

    def set_data(
        self,
        rows: Sequence[tuple[str, Sequence[float]]],
        series: Sequence[Series] | None = None,
        *,
        totals: Sequence[float] | None = None,
        captions: Sequence[str] | None = None,
    ) -> None:
        """``rows``: label and one value per series; ``totals`` switches to percentages;
        ``captions`` replace the numbers printed after the bars."""
        self._captions = list(captions) if captions is not None else None
        self._series = list(series) if series else [Series("", PALETTE[0])]
        self._percent = totals is not None
        self._rows = [
            (label, [float(v) for v in values], None if totals is None else float(totals[i]))
            for i, (label, values) in enumerate(rows)
        ]
        parts = []
        for label, values, total in self._rows:
            if total is not None:
                share = 100 * sum(values) / total if total else 0
                parts.append(f"{label}: {share:.0f}% ({sum(values):g}/{total:g})")
            else:
                parts.append(f"{label}: {sum(values):g}")
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        legend = line + 8 if len(self._series) > 1 else 0
        return QSize(420, int(line * 2 + 12 + legend + max(1, len(self._rows)) * (line + 8)))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, min(self.sizeHint().height(), 220))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, rect = self._begin()
        if not self._rows:
            self._empty(painter, rect)
            painter.end()
            return
        outer = QRectF(rect)
        box = self._mirrored(outer)

        metrics = painter.fontMetrics()
        line = metrics.height()
        text = self.palette().windowText().color()
        start = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if len(self._series) > 1:
            x: float = rect.left()
            for item in self._series:
                painter.fillRect(box(x, rect.top() + 3, 12, line - 6), QColor(item.colour))
                painter.setPen(text)
                width = metrics.horizontalAdvance(item.name) + 4
                painter.drawText(box(x + 16, rect.top(), width, line), int(start), item.name)
                x += width + 28
            rect = rect.adjusted(0, line + 8, 0, 0)
        label_width = min(
            rect.width() * 0.4, max(metrics.horizontalAdvance(r[0]) for r in self._rows) + 10
        )
        captions = self._captions or [
            self._caption(values, total) for _l, values, total in self._rows
        ]
        value_width = max(metrics.horizontalAdvance(c) for c in captions) + 12
        bar_left = rect.left() + label_width
        bar_width = max(20.0, rect.width() - label_width - value_width)
        scale_max = 1.0 if self._percent else max(sum(v) for _l, v, _t in self._rows) or 1.0
        row_height = min(line + 12, max(line + 2, rect.height() / len(self._rows)))
        for index, (label, values, total) in enumerate(self._rows):
            top = rect.top() + index * row_height
            if top + line > rect.bottom() + 2:
                break
            painter.setPen(text)
            painter.drawText(
                box(rect.left(), top, label_width - 8, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 8)),
            )
            x = bar_left
            bar_top = top + 3
            bar_height = row_height - 6
            painter.fillRect(box(bar_left, bar_top, bar_width, bar_height), QColor("#eef1f4"))
            for value, item in zip(values, self._series, strict=False):
                fraction = value / (total or 1) if self._percent else value / scale_max
                length = bar_width * max(0.0, min(1.0, fraction))
                painter.fillRect(box(x, bar_top, length, bar_height), QColor(item.colour))
                x += length
            painter.setPen(text)
            painter.drawText(
                box(bar_left + bar_width + 6, top, value_width, row_height),
                int(start),
                captions[index] if index < len(captions) else "",
            )
        painter.end()

    @staticmethod
    def _caption(values: Sequence[float], total: float | None) -> str:
        amount = sum(values)
        if total is None:
            return f"{amount:g}"
        share = 100 * amount / total if total else 0
        return f"{share:.0f}% ({amount:g}/{total:g})"


class ColumnChart(_Chart):
    """Vertical columns with labels underneath (days, score bins); long axes thin the labels."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._columns: list[tuple[str, float]] = []
        self.colour = PALETTE[0]
        self.setMinimumSize(300, 180)

    def set_data(self, columns: Sequence[tuple[str, float]]) -> None:
        self._columns = [(label, float(value)) for label, value in columns]
        self.setAccessibleDescription("; ".join(f"{lab}: {v:g}" for lab, v in self._columns))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(460, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, rect = self._begin()
        if not self._columns or not any(v for _l, v in self._columns):
            self._empty(painter, rect)
            painter.end()
            return
        outer = QRectF(rect)
        box = self._mirrored(outer)

        metrics = painter.fontMetrics()
        line = metrics.height()
        tick = _nice_max(max(v for _l, v in self._columns) / 4)
        top_value = tick * 4
        axis_width = max(metrics.horizontalAdvance(f"{tick * k:g}") for k in range(5)) + 8
        plot = rect.adjusted(axis_width, line, 0, -(line + 6))
        grid = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        text = self.palette().windowText().color()
        for step in range(5):
            value = tick * step
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(grid)
            rule = box(plot.left(), y, plot.width(), 0)
            painter.drawLine(rule.topLeft(), rule.topRight())
            painter.setPen(text)
            painter.drawText(
                box(rect.left(), y - line / 2, axis_width - 4, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{value:g}",
            )
        count = len(self._columns)
        slot = plot.width() / count
        widest = max(metrics.horizontalAdvance(label) for label, _v in self._columns) + 8
        every = max(1, math.ceil(widest / slot))
        for index, (label, value) in enumerate(self._columns):
            left = plot.left() + index * slot
            height = plot.height() * value / top_value
            painter.fillRect(
                box(left + slot * 0.12, plot.bottom() - height, slot * 0.76, height),
                QColor(self.colour),
            )
            if value and slot > metrics.horizontalAdvance(f"{value:g}") + 2:
                painter.setPen(text)
                painter.drawText(
                    box(left, plot.bottom() - height - line, slot, line),
                    int(Qt.AlignmentFlag.AlignCenter),
                    f"{value:g}",
                )
            if index % every == 0:
                painter.setPen(text)
                painter.drawText(
                    box(left - slot * (every - 1) / 2, plot.bottom() + 4, slot * every, line),
                    int(Qt.AlignmentFlag.AlignCenter),
                    label,
                )
        painter.end()


class MultiRadarChart(_Chart):
    """Scores in [0, 1] on equally spaced axes, several polygons overlaid with a legend."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._axes: list[str] = []
        self._series: list[tuple[Series, list[float | None]]] = []
        self.setMinimumSize(360, 320)

    def set_data(
        self, axes: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
    ) -> None:
        self._axes = list(axes)
        self._series = [
            (Series(name, PALETTE[i % len(PALETTE)]), list(values))
            for i, (name, values) in enumerate(series)
        ]
        parts = []
        for item, values in self._series:
            shown = ", ".join(
                f"{axis} {'—' if v is None else f'{v:.2f}'}"
                for axis, v in zip(self._axes, values, strict=False)
            )
            parts.append(f"{item.name}: {shown}")
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 380)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, rect = self._begin()
        count = len(self._axes)
        if count < 3 or not self._series:
            self._empty(painter, rect)
            painter.end()
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_height = line + 6
        chart = rect.adjusted(0, 0, 0, -legend_height)
        label_room = max(metrics.horizontalAdvance(a) for a in self._axes) + 12
        radius = max(20.0, min(chart.width() / 2 - label_room, chart.height() / 2 - line * 1.6))
        centre = chart.center()
        # right-to-left languages read the axes counter-clockwise (mirrored around the centre)
        side = -1.0 if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 1.0

        def point(index: int, fraction: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * index / count
            return QPointF(
                centre.x() + side * math.cos(angle) * radius * fraction,
                centre.y() + math.sin(angle) * radius * fraction,
            )

        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        for index in range(count):
            painter.drawLine(centre, point(index, 1.0))
        for item, values in self._series:
            colour = QColor(item.colour)
            fill = QColor(colour)
            fill.setAlpha(50)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(fill)
            painter.drawPolygon(
                QPolygonF([point(i, v or 0.0) for i, v in enumerate(values[:count])])
            )
            painter.setBrush(colour)
            for i, v in enumerate(values[:count]):
                if v is not None:
                    painter.drawEllipse(point(i, v), 3, 3)
        painter.setPen(self.palette().windowText().color())
        for index, name in enumerate(self._axes):
            angle = -math.pi / 2 + 2 * math.pi * index / count
            anchor = point(index, 1.0 + 8 / radius)
            width = metrics.horizontalAdvance(name) + 4
            if side * math.cos(angle) > 0.3:
                box = QRectF(anchor.x() + 2, anchor.y() - line / 2, width, line)
            elif side * math.cos(angle) < -0.3:
                box = QRectF(anchor.x() - width - 2, anchor.y() - line / 2, width, line)
            else:
                top = anchor.y() - line if math.sin(angle) < 0 else anchor.y()
                box = QRectF(anchor.x() - width / 2, top, width, line)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), name)
        x = rect.left()
        y = rect.bottom() - line
        start = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for item, _values in self._series:
            width = metrics.horizontalAdvance(item.name) + 4
            swatch = QRectF(x, y + 3, 12, line - 6)
            label = QRectF(x + 16, y, width, line)
            if side < 0:  # the legend starts on the right
                swatch.moveLeft(rect.left() + rect.right() - swatch.right())
                label.moveLeft(rect.left() + rect.right() - label.right())
            painter.fillRect(swatch, QColor(item.colour))
            painter.drawText(label, int(start), item.name)
            x += width + 30
        painter.end()
