"""When a source changes, its highlights follow the text, in the same transaction."""

from __future__ import annotations

from pathlib import Path

from jingdu.library import Library
from jingdu.notes.store import Filter

ARTICLE = "002_1faaaa7bcac61f4f.txt"


def _edit_source(corpus: Path, old: str, new: str) -> None:
    path = corpus / ARTICLE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_highlights_follow_a_changed_source(lib: Library, small_corpus: Path) -> None:
    text = lib.document("002").text
    quote_a = "农业文明：量的增长与质的缓慢进步"
    quote_b = "中国是世界上最早孕育出水稻的区域"
    quote_c = "英国工业革命开启了人类社会工业文明时代"
    a = lib.add_highlight(
        "002", text.index(quote_a), text.index(quote_a) + len(quote_a), note="保留我"
    )
    b = lib.add_highlight(
        "002", text.index(quote_b), text.index(quote_b) + len(quote_b), tags=["农业"]
    )
    c = lib.add_highlight("002", text.index(quote_c), text.index(quote_c) + len(quote_c))
    # The user replaces the file with a version that has a new paragraph at the top,
    # a changed word inside highlight b, and highlight c's sentence gone.
    _edit_source(
        small_corpus,
        "人类文明新形态具有鲜明的中国特色",
        "【编者按】本文有改动。\n\n人类文明新形态具有鲜明的中国特色",
    )
    _edit_source(small_corpus, "最早孕育出水稻", "最早培育出水稻")
    path = small_corpus / ARTICLE
    raw = path.read_text(encoding="utf-8")
    start = raw.index("“贫困恶性循环”。 英国工业革命开启了人类社会工业文明时代")
    path.write_text(
        raw[:start]
        + "“贫困恶性循环”。"
        + raw[start + len("“贫困恶性循环”。 英国工业革命开启了人类社会工业文明时代") :],
        encoding="utf-8",
    )
    report = lib.sync(small_corpus)
    assert report.cleaned == [ARTICLE]
    new_text = lib.document("002").text
    a2, b2, c2 = lib.highlight(a.id), lib.highlight(b.id), lib.highlight(c.id)
    assert new_text[a2.start : a2.end] == quote_a and a2.note == "保留我" and not a2.orphan
    assert new_text[b2.start : b2.end] == "中国是世界上最早培育出水稻的区域" and b2.tags == (
        "农业",
    )
    assert c2.orphan and c2.quote == quote_c  # kept, with everything, for review
    assert [h.id for h in lib.highlights(Filter(orphans=True))] == [c.id]


def test_an_orphan_comes_back_when_its_text_does(lib: Library, small_corpus: Path) -> None:
    text = lib.document("002").text
    quote = "英国工业革命开启了人类社会工业文明时代"
    h = lib.add_highlight("002", text.index(quote), text.index(quote) + len(quote))
    original = (small_corpus / ARTICLE).read_text(encoding="utf-8")
    _edit_source(small_corpus, quote, "")
    lib.sync(small_corpus)
    assert lib.highlight(h.id).orphan
    (small_corpus / ARTICLE).write_text(original, encoding="utf-8")
    lib.sync(small_corpus)
    back = lib.highlight(h.id)
    assert not back.orphan and lib.document("002").text[back.start : back.end] == quote


def test_import_replace_reanchors(lib: Library, tmp_path: Path) -> None:
    f = tmp_path / "笔记.txt"
    f.write_text(
        "# 笔记\n\n第一段讲新质生产力的内涵特征。\n\n第二段讲高质量发展的要求。\n", encoding="utf-8"
    )
    [doc] = lib.import_file(f)
    s = doc.text.index("高质量发展的要求")
    h = lib.add_highlight(doc.id, s, s + 8)
    f.write_text(
        "# 笔记\n\n新加的一段。\n\n第一段讲新质生产力的内涵特征。\n\n第二段讲高质量发展的要求。\n",
        encoding="utf-8",
    )
    [new] = lib.import_file(f, replace=doc.id)
    moved = lib.highlight(h.id)
    assert new.text[moved.start : moved.end] == "高质量发展的要求" and moved.start > s
