"""Annotate a data folder as a reader might, for the README's pictures.

``python packaging/demo_notes.py DATA`` highlights a few passages of the bundled
article 002 (found by their words, so they survive cleaner changes), with colours,
tags and notes. Used by ``make screenshots``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jingdu.library import Library

PASSAGES = [
    ("以原创性、颠覆性技术突破为内核的新质生产力", "yellow", ["概念/新质生产力"], ""),
    ("应建立新型生产关系，加快建设现代化产业体系", "green", ["政策/产业"], "对照本省产业规划"),
    ("生产力的进步是人类文明发展的杠杆", "blue", ["理论/马克思主义"], ""),
    # Overlapping the two above and below: both colours must stay readable.
    (
        "可以打破西方文明主导下的不平衡世界市场体系，突破西方工业文明的发展困境",
        "purple",
        ["理论/文明形态"],
        "",
    ),
    ("突破西方工业文明的发展困境和发展悖论", "pink", ["理论/文明形态"], "“发展悖论”指什么？"),
    ("农业生产力的发展主要是经验积累的结果", "pink", [], "与伊懋可“高水平均衡陷阱”对读"),
    ("高科技、高效能、高质量是新质生产力的重要特征", "yellow", ["概念/新质生产力", "重点"], ""),
    ("所谓“质”，体现了创新驱动和科学技术进步", "orange", ["重点"], "学习会上提问用"),
]

with Library(Path(sys.argv[1])) as lib:
    lib.sync()
    doc = lib.document("002")
    for words, color, tags, note in PASSAGES:
        start = doc.text.index(words)
        lib.add_highlight(doc.id, start, start + len(words), color=color, tags=tags, note=note)
