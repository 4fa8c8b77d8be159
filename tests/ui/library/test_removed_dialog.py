"""View → What the cleanup removed: every removal of the document shown, where and why,
in the UI's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from jingdu.library import Library
from jingdu.ui.library.removed_dialog import RemovedDialog
from tests.ui.conftest import make_window

PARA = "发展新质生产力是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章。"


def extraction(tmp_path: Path) -> Path:
    """A pdftotext extraction: six pages, a running head and a folio on each."""
    pages = []
    for p in range(6):
        lines = [
            "学习材料汇编",
            *[PARA[k : k + 20] for k in range(0, len(PARA), 20)] * 3,
            str(p + 1),
        ]
        pages.append("\n".join(lines))
    path = tmp_path / "汇编.txt"
    path.write_text("学习材料\n\n" + "\n\f".join(pages) + "\n", encoding="utf-8")
    return path


def test_the_view_menu_lists_what_was_removed_in_chinese(
    qtbot, data_dir: Path, tmp_path: Path, chinese
) -> None:
    with Library(data_dir) as lib:
        [doc] = lib.import_file(extraction(tmp_path))
        doc_id = doc.id
    win = make_window(qtbot, data_dir, open_doc=doc_id)
    qtbot.waitUntil(lambda: win.current is not None and win.current.id == doc_id, timeout=5000)
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RemovedDialog))
        seen["title"] = dialog.windowTitle()
        seen["summary"] = dialog.summary.text()
        seen["rows"] = dialog.shown_rows()
        dialog.filter.setCurrentIndex(dialog.filter.findData("页码"))
        seen["folios"] = dialog.shown_rows()
        dialog.reject()

    win.commands["removed"].trigger()
    look()
    assert seen["title"] == "清理时移除的内容"
    # The file's own first line, short and alone, is the title; the running head of
    # all six pages and the six folios are removed.
    assert str(seen["summary"]) == "《学习材料》中移除了 12 处：页眉 6、页码 6"
    rows = seen["rows"]
    assert sorted(r[2] for r in rows) == sorted(
        ["学习材料汇编"] * 6 + [str(n) for n in range(1, 7)]
    )
    assert {r[1] for r in rows} == {"页眉", "页码"}
    assert all(r[0].isdigit() for r in rows)  # the source line of each
    assert [r[2] for r in seen["folios"]] == [str(n) for n in range(1, 7)]
