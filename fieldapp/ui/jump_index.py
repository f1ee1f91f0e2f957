"""The jump index (Ctrl+J): the form as a tree marking answered, required-but-empty and invalid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.engine.api import IndexEntry, QuestionState
from fieldapp.core.engine.markup import to_plain_text

_COLORS = {
    QuestionState.ANSWERED: "#1e7b34",
    QuestionState.REQUIRED_EMPTY: "#b35c00",
    QuestionState.INVALID: "#b00020",
    QuestionState.EMPTY: "",
}


class JumpIndexDialog(QDialog):
    """Pick a question or group to jump to; type to filter, Enter to go."""

    def __init__(
        self, entries: list[IndexEntry], current_ref: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to a question"))
        self.setObjectName("jumpIndex")
        self.resize(620, 560)
        self.chosen_ref: str | None = None
        layout = QVBoxLayout(self)
        legend = QLabel(self.tr("✓ answered    ! required, not answered    ✗ answer not accepted"))
        legend.setObjectName("hint")
        layout.addWidget(legend)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setAccessibleName(self.tr("Filter questions"))
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("indexTree")
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Questions of the form"))
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Go"))
        buttons.accepted.connect(lambda: self._activated(self.tree.currentItem(), 0))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(entries, current_ref)
        self.tree.setFocus()

    def _state_text(self, state: QuestionState) -> str:
        return {
            QuestionState.ANSWERED: "✓ " + self.tr("answered"),
            QuestionState.REQUIRED_EMPTY: "! " + self.tr("required"),
            QuestionState.INVALID: "✗ " + self.tr("invalid"),
            QuestionState.EMPTY: "",
        }[state]

    def _fill(self, entries: list[IndexEntry], current_ref: str | None) -> None:
        parents: list[QTreeWidgetItem] = []
        current_item: QTreeWidgetItem | None = None
        for entry in entries:
            if not entry.relevant:
                continue
            depth = min(entry.depth, len(parents))
            del parents[depth:]
            label = to_plain_text(entry.label) or entry.ref.rsplit("/", 1)[-1]
            item = QTreeWidgetItem(
                [label, self._state_text(entry.state) if entry.kind == "question" else ""]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.ref)
            item.setToolTip(0, entry.ref)
            color = _COLORS[entry.state]
            if color and entry.kind == "question":
                item.setForeground(1, QBrush(QColor(color)))
            if parents:
                parents[-1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            if entry.kind != "question":
                parents.append(item)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            if entry.ref == current_ref:
                current_item = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, 440)
        if current_item is not None:
            self.tree.setCurrentItem(current_item)
            self.tree.scrollToItem(current_item)
        elif (top := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(top)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()

        def visit(item: QTreeWidgetItem) -> bool:
            child_visible = False
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    child_visible = visit(child) or child_visible
            own = not needle or needle in item.text(0).casefold()
            item.setHidden(not (own or child_visible))
            return own or child_visible

        first: QTreeWidgetItem | None = None
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                visit(top)
        iterator = self.tree.topLevelItem(0)
        while iterator is not None:
            if not iterator.isHidden() and needle and needle in iterator.text(0).casefold():
                first = iterator
                break
            iterator = self.tree.itemBelow(iterator)
        if first is not None:
            self.tree.setCurrentItem(first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.tree.currentItem(), 0)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.tree.setFocus()
            self.tree.keyPressEvent(event)
            return True
        return False

    def _activated(self, item: QTreeWidgetItem | None, _column: int) -> None:
        if item is None:
            return
        self.chosen_ref = str(item.data(0, Qt.ItemDataRole.UserRole))
        self.accept()
