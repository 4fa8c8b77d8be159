"""Terms of one or two characters are answered from the counts in the index alone
(search/grams.py): what a user sees must be what reading the text gives."""

from __future__ import annotations

import random
from pathlib import Path

from jingdu.library import Library


def _library(data: Path, tmp_path: Path, text: str) -> Library:
    src = tmp_path / "笑声.txt"
    src.write_text(text, encoding="utf-8")
    lib = Library(data)
    lib.sync()
    lib.search_engine()  # the index built first: the import below updates it
    lib.import_file(src)
    return lib


def test_a_doubled_character_counts_as_the_text_does(fresh_data: Path, tmp_path: Path) -> None:
    """哈哈哈 holds 哈哈 once, as a reader (and str.count) counts it, not twice over:
    it ranks no higher than another paragraph of its length that holds it once."""
    with _library(fresh_data, tmp_path, "# 笑声\n\n哈哈。\n\n哈哈哈\n") as lib:
        results = lib.search("哈哈")
        doc = lib.document("笑声")
        assert [doc.text[h.start : h.end] for h in results.hits] == ["哈哈。", "哈哈哈"]
        assert results.hits[0].score == results.hits[1].score


def test_a_character_counted_more_often_ranks_higher(fresh_data: Path, tmp_path: Path) -> None:
    text = "# 笑声\n\n喵一声。\n\n喵喵喵。\n\n喵喵声。\n"
    with _library(fresh_data, tmp_path, text) as lib:
        doc = lib.document("笑声")
        results = lib.search("喵")
        assert results.total == 3
        best = results.hits[0]
        assert doc.text[best.start : best.end] == "喵喵喵。"
        assert len(best.matches) == 3


def test_replaced_paragraphs_are_not_found(fresh_data: Path, tmp_path: Path) -> None:
    """The index keeps a replaced document's old entries until a merge: a term looked up
    in it alone must not bring them back."""
    with _library(fresh_data, tmp_path, "# 笑声\n\n喵呜一声。\n") as lib:
        assert [lib.search(q).total for q in ("喵", "喵呜", "呜一声")] == [1, 1, 1]
        src = tmp_path / "笑声.txt"
        src.write_text("# 笑声\n\n汪汪两声。\n", encoding="utf-8")
        lib.import_file(src, replace="笑声")
        assert [lib.search(q).total for q in ("喵", "喵呜", "呜一声")] == [0, 0, 0]
        assert [lib.search(q).total for q in ("汪", "汪汪", "两声")] == [1, 1, 1]


def test_a_longer_term_is_counted_in_the_text(fresh_data: Path, tmp_path: Path) -> None:
    """A term of three characters or more is checked and counted in each paragraph's
    text (its bigrams' counts only bound it): twice ranks above once, and a paragraph
    holding its bigrams apart is no hit."""
    text = "# 笑声\n\n汪呜喵一声。\n\n汪呜喵，汪呜喵。\n\n汪呜，呜喵。\n"
    with _library(fresh_data, tmp_path, text) as lib:
        doc = lib.document("笑声")
        results = lib.search("汪呜喵")
        assert results.total == 2
        assert [doc.text[h.start : h.end] for h in results.hits] == [
            "汪呜喵，汪呜喵。",
            "汪呜喵一声。",
        ]


def test_longer_terms_rank_and_count_as_reading_every_paragraph_does(
    fresh_data: Path, tmp_path: Path
) -> None:
    """A longer term is found where its rarest bigram first occurs, and its count there is
    that bigram's, made exact only for the hits ranked onto a page (search/engine.py).
    Text of four characters in random order defeats both shortcuts often: the bigram's
    first occurrence is elsewhere, and it occurs more often than the term. A search
    within the one document reads and counts every paragraph: the whole library's
    search must give the same total, page, order and scores for every term."""
    rng = random.Random(16)
    paragraphs = [
        "".join(rng.choice("嘀嗒咚锵") for _ in range(rng.randint(3, 60))) for _ in range(300)
    ]
    text = "# 节拍\n\n" + "\n\n".join(p + "。" for p in paragraphs) + "\n"
    terms = {p[s : s + n] for p in paragraphs for n in (3, 4, 5, 7) for s in (0, len(p) // 2)}
    terms = sorted(t for t in terms if len(t) >= 3)
    assert len(terms) > 200
    # Queries of two terms: both, either, one without the other.
    terms += [f"{a} {b}" for a, b in zip(terms[::7], terms[3::7], strict=False)]
    terms += [f"{a} OR {b}" for a, b in zip(terms[1::9], terms[5::9], strict=False)]
    terms += [f"{a} -{b}" for a, b in zip(terms[2::11], terms[6::11], strict=False)]
    with _library(fresh_data, tmp_path, text) as lib:
        doc = lib.document("笑声")
        for term in terms:
            everywhere = lib.search(term, limit=10)
            within = lib.search(term, doc=doc.id, limit=10)
            assert everywhere.total == within.total, term
            assert within.total > 0 or " " in term  # each single term is in the text
            assert [(h.start, h.score) for h in everywhere.hits] == [
                (h.start, h.score) for h in within.hits
            ], term
        # The second page too: made exact in its turn.
        assert [h.start for h in lib.search("嘀嗒咚", offset=10).hits] == [
            h.start for h in lib.search("嘀嗒咚", doc=doc.id, offset=10).hits
        ]


def test_a_term_past_the_kept_first_positions_is_found(fresh_data: Path, tmp_path: Path) -> None:
    """The index keeps a bigram's first position up to 65,534 characters into a
    paragraph: a term held once beyond that, in a paragraph of 70,000 characters, is
    found and counted all the same (read in the text, not ruled out)."""
    text = "# 长段\n\n" + "甲乙" * 35_000 + "嘀嗒咚锵。\n\n嘀嗒咚，短的一段。\n"
    with _library(fresh_data, tmp_path, text) as lib:
        doc = lib.document("笑声")
        assert lib.search("嘀嗒咚").total == 2  # (a first search reads the text...)
        for term in ("嘀嗒咚", "嗒咚锵", "咚锵。"):  # (...later ones use the first positions)
            within = lib.search(term, doc=doc.id)
            everywhere = lib.search(term)
            assert everywhere.total == within.total >= 1, term
            assert [h.start for h in everywhere.hits] == [h.start for h in within.hits]
        assert any(s > 70_000 for h in lib.search("嗒咚锵").hits for s, _ in h.matches)
