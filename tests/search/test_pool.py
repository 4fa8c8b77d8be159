"""The faster commit (search/pool.py) writes the same index as Whoosh's own."""

from __future__ import annotations

from pathlib import Path

from whoosh import index
from whoosh.qparser import QueryParser

from jingdu.search import pool
from jingdu.search.index import schema

PARAGRAPHS = [
    "发展新质生产力是推动高质量发展的内在要求和重要着力点。",
    "科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。",
    "新质生产力",
    "要及时将科技创新成果应用到具体产业和产业链上，改造提升传统产业，"
    "培育壮大新兴产业，布局建设未来产业，完善现代化产业体系。" * 3,
]


def _write(folder: Path, faster: bool) -> None:
    folder.mkdir()
    ix = index.create_in(str(folder), schema())
    for round_ in range(2):  # a second commit: its segment is written beside the first
        writer = ix.writer()
        if faster:
            writer = pool.install(writer)
        for n, text in enumerate(PARAGRAPHS):
            key = f"d{round_}:{n}"
            writer.add_document(
                key=key, doc=f"d{round_}", para=n, start=0, end=len(text), kind="p",
                headings=[], grams=text, words=text,
            )  # fmt: skip
        writer.commit()
    ix.close()


def _scores(folder: Path) -> dict[str, list[tuple[str, float]]]:
    ix = index.open_dir(str(folder))
    out = {}
    with ix.searcher() as s:
        for field, words in (("words", ["新质生产力", "产业", "科技创新"]), ("grams", ["产业"])):
            for w in words:
                q = QueryParser(field, ix.schema).parse(w)
                out[f"{field}:{w}"] = [(h["key"], round(h.score, 9)) for h in s.search(q)]
        lengths = [
            (s.stored_fields(n)["key"], s.reader().doc_field_length(n, f))
            for n in range(s.doc_count_all())
            for f in ("words", "grams")
        ]
        out["lengths"] = sorted(lengths)  # type: ignore[assignment]
        # What each term's postings record of the paragraphs' lengths (for skipping).
        reader = s.reader()
        out["terms"] = [  # type: ignore[assignment]
            (f, t, i.min_length(), i.max_length(), i.doc_frequency())
            for f, t in reader.all_terms()
            if f in ("words", "grams")
            for i in [reader.term_info(f, t)]
        ]
    ix.close()
    return out


def test_the_faster_commit_writes_the_same_lengths_and_scores(tmp_path: Path) -> None:
    _write(tmp_path / "whoosh", faster=False)
    _write(tmp_path / "jingdu", faster=True)
    ours, theirs = _scores(tmp_path / "jingdu"), _scores(tmp_path / "whoosh")
    assert ours["words:产业"]  # the queries find something, so equality means something
    assert ours == theirs
