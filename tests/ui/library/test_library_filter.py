"""The library list's filter box, as a user types into it: exactly the matching documents,
in their groups, and the chosen document stays chosen while it is shown."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from jingdu.library import DocumentSummary
from jingdu.search.fold import fold
from jingdu.ui.library.model import DOC_ID_ROLE, DOCUMENT_ROLE
from jingdu.ui.main_window import MainWindow
from tests.ui.driving import type_chinese


def shown(window: MainWindow) -> tuple[set[str], set[str]]:
    """The documents and the groups (by source) the list shows."""
    proxy = window.library_panel.proxy
    docs: set[str] = set()
    groups: set[str] = set()
    for row in range(proxy.rowCount()):
        top = proxy.index(row, 0)
        if top.data(DOCUMENT_ROLE) is None:
            doc = top.data(DOC_ID_ROLE)  # a group: named by its first piece
            groups.add(next(d.source for d in documents(window) if d.id == doc))
            for child in range(proxy.rowCount(top)):
                docs.add(proxy.index(child, 0, top).data(DOC_ID_ROLE))
        else:
            docs.add(top.data(DOC_ID_ROLE))
    return docs, groups


def documents(window: MainWindow) -> list[DocumentSummary]:
    return window.library_model.documents()


def matching(window: MainWindow, needle: str) -> set[str]:
    n = fold(needle.strip())
    return {
        d.id
        for d in documents(window)
        if n in fold(" ".join([d.title, *d.authors, d.source, d.id]))
    }


def test_each_filter_shows_exactly_the_matching_documents(window: MainWindow) -> None:
    panel = window.library_panel
    docs = documents(window)
    split = {d.source for d in docs if d.part}
    assert split  # the bundled library has a compilation, whose pieces are grouped
    title = docs[0].title
    needles = [title[:1], title[1:4], "杨开忠", docs[-1].id[:8], sorted(split)[0][:6], "ＸＹＺ無此"]
    for needle in needles:
        panel.filter.setText(needle)
        want = matching(window, needle)
        got_docs, got_groups = shown(window)
        assert got_docs == want, needle
        # A group is shown when it holds a match; its file name matching means all do.
        assert got_groups == {d.source for d in docs if d.id in want and d.source in split}
        if 0 < len(want) <= 300:  # a few screens: the groups open to show them
            proxy = panel.proxy
            tops = [proxy.index(r, 0) for r in range(proxy.rowCount())]
            assert all(panel.view.isExpanded(t) for t in tops if proxy.rowCount(t))
    panel.filter.clear()
    assert shown(window)[0] == {d.id for d in docs}
    proxy = panel.proxy
    assert proxy.rowCount() == len({d.source for d in docs})
    assert not any(panel.view.isExpanded(proxy.index(r, 0)) for r in range(proxy.rowCount()))


def test_traditional_characters_match_simplified_titles(window: MainWindow) -> None:
    type_chinese(window.library_panel.filter, "發展")
    found = shown(window)[0]
    assert found and found == matching(window, "发展")


def test_the_chosen_document_stays_chosen_while_shown(window: MainWindow) -> None:
    panel = window.library_panel
    target = next(d for d in documents(window) if not d.part)
    assert panel.select(target.id)
    panel.filter.setText(target.title[:3])
    assert panel.view.currentIndex().data(DOC_ID_ROLE) == target.id
    panel.filter.setText("ＸＹＺ無此")  # hidden: nothing is current
    assert panel.proxy.rowCount() == 0 and not panel.view.currentIndex().isValid()
    panel.filter.clear()
    assert panel.select(target.id)
    assert panel.view.currentIndex().data(DOC_ID_ROLE) == target.id


def test_the_filter_applies_to_a_changed_library(window: MainWindow) -> None:
    panel = window.library_panel
    docs = documents(window)
    needle = docs[0].title[:2]
    panel.filter.setText(needle)
    window.library_model.set_documents(docs[1:])  # as after a document is removed
    assert shown(window)[0] == matching(window, needle) - {docs[0].id}
    assert panel.proxy.mapFromSource(window.library_model.index_of(docs[0].id)) == QModelIndex()


def test_the_titles_are_folded_while_the_window_is_idle(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    """Folding every title at the first keystroke was its cost (66 ms for 4,000): they
    are folded in idle turns once the list is loaded, and a keystroke folds only what
    was typed."""
    from jingdu.ui.library import filter_model

    proxy = window.library_panel.proxy
    qtbot.waitUntil(lambda: not proxy._unfolded, timeout=5_000)
    folded: list[str] = []
    real = filter_model.fold
    monkeypatch.setattr(filter_model, "fold", lambda t: folded.append(t) or real(t))
    window.library_panel.filter.setFocus()
    type_chinese(window.library_panel.filter, "质")
    assert folded == ["质"]
    assert shown(window)[0] == matching(window, "质") != set()
