"""Highlights, tags, filters and undo, through the Library as the GUI and CLI use it."""

from __future__ import annotations

import time

import pytest

from jingdu.library import Library
from jingdu.notes.model import COLORS, AnnotationError
from jingdu.notes.store import Filter

DOC = "002_1faaaa7bcac61f4f"


def test_a_highlight_keeps_quote_context_and_everything_typed(lib: Library) -> None:
    note = "<script>alert('x')</script> & ]]> 😀 " + "长" * 10_000 + "\n第二行"
    h = lib.add_highlight("002", 200, 230, color="green", note=note, tags=["政策/科技", "重点"])
    text = lib.document(DOC).text
    assert h.quote == text[200:230]
    assert h.prefix == text[168:200] and h.suffix == text[230:262]
    assert lib.highlight(h.id).note == note
    assert h.tags == ("政策/科技", "重点") and h.color == "green" and not h.orphan
    assert h.created == h.updated and h.id.count("-") == 4


def test_the_palette_has_the_six_colours_and_styles(lib: Library) -> None:
    assert {"yellow", "green", "blue", "pink", "purple", "orange"} <= set(COLORS)
    h = lib.add_highlight("002", 10, 20, color="ORANGE", style="underline")
    assert (h.color, h.style) == ("orange", "underline")
    with pytest.raises(AnnotationError, match="colour"):
        lib.add_highlight("002", 10, 20, color="mauve")


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 5, "negative"),
        (0, 10**6, "out of range"),
        (50, 40, "before the start"),
        (50, 50, "empty"),
    ],
)
def test_bad_ranges_are_refused_and_change_nothing(
    lib: Library, start: int, end: int, message: str
) -> None:
    with pytest.raises(AnnotationError, match=message):
        lib.add_highlight("002", start, end)
    assert lib.highlights() == []
    assert lib.history.undo_label is None


def test_tags_are_unique_without_regard_to_width_and_case(lib: Library) -> None:
    a = lib.add_highlight("002", 10, 20, tags=["GDP"])
    b = lib.add_highlight("002", 30, 40, tags=["ｇｄｐ", "gdp"])
    assert b.tags == ("GDP",)
    assert lib.tags() == [("GDP", 2)]
    lib.edit_highlight(a.id, add_tags=["  新 兴 "], remove_tags=["gdp"])
    assert lib.highlight(a.id).tags == ("新 兴",)


def test_filters(lib: Library) -> None:
    h1 = lib.add_highlight(
        "002", 100, 120, color="yellow", tags=["政策/科技"], note="关于创新的想法"
    )
    time.sleep(0.01)
    h2 = lib.add_highlight("000", 50, 80, color="pink", tags=["政策/产业"])
    h3 = lib.add_highlight("002", 10, 20, color="pink", tags=["方法"])
    ids = lambda f: [h.id for h in lib.highlights(f)]  # noqa: E731
    assert ids(Filter(doc="002")) == [h3.id, h1.id]  # document order
    assert set(ids(Filter(tags=["政策"]))) == {h1.id, h2.id}  # a tag covers the tags under it
    assert ids(Filter(tags=["政策/科技"])) == [h1.id]
    assert ids(Filter(tags=["政策", "方法"])) == []
    assert set(ids(Filter(color="pink"))) == {h2.id, h3.id}
    assert ids(Filter(text="创新的想")) == [h1.id]  # in the note
    assert ids(Filter(text=lib.highlight(h2.id).quote[3:9])) == [h2.id]  # in the quote
    assert ids(Filter(sort="created")) == [h1.id, h2.id, h3.id]
    assert ids(Filter(since=h2.created)) == [h2.id, h3.id]  # 000 before 002
    assert ids(Filter(until=h2.created)) == [h1.id]
    assert ids(Filter(orphans=True)) == []


