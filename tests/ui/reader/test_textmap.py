from __future__ import annotations

from PySide6.QtGui import QTextCursor

from jingdu.corpus.document import Document, Paragraph
from jingdu.ui.reader.render import render_document
from jingdu.ui.reader.textmap import PositionMap, utf16_len, utf16_to_cp


def test_utf16_helpers_count_astral_characters_twice() -> None:
    assert utf16_len("𠮷野家") == 4
    assert utf16_to_cp("𠮷野家", 2) == 1
    assert utf16_to_cp("𠮷野家", 4) == 3


def test_positions_round_trip_through_a_rendered_document(qtbot) -> None:
    text = "𠮷野家的新质生产力\n第二段有𠮷字，也有新质生产力。"
    first_end = text.index("\n")
    doc = Document(
        id="t",
        source="t.txt",
        part=0,
        title="标题",
        title_source="derived",
        authors=[],
        abstract="",
        keywords=[],
        text=text,
        paragraphs=[Paragraph(0, first_end, "body"), Paragraph(first_end + 1, len(text), "body")],
        outline=[],
    )
    qdoc, pmap = render_document(doc, None)
    for word in ("新质生产力", "𠮷字", "也有"):
        offset = text.rindex(word)
        cursor = QTextCursor(qdoc)
        cursor.setPosition(pmap.to_qt(offset))
        cursor.setPosition(pmap.to_qt(offset + len(word)), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word
        assert pmap.to_offset(pmap.to_qt(offset)) == offset


def test_position_map_clamps_out_of_range_offsets() -> None:
    pmap = PositionMap("ab\ncd")
    pmap.add(0, 2, 10)
    pmap.add(3, 5, 20)
    assert pmap.to_qt(-5) == 10
    assert pmap.to_qt(99) == 22
    assert pmap.to_offset(0) == 0
