"""What the export dialog remembers between exports: grouping, colour meanings, cover,
output options and the last folder (declared and checked in :mod:`jingdu.ui.common.settings`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jingdu.ui.common import settings as S

if TYPE_CHECKING:
    from jingdu.ui.export.dialog import ExportDialog


def restore(self: ExportDialog) -> None:
    """The last export's grouping, colour meanings, cover and output options."""
    store = self.session.settings
    saved = S.export_options(store) if store is not None else {}
    grouping = saved.get("group_by", "document")
    for button in self.group_buttons.buttons():
        button.setChecked(button.property("grouping") == grouping)
    if self.group_buttons.checkedButton() is None:
        self.group_buttons.buttons()[0].setChecked(True)
    meanings = saved.get("color_meanings") or {}
    for c, edit in self.meaning_edits.items():
        edit.setText(str(meanings.get(c, "")) if isinstance(meanings, dict) else "")
    for key, edit in (
        ("title", self.title_edit),
        ("subtitle", self.subtitle_edit),
        ("author", self.author_edit),
    ):
        if isinstance(saved.get(key), str):
            edit.setText(saved[key])
    self.context_check.setChecked(saved.get("context") is True)
    self.scope.notes_only.setChecked(saved.get("notes_only") is True)
    self.format_box.setCurrentIndex(max(0, self.format_box.findData(saved.get("format"))))
    font = saved.get("font", "")
    self.font_row.file = font if isinstance(font, str) and Path(font).is_file() else ""
    self.meanings.setEnabled(self.grouping() == "color")
    self.layout_box.restore(saved)


def save(self: ExportDialog, folder: Path) -> None:
    store = self.session.settings
    o = self.options()
    if store is None or o is None:
        return
    saved = {
        "group_by": o.group_by,
        "color_meanings": {c: m for c, m in o.color_meanings.items() if m},
        "title": o.title,
        "subtitle": o.subtitle,
        "author": o.author,
        "context": o.context,
        "notes_only": o.notes_only,
        "format": self.format_box.currentData(),
        "font": self.font_file,
        **self.layout_box.saved(),
    }
    S.save_export_options(store, saved)
    S.EXPORT_FOLDER.set(store, str(folder))
