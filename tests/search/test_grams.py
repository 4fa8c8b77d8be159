"""The index writers (search/grams.py and search/pool.py) write the index Whoosh's own writer does."""

from __future__ import annotations

import pickle
import struct
from array import array
from pathlib import Path
from typing import Any

from whoosh import index
from whoosh.codec.whoosh3 import delta_decode
from whoosh.system import unpack_uint

from jingdu.search import pool, postings
from jingdu.search.gathered import NO_FIRST
from jingdu.search.grams import (
    BLOCK,
    GRAMS,
    GramFormat,
    GramWriter,
    _large_block,
    grams,
    value,
)
from jingdu.search.index import schema

PARAGRAPHS = [
    "发展新质生产力是推动高质量发展的内在要求和重要着力点。",
    "科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。",
    "新质生产力",
    "要及时将科技创新成果应用到具体产业和产业链上，改造提升传统产业，"
    "培育壮大新兴产业，布局建设未来产业，完善现代化产业体系。" * 3,
    "",
    "𠮷野家 and ＡＢＣ, 1 月 31 日",
]
# More paragraphs than a block holds (128), so that long posting lists span blocks.
PARAGRAPHS += [f"第{n}段：产业链{n % 7}与创新。" for n in range(300)]
# A paragraph longer than a first position is kept for: 尾巴 first occurs past it.
PARAGRAPHS.append("".join(chr(0x4E00 + n % 50) for n in range(66_000)) + "尾巴")


def _write(folder: Path, how: str, rounds: int = 2) -> None:
    """Two commits (two segments) of the paragraphs, written ``how``."""
    folder.mkdir()
    ix = index.create_in(str(folder), schema())
    for round_ in range(rounds):
        writer = ix.writer()
        if how != "whoosh":
            writer = pool.install(writer)
        ours = GramWriter(writer) if how == "grams" else None
        for n, text in enumerate(PARAGRAPHS):
            fields = {"key": f"d{round_}:{n}", "doc": f"d{round_}"}
            if ours is not None:
                ours.add(text, **fields)
            else:
                writer.add_document(**fields, **{GRAMS: text})
        writer.commit(merge=False)
    ix.close()


def _contents(folder: Path) -> dict[str, Any]:
    """Every term's postings (as paragraph keys with the term's count there), its document
    frequency and total count, and the stored fields."""
    ix = index.open_dir(str(folder))
    with ix.searcher() as s:
        reader = s.reader()
        keys = reader.column_reader("key")
        out: dict[str, Any] = {
            "segments": len(ix._segments()),
            "stored": sorted(tuple(sorted(f.items())) for f in reader.all_stored_fields()),
            "terms": {
                (field, text.decode("utf-8")): (
                    reader.doc_frequency(field, text),
                    reader.frequency(field, text),
                    reader.max_weight(field, text) if hasattr(reader, "max_weight") else None,
                    sorted(
                        (keys[n], w) for n, w in reader.postings(field, text).items_as("weight")
                    ),
                    # The values: counts, and the bigrams' first positions (GramFormat).
                    sorted(
                        (keys[n], unpack_uint(v)[0])
                        for n, v in reader.postings(field, text).all_items()
                    )
                    if field == GRAMS
                    else None,
                )
                for field, text in reader.all_terms()
            },
        }
    ix.close()
    return out


def test_every_writer_writes_the_same_index(tmp_path: Path) -> None:
    contents = {}
    for how in ("whoosh", "pool", "grams"):
        _write(tmp_path / how, how)
        contents[how] = _contents(tmp_path / how)
    terms = contents["whoosh"]["terms"]
    assert terms[(GRAMS, "产业")][0] == 2 * 302  # found where it is: equality means something
    assert (GRAMS, "𠮷野") in terms and (GRAMS, "ＡＢ") in terms and (GRAMS, "𠮷") in terms
    # Counted: 产业 is six times in each of the three copies of the fourth paragraph.
    assert ("d0:3", 18.0) in terms[(GRAMS, "产业")][-2]
    # …and placed: its first 产业 is 15 characters into that paragraph.
    assert ("d0:3", 15 << 16 | 18) in terms[(GRAMS, "产业")][-1]
    assert contents["whoosh"]["segments"] == 2
    assert {v >> 16 for _, v in terms[(GRAMS, "尾巴")][-1]} == {NO_FIRST}
    assert contents["pool"] == contents["whoosh"]
    assert contents["grams"] == contents["whoosh"]


