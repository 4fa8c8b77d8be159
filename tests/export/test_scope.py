"""Choosing what goes into a briefing: the dialog's live count and the export agree,
and dates mean the user's local days."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from jingdu.export.model import BriefingOptions, matches, tally
from jingdu.library import Library
from jingdu.notes.model import Highlight
from jingdu.notes.store import Filter


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"group_by": "tag"},
        {"group_by": "color"},
        {"group_by": "tag", "tags": ["理论"]},
        {"group_by": "tag", "tags": ["重点", "待查"]},
        {"group_by": "color", "colors": ["blue", "red"]},
        {"notes_only": True, "group_by": "tag"},
        {"tags": ["不存在"]},
    ],
)
def test_the_live_count_matches_what_the_export_prints(annotated: Library, kw) -> None:
    b = annotated.briefing(BriefingOptions(**kw))
    assert tally(annotated.highlights(Filter()), BriefingOptions(**kw)) == (
        b.excerpt_count,
        len(b.groups),
    )


@pytest.fixture
def in_shanghai(monkeypatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_are_the_users_local_days(in_shanghai) -> None:
    # 01:00 on 22 November in Beijing is still 21 November in UTC, as stored.
    h = Highlight("x", "d", 0, 1, "q", "", "", created="2026-11-21T17:00:00.000000+00:00")

    def kept(**kw) -> bool:
        return matches(h, BriefingOptions(**kw), set())

    assert kept(since="2026-11-22") and kept(until="2026-11-22")
    assert not kept(until="2026-11-21") and not kept(since="2026-11-23")
    assert kept(since="2026-11", until="2026-11")  # a month, as a prefix
    assert not matches(replace(h, orphan=True), BriefingOptions(), set())
