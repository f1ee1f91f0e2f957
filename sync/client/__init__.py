"""The device side of sync (Qt-free): safe HTTP, our batch API, OpenRosa, and the sync engine.

* :mod:`sync.client.safe_http` - timeouts, size caps, redirect and auth rules for every call;
* :mod:`sync.client.batch` - fieldapp-server's batch API (``/api/v1``);
* :mod:`sync.client.openrosa` - ODK Central, KoboToolbox and any OpenRosa server;
* :mod:`sync.client.engine` - pushes the outbox, pulls forms and review decisions.
"""
