"""Qt-free core: form engine, encrypted store, sync client, review logic.

Nothing under this package may import Qt (tests/test_architecture.py enforces it), so the
CLI, the tests and a future server-side validator can run it headless.
"""
