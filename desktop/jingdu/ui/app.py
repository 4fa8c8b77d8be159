"""Starting the application: QApplication, translations, the main window, screenshots."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QLibraryInfo,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from jingdu import APP_ID
from jingdu.errors import SourceError
from jingdu.paths import default_data_dir, resources_dir
from jingdu.ui.common.language import speak, ui_language
from jingdu.ui.common.themes import VisibleIndicators

SCREENSHOT_TIMEOUT_MS = 30_000
TRACE_ENV = "JINGDU_STARTUP_TRACE"
"""A file to which the window appends ``event unix-time`` lines as it starts (benchmarks)."""
LONG_GAP_MS = 50
"""A freeze of the GUI thread this long is noted with its time in the startup trace."""


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Jingdu's and Qt's own translations; keep the returned objects alive.

    English has a translation too: the plural forms of counted messages.
    """
    speak(language)
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"jingdu_{language}.qm")):
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for t in translators:
        app.installTranslator(t)
    return translators


def app_icon() -> QIcon:
    """Jingdu's icon for its windows, from the SVG the package's icons are drawn from."""
    return QIcon(str(resources_dir() / "icons" / "jingdu.svg"))


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Jingdu")
    app.setApplicationDisplayName("精读 Jingdu")
    app.setOrganizationName("Jingdu")
    app.setDesktopFileName(APP_ID)  # packaging/desktop_entry.py names the entry so
    app.setWindowIcon(app_icon())
    app.setStyle(VisibleIndicators(app.style().name()))
    return app


def _trace_startup(app: QApplication, window: QMainWindow) -> None:
    """With $JINGDU_STARTUP_TRACE set: note when the window, the first document and search
    are ready, then quit (``benchmarks/desk.py`` reads the file)."""
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    trace = Path(path)

    def note(event: str) -> None:
        with trace.open("a", encoding="utf-8") as f:
            f.write(f"{event} {time.time():.6f}\n")

    # The longest gap between ticks of a 10 ms timer: how long the GUI thread froze.
    ticks = QElapsedTimer()
    ticks.start()
    worst = [0]

    def tick() -> None:
        gap = ticks.restart()
        worst[0] = max(worst[0], gap)
        if gap > LONG_GAP_MS:  # when, to find what froze it
            note(f"gap-ms-{gap}")

    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()

    def on_search_ready() -> None:
        note("search")

        def finish() -> None:
            note(f"stall-ms-{worst[0]}")
            app.quit()

        QTimer.singleShot(300, finish)  # include the moments after search is ready

    QTimer.singleShot(0, lambda: note("window"))
    window.document_shown.connect(lambda _id: note("document"))  # type: ignore[attr-defined]
    window.search_ready.connect(on_search_ready)  # type: ignore[attr-defined]


def _app_in_language(args: argparse.Namespace) -> tuple[QApplication, list[QTranslator]]:
    """The application, speaking the language chosen in the library's settings."""
    from jingdu.ui.common import settings as S

    app = make_app()
    chosen = S.LANGUAGE.get(S.open_settings(str(args.data_dir or default_data_dir())))
    return app, install_translators(app, ui_language(chosen))


def refuse_file(args: argparse.Namespace, exc: SourceError) -> None:
    """Say why ``jingdu FILE`` cannot open a file in a dialog too, in the interface's
    language, when Jingdu was started by a desktop launcher ("Open with 精读"), where no
    one reads the one line the command prints on stderr."""
    from_terminal = any(s is not None and s.isatty() for s in (sys.stdin, sys.stderr))
    no_screen = os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal") or (
        sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )
    if from_terminal or no_screen:  # a script, a test, a console: the line is enough
        return
    from jingdu.ui.importing.flow import reason_text

    app, translators = _app_in_language(args)
    QMessageBox.warning(
        None,
        QCoreApplication.translate("OpenFile", "Jingdu"),
        QCoreApplication.translate("OpenFile", "%1 cannot be opened: %2")
        .replace("%1", Path(args.file).name)
        .replace("%2", reason_text(exc.reason)),
    )
    for t in translators:
        app.removeTranslator(t)


def run_gui(args: argparse.Namespace) -> int:
    from jingdu.ui.common import failures
    from jingdu.ui.main_window import MainWindow

    app, translators = _app_in_language(args)
    # Background work is Python too: hand the GIL over more often than every 5 ms,
    # so the window answers while the worker builds or loads the index.
    sys.setswitchinterval(0.001)
    window = MainWindow(args.data_dir)
    # A bug anywhere (a slot, a thread) is logged and told, never silent nor fatal.
    failures.install(window.session.reporter)
    window.show()
    screenshot: Path | None = args.screenshot
    exit_code = 0
    study_window: QWidget | None = None
    if screenshot is not None:

        def shoot() -> None:
            shown: QWidget = window
            if args.annotations and window.companions.browser:
                shown = window.companions.browser
            if args.export and window.companions.export_dialog:
                shown = window.companions.export_dialog
            if args.removed and window.changes.removed_dialog:
                shown = window.changes.removed_dialog
            if args.import_paths and window.import_flow.summary is not None:
                shown = window.import_flow.summary
            if study_window is not None:
                shown = study_window
            shown.grab().save(str(screenshot))
            app.quit()

        def timed_out() -> None:
            nonlocal exit_code
            print("jingdu: screenshot: the window did not become ready in time", file=sys.stderr)
            exit_code = 1
            app.quit()

        # A screenshot has a standard size, whatever the saved geometry or screen.
        window.library_loaded.connect(lambda: window.resize(1280, 820))
        # Let the layout settle after what was asked for appears, then grab the window.
        if args.concordance or args.counts:

            def study_shown(w: QWidget) -> None:
                nonlocal study_window
                study_window = w
                w.resize(1200, 760)
                QTimer.singleShot(600, shoot)

            window.studying.shown.connect(study_shown)
        elif args.search:
            window.search_shown.connect(lambda: QTimer.singleShot(400, shoot))
        elif args.import_paths or args.file:
            window.import_flow.finished.connect(lambda _r: QTimer.singleShot(600, shoot))
        else:
            window.document_shown.connect(lambda _id: QTimer.singleShot(400, shoot))
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timed_out)
    if args.search:
        window.library_loaded.connect(lambda: window.search(args.search))
    if args.annotations:
        window.document_shown.connect(
            lambda _id: window.companions.show_browser(), Qt.ConnectionType.SingleShotConnection
        )
    if args.export:
        window.document_shown.connect(
            lambda _id: window.companions.show_export(), Qt.ConnectionType.SingleShotConnection
        )
    if args.removed:
        window.document_shown.connect(
            lambda _id: window.changes.show_removed(), Qt.ConnectionType.SingleShotConnection
        )
    for asked, show in (
        (args.concordance, window.studying.show_concordance),
        (args.counts, window.studying.show_counts),
    ):
        if asked:
            window.search_ready.connect(
                lambda show=show, asked=asked: show(asked), Qt.ConnectionType.SingleShotConnection
            )
    if args.import_paths:
        paths = [Path(p) for p in args.import_paths]
        window.library_loaded.connect(
            lambda: window.import_flow.start(paths), Qt.ConnectionType.SingleShotConnection
        )
    _trace_startup(app, window)
    window.start(open_doc=args.open, open_file=args.file)
    status = app.exec()
    del translators
    return exit_code or status