def test_tag_rename_merge_delete_with_counts(lib: Library) -> None:
    a = lib.add_highlight("002", 10, 20, tags=["政策/科技", "读"])
    b = lib.add_highlight("002", 30, 40, tags=["政策/产业", "阅读"])
    assert lib.rename_tag("政策", "政策研究") == 2
    assert lib.tags() == [("政策研究/产业", 1), ("政策研究/科技", 1), ("读", 1), ("阅读", 1)]
    with pytest.raises(AnnotationError, match="exists already"):
        lib.rename_tag("读", "阅读")
    assert lib.merge_tags(["读", "阅读"], "读书") == 2
    assert lib.highlight(a.id).tags == ("政策研究/科技", "读书")
    assert lib.delete_tag("读书") == 2
    assert lib.highlight(b.id).tags == ("政策研究/产业",)
    assert len(lib.highlights()) == 2  # the highlights stay
    with pytest.raises(AnnotationError, match="no tag"):
        lib.delete_tag("不存在")


def test_every_change_can_be_undone_and_redone(lib: Library) -> None:
    h = lib.add_highlight("002", 10, 20, tags=["a"])
    lib.edit_highlight(h.id, color="blue", note="n", add_tags=["b"])
    lib.rename_tag("a", "c")
    lib.merge_tags(["b", "c"], "d")
    lib.delete_tag("d")
    lib.delete_highlights([h.id])
    states = []
    while lib.history.undo_label:
        states.append([x.to_dict() for x in lib.highlights()])
        lib.undo()
    assert lib.highlights() == []
    redone = []
    while lib.history.redo_label:
        lib.redo()
        redone.append([x.to_dict() for x in lib.highlights()])
    assert redone == list(reversed(states))
    with pytest.raises(AnnotationError, match="nothing to redo"):
        lib.redo()


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(lib: Library, tmp_path) -> None:
    h = lib.add_highlight("002", 10, 20)
    lib.edit_highlight(h.id, color="blue")
    other = Library(lib.data_dir)  # another Jingdu process on the same library
    other.edit_highlight(h.id, note="written elsewhere")
    other.close()
    with pytest.raises(AnnotationError, match="changed elsewhere"):
        lib.undo()
    assert lib.highlight(h.id).note == "written elsewhere"


def test_orphans_can_be_reattached(lib: Library) -> None:
    h = lib.add_highlight("002", 10, 20)
    lib.notes.conn.execute("UPDATE highlights SET orphan = 1 WHERE id = ?", [h.id])
    assert [x.id for x in lib.highlights(Filter(orphans=True))] == [h.id]
    moved = lib.edit_highlight(h.id, move_to=("000", 5, 15))
    assert (moved.doc, moved.start, moved.end, moved.orphan) == (
        "000_5425b47fff0c6ac1",
        5,
        15,
        False,
    )
    assert moved.quote == lib.document("000").text[5:15]


def test_documents_report_their_highlight_counts(lib: Library) -> None:
    lib.add_highlight("002", 10, 20)
    lib.add_highlight("002", 30, 40)
    counts = {d.id: d.highlights for d in lib.documents()}
    assert counts[DOC] == 2 and counts["000_5425b47fff0c6ac1"] == 0


def test_a_citation_names_the_page_where_the_source_had_pages() -> None:
    from jingdu.corpus.document import Document, Paragraph
    from jingdu.notes.citation import citation
    from jingdu.notes.model import Highlight

    text = "第一页的段落。\n第十二页上的一句话。"
    doc = Document(
        "d", "期刊.pdf", 0, "标题", "text", ["作者"], "", [], text,
        [Paragraph(0, 7, "body", 0, 1), Paragraph(8, len(text), "body", 0, 12)], [],
    )  # fmt: skip
    h = Highlight(
        "h", "d", 8, 13, "第十二页上", "", "", "yellow", "highlight", "", [], "t", "t"
    )  # fmt: skip
    plain, _html = citation(h, doc)
    assert plain.endswith("作者《标题》，第 12 页（期刊.pdf）")
