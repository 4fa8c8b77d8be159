"""Library search results as a tree: documents, and under each its matching passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette

from jingdu.notes.model import Highlight
from jingdu.search.results import Hit, SearchResults
from jingdu.ui.common import palette
from jingdu.ui.common.plain import one_line, tooltip
from jingdu.ui.common.two_level_model import TwoLevelModel

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex
ROW_CHARS = 200
"""An annotation's quote, note and tags are cut to this in its result row."""
MARK = "#ffe58a"
"""Background of the matches in an unselected row (the theme's find colour replaces it)."""
SECONDARY = 0.62
"""How much of the text colour (against the background) a section path gets."""


@dataclass
class _Group:
    doc: str
    title: str
    hits: list[Hit | Highlight] = field(default_factory=list)


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio, 1 (none) to 21 (black on white)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _blend(a: QColor, b: QColor, share: float) -> QColor:
    def mix(x: float, y: float) -> float:
        return share * x + (1 - share) * y

    return QColor.fromRgbF(
        mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF())
    )


def row_css(palette: QPalette, group: QPalette.ColorGroup, selected: bool, mark: str) -> str:
    """The style of a result row's rich text, from the palette the row is drawn with.

    A selected row is drawn on the selection colour, which the mark colour and a grey
    path may not stand out from (white on pale yellow, grey on blue): there everything
    is in the selected-text colour and the matches are bold and underlined instead. An
    unselected path is the text colour part-way to the background, so it stays
    secondary yet readable in a dark palette too.
    """
    role = QPalette.ColorRole
    if selected:
        text = palette.color(group, role.HighlightedText).name()
        return (
            f"p {{ color: {text} }} "
            f".path {{ color: {text} }} "
            f".match {{ color: {text}; font-weight: 600; text-decoration: underline }}"
        )
    ink, base = palette.color(group, role.Text), palette.color(group, role.Base)
    path = _blend(ink, base, SECONDARY)
    if contrast(path, base) < 4.5:
        path = ink
    # The mark colour is the theme's, the text colour the palette's: they need not go
    # together, so the match text is whichever of black and white reads on the mark.
    back = QColor(mark)
    on_mark = (
        "#000000"
        if contrast(back, QColor("black")) >= contrast(back, QColor("white"))
        else "#ffffff"
    )
    return (
        f"p {{ color: {ink.name()} }} "
        f".path {{ color: {path.name()} }} "
        f".match {{ color: {on_mark}; background: {back.name()}; font-weight: 600 }}"
    )


def snippet_html(hit: Hit) -> str:
    """The snippet with its matches in ``match`` spans (styled by :func:`row_css`),
    every character of the text escaped."""
    from html import escape

    lead = 1 if hit.snippet.startswith("…") else 0
    start = hit.snippet_span[0]
    out, pos = [], 0
    text = hit.snippet
    for s, e in hit.matches:
        a, b = max(s - start + lead, lead), min(e - start + lead, len(text))
        if b <= a or a >= len(text):
            continue
        out += [
            escape(text[pos:a]),
            '<span class="match">',
            escape(text[a:b]),
            "</span>",
        ]
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


class SearchResultsModel(TwoLevelModel):
    """Internal id 0 for a document row, ``group row + 1`` for a passage under it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self.results: SearchResults | None = None
        self.mark = MARK

    def set_results(
        self, results: SearchResults | None, annotations: list[Highlight] | None = None
    ) -> None:
        """Passages grouped by document; matching annotations, if any, as a first group."""
        self.beginResetModel()
        self.results = results
        self._groups = []
        if annotations:
            label = QCoreApplication.translate("SearchResultsModel", "Your annotations")
            self._groups.append(_Group("", label, list(annotations)))
        by_doc: dict[str, _Group] = {}
        for hit in results.hits if results else []:
            group = by_doc.get(hit.doc)
            if group is None:
                group = by_doc[hit.doc] = _Group(hit.doc, hit.title)
                self._groups.append(group)
            group.hits.append(hit)
        self.endResetModel()

    def top_count(self) -> int:
        return len(self._groups)

    def child_count(self, row: int) -> int:
        return len(self._groups[row].hits)

    def hit(self, index: _Index) -> Hit | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        item = self._groups[index.internalId() - 1].hits[index.row()]
        return item if isinstance(item, Hit) else None

    def annotation(self, index: _Index) -> Highlight | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        item = self._groups[index.internalId() - 1].hits[index.row()]
        return item if isinstance(item, Highlight) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                n = len(group.hits)
                return (
                    QCoreApplication.translate("SearchResultsModel", "%1 (%2)")
                    .replace("%1", group.title)
                    .replace("%2", str(n))
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(group.title)
            return None
        note = self.annotation(index)
        if note is not None:
            return self._annotation_data(note, role)
        hit = self.hit(index)
        assert hit is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.snippet
        if role == SNIPPET_HTML_ROLE:
            section = one_line(" › ".join(hit.headings[-2:]), ROW_CHARS)
            head = (
                f'<p class="path" style="font-size:small; margin:0">{_escape(section)}</p>'
                if section
                else ""
            )
            return head + f'<p style="margin:0">{snippet_html(hit)}</p>'
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(" › ".join([hit.title, *hit.headings]))
        if role == HIT_ROLE:
            return hit
        return None

    def _annotation_data(self, h: Highlight, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return h.quote
        if role == SNIPPET_HTML_ROLE:
            # Cut before the row is laid out: a long note would make every repaint slow.
            tags = one_line(" ".join(f"#{t}" for t in h.tags), ROW_CHARS)
            head = f'<p class="path" style="font-size:small; margin:0">{_escape(tags)}</p>'
            swatch = f'<span style="color:{palette.RGB.get(h.color, "#f5d547")}">■</span> '
            quote, text = (_escape(one_line(t, ROW_CHARS)) for t in (h.quote, h.note))
            body = f'<p style="margin:0">{swatch}{quote}</p>'
            note = f'<p style="margin:0; font-style:italic">✎ {text}</p>' if text else ""
            return (head if tags else "") + body + note
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(h.note or h.quote)
        if role == NOTE_ROLE:
            return h
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def first_hit(self) -> QModelIndex:
        """The best passage: annotations are listed first, but the text is what was sought."""
        for g, group in enumerate(self._groups):
            if group.hits and isinstance(group.hits[0], Hit):
                return self.index(0, 0, self.index(g, 0))
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