def test_segments_merged_by_whoosh_keep_every_posting(tmp_path: Path) -> None:
    """A later commit may merge segments: their bigram postings pass through Whoosh's pool
    into the arrays, after the paragraphs added in that commit."""
    _write(tmp_path / "whoosh", "whoosh", rounds=3)
    _write(tmp_path / "grams", "grams", rounds=3)
    ix = index.open_dir(str(tmp_path / "grams"))
    writer = GramWriter(pool.install(ix.writer()))
    writer.writer.delete_by_term("doc", "d1")
    writer.add("新加的一段：产业。", key="new:0", doc="new")
    writer.writer.commit(optimize=True)  # every segment merged into one
    ix.close()
    ix = index.open_dir(str(tmp_path / "whoosh"))
    writer = ix.writer()
    writer.delete_by_term("doc", "d1")
    writer.add_document(key="new:0", doc="new", **{GRAMS: "新加的一段：产业。"})
    writer.commit(optimize=True)
    ix.close()
    ours, theirs = _contents(tmp_path / "grams"), _contents(tmp_path / "whoosh")
    assert ours["segments"] == 1
    assert ours["terms"][(GRAMS, "产业")][0] == 2 * 302 + 1
    assert ours == theirs


def test_postings_read_whole_are_whooshs(tmp_path: Path) -> None:
    """search/postings.py decodes the blocks itself: what it reads is what Whoosh's own
    matchers read, for terms of one posting, of a few (uncompressed blocks), and of
    more than a block, across two segments."""
    _write(tmp_path / "grams", "grams")
    ix = index.open_dir(str(tmp_path / "grams"))
    writer = GramWriter(pool.install(ix.writer()))
    for n in range(BLOCK + 300):  # a third segment, with terms past one block
        writer.add(f"第{n}段：唯一{n}。" if n == 7 else f"第{n}段。", key=f"b:{n}", doc="b")
    writer.writer.commit(merge=False)
    with ix.searcher() as s:
        reader = s.reader()
        sizes = set()
        for field, text in reader.all_terms():
            if field != GRAMS:
                continue
            term = text.decode("utf-8")
            ours = postings.read(reader, GRAMS, term)
            theirs = list(reader.postings(GRAMS, term).items_as("weight"))
            assert list(zip(ours.ids.tolist(), ours.counts.tolist(), strict=True)) == theirs
            values = [unpack_uint(v)[0] for _, v in reader.postings(GRAMS, term).all_items()]
            assert ours.firsts.tolist() == [v >> 16 for v in values], term
            sizes.add(len(theirs))
    ix.close()
    assert {1, 2}.issubset(sizes) and max(sizes) > BLOCK


def test_a_large_block_reads_back_as_whoosh_and_as_arrays() -> None:
    """A block of many postings is pickled as arrays: 16-bit steps where paragraph numbers
    are close, 32-bit where one is more than 65,535 past the last. Whoosh's decoding and
    search/postings.py's read the same numbers back."""
    for ids in ([3, 4, 9, 70_000, 70_001, 200_000], list(range(5, 5 + 40, 2))):
        counts = [1 + (n * 7) % 5 for n in range(len(ids))]
        firsts = [(n * 11) % 300 for n in range(len(ids))]
        values = [value(c, f) for c, f in zip(counts, firsts, strict=True)]
        block = array("Q", [i << 32 | v for i, v in zip(ids, values, strict=True)])
        _last, data, high, total = _large_block(block)
        deltas, weights, packed = pickle.loads(data)
        assert list(delta_decode(deltas)) == ids  # as Whoosh's matcher reads them
        assert list(weights) == [float(c) for c in counts]
        assert struct.unpack(f">{len(ids)}I", packed) == tuple(values)  # fixed-size values
        assert [
            GramFormat().decode_frequency(packed[k : k + 4]) for k in range(0, len(packed), 4)
        ] == counts
        assert (high, total) == (max(counts), sum(counts))
        assert postings._array(deltas, len(ids)).cumsum().tolist() == ids
        steps = [b - a for a, b in zip([0, *ids], ids, strict=False)]
        assert deltas.typecode == ("I" if max(steps) > 65_535 else "H")


def test_grams_count_and_place_a_paragraph() -> None:
    found = grams("发展，发展新质生产力")
    assert found.counts["发展"] == 2 and found.counts["发"] == 2 and found.counts["，"] == 1
    assert found.firsts["发展"] == 0 and found.firsts["展，"] == 1 and found.firsts["展新"] == 4
    assert set(found.firsts) == {g for g in found.counts if len(g) == 2}  # bigrams only
    assert grams("") == ({}, {}) and grams("喵") == ({"喵": 1}, {})
