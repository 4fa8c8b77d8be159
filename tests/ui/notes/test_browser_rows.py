"""The annotation browser's rows: every highlight, newest first, each with its tags, and
every filter showing exactly the highlights it should."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from jingdu.notes.model import Highlight
from jingdu.search.fold import fold
from jingdu.ui.main_window import MainWindow
from jingdu.ui.notes.browser import TAG_ROLE, AnnotationBrowser
from jingdu.ui.notes.highlight_models import HIGHLIGHT_ROLE

NOTES = ["联系实际，结合本单位工作", "", "ＡＩ與創新", "", "第二次学习"]
TAGS = [["政策/科技", "学习"], ["政策"], [], ["学习", "政策/科技", "政策/经济"], ["Ｂ组"]]


def annotated(window: MainWindow) -> AnnotationBrowser:
    """Five highlights on two documents, tagged and noted as above (a note in full-width
    and traditional characters), then the browser."""
    lib = window.library
    assert lib is not None
    docs = [d.id for d in lib.documents()][:2]
    for n, (note, tags) in enumerate(zip(NOTES, TAGS, strict=True)):
        doc = lib.document(docs[n % 2])
        start = 300 + 40 * n
        lib.add_highlight(doc.id, start, start + 15, note=note, tags=tags)
    window.companions.show_browser()
    b = window.companions.browser
    assert b is not None
    return b


def shown(b: AnnotationBrowser) -> list[Highlight]:
    return [b.proxy.index(r, 0).data(HIGHLIGHT_ROLE) for r in range(b.proxy.rowCount())]


def test_every_highlight_is_a_row_newest_first_with_its_tags(window: MainWindow) -> None:
    b = annotated(window)
    stored = window.library.highlights()
    rows = shown(b)
    assert sorted(h.id for h in rows) == sorted(h.id for h in stored)
    # Newest first (the same second: the one written last first).
    assert [h.created for h in rows] == sorted((h.created for h in rows), reverse=True)
    assert rows[0].id == stored_last(window).id
    tags_col = b.model.COLUMNS.index("Tags")
    by_id = {h.id: h for h in stored}
    for r, h in enumerate(rows):
        assert h == by_id[h.id]  # the whole highlight, as stored
        assert b.proxy.index(r, tags_col).data() == " ".join(by_id[h.id].tags)
    # The tag tree counts highlights, once under a parent however many tags are below it.
    counts = {
        i.data(0, TAG_ROLE): int(i.text(1))
        for i in b.tag_tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    }
    assert counts["政策"] == 3 and counts["政策/科技"] == 2 and counts["学习"] == 2
    assert counts["\x00untagged"] == 1 and counts["\x00all"] == 5


def stored_last(window: MainWindow) -> Highlight:
    lib = window.library
    assert lib is not None
    return max(lib.highlights(), key=lambda h: (h.created, NOTES.index(h.note)))


def test_the_text_filter_shows_exactly_the_highlights_containing_it(window: MainWindow) -> None:
    b = annotated(window)
    stored = window.library.highlights()
    needles = ["学习", "ai", "与创", "结合", "b组", "政策/经", stored[0].quote[3:9], "无此字样𠀀"]
    for needle in needles:
        b.text_edit.setText(needle)
        want = {h.id for h in stored if fold(needle) in fold("\n".join([h.quote, h.note, *h.tags]))}
        assert {h.id for h in shown(b)} == want, needle
    assert {h.id for h in shown(b)} == set()  # (the last needle matches nothing)
    b.text_edit.clear()
    assert b.proxy.rowCount() == len(stored)


def test_sorting_by_tags_then_by_date_again(window: MainWindow) -> None:
    b = annotated(window)
    tags_col, date_col = b.model.COLUMNS.index("Tags"), b.model.COLUMNS.index("Date")
    b.table.sortByColumn(tags_col, Qt.SortOrder.AscendingOrder)
    texts = [b.proxy.index(r, tags_col).data() for r in range(b.proxy.rowCount())]
    assert texts == sorted(texts)
    b.table.sortByColumn(date_col, Qt.SortOrder.DescendingOrder)
    assert shown(b)[0].id == stored_last(window).id
    assert Counter(h.id for h in shown(b)) == Counter(h.id for h in window.library.highlights())
