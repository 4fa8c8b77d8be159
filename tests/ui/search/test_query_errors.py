"""A query that cannot run says why in the interface's language."""

from __future__ import annotations

import re

import pytest

from jingdu.search.query import MAX_QUERY_CHARS, MAX_TERMS
from jingdu.ui.main_window import MainWindow
from tests.ui.driving import type_chinese

BAD = {
    "empty": '""',
    "only an operator": "OR",
    "only excluded": "-创新",
    "too long": "新" * (MAX_QUERY_CHARS + 1),
    "too many terms": " ".join(["词"] * (MAX_TERMS + 1)),
}


def _search(window: MainWindow, qtbot, query: str) -> str:
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, query)
    return window.search_panel.status.text()


@pytest.mark.parametrize("query", BAD.values(), ids=BAD.keys())
def test_query_errors_are_in_chinese(window: MainWindow, qtbot, chinese, query: str) -> None:
    status = _search(window, qtbot, query)
    assert status and not re.search("[A-Za-z]", status), status


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ('""', "nothing to search for"),
        ("-创新", "only leaves passages out"),
        ("新" * (MAX_QUERY_CHARS + 1), f"{MAX_QUERY_CHARS + 1:,} characters"),
        (" ".join(["词"] * (MAX_TERMS + 1)), f"{MAX_TERMS + 1} terms"),
    ],
)
def test_query_errors_in_english_say_what_is_wrong(
    window: MainWindow, qtbot, query: str, words: str
) -> None:
    assert words in _search(window, qtbot, query)
