"""The export dialog as a user meets it: choose, watch the count, export, open the result."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from jingdu.export import fonts
from jingdu.ui.export import dialog as export_dialog
from jingdu.ui.export.dialog import ExportDialog, file_name
from jingdu.ui.export.scope import DOC_ROLE
from jingdu.ui.main_window import MainWindow
from jingdu.ui.notes.tag_tree import TAG_ROLE
from tests.ui.conftest import make_window


@pytest.fixture
def annotated(window: MainWindow) -> MainWindow:
    """Four highlights in two documents: colours, notes, a tag hierarchy, one untagged."""
    lib = window.library
    assert lib is not None
    first, second = (d.id for d in lib.documents()[:2])
    a, b = (lib.document(d) for d in (first, second))
    lib.add_highlight(first, 100, 130, "yellow", note="要点：创新", tags=["政策/科技"])
    lib.add_highlight(first, 300, 330, "red", note="存疑", tags=["政策"])
    lib.add_highlight(second, 50, 80, "yellow", tags=["学习"])
    lib.add_highlight(second, 200, 220, "blue")
    assert a.text and b.text
    return window


def dialog(win: MainWindow, docs: list[str] | None = None) -> ExportDialog:
    win.companions.show_export(docs)
    assert win.companions.export_dialog is not None and win.companions.export_dialog.isVisible()
    return win.companions.export_dialog


def check_tag(d: ExportDialog, name: str) -> None:
    items = d.scope.tag_tree.findItems(
        "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
    )
    item = next(i for i in items if i.data(0, TAG_ROLE) == name)
    item.setCheckState(0, Qt.CheckState.Checked)


def test_the_action_has_keys_and_the_count_follows_every_choice(annotated) -> None:
    assert annotated.commands["export"].shortcut() == QKeySequence("Ctrl+Shift+E")
    annotated.commands["export"].trigger()
    d = annotated.companions.export_dialog
    assert d is not None and d.isVisible()
    assert d.update_count() == 4 and "4" in d.count_label.text()
    d.scope.color_checks["yellow"].setChecked(False)
    assert d.update_count() == 2
    d.scope.color_checks["yellow"].setChecked(True)
    d.scope.notes_only.setChecked(True)
    assert d.update_count() == 2
    d.scope.notes_only.setChecked(False)
    check_tag(d, "政策")  # takes 政策/科技 with it
    assert d.update_count() == 2
    sub = next(
        i
        for i in d.scope.tag_tree.findItems("科技", Qt.MatchFlag.MatchRecursive)
        if i.data(0, TAG_ROLE) == "政策/科技"
    )
    assert sub.checkState(0) == Qt.CheckState.Checked and sub.isDisabled()
    assert d.scope.tags() == ["政策"]


def test_no_document_or_no_colour_left_means_nothing_to_export(annotated) -> None:
    d = dialog(annotated)
    d.scope.no_docs.click()
    assert d.update_count() == 0 and not d.export_button.isEnabled()
    assert "No highlight" in d.count_label.text() or "没有" in d.count_label.text()
    d.scope.all_docs.click()
    assert d.export_button.isEnabled()
    for box in d.scope.color_checks.values():
        box.setChecked(False)
    assert d.update_count() == 0 and not d.export_button.isEnabled()


def test_grouping_by_colour_counts_groups_and_prints_the_meanings(annotated, tmp_path) -> None:
    d = dialog(annotated)
    next(b for b in d.group_buttons.buttons() if b.property("grouping") == "color").click()
    assert d.meanings.isEnabled()
    assert "3" in d.count_label.text()  # yellow, red, blue
    d.meaning_edits["yellow"].setText("要点")
    d.meaning_edits["red"].setText("存疑")
    d.title_edit.setText("小组学习简报")
    d.format_box.setCurrentIndex(d.format_box.findData("md"))
    out = tmp_path / "b.md"
    d.export(out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 小组学习简报")
    # in the palette's order, each under its meaning or, without one, its name
    assert text.index("## 1. 要点") < text.index("## 2. 蓝色") < text.index("## 3. 存疑")


def test_exporting_a_pdf_writes_it_and_offers_to_open_it_or_its_folder(
    annotated, tmp_path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(export_dialog, "open_url", lambda url: opened.append(url.toLocalFile()))
    d = dialog(annotated)
    d.author_edit.setText("理论学习小组")
    assert not d.open_file_button.isVisible()
    out = tmp_path / "简报.pdf"
    d.export(out)
    assert out.is_file()
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "理论学习小组" in text and "要点：创新" in text
    assert str(out) in d.result_label.text()
    assert d.open_file_button.isVisible() and d.open_folder_button.isVisible()
    d.open_file_button.click()
    d.open_folder_button.click()
    assert opened == [str(out), str(tmp_path)]


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(annotated, tmp_path) -> None:
    d = dialog(annotated)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    d.export(blocker / "out.pdf")  # its "folder" is a file
    assert "Not exported" in d.result_label.text() or "未导出" in d.result_label.text()
    assert not d.open_file_button.isVisible()
    assert blocker.read_text() == "x"
    assert d.export_button.isEnabled()  # the user can choose again


def test_opening_from_a_document_checks_only_that_document(annotated) -> None:
    lib = annotated.library
    first = lib.documents()[0].id
    d = dialog(annotated, [first])
    assert d.scope.documents() == [first]
    assert d.update_count() == 2
    items = [d.scope.doc_list.item(i) for i in range(d.scope.doc_list.count())]
    assert [i.data(DOC_ROLE) for i in items] == [x.id for x in lib.documents()[:2]]


def test_the_font_warning_shows_in_the_dialog(annotated, monkeypatch) -> None:
    fallback = fonts.PdfFont(fonts.FALLBACK, "", fonts.FALLBACK_WARNING)
    monkeypatch.setattr(fonts, "find", lambda choice=None: fallback)
    d = dialog(annotated)
    assert d.font_warning.isVisibleTo(d) and "STSong-Light" in d.font_warning.text()
    d.format_box.setCurrentIndex(d.format_box.findData("md"))
    assert not d.font_warning.isVisibleTo(d)  # Markdown needs no font


def test_a_chosen_font_file_that_cannot_embed_is_named_in_the_warning(annotated, tmp_path) -> None:
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"\x00\x01 not a font")
    d = dialog(annotated)
    d.set_font_file(str(bad))
    assert "bad.ttf" in d.font_warning.text() and d.font_warning.isVisibleTo(d)
    assert d.pdf_font is not None and d.pdf_font.path != str(bad)


def test_the_next_export_starts_from_the_last_ones_choices(qtbot, annotated, tmp_path) -> None:
    d = dialog(annotated)
    next(b for b in d.group_buttons.buttons() if b.property("grouping") == "tag").click()
    d.title_edit.setText("第二次学习简报")
    d.meaning_edits["red"].setText("存疑")
    d.context_check.setChecked(True)
    d.export(tmp_path / "a.pdf")
    data_dir = annotated.data_dir
    annotated.close()
    again = make_window(qtbot, data_dir)
    d2 = dialog(again)
    assert d2.grouping() == "tag" and d2.title_edit.text() == "第二次学习简报"
    assert d2.meaning_edits["red"].text() == "存疑" and d2.context_check.isChecked()
    again.close()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("学习简报：新质生产力", "学习简报：新质生产力.pdf"),
        ('a/b\\c:d*e?"<>|', "a_b_c_d_e.pdf"),
        ("   ", "briefing.pdf"),
        ("../..", "briefing.pdf"),
    ],
)
def test_the_suggested_file_name_is_the_title_made_safe(title: str, expected: str) -> None:
    assert file_name(title, "pdf") == expected


def test_the_browser_hands_its_filters_to_the_dialog(annotated) -> None:
    annotated.companions.show_browser()
    b = annotated.companions.browser
    b.color_box.setCurrentIndex(b.color_box.findData("yellow"))
    items = b.tag_tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    b.tag_tree.setCurrentItem(next(i for i in items if i.data(0, TAG_ROLE) == "政策"))
    b.export_button.click()
    d = annotated.companions.export_dialog
    assert d is not None and d.isVisible()
    assert d.scope.tags() == ["政策"] and d.scope.colors() == ["yellow"]
    assert d.update_count() == 1  # the yellow one under 政策/科技
    b.tag_tree.setCurrentItem(items[0])  # all annotations
    b.color_box.setCurrentIndex(0)
    b.export_button.click()
    assert d.scope.tags() == [] and d.scope.colors() == [] and d.update_count() == 4


def test_the_count_follows_annotations_made_while_the_dialog_is_open(annotated) -> None:
    d = dialog(annotated)
    d.scope.color_checks["red"].setChecked(False)
    assert d.update_count() == 3
    lib = annotated.library
    doc = lib.documents()[0].id
    annotated.annotating.change(
        "add", lambda: lib.add_highlight(doc, 500, 520, "green", tags=["新标签"])
    )
    assert d.update_count() == 4  # the new one counted, red still left out
    assert not d.scope.color_checks["red"].isChecked()
    assert d.scope.tag_tree.findItems("新标签", Qt.MatchFlag.MatchRecursive)


class HeldJobs:
    """A worker stand-in that keeps export jobs until the test lets them finish."""

    def __init__(self, worker) -> None:
        self.worker, self.held = worker, []

    def submit(self, name, fn, *args, on_success=None, on_failure=None, **kw):
        if name != "export":
            return self.worker.submit(
                name, fn, *args, on_success=on_success, on_failure=on_failure, **kw
            )
        self.held.append((fn, args, on_success, on_failure))
        return None

    def __getattr__(self, name):
        return getattr(self.worker, name)

    def finish(self) -> None:
        fn, args, on_success, on_failure = self.held.pop(0)
        try:
            value = fn(*args)
        except Exception as exc:  # handed on, like the worker does
            on_failure(exc)
        else:
            on_success(value)


def test_no_second_export_starts_while_one_runs(annotated, tmp_path, monkeypatch, qtbot) -> None:
    held = HeldJobs(annotated.worker)
    monkeypatch.setattr(annotated.session, "worker", held)
    d = dialog(annotated)
    d.export(tmp_path / "a.pdf")
    assert len(held.held) == 1 and not d.export_button.isEnabled()
    d.scope.color_checks["blue"].setChecked(False)  # a recount must not re-enable it
    assert not d.export_button.isEnabled()
    d.export(tmp_path / "b.pdf")
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(held.held) == 1
    held.finish()
    assert (tmp_path / "a.pdf").is_file() and not (tmp_path / "b.pdf").exists()
    assert d.export_button.isEnabled() and str(tmp_path / "a.pdf") in d.result_label.text()
    assert "a.pdf" in annotated.status_label.text()  # also told if the dialog was closed
    d.close()
    annotated.companions.show_export()
    assert not d.result_label.isVisible() and not d.open_file_button.isVisible()


def test_an_unexpected_failure_is_reported_and_leaves_the_dialog_usable(
    annotated, tmp_path, monkeypatch, caplog
) -> None:
    d = dialog(annotated)

    def broken(*_args, **_kw):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(annotated.library, "export", broken)
    shown: list[str] = []
    monkeypatch.setattr("jingdu.ui.main_window.QMessageBox.warning", lambda *a: shown.append(a[2]))
    with caplog.at_level("ERROR", logger="jingdu"):
        d.export(tmp_path / "a.pdf")
    assert "disk on fire" in d.result_label.text() and d.export_button.isEnabled()
    # A defect is logged with its traceback, and the user is told where the details are.
    assert "RuntimeError: disk on fire" in caplog.text and "Traceback" in caplog.text
    assert len(shown) == 1 and "jingdu.log" in shown[0] and "disk on fire" in shown[0]


def test_characters_no_font_has_are_named_in_the_users_language(
    annotated, tmp_path, monkeypatch
) -> None:
    from jingdu.export import glyphs

    monkeypatch.setattr(glyphs, "FALLBACKS", glyphs.Fallbacks([], use_fontconfig=False))
    lib = annotated.library
    lib.add_highlight(lib.documents()[0].id, 600, 610, note="表情😀")
    d = dialog(annotated)
    d.export(tmp_path / "a.pdf")
    text = d.result_label.text()
    assert "No installed font has these characters" in text and "😀 (U+1F600)" in text
    assert "glyph" not in text  # not the command line's English sentence


def test_a_reversed_date_range_says_so(annotated) -> None:
    d = dialog(annotated)
    d.scope.since_check.setChecked(True)
    d.scope.until_check.setChecked(True)
    d.scope.since_edit.setDate(d.scope.until_edit.date().addDays(1))
    assert d.update_count() == 0 and "first day is after the last" in d.count_label.text()


def test_a_pdf_export_shows_its_progress_to_the_end(annotated, tmp_path) -> None:
    d = dialog(annotated)
    seen: list[tuple[int, int]] = []
    d._progressed.connect(lambda done, total: seen.append((done, total)))
    d.export(tmp_path / "a.pdf")
    # Two layout passes (the contents need the pages) over the four excerpts.
    assert seen == [(n, 8) for n in range(1, 9)]
    assert not d.progress_bar.isVisible() and not d.cancel_button.isVisible()


def test_stopping_an_export_writes_nothing_and_says_so(annotated, tmp_path, monkeypatch) -> None:
    held = HeldJobs(annotated.worker)
    monkeypatch.setattr(annotated.session, "worker", held)
    d = dialog(annotated)
    out = tmp_path / "out"
    out.mkdir()
    d.export(out / "a.pdf")
    assert d.progress_bar.isVisible() and d.cancel_button.isVisible()
    d.cancel_button.click()
    held.finish()
    assert list(out.iterdir()) == []
    assert "nothing was written" in d.result_label.text()
    assert d.export_button.isEnabled() and not d.cancel_button.isVisible()
