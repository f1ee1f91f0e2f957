"""Sync between fieldapp devices and servers.

``sync.protocol`` is the wire contract of our batch API (shared by client and server),
``sync.client`` the device side, ``sync.server`` the central server (``fieldapp-server``).
Nothing here imports Qt.
"""
