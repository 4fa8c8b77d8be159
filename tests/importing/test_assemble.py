"""A reader's structure made into a Document: text, paragraphs, outline, notes linked."""

from __future__ import annotations

from jingdu.importing.assemble import to_document
from jingdu.importing.structured import Block, Marker, Note, Structured


def test_notes_numbered_afresh_on_every_page_link_to_their_own_page() -> None:
    s = Structured(
        title="期刊论文",
        blocks=[
            Block("heading", "期刊论文", 1, 1),
            Block("body", "第一页的论述①。", 0, 1, [Marker(6, 7, "①")]),
            Block("body", "第二页的论述①。", 0, 2, [Marker(6, 7, "①")]),
        ],
        notes=[Note("①", "第一页的注释。", 1), Note("①", "第二页的注释。", 2)],
    )
    doc = to_document(s, "d", "期刊.pdf", "sha", 1)
    notes = [doc.text[f.note_start : f.note_end] for f in doc.footnotes]
    assert notes == ["第一页的注释。", "第二页的注释。"]
    assert [p.page for p in doc.paragraphs] == [1, 1, 2, 1, 2]
    assert [(o.level, o.title) for o in doc.outline] == [(0, "期刊论文"), (1, "注释")]


def test_the_opening_title_is_set_once_and_sections_start_at_level_one() -> None:
    s = Structured(
        title="关于学习的体会",
        blocks=[
            Block("heading", "关于学习的体会", 1),
            Block("heading", "一、认识", 2),
            Block("heading", "（一）内涵", 3),
            Block("body", "正文。"),
        ],
    )
    doc = to_document(s, "d", "x.docx", "sha", 1)
    assert [p.level for p in doc.paragraphs[:3]] == [0, 1, 2]


def test_a_table_keeps_its_rows_within_one_paragraph() -> None:
    s = Structured(title="表", blocks=[Block("table", "名称\t数量\n甲\t1\n乙\t2")])
    doc = to_document(s, "d", "t.docx", "sha", 1)
    assert len(doc.paragraphs) == 1 and doc.text == "名称\t数量\u2028甲\t1\u2028乙\t2"


def test_an_untitled_document_opening_with_its_only_top_heading_takes_it_as_title() -> None:
    """Word users often put the title in Heading 1 and the sections in Heading 2."""
    blocks = [
        Block("heading", "关于培育新质生产力的调研报告", 1),
        Block("heading", "一、基本情况", 2),
        Block("body", "发展新质生产力，必须坚持创新。要以科技创新引领产业创新。"),
    ]
    doc = to_document(Structured(blocks=blocks), "d", "调研报告.docx", "sha", 1)
    assert (doc.title, doc.title_source) == ("关于培育新质生产力的调研报告", "text")
    assert [(o.level, o.title) for o in doc.outline] == [
        (0, "关于培育新质生产力的调研报告"),
        (1, "一、基本情况"),
    ]


def test_sections_at_the_top_level_are_not_taken_for_a_title() -> None:
    blocks = [
        Block("heading", "一、基本情况", 1),
        Block("body", "发展新质生产力，必须坚持创新。"),
        Block("heading", "二、主要问题", 1),
        Block("body", "要以科技创新引领产业创新。"),
    ]
    doc = to_document(Structured(blocks=blocks), "d", "调研报告.docx", "sha", 1)
    assert (doc.title, doc.title_source) == ("发展新质生产力，必须坚持创新", "derived")
    assert [o.level for o in doc.outline] == [1, 1]


def test_ligatures_are_spelled_out_and_note_markers_still_point_at_their_marks() -> None:
    s = Structured(
        title="手册",
        blocks=[Block("body", "使用 LibreOﬃce 编辑①。", 0, 1, [Marker(15, 16, "①")])],
        notes=[Note("①", "见官方文档。", 1)],
    )
    doc = to_document(s, "d", "x.pdf", "sha", 1)
    assert doc.text.startswith("使用 LibreOffice 编辑①。")
    [f] = doc.footnotes
    assert doc.text[f.start : f.end] == "①"
