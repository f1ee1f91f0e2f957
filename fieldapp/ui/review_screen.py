"""The supervisor's review queue: filters, counts per status, saved filters and the table.

The table is a ``ReviewQueueModel`` (lazy pages over the store's indexed query); the filter
bar builds a ``QueueFilter`` (fieldapp.core.review.queue) that can be saved by name in the
profile. Choosing a row shows it in the detail pane beside the table (``review_detail``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.review.queue import QueueFilter, SavedFilter
from fieldapp.core.store import ReviewPage, ReviewQuery
from fieldapp.errors import FieldappError
from fieldapp.ui.review_model import ID_ROLE, ReviewQueueModel, status_names

ALL = "__all__"


class QueueData(Protocol):
    def page(self, query: ReviewQuery) -> ReviewPage: ...
    def counts(self, query: ReviewQuery | None = None) -> dict[str, int]: ...
    def values(self, column: str) -> list[str]: ...
    def flag_choices(self) -> list[tuple[str, str]]: ...
    def flag_names(self, mask: int) -> list[str]: ...
    def form_title(self, form_id: str) -> str: ...
    def saved_filters(self) -> list[SavedFilter]: ...
    def save_filter(self, name: str, flt: QueueFilter) -> None: ...
    def delete_filter(self, name: str) -> None: ...


class ReviewScreen(QWidget):
    """Filter bar, status buttons with counts, the queue table and a detail pane."""

    current_changed = Signal(str)  # instance id ("" when nothing is selected)

    def __init__(self, data: QueueData, detail: QWidget | None = None) -> None:
        super().__init__()
        self.setObjectName("review")
        self._data = data
        self._status = ""  # "" = every status
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)

        bar = QHBoxLayout()
        self.enumerator = self._combo(self.tr("Enumerator"), self.tr("All enumerators"))
        self.form = self._combo(self.tr("Form"), self.tr("All forms"))
        self.flag = self._combo(self.tr("Flags"), self.tr("Any flags"))
        self.flag.addItem(self.tr("Flagged only"), "__flagged__")
        for code, label in data.flag_choices():
            self.flag.addItem(label, code)
        self.use_dates = QCheckBox(self.tr("Received from"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            edit.dateChanged.connect(self.apply_filter)
        self.date_from.setAccessibleName(self.tr("Received from"))
        self.date_to.setAccessibleName(self.tr("Received until"))
        self.date_from.setDate(QDate.currentDate().addDays(-30))
        self.use_dates.toggled.connect(self._dates_toggled)
        for widget in (self.enumerator, self.form, self.flag):
            bar.addWidget(widget, 1)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        layout.addLayout(bar)

        saved = QHBoxLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for key in ("", "received", "has_issues", "returned", "approved"):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("statusFilter")
            button.clicked.connect(lambda _c=False, k=key: self._set_status(k))
            group.addButton(button)
            saved.addWidget(button)
            self.status_buttons[key] = button
        self.status_buttons[""].setChecked(True)
        saved.addStretch(1)
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved filters"))
        self.saved.setMinimumWidth(160)
        self.saved.activated.connect(self._load_saved)
        saved.addWidget(self.saved)
        self.save_button = QPushButton(self.tr("Save filter…"))
        self.save_button.clicked.connect(self._save_current)
        saved.addWidget(self.save_button)
        self.delete_saved_button = QPushButton(self.tr("Delete"))
        self.delete_saved_button.setToolTip(self.tr("Delete the chosen saved filter"))
        self.delete_saved_button.clicked.connect(self._delete_saved)
        saved.addWidget(self.delete_saved_button)
        layout.addLayout(saved)

        self.model = ReviewQueueModel(data.page, data.flag_names, data.form_title, self)
        self.table = QTableView()
        self.table.setObjectName("reviewQueue")
        self.table.setAccessibleName(self.tr("Review queue"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # widths from the font, not ResizeToContents (which would read every page)
        self.table.ensurePolished()  # the style sheet's font, not the default one
        metrics = self.table.fontMetrics()
        samples = ("Mariela Jean-Baptiste", "Has issues ↻", "Interview too short", "diaspora",
                   "Enumerator", "2026-05-18 14:03", "99")  # fmt: skip
        for column, sample in enumerate(samples):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        if detail is not None:
            self.splitter.addWidget(detail)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.total_label = QLabel()
        self.total_label.setObjectName("hint")
        layout.addWidget(self.total_label)
        self.reload_choices()
        self.apply_filter()

    # -- widgets -----------------------------------------------------------------------------
    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, ALL)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def reload_choices(self) -> None:
        """Pick lists from the store (after a sync or an import brought new senders/forms)."""
        for combo, column, label in (
            (self.enumerator, "enumerator", lambda v: v),
            (self.form, "form_id", self._data.form_title),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in self._data.values(column):
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._reload_saved()

    def _reload_saved(self, select: str | None = None) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters…"), None)
        for item in self._data.saved_filters():
            self.saved.addItem(item.name, item)
        if select is not None:
            self.saved.setCurrentIndex(max(0, self.saved.findText(select)))
        self.delete_saved_button.setEnabled(self.saved.count() > 1)

    # -- filter ------------------------------------------------------------------------------
    def current_filter(self) -> QueueFilter:
        enumerator = self.enumerator.currentData()
        form = self.form.currentData()
        flag = self.flag.currentData()
        received_from = received_to = None
        if self.use_dates.isChecked():
            received_from = _utc_start(self.date_from.date())
            received_to = _utc_start(self.date_to.date()) + timedelta(days=1)
        query = self.model.query
        return QueueFilter(
            statuses=(self._status,) if self._status else (),  # type: ignore[arg-type]
            enumerators=() if enumerator == ALL else (str(enumerator),),
            form_ids=() if form == ALL else (str(form),),
            flags=() if flag in (ALL, "__flagged__") else (str(flag),),
            flagged_only=flag == "__flagged__",
            received_from=received_from,
            received_to=received_to,
            sort=query.sort,  # type: ignore[arg-type]
            descending=query.descending,
        )

    def apply_filter(self) -> None:
        if not hasattr(self, "model"):
            return  # still building the widgets
        flt = self.current_filter()
        try:
            self.model.set_query(flt.query())
            counts = self._data.counts(flt.query())
        except FieldappError as exc:
            self.total_label.setText(exc.render())
            return
        names = status_names()
        names[""] = self.tr("All")
        for key, button in self.status_buttons.items():
            count = sum(counts.values()) if key == "" else counts.get(key, 0)
            button.setText(f"{names[key]} ({count})")
        self.total_label.setText(
            self.tr("{n} submission(s) match.").replace("{n}", str(self.model.total))
        )

    def set_filter(self, flt: QueueFilter) -> None:
        """Show a saved filter: set every control, then query once."""
        widgets: list[Any] = [self.enumerator, self.form, self.flag, self.use_dates]
        widgets += [self.date_from, self.date_to]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._select(self.enumerator, flt.enumerators)
            self._select(self.form, flt.form_ids)
            if flt.flagged_only:
                self.flag.setCurrentIndex(max(0, self.flag.findData("__flagged__")))
            else:
                self._select(self.flag, flt.flags)
            dated = flt.received_from is not None or flt.received_to is not None
            self.use_dates.setChecked(dated)
            self.date_from.setEnabled(dated)
            self.date_to.setEnabled(dated)
            if flt.received_from is not None:
                self.date_from.setDate(_local_date(flt.received_from))
            if flt.received_to is not None:
                self.date_to.setDate(_local_date(flt.received_to - timedelta(days=1)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._status = flt.statuses[0] if len(flt.statuses) == 1 else ""
        self.status_buttons[self._status].setChecked(True)
        self.model.set_query(flt.query())  # keeps the saved sort
        self.table.horizontalHeader().setSortIndicator(
            4 if flt.sort == "enumerator" else 5,
            Qt.SortOrder.DescendingOrder if flt.descending else Qt.SortOrder.AscendingOrder,
        )
        self.apply_filter()

    @staticmethod
    def _select(combo: QComboBox, values: Sequence[str]) -> None:
        if not values:
            combo.setCurrentIndex(0)
            return
        found = combo.findData(values[0])
        if found < 0:  # a saved filter naming someone not (yet) in this store
            combo.addItem(values[0], values[0])
            found = combo.count() - 1
        combo.setCurrentIndex(found)

    def _set_status(self, key: str) -> None:
        self._status = key
        self.apply_filter()

    def _save_current(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name"))
        if not ok or not name.strip():
            return
        try:
            self._data.save_filter(name, self.current_filter())
        except FieldappError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the filter"), exc.render())
            return
        self._reload_saved(select=name.strip())

    def _load_saved(self, index: int) -> None:
        item = self.saved.itemData(index)
        if isinstance(item, SavedFilter):
            self.set_filter(item.filter)

    def _delete_saved(self) -> None:
        item = self.saved.currentData()
        if isinstance(item, SavedFilter):
            self._data.delete_filter(item.name)
            self._reload_saved()

    # -- selection ---------------------------------------------------------------------------
    def _after_reset(self) -> None:
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.current_changed.emit("")

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(str(current.data(ID_ROLE) or "") if current.isValid() else "")

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE) or "") if index.isValid() else ""

    def select_id(self, instance_id: str) -> bool:
        row = self.model.find(instance_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def step(self, delta: int) -> bool:
        """Move the current row by ``delta`` (keyboard: next / previous in the queue)."""
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if not 0 <= row < self.model.rowCount():
            return False
        index = self.model.index(row, current.column() if current.isValid() else 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def refresh(self, keep: str | None = None) -> None:
        """Re-read the queue (after a decision or a sync), keeping the selection if possible."""
        keep = keep if keep is not None else self.current_id()
        row = self.table.currentIndex().row()
        self.apply_filter()
        if keep and self.select_id(keep):
            return
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))


def _utc_start(day: QDate) -> datetime:
    """Local midnight of ``day`` as an aware UTC datetime (received times are stored in UTC)."""
    local = datetime.combine(date(day.year(), day.month(), day.day()), time.min).astimezone()
    return local.astimezone(UTC)


def _local_date(moment: datetime) -> QDate:
    local = moment.astimezone() if moment.tzinfo else moment
    return QDate(local.year, local.month, local.day)
