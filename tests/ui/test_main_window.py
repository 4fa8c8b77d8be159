from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from jingdu.ui.common.worker import Worker
from jingdu.ui.library.model import DOC_ID_ROLE, SECONDARY_ROLE, LibraryModel, SourceGroup
from jingdu.ui.main_window import MainWindow
from jingdu.ui.reader.outline_model import OFFSET_ROLE, OutlineModel


def select(win: MainWindow, doc_id: str) -> None:
    index = win.library_model.index_of(doc_id)
    assert index.isValid()
    win.library_view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_the_library_lists_every_document_grouped_by_source(window: MainWindow) -> None:
    model = window.library_model
    top = [model.index(r, 0) for r in range(model.rowCount())]
    labels = [i.data() for i in top]
    assert "论新质生产力的世界观和方法论意蕴" in labels
    group = next(i for i in top if isinstance(model.node(i), SourceGroup))
    assert model.rowCount(group) >= 60
    child = model.index(1, 0, group)
    assert child.data() == "习近平重要论述摘编（12 则）"
    article = top[labels.index("新质生产力：破解西方文明困境与开创人类文明新形态")]
    assert article.data(SECONDARY_ROLE) == "周文、杨正源"  # no file code: that is in the tooltip
    assert "002_1faaaa7bcac61f4f.txt" in article.data(Qt.ItemDataRole.ToolTipRole)


def test_selecting_a_document_shows_it_with_its_outline(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.document_shown, timeout=5000):
        select(window, "002_1faaaa7bcac61f4f")
    text = window.reader.toPlainText()
    assert text.startswith("新质生产力：破解西方文明困境与开创人类文明新形态")
    assert "直到 １７００ 年左右，欧洲的技术才堪与 １１ 世纪的中国匹敌。" in text
    heading = window.outline_model.find("（二）新质生产力破解西方主导世界市场的不公平格局")
    assert heading.isValid()
    assert heading.parent().data() == "二、新质生产力破解西方文明困境与发展悖论"


def test_clicking_a_heading_in_the_outline_brings_it_to_the_top(window: MainWindow, qtbot) -> None:
    select(window, "000_5425b47fff0c6ac1")
    title = "四、坚持问题导向是发展新质生产力的恪守原则"
    heading = window.outline_model.find(title)
    assert window.reader.verticalScrollBar().value() == 0
    qtbot.mouseClick(
        window.outline_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.outline_view.visualRect(heading).center(),
    )
    assert window.reader.verticalScrollBar().value() > 0
    top = window.reader.offset_at_top()
    doc = window.current
    assert doc is not None
    start = heading.data(OFFSET_ROLE)
    assert doc.text[start:].startswith(title)
    assert abs(top - start) < 30  # the heading is the first thing visible


def test_the_outline_follows_the_reading_position(window: MainWindow) -> None:
    select(window, "000_5425b47fff0c6ac1")
    doc = window.current
    assert doc is not None
    target = next(o for o in doc.outline if o.title.startswith("五、"))
    window.reader.scroll_to_offset(target.start + 40)
    assert window.outline_view.currentIndex().data() == target.title


def test_a_document_can_be_opened_by_id_on_start(qtbot, data_dir: Path) -> None:
    win = MainWindow(data_dir, worker=Worker(synchronous=True))
    qtbot.addWidget(win)
    win.start(open_doc="001-05")
    assert win.current is not None and win.current.id == "001_e0edea38aaf4c3b6-05"
    assert win.library_view.currentIndex().data(DOC_ID_ROLE) == win.current.id


def test_footnote_markers_are_superscript_with_the_note_as_tooltip(window: MainWindow) -> None:
    select(window, "004_d840023fb8f8f993")
    doc = window.current
    assert doc is not None
    fn = doc.footnotes[0]
    cursor = window.reader.textCursor()
    cursor.setPosition(window.reader.pmap.to_qt(fn.start) + 1)
    fmt = cursor.charFormat()
    assert fmt.verticalAlignment() == fmt.VerticalAlignment.AlignSuperScript
    assert fmt.toolTip() == doc.text[fn.note_start : fn.note_end]


def test_models_pass_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    select(window, "004_d840023fb8f8f993")
    qtmodeltester.check(window.library_model)
    qtmodeltester.check(window.outline_model)
    qtmodeltester.check(LibraryModel())
    qtmodeltester.check(OutlineModel())


def test_a_broken_library_is_reported_in_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:
    data_dir = tmp_path / "broken"
    data_dir.mkdir()
    (data_dir / "library.db").write_bytes(b"not a database" * 200)
    shown = []
    monkeypatch.setattr("jingdu.ui.main_window.QMessageBox.critical", lambda *a: shown.append(a[2]))
    win = MainWindow(data_dir, worker=Worker(synchronous=True))
    qtbot.addWidget(win)
    win.start()
    assert win.library is None
    assert len(shown) == 1 and "damaged" in shown[0]


def test_a_damaged_library_offers_the_automatic_backup(qtbot, data_dir: Path, monkeypatch) -> None:
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    import sqlite3

    from jingdu.library import Library

    with Library(data_dir) as lib:
        lib.sync()
        lib.add_highlight("002", 10, 30, note="keep me")
    Library(data_dir).close()  # start-up makes the automatic copy
    db = data_dir / "library.db"
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    db.write_bytes(db.read_bytes()[:4096] + b"\x00broken" * 1000)
    asked = []

    def answer(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("jingdu.ui.main_window.QMessageBox.question", answer)
    win = MainWindow(data_dir, worker=Worker(synchronous=True))
    qtbot.addWidget(win)
    win.start()
    assert len(asked) == 1 and "damaged" in asked[0] and "automatic backup" in asked[0]
    assert win.library is not None
    assert [h.note for h in win.library.highlights()] == ["keep me"]
    assert list(data_dir.glob("library.db.damaged-*"))


def test_a_missing_chinese_font_is_explained_once(qtbot, data_dir: Path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("jingdu.ui.main_window.reading_family", lambda: None)
    monkeypatch.setattr(
        "jingdu.ui.main_window.QMessageBox.information", lambda *a: shown.append(a[2])
    )
    for _ in range(2):
        win = MainWindow(data_dir, worker=Worker(synchronous=True))
        qtbot.addWidget(win)
        win.start()
        win.close()
    assert len(shown) == 1 and "fonts-noto-cjk" in shown[0]


def test_the_interface_language_follows_the_setting_then_the_locale() -> None:
    from jingdu.ui.common.language import ui_language

    assert ui_language("zh_CN") == "zh_CN"
    assert ui_language("en") == "en"
    assert ui_language("zh_TW") == "zh_CN"


def test_the_window_title_is_the_documents_title_alone(qtbot, data_dir) -> None:
    """The platform adds the application's name (精读 Jingdu) to every window title."""
    from tests.ui.conftest import make_window

    win = make_window(qtbot, data_dir, open_doc="000")
    qtbot.waitUntil(lambda: win.current is not None, timeout=5000)
    assert win.windowTitle() == win.current.title


def test_the_windows_carry_jingdus_icon_which_reads_at_16_px(qapp) -> None:
    from PySide6.QtGui import QColor

    from jingdu.ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    small = icon.pixmap(16, 16).toImage()
    assert (small.width(), small.height()) == (16, 16)
    # On whole pixels at 16 px: the vermilion tile, a white page, the yellow mark.
    assert small.pixelColor(8, 1) == QColor("#c0392b")
    assert small.pixelColor(4, 8) == QColor("#fffdf7")
    assert small.pixelColor(13, 6) == QColor("#ffd000")
