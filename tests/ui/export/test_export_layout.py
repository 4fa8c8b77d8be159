"""The export dialog's layouts, Word output and printing, as a user meets them."""

from __future__ import annotations

import docx
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jingdu.ui.export.dialog import ExportDialog
from tests.ui.conftest import make_window
from tests.ui.driving import print_to_pdf
from tests.ui.export.test_export_dialog import annotated, dialog  # noqa: F401


def _official(d: ExportDialog) -> None:
    button = next(b for b in d.layout_box.buttons.buttons() if b.property("layout") == "official")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_word_is_a_format_and_the_official_fields_show_only_for_the_official_layout(
    annotated,  # noqa: F811
) -> None:
    d = dialog(annotated)
    assert d.format_box.findData("docx") >= 0
    assert not d.layout_box.official.isVisibleTo(d)
    _official(d)
    assert d.layout_box.official.isVisibleTo(d)
    d.format_box.setCurrentIndex(d.format_box.findData("md"))
    assert not d.layout_box.isEnabled()  # Markdown has no layout
    d.format_box.setCurrentIndex(d.format_box.findData("docx"))
    assert d.layout_box.isEnabled() and "仿宋_GB2312" in d.layout_box.faces.text()


def test_an_official_word_briefing_from_the_dialog(annotated, tmp_path, qtbot) -> None:  # noqa: F811
    d = dialog(annotated)
    d.format_box.setCurrentIndex(d.format_box.findData("docx"))
    _official(d)
    box = d.layout_box
    box.name_edit.setText("理论学习简报")
    box.issue_spin.setValue(3)
    box.unit_edit.setText("理论学习小组")
    box.send_edit.setText("各党支部")
    box.copies_spin.setValue(30)
    out = tmp_path / "简报.docx"
    d.export(out)
    qtbot.waitUntil(lambda: not d.exporting)
    lines = [p.text for p in docx.Document(str(out)).paragraphs]
    assert lines[:2] == ["理论学习简报", "第3期"] and lines[2].startswith("理论学习小组\t")
    assert lines[-2:] == ["送：各党支部", "（共印 30 份）"]


def test_the_pdf_names_the_faces_that_stand_in(annotated, qtbot) -> None:  # noqa: F811
    d = dialog(annotated)
    d.format_box.setCurrentIndex(d.format_box.findData("pdf"))
    _official(d)
    qtbot.waitUntil(lambda: "→" in d.layout_box.faces.text() or "embeds" in d.layout_box.faces.text()
                    or "嵌入" in d.layout_box.faces.text())  # fmt: skip
    if "→" in d.layout_box.faces.text():
        assert "仿宋 → " in d.layout_box.faces.text()


def test_the_layout_and_masthead_are_remembered(annotated, data_dir, qtbot) -> None:  # noqa: F811
    d = dialog(annotated)
    _official(d)
    d.layout_box.unit_edit.setText("理论学习小组")
    d.layout_box.issue_spin.setValue(4)
    d.format_box.setCurrentIndex(d.format_box.findData("md"))
    d.export(data_dir.parent / "x.md")
    qtbot.waitUntil(lambda: not d.exporting)
    annotated.close()
    again = make_window(qtbot, data_dir)
    d2 = dialog(again)
    assert d2.layout_box.layout_name() == "official"
    assert d2.layout_box.unit_edit.text() == "理论学习小组"
    assert d2.layout_box.issue_spin.value() == 4


def test_ctrl_p_prints_the_briefing_with_a_preview(annotated, qtbot, tmp_path, monkeypatch):  # noqa: F811
    out = tmp_path / "printed.pdf"
    shown = print_to_pdf(monkeypatch, out)
    d = dialog(annotated)
    _official(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)  # (the desk's Ctrl+P prints the document)
    QTest.keyClick(d, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000)
    assert d.title_edit.text() in shown[0]
    printed = pdfium.PdfDocument(str(out))
    # A4 pages, as many as the briefing has, each with its text drawn on it.
    width, height = printed[0].get_size()
    assert abs(width - 595) < 3 and abs(height - 842) < 3
    assert len(printed) >= 1


@pytest.mark.parametrize("layout", ["modern", "official"])
def test_printing_with_nothing_chosen_says_so(annotated, layout) -> None:  # noqa: F811
    d = dialog(annotated)
    if layout == "official":
        _official(d)
    d.scope.no_docs.click()
    d.print_briefing()
    assert not d.print_button.isEnabled()
