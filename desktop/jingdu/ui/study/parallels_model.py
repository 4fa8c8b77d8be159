"""The places that quote a passage, as a list model: each row's document, section and
likeness, and its text with what differs from the passage marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from jingdu.study.parallels import Parallel
from jingdu.ui.common.plain import one_line, tooltip
from jingdu.ui.search.model import MARK, SNIPPET_HTML_ROLE
from jingdu.ui.study.marked import in_context, percent

PARALLEL_ROLE = Qt.ItemDataRole.UserRole + 11
ROW_CONTEXT = 12
"""Characters of the other text shown either side of a place in its row."""
ROW_CHARS = 200
_Index = QModelIndex | QPersistentModelIndex


class ParallelsModel(QAbstractListModel):
    """The places, best first; each row's text is read from its document once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.parallels: list[Parallel] = []
        self.texts: dict[str, str] = {}
        self.mark = MARK

    def set_parallels(self, parallels: list[Parallel], texts: dict[str, str]) -> None:
        self.beginResetModel()
        self.parallels, self.texts = parallels, texts
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.parallels)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.parallels):
            return None
        p = self.parallels[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.title} {p.snippet}"
        if role == SNIPPET_HTML_ROLE:
            where = one_line(" › ".join([p.title, *p.headings[-1:]]), ROW_CHARS)
            head = (
                '<p class="path" style="font-size:small; margin:0">'
                f"{_escape(where)} · {percent(p.similarity)}</p>"
            )
            text = self.texts.get(p.doc, "")
            body = in_context(text, (p.start, p.end), p.differing, ROW_CONTEXT)
            return head + f'<p style="margin:0">{body}</p>'
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(" › ".join([p.title, *p.headings]))
        if role == PARALLEL_ROLE:
            return p
        return None


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
