"""Where else is this said, on the bundled corpus.

Expectations read in the sources: 习近平's definition of 新质生产力 (“新质生产力是创新起
主导作用……先进生产力质态”, in 001's 摘编, part 2) is quoted by a score of the
compilation's commentaries and by 003 and 004; part 70 quotes it with one character
more (它是……摆脱传统的经济增长方式); 以习近平同志为核心的党中央 is a stock phrase of several
documents that quote nothing of each other around it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from opencc import OpenCC

from jingdu.errors import NotFoundError
from jingdu.library import Library
from jingdu.search.fold import fold
from jingdu.study.matching import kept
from jingdu.study.parallels import MAX_PASSAGE, ParallelsError, paragraph_counts, parallels
from tests.study.parallels_library import places, study_library

__all__ = ["study_library"]

DEFINITION = (
    "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、"
    "高效能、高质量特征，符合新发展理念的先进生产力质态"
)
STOCK = "以习近平同志为核心的党中央"


def _span(lib: Library, ref: str, passage: str) -> tuple[str, int, int]:
    doc = lib.document(ref)
    start = doc.text.index(passage)
    return doc.id, start, start + len(passage)


def test_a_known_quotation_is_found_in_every_document_that_quotes_it(
    study_library: Library,
) -> None:
    doc, start, end = _span(study_library, "001-02", DEFINITION)
    found = parallels(study_library, doc, start, end)
    expected = places(study_library, DEFINITION)
    others = {
        (d, s, e) for d, spans in expected.items() for s, e in spans if (d, s) != (doc, start)
    }
    assert len({d for d, _, _ in others}) >= 12  # read in the sources: over a dozen
    for d, s, e in others:
        covering = [p for p in found.parallels if p.doc == d and p.start <= s and p.end >= e]
        assert covering, f"{d} {s}-{e} quotes the definition but was not found"
        assert all(p.similarity == 1.0 for p in covering)
    assert not any(p.doc == doc and p.start < end and p.end > start for p in found.parallels)
    assert found.passage == DEFINITION


def test_a_near_variant_is_found_with_what_differs_marked(study_library: Library) -> None:
    doc, start, end = _span(study_library, "001-02", DEFINITION)
    # Part 70: "新质生产力可作如下定义：它是创新起主导作用，摆脱传统的经济增长方式…"
    variant = DEFINITION.replace("新质生产力是", "它是").replace("摆脱传统经济", "摆脱传统的经济")
    assert "001_e0edea38aaf4c3b6-70" not in places(study_library, DEFINITION)
    assert "001_e0edea38aaf4c3b6-70" in places(study_library, variant)
    found = parallels(study_library, doc, start, end).parallels
    hit = next(p for p in found if p.doc == "001_e0edea38aaf4c3b6-70")
    text = study_library.document(hit.doc).text
    assert 0.9 < hit.similarity < 1.0
    assert [text[s:e] for s, e in hit.differing] == ["的"]
    assert hit.passage_differing == []  # the passage has nothing the variant lacks


def test_a_new_document_quoting_in_traditional_characters_and_other_punctuation_is_found(
    tmp_path: Path,
) -> None:
    quoted = OpenCC("s2t").convert(DEFINITION).replace("，", ", ").replace("、", "；")
    assert quoted != DEFINITION
    source = tmp_path / "繁體評論.txt"
    source.write_text(
        "評論員文章\n\n習近平總書記指出：「" + quoted + "」這一論斷意義重大。\n", encoding="utf-8"
    )
    with Library(tmp_path / "data") as lib:
        lib.sync()
        doc, start, end = _span(lib, "001-02", DEFINITION)
        before = parallels(lib, doc, start, end).parallels  # kept by the finder…
        para = next(p for p in lib.document(doc).paragraphs if p.start <= start < p.end)
        counted = paragraph_counts(lib, doc)[para.start]
        (new,) = lib.import_file(source)  # …until the library changes
        found = [p for p in parallels(lib, doc, start, end).parallels if p.doc == new.id]
        assert len(found) == 1 and found[0].similarity == 1.0
        assert lib.document(new.id).text[found[0].start : found[0].end].startswith("新質生產力")
        assert not any(p.doc == new.id for p in before)
        assert paragraph_counts(lib, doc)[para.start] == counted + 1


def test_a_stock_phrase_alone_is_no_parallel(study_library: Library) -> None:
    elsewhere = places(study_library, STOCK)
    assert len(elsewhere) >= 5  # read in the sources: a phrase many documents use
    doc = study_library.document("000")
    para = next(p for p in doc.paragraphs if STOCK in doc.text[p.start : p.end])
    found = parallels(study_library, doc.id, para.start, para.end).parallels
    phrase = kept(STOCK)[0]
    for p in found:
        rest = kept(fold(p.snippet))[0].replace(phrase, "")
        assert len(rest) >= 10, f"{p.doc} shares only {p.snippet!r}"


def test_a_short_selection_finds_every_place_it_occurs_and_its_near_variants(
    study_library: Library,
) -> None:
    passage = "高质量发展是新时代的硬道理"
    doc, start, end = _span(study_library, "001-03", passage)
    found = parallels(study_library, doc, start, end).parallels
    expected = {(d, s) for d, spans in places(study_library, passage).items() for s, _ in spans}
    expected.discard((doc, start))
    assert len(expected) >= 5
    exact = {(p.doc, p.start) for p in found if p.similarity == 1.0}
    assert exact == expected
    # The rest are near variants: 001-05 and 001-67 say 把坚持高质量发展作为新时代的硬道理.
    near = [p for p in found if p.similarity < 1.0]
    assert near and all(p.similarity >= 0.8 and p.differing for p in near)


def test_the_margin_counts_the_documents_quoting_each_paragraph(study_library: Library) -> None:
    doc = study_library.document("001-02")
    para = next(p for p in doc.paragraphs if DEFINITION in doc.text[p.start : p.end])
    counts = paragraph_counts(study_library, doc.id)
    quoting = set(places(study_library, DEFINITION)) - {doc.id}
    assert counts[para.start] >= len(quoting)
    headings = {p.start for p in doc.paragraphs if p.kind == "heading"}
    assert not headings & set(counts)
    assert paragraph_counts(study_library, doc.id) is counts  # kept, not worked out again


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (10, 5, "range"),
        (-1, 5, "range"),
        (0, 10**9, "range"),
        (7, 7, "empty"),
    ],
)
def test_a_span_that_is_no_passage_is_refused(
    study_library: Library, start: int, end: int, reason: str
) -> None:
    with pytest.raises(ParallelsError) as caught:
        parallels(study_library, "001-02", start, end)
    assert caught.value.reason == reason
    assert "passage" in str(caught.value)


def test_huge_blank_punctuation_and_unknown_passages_are_refused_and_change_nothing(
    study_library: Library, tmp_path: Path
) -> None:
    before = [(d.id, d.chars, d.highlights) for d in study_library.documents()]
    doc = study_library.document("001-06")
    with pytest.raises(ParallelsError) as caught:
        parallels(study_library, doc.id, 0, MAX_PASSAGE + 1)
    assert caught.value.reason == "too_long"
    blank = doc.text.index("\n")
    with pytest.raises(ParallelsError) as caught:
        parallels(study_library, doc.id, blank, blank + 1)
    assert caught.value.reason == "empty"
    comma = doc.text.index("，")
    with pytest.raises(ParallelsError) as caught:
        parallels(study_library, doc.id, comma, comma + 1)
    assert caught.value.reason == "too_short"
    with pytest.raises(NotFoundError):
        parallels(study_library, "no-such-document", 0, 10)
    assert [(d.id, d.chars, d.highlights) for d in study_library.documents()] == before


def test_cli_parallels_json_has_the_documented_shape(
    study_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    from jingdu.cli import main

    doc, start, end = _span(study_library, "001-02", DEFINITION)
    where = ["--data-dir", str(study_library.data_dir)]
    assert main([*where, "parallels", doc, str(start), str(end), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["passage"] == DEFINITION
    assert data["parallels"]
    for p in data["parallels"]:
        assert {"doc", "start", "end", "similarity", "snippet"} <= set(p)
        assert 0 < p["similarity"] <= 1
        text = study_library.document(p["doc"]).text
        assert text[p["start"] : p["end"]] == p["snippet"]
    assert main([*where, "parallels", doc, str(start), str(end)]) == 0
    out = capsys.readouterr().out
    assert f"{len(data['parallels'])} 处引述" in out


@pytest.mark.parametrize(
    "args",
    [
        ["001-02", "5", "2"],
        ["001-02", "0", "99999999"],
        ["no-such-document", "0", "5"],
        ["001-02", "3", "3"],
        ["001-02", "x", "5"],
    ],
)
def test_cli_parallels_refuses_bad_input_in_one_line(
    study_library: Library, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    from jingdu.cli import main

    assert main(["--data-dir", str(study_library.data_dir), "parallels", *args, "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_formula_of_common_words_is_found_wherever_it_is_quoted(
    study_library: Library,
) -> None:
    """发展新质生产力是推动高质量发展的内在要求和重要着力点: every bigram of it is common
    in this library (it is quoted everywhere), and it opens 003's first paragraph."""
    formula = "发展新质生产力是推动高质量发展的内在要求和重要着力点"
    doc = study_library.document("003")
    para = next(p for p in doc.paragraphs if formula in doc.text[p.start : p.end])
    quoting = set(places(study_library, formula)) - {doc.id}
    assert len(quoting) >= 10
    found = parallels(study_library, doc.id, para.start, para.end).parallels
    assert quoting <= {p.doc for p in found}
    assert paragraph_counts(study_library, doc.id)[para.start] >= len(quoting)
