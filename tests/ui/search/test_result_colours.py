"""A search result stays readable when selected, and in the dark theme: its section
path, its text and its matches all stand out from the row's background."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from jingdu.search.engine import Hit
from jingdu.ui.main_window import MainWindow
from jingdu.ui.search.model import HIT_ROLE
from tests.ui.driving import type_chinese

QUERY = "全要素生产率"


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass
class Fragment:
    text: str
    block: str
    fg: QColor
    bg: QColor
    bold: bool
    underline: bool


@dataclass
class Painted:
    hit: Hit
    selected: bool
    fragments: list[Fragment]


def _group(state: QStyle.StateFlag) -> QPalette.ColorGroup:
    """The colour group the style paints a row's background with."""
    if not state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Active


def _fragments(doc: QTextDocument, text: QColor, background: QColor) -> list[Fragment]:
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            fmt = f.charFormat()
            has_fg = fmt.foreground().style() != Qt.BrushStyle.NoBrush
            has_bg = fmt.background().style() != Qt.BrushStyle.NoBrush
            out.append(
                Fragment(
                    f.text(),
                    block.text(),
                    fmt.foreground().color() if has_fg else text,
                    fmt.background().color() if has_bg else background,
                    fmt.fontWeight() > 500,
                    fmt.fontUnderline(),
                )
            )
            it += 1
        block = block.next()
    return out


@pytest.fixture
def painted(window: MainWindow, monkeypatch) -> Iterator[list[Painted]]:
    """What the results view draws: each passage's text, as laid out, with the colours
    it is painted in (the document's own, else the paint context's text colour) on the
    row's background (the selection colour when selected, else the view's base)."""
    delegate = window.search_panel.view.itemDelegate()
    out: list[Painted] = []
    row: list[tuple[QStyleOptionViewItem, QPersistentModelIndex]] = []
    paint, draw = delegate.paint, QAbstractTextDocumentLayout.draw

    def spy_paint(painter, option, index) -> None:  # type: ignore[no-untyped-def]
        row[:] = [(QStyleOptionViewItem(option), QPersistentModelIndex(index))]
        paint(painter, option, index)

    def spy_draw(layout, painter, ctx) -> None:  # type: ignore[no-untyped-def]
        if row:
            option, index = row[0]
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
            background = option.palette.color(_group(option.state), role)
            text = ctx.palette.color(QPalette.ColorRole.Text)
            hit = index.data(HIT_ROLE)
            if isinstance(hit, Hit):
                frags = _fragments(layout.document(), text, background)
                out.append(Painted(hit, selected, frags))
        draw(layout, painter, ctx)

    monkeypatch.setattr(delegate, "paint", spy_paint)
    monkeypatch.setattr(QAbstractTextDocumentLayout, "draw", spy_draw)
    yield out
    window.appearance.set_theme("light")


def _check(p: Painted) -> None:
    state = "selected" if p.selected else "unselected"
    path = " › ".join(p.hit.headings[-2:])
    assert path, "a passage under a heading shows its section path"
    for f in p.fragments:
        ratio = contrast(f.fg, f.bg)
        assert ratio >= 3, f"{state}: {f.text!r} is {f.fg.name()} on {f.bg.name()} ({ratio:.1f})"
    heads = [f for f in p.fragments if f.block == path]
    body = [f for f in p.fragments if f.block != path]
    marks = [f for f in body if f.text == QUERY]
    plain = [f for f in body if QUERY not in f.text and f.text.strip()]
    assert heads and marks and plain
    for m in marks:  # the match stands out from the text around it
        assert (
            m.bold != plain[0].bold
            or m.underline != plain[0].underline
            or contrast(m.bg, plain[0].bg) >= 1.3
        ), f"{state}: the match looks like the rest of the text"
    if not p.selected:  # the path is secondary to the passage, in the palette's terms
        assert heads[0].fg != plain[0].fg


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_selected_and_unselected_results_are_readable(
    window: MainWindow, qtbot, painted: list[Painted], theme: str
) -> None:
    window.appearance.set_theme(theme)
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, QUERY)
    view = window.search_panel.view
    first = view.currentIndex()
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Down)  # the second passage
    assert view.currentIndex() != first and view.selectionModel().isSelected(view.currentIndex())
    view.viewport().grab()  # paint the rows on screen
    selected = [p for p in painted if p.selected and p.hit.headings]
    unselected = [p for p in painted if not p.selected and p.hit.headings]
    assert selected and unselected
    for p in selected + unselected:
        _check(p)
