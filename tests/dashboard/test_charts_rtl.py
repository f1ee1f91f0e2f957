"""Charts read right to left in Arabic: bars grow from the right, the first column and the value
axis are on the right, radar axes go round counter-clockwise and the legend starts on the
right. Checked on the rendered pixels of each chart in both directions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldapp.ui.charts import PALETTE, BarChart, ColumnChart, MultiRadarChart

WIDTH, HEIGHT = 480, 360


def _render(qtbot: QtBot, chart: QWidget, direction: Qt.LayoutDirection) -> QImage:
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.resize(WIDTH, HEIGHT)
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _columns_with(image: QImage, colour: str, top: int = 0, bottom: int | None = None) -> list[int]:
    """x of every pixel column holding ``colour`` (within rows top..bottom)."""
    want = QColor(colour).rgb() & 0xFFFFFF
    bottom = image.height() if bottom is None else bottom
    xs = []
    for x in range(image.width()):
        if any((image.pixel(x, y) & 0xFFFFFF) == want for y in range(top, bottom, 2)):
            xs.append(x)
    return xs


def _mean(xs: list[int]) -> float:
    assert xs, "colour not drawn"
    return sum(xs) / len(xs)


def _mirrored(left: list[int], right: list[int]) -> None:
    """The two renderings are mirror images of each other (within anti-aliasing)."""
    assert abs((WIDTH - 1 - _mean(left)) - _mean(right)) < 6


def test_column_chart_mirrors(qtbot: QtBot) -> None:
    def chart() -> ColumnChart:
        made = ColumnChart("Interviews per day")
        made.set_data([("1 May", 8), ("2 May", 0), ("3 May", 0), ("4 May", 0)])
        return made

    ltr = _columns_with(_render(qtbot, chart(), Qt.LayoutDirection.LeftToRight), PALETTE[0])
    rtl = _columns_with(_render(qtbot, chart(), Qt.LayoutDirection.RightToLeft), PALETTE[0])
    assert _mean(ltr) < WIDTH / 3  # the only column, first, is at the start of the axis
    assert _mean(rtl) > 2 * WIDTH / 3
    _mirrored(ltr, rtl)


def test_radar_chart_mirrors(qtbot: QtBot) -> None:
    def chart() -> MultiRadarChart:
        made = MultiRadarChart("IPL dimensions")
        made.set_data(
            ["Psychological", "Social", "Economic", "Political", "Linguistic", "Navigational"],
            [("Team", [0.0, 1.0, 0.0, 0.0, 0.0, 0.0]), ("ana", [0.0, 0.0, 0.0, 0.0, 0.0, 0.0])],
        )
        return made

    colour = PALETTE[0]
    plot_bottom = HEIGHT - 40  # above the legend
    ltr_image = _render(qtbot, chart(), Qt.LayoutDirection.LeftToRight)
    rtl_image = _render(qtbot, chart(), Qt.LayoutDirection.RightToLeft)
    ltr = _columns_with(ltr_image, colour, 30, plot_bottom)
    rtl = _columns_with(rtl_image, colour, 30, plot_bottom)
    assert _mean(ltr) > WIDTH / 2  # the second axis (Social) is clockwise: to the right
    assert _mean(rtl) < WIDTH / 2  # counter-clockwise in Arabic: to the left
    _mirrored(ltr, rtl)
    # the legend's first swatch starts on the reading side
    legend_ltr = _columns_with(ltr_image, colour, plot_bottom + 10, HEIGHT)
    legend_rtl = _columns_with(rtl_image, colour, plot_bottom + 10, HEIGHT)
    assert _mean(legend_ltr) < WIDTH / 4 and _mean(legend_rtl) > 3 * WIDTH / 4


def test_bar_chart_mirrors(qtbot: QtBot) -> None:
    def chart() -> BarChart:
        made = BarChart("Interviews per enumerator")
        made.set_data([("ana", [3.0]), ("ben", [6.0])])
        return made

    ltr = _columns_with(_render(qtbot, chart(), Qt.LayoutDirection.LeftToRight), PALETTE[0])
    rtl = _columns_with(_render(qtbot, chart(), Qt.LayoutDirection.RightToLeft), PALETTE[0])
    _mirrored(ltr, rtl)
