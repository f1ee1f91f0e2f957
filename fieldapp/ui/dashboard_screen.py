"""Supervisor dashboards: fieldwork progress, IPL integration scores and diaspora profiles.

The numbers come from ``fieldapp.core.dashboard`` (computed on a worker thread by the caller);
this screen only draws them with the QPainter charts of ``charts.py``. Choice codes are shown
with the form's own labels in the UI language through the ``label`` callable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.dashboard import CONTRIBUTION_CHANNELS, HISTOGRAM_BINS, TeamDashboard
from fieldapp.core.scoring.ipl_items import DIMENSIONS
from fieldapp.ui.charts import STATUS_COLOURS, BarChart, ColumnChart, MultiRadarChart, Series

TOP_CATEGORIES = 12
Labeller = Callable[[str, str], str]  # (question name, code) -> label in the UI language


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


class DashboardScreen(QWidget):
    """Three tabs of charts; Refresh asks the window to aggregate again."""

    refresh_requested = Signal()

    def __init__(
        self,
        label: Labeller,
        dimension_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboards")
        self._label = label
        self._dimensions = dimension_names
        self._data: TeamDashboard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 4, 0)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        top.addWidget(self.status, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Recompute the charts from the submissions"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self._build_progress()
        self._build_ipl()
        self._build_diaspora()

    # -- layout ------------------------------------------------------------------------------
    def _build_progress(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.per_enumerator = BarChart(self.tr("Interviews per enumerator"))
        self.per_day = ColumnChart(self.tr("Interviews received per day"))
        self.per_form = BarChart(self.tr("Interviews per form"))
        grid.addWidget(self.per_enumerator, 0, 0)
        grid.addWidget(self.per_form, 0, 1)
        grid.addWidget(self.per_day, 1, 0, 1, 2)
        self.tabs.addTab(_scroll(page), self.tr("Progress"))

    def _build_ipl(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Compare the team with")))
        self.ipl_group = QComboBox()
        self.ipl_group.setAccessibleName(self.tr("Compare the team with"))
        self.ipl_group.currentIndexChanged.connect(self._draw_radar)
        controls.addWidget(self.ipl_group, 1)
        controls.addSpacing(20)
        controls.addWidget(QLabel(self.tr("Distribution of")))
        self.ipl_measure = QComboBox()
        self.ipl_measure.setAccessibleName(self.tr("Distribution of"))
        self.ipl_measure.addItem(self.tr("Integration index"), "index")
        for name in DIMENSIONS:
            self.ipl_measure.addItem(self._dimensions.get(name, name.title()), name)
        self.ipl_measure.currentIndexChanged.connect(self._draw_distribution)
        controls.addWidget(self.ipl_measure, 1)
        grid.addLayout(controls, 0, 0, 1, 2)
        self.ipl_summary = QLabel()
        self.ipl_summary.setObjectName("hint")
        self.ipl_summary.setWordWrap(True)
        grid.addWidget(self.ipl_summary, 1, 0, 1, 2)
        self.radar = MultiRadarChart(self.tr("Mean score by dimension (0 to 1)"))
        self.distribution = ColumnChart(self.tr("Respondents by score"))
        self.by_country = BarChart(self.tr("Mean integration index by country"))
        grid.addWidget(self.radar, 2, 0, 2, 1)
        grid.addWidget(self.distribution, 2, 1)
        grid.addWidget(self.by_country, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.tabs.addTab(_scroll(page), self.tr("Integration (IPL)"))

    def _build_diaspora(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.diaspora_summary = QLabel()
        self.diaspora_summary.setObjectName("hint")
        self.diaspora_summary.setWordWrap(True)
        grid.addWidget(self.diaspora_summary, 0, 0, 1, 2)
        self.residence = BarChart(self.tr("Countries of residence"))
        self.channels = BarChart(self.tr("Contributes to the origin country through"))
        self.willingness = BarChart(self.tr("Willing to contribute"))
        self.modes = BarChart(self.tr("Ways they would contribute"))
        self.skills_field = BarChart(self.tr("Field of education"))
        self.skills_sector = BarChart(self.tr("Sector of work"))
        for index, chart in enumerate(
            (
                self.residence,
                self.channels,
                self.willingness,
                self.modes,
                self.skills_field,
                self.skills_sector,
            )
        ):
            grid.addWidget(chart, 1 + index // 2, index % 2)
        self.tabs.addTab(_scroll(page), self.tr("Diaspora"))

    # -- data --------------------------------------------------------------------------------
    def show_busy(self, text: str) -> None:
        self.refresh_button.setEnabled(False)
        self.status.setText(text)

    def show_error(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(message)

    def show_dashboard(self, data: TeamDashboard) -> None:
        self._data = data
        self.refresh_button.setEnabled(True)
        self.status.setText(
            self.tr("{n} submission(s) in the charts.").replace("{n}", str(data.progress.total))
        )
        self._draw_progress(data)
        self.ipl_group.blockSignals(True)
        self.ipl_group.clear()
        self.ipl_group.addItem(self.tr("(team only)"), ("team", ""))
        for name in sorted(data.ipl.by_enumerator):
            self.ipl_group.addItem(
                self.tr("Enumerator {name}").replace("{name}", name), ("enumerator", name)
            )
        for name in sorted(data.ipl.by_country):
            self.ipl_group.addItem(
                self.tr("Country {name}").replace("{name}", name), ("country", name)
            )
        self.ipl_group.blockSignals(False)
        self.ipl_group.setCurrentIndex(1 if self.ipl_group.count() > 1 else 0)
        self._draw_radar()
        self._draw_distribution()
        self._draw_countries(data)
        self._draw_diaspora(data)

    def _statuses(self) -> list[tuple[str, Series]]:
        names = {
            "received": self.tr("To review"),
            "approved": self.tr("Approved"),
            "returned": self.tr("Returned"),
            "has_issues": self.tr("Has issues"),
        }
        return [(key, Series(names[key], colour)) for key, colour in STATUS_COLOURS.items()]

    def _draw_progress(self, data: TeamDashboard) -> None:
        statuses = self._statuses()
        series = [item for _key, item in statuses]

        def rows(counters: dict[str, Any]) -> list[tuple[str, list[float]]]:
            ordered = sorted(counters.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
            return [
                (name, [float(counter.get(key, 0)) for key, _s in statuses])
                for name, counter in ordered
            ]

        self.per_enumerator.set_data(rows(data.progress.by_enumerator), series)
        self.per_form.set_data(rows(data.progress.by_form), series)
        self.per_day.set_data(
            [(day.strftime("%d/%m"), float(n)) for day, n in data.progress.days()]
        )

    def _draw_radar(self) -> None:
        if self._data is None:
            return
        ipl = self._data.ipl
        axes = [self._dimensions.get(name, name.title()) for name in DIMENSIONS]
        series: list[tuple[str, list[float | None]]] = []
        if ipl.team.n:
            team_name = self.tr("Team (n={n})").replace("{n}", str(ipl.team.n))
            series.append((team_name, list(ipl.team.means().values())))
        kind, name = self.ipl_group.currentData() or ("team", "")
        groups = ipl.by_enumerator if kind == "enumerator" else ipl.by_country
        if kind != "team" and name in groups:
            group = groups[name]
            series.append((f"{name} (n={group.n})", list(group.means().values())))
        self.radar.set_data(axes, series)
        index = ipl.team.index_mean
        text = self.tr("{n} scored interview(s); mean integration index {value}.")
        text = text.replace("{n}", str(ipl.team.n)).replace(
            "{value}", "—" if index is None else f"{index:.2f}"
        )
        if ipl.not_consented:
            text += " " + self.tr("{n} without consent (not scored).").replace(
                "{n}", str(ipl.not_consented)
            )
        if ipl.unreadable:
            text += " " + self.tr("{n} could not be read.").replace("{n}", str(ipl.unreadable))
        self.ipl_summary.setText(text)

    def _draw_distribution(self) -> None:
        if self._data is None:
            return
        measure = self.ipl_measure.currentData()
        ipl = self._data.ipl
        counts = ipl.index_histogram if measure == "index" else ipl.dimension_histograms[measure]
        width = 1 / HISTOGRAM_BINS
        self.distribution.set_data(
            [(f"{i * width:.1f}", float(count)) for i, count in enumerate(counts)]
        )

    def _draw_countries(self, data: TeamDashboard) -> None:
        rows = []
        captions = []
        for name, group in sorted(data.ipl.by_country.items()):
            if group.index_mean is not None:
                rows.append((f"{name} (n={group.index_n})", [group.index_mean]))
                captions.append(f"{group.index_mean:.2f}")
        self.by_country.set_data(rows, totals=[1.0] * len(rows), captions=captions)

    def _draw_diaspora(self, data: TeamDashboard) -> None:
        profile = data.diaspora
        text = self.tr("{n} respondent(s) eligible and consenting.").replace(
            "{n}", str(profile.respondents)
        )
        if profile.screened_out:
            text += " " + self.tr("{n} screened out or without consent.").replace(
                "{n}", str(profile.screened_out)
            )
        self.diaspora_summary.setText(text)
        self.residence.set_data(self._top("residence_country", profile.residence))
        channel_names = {
            "remittances": self.tr("Remittances"),
            "investment": self.tr("Investment"),
            "trade": self.tr("Trade"),
            "philanthropy": self.tr("Philanthropy"),
            "tourism": self.tr("Tourism (visits)"),
        }
        self.channels.set_data(
            [(channel_names[c], [float(profile.channels[c])]) for c in CONTRIBUTION_CHANNELS],
            totals=[float(profile.channels_answered[c]) for c in CONTRIBUTION_CHANNELS],
        )
        self.willingness.set_data(self._top("willing_contribute", profile.willingness))
        self.modes.set_data(self._top("contrib_modes", profile.contribution_modes))
        self.skills_field.set_data(self._top("education_field", profile.skills["education_field"]))
        self.skills_sector.set_data(self._top("work_sector", profile.skills["work_sector"]))

    def _top(self, question: str, counter: Any) -> list[tuple[str, list[float]]]:
        ordered = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        rows = [(self._label(question, code), [float(n)]) for code, n in ordered[:TOP_CATEGORIES]]
        rest = sum(n for _code, n in ordered[TOP_CATEGORIES:])
        if rest:
            rows.append((self.tr("Others"), [float(rest)]))
        return rows
