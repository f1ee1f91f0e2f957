"""Export submissions to CSV, Excel, SPSS or Stata (fieldapp.core.export does the work).

The export runs on a worker thread with a progress bar and can be cancelled (nothing is left
on disk then). It writes plaintext files where the user chooses — the one place answers leave
the encrypted store — so the dialog says so, and sensitive contact fields are left out unless
the box is ticked explicitly.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.export import (
    ExportFilter,
    ExportReport,
    ExportRequest,
    build_export_model,
    export_submissions,
)
from fieldapp.core.review.queue import QueueFilter
from fieldapp.core.store import ProfileSession
from fieldapp.errors import FieldappError
from fieldapp.ui.jobs import run_job

SUFFIX = {"csv": ".zip", "xlsx": ".xlsx", "sav": ".zip", "dta": ".zip"}


class ExportDialog(QDialog):
    """Form, format, language, filter from the queue, sensitive fields, target, progress."""

    def __init__(
        self, profile: ProfileSession, queue_filter: QueueFilter | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export submissions"))
        self.setObjectName("exportDialog")
        self.resize(560, 420)
        self.profile = profile
        self.queue_filter = queue_filter or QueueFilter()
        self.report: ExportReport | None = None
        self.running = False
        self._cancel = threading.Event()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(self.tr("Form"))
        seen: set[str] = set()
        for info in profile.list_forms():
            if info.form_id not in seen:
                seen.add(info.form_id)
                self.form_combo.addItem(info.title or info.form_id, info.form_id)
        if len(self.queue_filter.form_ids) == 1:
            self.form_combo.setCurrentIndex(
                max(0, self.form_combo.findData(self.queue_filter.form_ids[0]))
            )
        form.addRow(self.tr("Form"), self.form_combo)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for key, text in (
            ("csv", self.tr("CSV (zip: main table and one file per repeat)")),
            ("xlsx", self.tr("Excel workbook (one sheet per repeat)")),
            ("sav", self.tr("SPSS .sav with variable and value labels (zip)")),
            ("dta", self.tr("Stata .dta with variable and value labels (zip)")),
        ):
            self.format_combo.addItem(text, key)
        form.addRow(self.tr("Format"), self.format_combo)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Labels in"))
        form.addRow(self.tr("Labels in"), self.language)
        self.scope = QLabel(self._scope_text())
        self.scope.setWordWrap(True)
        self.scope.setObjectName("hint")
        form.addRow(self.tr("Submissions"), self.scope)
        self.sensitive = QCheckBox(self.tr("Include sensitive contact fields"))
        self.sensitive.setAccessibleDescription(
            self.tr("Names, phone numbers and e-mail addresses of respondents")
        )
        form.addRow(self.sensitive)
        self.sensitive_note = QLabel()
        self.sensitive_note.setWordWrap(True)
        self.sensitive_note.setObjectName("hint")
        form.addRow(self.sensitive_note)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Save as"), path_row)
        layout.addLayout(form)
        warning = QLabel(
            self.tr(
                "Exported files are NOT encrypted: they hold the answers in plain text. "
                "Save them only where the data may be kept, and delete them when done."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("notice")
        layout.addWidget(warning)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self._close_or_cancel)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.start)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.format_combo.currentIndexChanged.connect(self._suggest_path)
        self._form_changed()

    # -- choices -----------------------------------------------------------------------------
    def _scope_text(self) -> str:
        flt = self.queue_filter
        parts = []
        if flt.statuses:
            parts.append(self.tr("status: {value}").replace("{value}", ", ".join(flt.statuses)))
        if flt.enumerators:
            parts.append(
                self.tr("enumerators: {value}").replace("{value}", ", ".join(flt.enumerators))
            )
        if not parts:
            return self.tr("All received submissions of the form.")
        return self.tr("As filtered in the queue: {value}").replace("{value}", "; ".join(parts))

    def chosen_filter(self) -> ExportFilter:
        return ExportFilter(
            form_id=str(self.form_combo.currentData()),
            statuses=tuple(self.queue_filter.statuses),
            enumerators=tuple(self.queue_filter.enumerators),
        )

    def _form_changed(self) -> None:
        form_id = self.form_combo.currentData()
        self.language.clear()
        self.language.addItem(self.tr("Form default"), None)
        if form_id:
            versions = self.profile.list_forms(str(form_id))
            try:
                model, sensitive = build_export_model(
                    self.profile, self.chosen_filter(), include_sensitive=False
                )
                del model
            except FieldappError as exc:
                sensitive = ()
                self.message.setText(exc.render())
            from fieldapp.core.engine import load_form_xml

            if versions:
                info = versions[-1]
                xml = self.profile.get_form_xml(info.form_id, info.version)
                for name in load_form_xml(xml, f"{info.form_id}.xml").languages:
                    self.language.addItem(name, name)
            # "(main): recontact-sensitive_contact-contact_phone" -> "contact_phone"
            sensitive = tuple(
                dict.fromkeys(name.split(":")[-1].strip().split("-")[-1] for name in sensitive)
            )
            self.sensitive.setEnabled(bool(sensitive))
            self.sensitive.setChecked(False)
            self.sensitive_note.setText(
                self.tr("Left out unless ticked: {value}").replace("{value}", ", ".join(sensitive))
                if sensitive
                else self.tr("This form has no sensitive contact fields.")
            )
        self._suggest_path()

    def _suggest_path(self) -> None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        current = Path(self.path.text()) if self.path.text() else None
        if current is not None:
            folder = current.parent
        name = f"{self.form_combo.currentData() or 'export'}{SUFFIX[self._format()]}"
        self.path.setText(str(folder / name))

    def _format(self) -> str:
        return str(self.format_combo.currentData())

    def _browse(self) -> None:
        chosen, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.path.text()
        )
        if chosen:
            self.path.setText(chosen)

    # -- run ---------------------------------------------------------------------------------
    def request(self) -> ExportRequest:
        return ExportRequest(
            filter=self.chosen_filter(),
            format=self._format(),  # type: ignore[arg-type]
            out=Path(self.path.text()).expanduser(),
            language=self.language.currentData(),
            include_sensitive=self.sensitive.isChecked(),
        )

    def start(self) -> None:
        if self.running:
            return
        if not self.path.text().strip():
            self.message.setText(FieldappError("U301").render())
            self.path.setFocus()
            return
        request = self.request()
        profile = self.profile
        cancel = self._cancel
        cancel.clear()
        self.running = True
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.message.setText(self.tr("Exporting…"))

        def work(report: Any) -> ExportReport:
            def progress(done: int, total: int) -> None:
                report(int(100 * done / total) if total else -1, f"{done}/{total}")

            return export_submissions(profile, request, progress=progress, cancelled=cancel.is_set)

        run_job(work, self._done, self._failed, on_progress=self._progress)

    def _progress(self, percent: int, text: str) -> None:
        if percent >= 0:
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
        self.message.setText(self.tr("Exporting… {value}").replace("{value}", text))

    def _finish(self) -> None:
        self.running = False
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _done(self, report: ExportReport) -> None:
        self._finish()
        self.report = report
        self.bar.setRange(0, 100)
        self.bar.setValue(100)
        text = (
            self.tr("{n} submission(s) exported to {name}.")
            .replace("{n}", str(report.exported))
            .replace("{name}", ", ".join(p.name for p in report.files))
        )
        if report.skipped:
            text += " " + self.tr("{n} could not be read and were left out:").replace(
                "{n}", str(len(report.skipped))
            )
            text += "\n" + "\n".join(f"{s.instance_id}: {s.message}" for s in report.skipped[:5])
        for warning in report.warnings[:3]:
            text += "\n" + warning
        self.message.setText(text)

    def _failed(self, message: str) -> None:
        self._finish()
        self.bar.setVisible(False)
        self.message.setText(message)

    def _close_or_cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.message.setText(self.tr("Cancelling…"))
            return
        self.accept()
