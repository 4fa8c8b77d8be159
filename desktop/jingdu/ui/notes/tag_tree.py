"""Tags as a tree by the / levels of their names, each node counting its subtree's highlights.

Shared by the annotation browser (a filter) and the export dialog (a checklist).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from jingdu.ui.common.plain import tooltip

TAG_ROLE = Qt.ItemDataRole.UserRole + 10


def add_tag_nodes(
    tree: QTreeWidget, sets: Mapping[tuple[str, ...], int]
) -> dict[str, QTreeWidgetItem]:
    """Append a node per tag and per parent level (政策 for 政策/科技) to ``tree``'s top
    level, in name order; column 1 counts the distinct highlights under it. ``sets``:
    how many highlights carry each set of tags (``Counter(h.tags for h in ...)``: a
    library has a few hundred sets, not 100,000). Returns the nodes by full tag name
    (also stored under ``TAG_ROLE``)."""
    counts: dict[str, int] = {}
    for tags, n in sets.items():
        # A highlight counts once under a node, however many of its tags are below it.
        under = {t.rsplit("/", k)[0] for t in tags for k in range(t.count("/") + 1)}
        for name in under:
            counts[name] = counts.get(name, 0) + n
    nodes: dict[str, QTreeWidgetItem] = {}
    for name in sorted(counts, key=str.casefold):
        parent_name, _, leaf = name.rpartition("/")
        item = QTreeWidgetItem([leaf, str(counts[name])])
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
