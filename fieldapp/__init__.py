"""fieldapp: offline-first desktop app for field surveys of migrants and diasporas."""

__version__ = "0.1.0"
