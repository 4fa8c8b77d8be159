"""Briefings made straight from the export model, without a library: a document and its
highlights built in memory, so a test can choose sizes no real annotation would have."""

from __future__ import annotations

from dataclasses import replace

from jingdu.corpus.document import Document, Paragraph
from jingdu.export.model import Briefing, BriefingOptions, build
from jingdu.notes.model import Highlight

HEADING = "一、新质生产力的内涵"
BODY = "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。"


def document() -> Document:
    text = f"{HEADING}\n{BODY}"
    return Document(
        id="d1",
        source="001_新质生产力.txt",
        part=0,
        title="论新质生产力",
        title_source="text",
        authors=["周文"],
        abstract="",
        keywords=[],
        text=text,
        paragraphs=[
            Paragraph(0, len(HEADING), "heading", 1),
            Paragraph(len(HEADING) + 1, len(text), "body"),
        ],
        outline=[],
    )


def briefing(
    note: str = "", tags: tuple[str, ...] = (), group_by: str = "document", count: int = 1
) -> Briefing:
    """``count`` highlights on the document's sentence, each with ``note`` and ``tags``."""
    d = document()
    start = len(HEADING) + 1
    highlights = [
        Highlight(f"h{i}", d.id, start + i, start + 12, d.text[start + i : start + 12], "", "")
        for i in range(count)
    ]
    highlights = [replace(h, note=note, tags=tags) for h in highlights]
    return build(highlights, [d], BriefingOptions(group_by=group_by, title="学习简报：测试"))
