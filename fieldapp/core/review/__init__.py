"""Supervisor review, Qt-free: queue, automatic flags, detail, decisions, version diff.

Modules: ``queue`` (paged filtered queue, counts, saved filters), ``flags`` (automatic flags
and their settings), ``detail`` (answers in form order with labels, timings, flags, comments),
``decisions`` (approve / return / has issues, applied and queued for sync), ``diff`` (between
versions of one interview), ``paradata`` (the audit.csv that travels with a submission),
``answers`` (leaf values of an instance). All data goes through the store's sealed records.
"""
