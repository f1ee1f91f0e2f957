"""The review queue model pages lazily over a real store: the first page sizes the table,
scrolling far reads one more page, sorting and filters go to the store's indexed query."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldapp.core.store import ProfileSession, ReviewQuery
from fieldapp.ui.review_bridge import ReviewBridge
from fieldapp.ui.review_model import ID_ROLE, PAGE_SIZE, ReviewQueueModel

from .conftest import ENUMERATORS


def _enumerator(i: int) -> str:
    return ENUMERATORS[(i // 2) % len(ENUMERATORS)]


def _model(profile: ProfileSession) -> ReviewQueueModel:
    bridge = ReviewBridge(profile)
    model = ReviewQueueModel(bridge.page, lambda mask: [f"flag{mask}"] if mask else [])
    model.set_query(ReviewQuery())
    return model


def test_first_page_sizes_the_table_and_far_rows_are_fetched_on_demand(
    qapp, supervisor: ProfileSession
) -> None:
    model = _model(supervisor)
    assert model.rowCount() == 240
    assert model.fetches == 1
    # newest first: the last one received is on top
    assert model.index(0, 0).data() == "Respondent 000239"
    assert model.index(0, 0).data(ID_ROLE).startswith("uuid:000239")
    assert model.index(0, 4).data() == _enumerator(239)
    assert model.index(0, 1).data() == "To review"
    assert model.index(PAGE_SIZE - 1, 0).data() == f"Respondent {239 - PAGE_SIZE + 1:06d}"
    assert model.fetches == 1
    assert model.index(239, 0).data() == "Respondent 000000"
    assert model.fetches == 2  # the last page only, not everything in between
    assert model.index(240, 0).data() is None


def test_sort_and_filter_go_to_the_store(qapp, supervisor: ProfileSession) -> None:
    model = _model(supervisor)
    model.sort(4, Qt.SortOrder.AscendingOrder)  # enumerator
    assert model.query.sort == "enumerator"
    assert model.index(0, 4).data() == "ana"
    assert model.index(239, 4).data() == "carla"
    model.sort(1, Qt.SortOrder.AscendingOrder)  # status: no indexed sort, left as it was
    assert model.query.sort == "enumerator"
    model.set_query(ReviewQuery(enumerators=("ben",), form_ids=("diaspora",)))
    expected = sum(1 for i in range(240) if _enumerator(i) == "ben" and i % 3 == 2)
    assert expected > 0
    assert model.rowCount() == expected
    rows = [(model.index(r, 4).data(), model.index(r, 3).data()) for r in range(expected)]
    assert set(rows) == {("ben", "diaspora")}
