"""The end of the form: what is still missing or wrong, the IPL scores, and finalize."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.engine.api import Problem
from fieldapp.core.engine.markup import to_plain_text
from fieldapp.ui.radar_chart import RadarChart


@dataclass(frozen=True)
class ScoreSummary:
    """Dimension scores (None: no answered item) and the index (None: incomplete)."""

    axes: tuple[tuple[str, float | None], ...]
    index: float | None
    note: str = ""


class SummaryPage(QWidget):
    jump_requested = Signal(str)
    finalize_requested = Signal()
    save_requested = Signal()

    def __init__(self, problems: list[Problem], scores: ScoreSummary | None, name: str) -> None:
        super().__init__()
        self.setObjectName("summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("End of the form"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        if name:
            label = QLabel(self.tr("Interview: {name}").replace("{name}", name))
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Questions to fix before finalizing"))
        if problems:
            text = self.tr("{count} question(s) need attention. Press Enter on one to go there.")
            intro = QLabel(text.replace("{count}", str(len(problems))))
            intro.setObjectName("error")
            intro.setWordWrap(True)
            layout.addWidget(intro)
            for problem in problems:
                mark = "!" if problem.kind == "required" else "✗"
                title = to_plain_text(problem.label) or problem.ref
                item = QListWidgetItem(f"{mark} {title} — {problem.message}")
                item.setData(Qt.ItemDataRole.UserRole, problem.ref)
                item.setToolTip(problem.ref)
                self.problems.addItem(item)
            self.problems.setCurrentRow(0)
            self.problems.itemActivated.connect(
                lambda item: self.jump_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
            )
            self.problems.setMaximumHeight(min(60 + 24 * len(problems), 260))
            layout.addWidget(self.problems)
        else:
            done = QLabel(
                self.tr("All required questions are answered. You can finalize the form.")
            )
            done.setObjectName("ok")
            done.setWordWrap(True)
            layout.addWidget(done)
            self.problems.hide()
        self.chart: RadarChart | None = None
        if scores is not None:
            self._add_scores(layout, scores)
        buttons = QHBoxLayout()
        self.finalize_button = QPushButton(self.tr("Finalize"))
        self.finalize_button.setObjectName("primary")
        self.finalize_button.setEnabled(not problems)
        self.finalize_button.setToolTip(
            self.tr("Mark the interview as complete and move it to Ready to send")
            if not problems
            else self.tr("Fix the questions listed above first")
        )
        self.finalize_button.clicked.connect(self.finalize_requested)
        self.save_button = QPushButton(self.tr("Save as draft and close"))
        self.save_button.clicked.connect(self.save_requested)
        buttons.addWidget(self.finalize_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._has_problems = bool(problems)

    def _add_scores(self, layout: QVBoxLayout, scores: ScoreSummary) -> None:
        heading = QLabel(self.tr("Integration scores"))
        heading.setObjectName("subheading")
        layout.addWidget(heading)
        self.chart = RadarChart()
        self.chart.set_scores(list(scores.axes))
        layout.addWidget(self.chart)
        if scores.index is None:
            text = self.tr("Index: not computed — every dimension needs at least one answer.")
        else:
            text = self.tr("IPL Integration Index: {value}").replace(
                "{value}", f"{scores.index:.2f}"
            )
        self.index_label = QLabel(text)
        self.index_label.setObjectName("indexValue")
        layout.addWidget(self.index_label)
        if scores.note:
            note = QLabel(scores.note)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(note)

    def focus_primary(self) -> None:
        if self._has_problems:
            self.problems.setFocus()
        else:
            self.finalize_button.setFocus()
