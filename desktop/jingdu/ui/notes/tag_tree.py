"""Tags as a tree by the / levels of their names, each node counting its subtree's highlights.

Shared by the annotation browser (a filter) and the export dialog (a checklist).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from jingdu.notes.model import Highlight
from jingdu.ui.common.plain import tooltip

TAG_ROLE = Qt.ItemDataRole.UserRole + 10


def add_tag_nodes(tree: QTreeWidget, items: list[Highlight]) -> dict[str, QTreeWidgetItem]:
    """Append a node per tag and per parent level (政策 for 政策/科技) to ``tree``'s top
    level, in name order; column 1 counts the distinct highlights under it. Returns the
    nodes by full tag name (also stored under ``TAG_ROLE``)."""
    counts: dict[str, set[str]] = {}
    for h in items:
        for t in h.tags:
            parts = t.split("/")
            for i in range(1, len(parts) + 1):
                counts.setdefault("/".join(parts[:i]), set()).add(h.id)
    nodes: dict[str, QTreeWidgetItem] = {}
    for name in sorted(counts, key=str.casefold):
        parent_name, _, leaf = name.rpartition("/")
        item = QTreeWidgetItem([leaf, str(len(counts[name]))])
        item.setData(0, TAG_ROLE, name)
        item.setToolTip(0, tooltip(name))
        parent = nodes.get(parent_name)
        if parent is not None:
            parent.addChild(item)
        else:
            tree.addTopLevelItem(item)
        nodes[name] = item
    tree.expandAll()
    tree.resizeColumnToContents(1)
    return nodes
