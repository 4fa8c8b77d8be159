"""Page 1 of a briefing note in each layout, for the README: the official PDF, and the
official and modern Word files as LibreOffice prints them.

``python packaging/shoot_briefings.py DATA DOCS`` exports from the annotated library in
DATA (see demo_notes.py) and writes briefing-official.png, briefing-word-official.png
and briefing-word-modern.png into DOCS. LibreOffice is not a dependency: without
``soffice`` the Word pictures are skipped, with a message. Used by ``make screenshots``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from jingdu.export.model import BriefingOptions, Masthead
from jingdu.library import Library

MASTHEAD = Masthead(
    name="理论学习简报", issue="3", unit="理论学习小组", send_to="各党支部", copies="30"
)
PREFACE = "本期学习围绕新质生产力的文明意义展开。请在会前通读以下摘录，标注疑问。"


def page_one(pdf: Path, png: Path) -> None:
    stem = str(png.with_suffix(""))
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), stem], check=True)  # fmt: skip


def main(data: Path, docs: Path) -> None:
    out = data / "briefings"
    out.mkdir(parents=True, exist_ok=True)
    with Library(data) as lib:
        for name in ("official.pdf", "official.docx", "modern.docx"):
            layout = name.split(".")[0]
            options = BriefingOptions(
                layout=layout, masthead=MASTHEAD, author="理论学习小组", date="2026-11-22",
                preface=PREFACE,
            )  # fmt: skip
            lib.export(out / name, options)
    page_one(out / "official.pdf", docs / "briefing-official.png")
    soffice = shutil.which("soffice")
    if soffice is None:
        print("shoot_briefings: no soffice (LibreOffice): the Word pictures are not remade")
        return
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out / "word"),
         str(out / "official.docx"), str(out / "modern.docx")],
        check=True, capture_output=True,
    )  # fmt: skip
    for layout in ("official", "modern"):
        page_one(out / "word" / f"{layout}.pdf", docs / f"briefing-word-{layout}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
