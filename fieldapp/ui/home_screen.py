"""Home: the form library and the interviews by state, sortable, searchable and paged.

Rows come from the store's repository through ``HomeData`` (one page at a time: the store never
decrypts rows outside the page); Qt item models are only handed those rows. Searching filters
the loaded rows with a QSortFilterProxyModel; "Load more" fetches the next page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

PAGE_SIZE = 100


@dataclass(frozen=True)
class FormRow:
    key: str  # what to open: the store's form key (form id + version)
    title: str
    form_id: str
    version: str
    languages: str = ""
    origin: str = ""  # built-in, imported, downloaded


@dataclass(frozen=True)
class RecordRow:
    instance_id: str
    name: str
    form_title: str
    updated: datetime | None
    detail: str = ""  # supervisor comments (returned), receipt (sent)


class HomeData(Protocol):
    def forms(self) -> Sequence[FormRow]: ...
    def records(self, status: str, offset: int, limit: int) -> Sequence[RecordRow]: ...
    def sync_status(self) -> str: ...


_TABS: tuple[tuple[str, str], ...] = (
    ("draft", "Drafts"),
    ("finalized", "Ready to send"),
    ("sent", "Sent"),
    ("returned", "Returned"),
)


class _RecordsTab(QWidget):
    """One status: a sortable table, a search box and paging."""

    open_requested = Signal(str, str)  # status, instance id
    delete_requested = Signal(str)  # instance id (drafts only)

    def __init__(self, status: str, data: HomeData) -> None:
        super().__init__()
        self.status = status
        self._data = data
        self._loaded = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or form"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.model = QStandardItemModel(0, 4, self)
        # the outbox's last column says how its sync went; the other lists show comments
        last = self.tr("Sync status") if status == "finalized" else self.tr("Comments")
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Form"), self.tr("Last change"), last]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName(f"records_{status}")
        self.table.setAccessibleName(self.tr("Interviews"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.ResizeToContents
        )
        # the outbox shows each interview's sync status (live during a sync); returned: comments
        self.table.setColumnHidden(3, status not in {"returned", "finalized"})
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("hint")
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        self.more = QPushButton(self.tr("Load more"))
        self.more.clicked.connect(self.load_more)
        bottom.addWidget(self.more)
        if status == "draft":
            self.delete_button = QPushButton(self.tr("Delete draft…"))
            self.delete_button.clicked.connect(self._delete)
            bottom.addWidget(self.delete_button)
            QShortcut(QKeySequence.StandardKey.Delete, self.table).activated.connect(self._delete)
        if status in {"draft", "returned"}:
            self.open_button = QPushButton(
                self.tr("Continue") if status == "draft" else self.tr("Edit")
            )
            self.open_button.setObjectName("primary")
            self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
            bottom.addWidget(self.open_button)
        layout.addLayout(bottom)

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self._loaded = 0
        self.load_more()

    def load_more(self) -> None:
        rows = list(self._data.records(self.status, self._loaded, PAGE_SIZE))
        for row in rows:
            self.model.appendRow(self._items(row))
        self._loaded += len(rows)
        self.more.setVisible(len(rows) == PAGE_SIZE)
        self.count.setText(self.tr("{n} shown").replace("{n}", str(self._loaded)))
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _items(self, row: RecordRow) -> list[QStandardItem]:
        updated = row.updated.strftime("%Y-%m-%d %H:%M") if row.updated else ""
        values = [row.name or self.tr("(unnamed)"), row.form_title, updated, row.detail]
        sort_keys = [
            (row.name or "").casefold(),
            row.form_title.casefold(),
            row.updated.isoformat() if row.updated else "",
            row.detail,
        ]
        items = []
        for value, key in zip(values, sort_keys, strict=True):
            item = QStandardItem(value)
            item.setData(row.instance_id, Qt.ItemDataRole.UserRole)
            item.setData(key, Qt.ItemDataRole.UserRole + 1)
            item.setToolTip(value)
            items.append(item)
        return items

    def set_detail(self, instance_id: str, text: str) -> None:
        """Update one row's last column in place (per-item sync status while a sync runs)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 3)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == instance_id:
                item.setText(text)
                item.setToolTip(text)
                item.setData(text, Qt.ItemDataRole.UserRole + 1)
                return

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(index.data(Qt.ItemDataRole.UserRole))

    def select_id(self, instance_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == instance_id:
                self.table.setCurrentIndex(index)  # whole row: SelectRows
                return True
        return False

    def _activated(self, index: object) -> None:
        instance_id = self.current_id()
        if instance_id and self.status in {"draft", "returned"}:
            self.open_requested.emit(self.status, instance_id)

    def _delete(self) -> None:
        instance_id = self.current_id()
        if not instance_id:
            return
        name = self.table.currentIndex().siblingAtColumn(0).data()
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr(
                "Delete the draft “{name}” and all its answers? This cannot be undone."
            ).replace("{name}", str(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(instance_id)


class HomeScreen(QWidget):
    """Form library, interviews by state, and a sync status that tells the truth."""

    start_form = Signal(str)  # form key
    open_record = Signal(str, str)  # status, instance id
    delete_draft = Signal(str)
    import_form = Signal()
    open_settings = Signal()
    lock_requested = Signal()
    switch_profile = Signal()
    sync_requested = Signal()

    def __init__(self, data: HomeData, profile_name: str, *, sync_available: bool) -> None:
        super().__init__()
        self.setObjectName("home")
        self._data = data
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        heading = QLabel(self.tr("fieldapp"))
        heading.setObjectName("heading")
        top.addWidget(heading)
        top.addStretch(1)
        who = QLabel(self.tr("Profile: {name}").replace("{name}", profile_name))
        who.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(who)
        for text, signal, tip in (
            (self.tr("Settings"), self.open_settings, self.tr("Profile, language and server")),
            (
                self.tr("Switch profile"),
                self.switch_profile,
                self.tr("Lock and choose another profile"),
            ),
            (self.tr("Lock"), self.lock_requested, self.tr("Lock now (Ctrl+Shift+L)")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(signal)
            top.addWidget(button)
        layout.addLayout(top)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self).activated.connect(self.lock_requested.emit)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Home"))
        layout.addWidget(self.tabs, 1)
        self._build_forms_tab()
        self.record_tabs: dict[str, _RecordsTab] = {}
        titles = {
            "draft": self.tr("Drafts"),
            "finalized": self.tr("Ready to send"),
            "sent": self.tr("Sent"),
            "returned": self.tr("Returned"),
        }
        for status, _english in _TABS:
            tab = _RecordsTab(status, data)
            tab.open_requested.connect(self.open_record)
            tab.delete_requested.connect(self.delete_draft)
            self.record_tabs[status] = tab
            self.tabs.addTab(tab, titles[status])

        sync = QFrame()
        sync.setObjectName("syncArea")
        row = QHBoxLayout(sync)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        row.addWidget(self.sync_label, 1)
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setAccessibleName(self.tr("Sync progress"))
        self.sync_progress.setMaximumWidth(220)
        self.sync_progress.setVisible(False)
        row.addWidget(self.sync_progress)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setEnabled(sync_available)
        if not sync_available:
            self.sync_button.setToolTip(
                self.tr("Set the server address and access token in Settings to sync.")
            )
        self.sync_button.clicked.connect(self.sync_requested)
        row.addWidget(self.sync_button)
        self._sync_row = row
        layout.addWidget(sync)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tr("Ctrl+{n}").replace("{n}", str(index + 1)))
        for number in range(1, self.tabs.count() + 1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self).activated.connect(
                lambda n=number: self.tabs.setCurrentIndex(n - 1)
            )
        self.reload()

    def _build_forms_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.forms_model = QStandardItemModel(0, 3, self)
        self.forms_model.setHorizontalHeaderLabels(
            [self.tr("Form"), self.tr("Version"), self.tr("Form ID")]
        )
        self.forms_proxy = QSortFilterProxyModel(self)
        self.forms_proxy.setSourceModel(self.forms_model)
        self.forms_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.forms_proxy.setFilterKeyColumn(-1)
        self.forms_search = QLineEdit()
        self.forms_search.setPlaceholderText(self.tr("Search forms"))
        self.forms_search.setAccessibleName(self.tr("Search forms"))
        self.forms_search.setClearButtonEnabled(True)
        self.forms_search.textChanged.connect(self.forms_proxy.setFilterFixedString)
        layout.addWidget(self.forms_search)
        self.forms_table = QTableView()
        self.forms_table.setObjectName("formsTable")
        self.forms_table.setAccessibleName(self.tr("Forms"))
        self.forms_table.setModel(self.forms_proxy)
        self.forms_table.setSortingEnabled(True)
        self.forms_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.forms_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.forms_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.forms_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forms_table.verticalHeader().hide()
        header = self.forms_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.forms_table.activated.connect(self._start_current)
        layout.addWidget(self.forms_table, 1)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a form…"))
        self.import_button.setToolTip(
            self.tr("An XLSForm (.xlsx) or XForm (.xml) with its media folder")
        )
        self.import_button.clicked.connect(self.import_form)
        self.start_button = QPushButton(self.tr("Start new interview"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self._start_current)
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Forms"))
        QShortcut(QKeySequence("Ctrl+1"), self).activated.connect(
            lambda: self.tabs.setCurrentIndex(0)
        )

    def add_transfer_menu(self, actions: Sequence[tuple[str, Callable[[], None]]]) -> None:
        """A "USB transfer…" menu beside Sync now (transfer files when there is no network)."""
        self.transfer_button = QPushButton(self.tr("USB transfer…"))
        self.transfer_button.setToolTip(self.tr("Exchange sealed transfer files on a USB stick"))
        menu = QMenu(self.transfer_button)
        for text, action in actions:
            menu.addAction(text, action)
        self.transfer_button.setMenu(menu)
        self._sync_row.insertWidget(self._sync_row.count() - 1, self.transfer_button)

    def show_sync_progress(self, percent: int, text: str) -> None:
        """A running sync: the bar (busy while the total is unknown) and the current step."""
        self.sync_progress.setVisible(True)
        if percent < 0:
            self.sync_progress.setRange(0, 0)
        else:
            self.sync_progress.setRange(0, 100)
            self.sync_progress.setValue(min(100, percent))
        self.sync_label.setText(text)

    def show_sync_item(self, instance_id: str, text: str) -> None:
        """The status of the interview that just changed, in the Ready to send list."""
        self.record_tabs["finalized"].set_detail(instance_id, text)

    def end_sync(self, summary: str) -> None:
        self.sync_progress.setVisible(False)
        self.reload()
        self.sync_label.setText(summary)

    def reload(self) -> None:
        self.reload_forms()
        for tab in self.record_tabs.values():
            tab.reload()
        self.sync_label.setText(self._data.sync_status())

    def reload_forms(self) -> None:
        self.forms_model.removeRows(0, self.forms_model.rowCount())
        for form in self._data.forms():
            cells = [form.title, form.version, form.form_id]
            items = []
            for value in cells:
                item = QStandardItem(value)
                item.setData(form.key, Qt.ItemDataRole.UserRole)
                item.setToolTip(f"{form.form_id} {form.version} {form.origin}".strip())
                items.append(item)
            self.forms_model.appendRow(items)
        if self.forms_proxy.rowCount():
            self.forms_table.setCurrentIndex(self.forms_proxy.index(0, 0))

    def select_form(self, key: str) -> bool:
        for row in range(self.forms_proxy.rowCount()):
            index = self.forms_proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == key:
                self.forms_table.setCurrentIndex(index)  # whole row: SelectRows
                return True
        return False

    def _start_current(self) -> None:
        index = self.forms_table.currentIndex()
        if index.isValid():
            self.start_form.emit(str(index.data(Qt.ItemDataRole.UserRole)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == 0:
            self.forms_table.setFocus()
