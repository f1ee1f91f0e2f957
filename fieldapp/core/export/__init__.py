"""Exports of a profile's submissions: CSV, XLSX, SPSS .sav and Stata .dta. Qt-free.

``export_submissions(session, ExportRequest(ExportFilter("diaspora"), "csv", Path("d.zip")),
progress=..., cancelled=...)`` pages through the store's decrypted records (memory flat for
CSV / XLSX), lays them out like ODK Central (wide main table, one table per repeat linked by
``PARENT_KEY`` / ``KEY``, select multiples split into 0/1 columns, union of form versions),
adds IPL scores for the IPL forms and leaves sensitive contact fields out unless asked.
Modules: columns (column model), forms (stored form versions), flatten (instance -> rows),
rows (one record's finished rows), prepared (rows made once after a pull, read by every
export), source (store paging), pipeline (helper processes), tabular (CSV, XLSX),
statistical (SAV, DTA), outputs (temp-then-rename), exporter (the run).
"""

from fieldapp.core.export.columns import Column, ColumnModel, Table
from fieldapp.core.export.exporter import (
    FORMATS,
    ExportFormat,
    ExportReport,
    ExportRequest,
    Progress,
    build_export_model,
    export_submissions,
)
from fieldapp.core.export.source import ExportFilter, Skipped

__all__ = [
    "FORMATS",
    "Column",
    "ColumnModel",
    "ExportFilter",
    "ExportFormat",
    "ExportReport",
    "ExportRequest",
    "Progress",
    "Skipped",
    "Table",
    "build_export_model",
    "export_submissions",
]
