"""The review queue as a Qt table model that pages lazily over the store's review query.

The model knows the total row count of the current filter (from the first page) and keeps a
small window of pages in memory; a row outside the window is fetched (one indexed page, a few
milliseconds) when the view asks for it. So a queue of 100k submissions opens as fast as a
queue of 50, the scroll bar is true to size, and only the visible pages are ever decrypted.
Sorting maps to the store's index-backed sorts; other columns are not sortable.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fieldapp.core.store import ReviewPage, ReviewQuery, ReviewSummary

PAGE_SIZE = 100
MAX_PAGES = 30  # pages kept in memory (3000 rows): enough for a screen and its neighbours

Fetch = Callable[[ReviewQuery], ReviewPage]
FlagNames = Callable[[int], list[str]]

COLUMNS = ("name", "status", "flags", "form", "enumerator", "received", "comments")
SORT_KEYS: dict[int, str] = {4: "enumerator", 5: "received_at"}
STATUS_COLOURS = {
    "received": "#1d5f8a",
    "approved": "#1e7b34",
    "returned": "#9a5b00",
    "has_issues": "#b00020",
}
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def status_names() -> dict[str, str]:
    return {
        "received": QCoreApplication.translate("ReviewModel", "To review"),
        "approved": QCoreApplication.translate("ReviewModel", "Approved"),
        "returned": QCoreApplication.translate("ReviewModel", "Returned"),
        "has_issues": QCoreApplication.translate("ReviewModel", "Has issues"),
    }


def short_stamp(stamp: str) -> str:
    """Store stamps are UTC ISO 8601; the queue shows local date and minute."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class ReviewQueueModel(QAbstractTableModel):
    """Rows of the current :class:`ReviewQuery`, fetched a page at a time on demand."""

    def __init__(
        self,
        fetch: Fetch,
        flag_names: FlagNames,
        form_titles: Callable[[str], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._flag_names = flag_names
        self._form_titles = form_titles or (lambda form_id: form_id)
        self._query = ReviewQuery(limit=PAGE_SIZE)
        self._total = 0
        self._pages: OrderedDict[int, tuple[ReviewSummary, ...]] = OrderedDict()
        self._statuses = status_names()
        self.fetches = 0  # pages read from the store (tests and benchmarks look)
        self._headers = (
            self.tr("Respondent"),
            self.tr("Status"),
            self.tr("Flags"),
            self.tr("Form"),
            self.tr("Enumerator"),
            self.tr("Received"),
            self.tr("Comments"),
        )

    # -- query -------------------------------------------------------------------------------
    @property
    def query(self) -> ReviewQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ReviewQuery) -> None:
        """New filter or sort: reset and read the first page (its count sizes the table)."""
        self.beginResetModel()
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        self._pages.clear()
        first = self._fetch(self._query)
        self.fetches += 1
        self._total = first.total
        self._pages[0] = first.rows
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def _page(self, number: int) -> tuple[ReviewSummary, ...]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        page = self._fetch(replace(self._query, offset=number * PAGE_SIZE, limit=PAGE_SIZE))
        self.fetches += 1
        self._pages[number] = page.rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page.rows

    def row(self, row: int) -> ReviewSummary | None:
        if not 0 <= row < self._total:
            return None
        rows = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def find(self, instance_id: str) -> int:
        """Row of an instance among the pages in memory (-1 when not loaded)."""
        for number, rows in self._pages.items():
            for offset, summary in enumerate(rows):
                if summary.instance_id == instance_id:
                    return number * PAGE_SIZE + offset
        return -1

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        summary = self.row(index.row())
        if summary is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == ID_ROLE:
            return summary.instance_id
        if role == ROW_ROLE:
            return summary
        if role == Qt.ItemDataRole.ToolTipRole and column == "flags":
            return "\n".join(self._flag_names(summary.flags)) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "form":
            return self._form_titles(summary.form_id)
        if role == Qt.ItemDataRole.ToolTipRole and column == "status" and summary.deprecated_id:
            return self.tr("Resubmitted: replaces an earlier version")
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(QColor(STATUS_COLOURS.get(summary.status, "#333333")))
        if role == Qt.ItemDataRole.ForegroundRole and column == "flags" and summary.flags:
            return QBrush(QColor("#b00020"))
        return None

    def _display(self, summary: ReviewSummary, column: str) -> str:
        if column == "name":
            if summary.damaged:
                return self.tr("(damaged record)")
            return summary.name or self.tr("(unnamed)")
        if column == "form":
            return summary.form_id  # compact; the title is the tooltip
        if column == "enumerator":
            return summary.enumerator or "?"
        if column == "received":
            return short_stamp(summary.received_at)
        if column == "status":
            text = self._statuses.get(summary.status, summary.status)
            if summary.deprecated_id:
                text += " ↻"
            return text
        if column == "flags":
            return ", ".join(self._flag_names(summary.flags))
        if column == "comments":
            return str(summary.comment_count) if summary.comment_count else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._pages:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))
