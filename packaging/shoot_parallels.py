"""Pictures of where else a passage is said and of the quotations index.

``python packaging/shoot_parallels.py DATA_DIR OUT_DIR`` (under Xvfb, as ``make
screenshots`` runs it): writes OUT_DIR/margin-signs.png (the reader with its margin
signs), OUT_DIR/parallels.png (the places quoting 习近平's definition of 新质生产力,
one with a character more shown side by side) and OUT_DIR/quotes.png (the index).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from jingdu.ui.app import install_translators, make_app
from jingdu.ui.main_window import MainWindow

DIGEST = "001_e0edea38aaf4c3b6-02"
DEFINITION = (
    "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，"
    "具有高科技、高效能、高质量特征，符合新发展理念的先进生产力质态"
)
VARIANT = "001_e0edea38aaf4c3b6-70"
"""Quotes the definition with a character more (摆脱传统的经济增长方式)."""


def main() -> None:
    # (The search index is built in a child process, which imports this file again:
    # nothing may run at import.)
    data_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    app = make_app()
    app.translators = install_translators(app, "zh_CN")  # kept alive with the app
    window = MainWindow(data_dir)
    window.resize(1280, 820)
    window.show()
    study = window.where_said

    def ready() -> None:
        study.counted.connect(counted)
        window.open_document(DIGEST)

    def counted(doc_id: str) -> None:
        if doc_id != DIGEST:
            return
        study.counted.disconnect(counted)
        doc = window.current
        assert doc is not None
        start = doc.text.index(DEFINITION)
        window.reader.scroll_to_offset(max(0, start - 120))
        QTimer.singleShot(400, lambda: (window.grab().save(str(out / "margin-signs.png")), find()))

    def find() -> None:
        doc = window.current
        assert doc is not None
        start = doc.text.index(DEFINITION)
        study.found.connect(found)
        study.find(doc.id, start, start + len(DEFINITION))

    def found() -> None:
        study.found.disconnect(found)
        pw = study.parallels_window
        assert pw is not None
        pw.resize(1000, 760)
        rows = [p.doc for p in pw.model.parallels]
        pw.view.setCurrentIndex(pw.model.index(rows.index(VARIANT), 0))
        QTimer.singleShot(400, lambda: (pw.grab().save(str(out / "parallels.png")), quotes()))

    def quotes() -> None:
        study.show_quotes()
        qw = study.quotes_window
        assert qw is not None
        qw.resize(1100, 720)

        def shown() -> None:
            if qw.model.rowCount() == 0:
                QTimer.singleShot(200, shown)
                return
            QTimer.singleShot(400, lambda: (qw.grab().save(str(out / "quotes.png")), app.quit()))

        shown()

    window.searching.ready.connect(lambda: QTimer.singleShot(0, ready))
    window.start()
    QTimer.singleShot(120_000, app.quit)  # never hang a build
    app.exec()


if __name__ == "__main__":
    main()
