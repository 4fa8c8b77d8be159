"""The Qt binding must survive a reader's worth of text formatting.

PySide6 6.12.0 on Python 3.11 loses a reference to None in every QTextFormat
setter; after some thousands of calls (opening a few documents) the
interpreter aborts. pyproject.toml excludes that version; this test keeps it
excluded.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QGuiApplication, QTextBlockFormat, QTextCharFormat, QColor
app = QGuiApplication([])
red = QColor("red")
for _ in range(300_000):
    b = QTextBlockFormat()
    b.setTopMargin(1.0)
    c = QTextCharFormat()
    c.setForeground(red)
print("survived")
"""


def test_text_formats_can_be_set_many_times() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "survived"
