"""Command line: `fieldapp ...`. Each `*_commands.py` module here registers one command group."""
