"""Pictures of the desk that need a hand on the mouse: the reader's context menu on a
selection, and the search list with a result selected.

``python packaging/shoot_desk.py DATA_DIR OUT_DIR`` (under Xvfb, as ``make screenshots``
runs it): writes OUT_DIR/context-menu.png and OUT_DIR/search.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from jingdu.ui.app import install_translators, make_app
from jingdu.ui.main_window import MainWindow


def main() -> None:
    # (The search index is built in a child process, which imports this file again:
    # nothing may run at import.)
    data_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    app = make_app()
    app.translators = install_translators(app, "zh_CN")  # kept alive with the app
    window = MainWindow(data_dir)
    window.resize(1280, 820)
    window.show()

    def grab(name: str) -> None:
        # The screen, so that a popup menu is in the picture, cut to the window.
        g = window.frameGeometry()
        shot = QGuiApplication.primaryScreen().grabWindow(0, g.x(), g.y(), g.width(), g.height())
        shot.save(str(out / name))

    def context_menu() -> None:
        text = window.current.text
        start = text.index("新质生产力", 400)
        window.reader.scroll_to_offset(max(0, start - 200))
        window.reader.select_range(start, start + 18)
        window.annotating.take_selection(start, start + 18)
        window.selection_bar.hide()  # the menu is the subject here
        viewport = window.reader.viewport()
        inside = QTextCursor(window.reader.document())
        inside.setPosition(window.reader.pmap.to_qt(start + 9))
        point = window.reader.cursorRect(inside).center()  # on the selection
        QTimer.singleShot(600, lambda: (grab("context-menu.png"), close_menu()))
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point)
        )
        QApplication.sendEvent(viewport, event)

    def close_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        QTimer.singleShot(200, search)

    def search() -> None:
        if window.searching.is_ready:
            run_search()
        else:
            window.search_ready.connect(run_search)

    def run_search() -> None:
        window.search_shown.connect(select_hit, Qt.ConnectionType.SingleShotConnection)
        window.search("全要素生产率 OR 高质量发展")

    def select_hit() -> None:
        view = window.search_panel.view
        view.setFocus()
        view.setCurrentIndex(
            window.search_panel.model.index(0, 0, window.search_panel.model.index(0, 0))
        )
        QTimer.singleShot(500, lambda: (grab("search.png"), app.quit()))

    window.document_shown.connect(
        lambda _id: QTimer.singleShot(800, context_menu), Qt.ConnectionType.SingleShotConnection
    )
    window.start("002")
    QTimer.singleShot(60_000, app.quit)  # never hang a build
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
