"""PySide6 desktop app: a thin client of fieldapp.core (screens never run SQL)."""
