"""fieldapp-server: the central server (FastAPI + SQLAlchemy Core; SQLite or PostgreSQL).

Modules: ``db`` (schema, engines), ``storage`` (all persistence and per-object authorization),
``credentials`` (passwords, tokens), ``auth`` (request authentication), ``api`` (batch sync API),
``openrosa`` (ODK endpoints), ``middleware`` (caps, gzip), ``forms`` (publishing), ``keys``
(project key pairs), ``app`` (the ASGI app), ``cli`` (``fieldapp-server``).
"""
