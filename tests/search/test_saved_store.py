"""A process that only searches reads the paragraphs saved beside the index instead of
every document, and gets the same answers; when the library changed since, it reads only
the documents that changed; when the saved paragraphs do not match the index, it reads
every document as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.reading import SegmentReader

from jingdu.library import Library
from jingdu.search.engine import STORE_FILE
from tests.notes.conftest import lib, small_corpus  # noqa: F401

QUERIES = ["新质生产力", "创新 OR 发展", '"高质量 发展"', "马克思 -资本", "质"]


def _answers(library: Library) -> list[list[tuple]]:
    out = []
    for q in QUERIES:
        r = library.search(q, limit=50)
        out.append(
            [r.total]
            + [(h.doc, h.paragraph, h.start, h.end, h.snippet, round(h.score, 6), h.title)
               for h in r.hits]
        )  # fmt: skip
    return out


def _no_documents(monkeypatch) -> None:
    def refuse(self, ref):
        raise AssertionError(f"read document {ref}: the saved paragraphs should do")

    monkeypatch.setattr(Library, "document", refuse)


def test_a_second_process_answers_from_the_saved_paragraphs(lib, monkeypatch) -> None:  # noqa: F811
    first = _answers(lib)
    assert (lib.data_dir / "index" / STORE_FILE).is_file()
    with Library(lib.data_dir) as other, monkeypatch.context() as m:
        _no_documents(m)
        assert _answers(other) == first


def test_a_document_added_since_is_the_only_one_read(lib, tmp_path, monkeypatch) -> None:  # noqa: F811
    before = lib.search("创新").total
    lib.close()
    with Library(lib.data_dir) as writer:
        note = tmp_path / "新材料.txt"
        note.write_text("学习笔记\n\n关于量子纠缠通信的一段话，也谈创新。", encoding="utf-8")
        writer.import_file(note)
    read = []
    document = Library.document
    monkeypatch.setattr(
        Library, "document", lambda self, ref: read.append(ref) or document(self, ref)
    )
    # ...and of the index, the new segment's keys alone (the others' were saved too).
    keys_read = []
    columns = SegmentReader.column_reader
    monkeypatch.setattr(
        SegmentReader,
        "column_reader",
        lambda self, name, *a, **k: keys_read.append(name) or columns(self, name, *a, **k),
    )
    with Library(lib.data_dir) as other:
        assert other.search("量子纠缠").total == 1
        assert other.search("创新").total == before + 1
        assert len(other.search_engine().index.ix._segments()) > 1
    assert read == ["新材料"]
    assert keys_read == ["key"]
    with Library(lib.data_dir) as third, monkeypatch.context() as m:  # saved again on closing
        _no_documents(m)
        assert third.search("量子纠缠").total == 1


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_damaged_saved_paragraphs_are_read_anew(lib, damage: bytes) -> None:  # noqa: F811
    first = _answers(lib)
    (lib.data_dir / "index" / STORE_FILE).write_bytes(damage)
    with Library(lib.data_dir) as other:
        assert _answers(other) == first


def test_a_renamed_document_shows_its_new_title_in_hits(lib) -> None:  # noqa: F811
    doc = lib.search("新质生产力").hits[0].doc
    lib.rename_document(doc, "改过的标题")
    assert {h.title for h in lib.search("新质生产力", limit=100).hits if h.doc == doc} == {
        "改过的标题"
    }
    with Library(lib.data_dir) as other:
        hits = [h for h in other.search("新质生产力", limit=100).hits if h.doc == doc]
        assert hits and {h.title for h in hits} == {"改过的标题"}


def test_the_saved_paragraphs_follow_a_deleted_document(lib: Library) -> None:  # noqa: F811
    hits = lib.search("新质生产力", limit=100).hits
    gone = hits[0].doc
    lib.delete_document(gone)
    with Library(lib.data_dir) as other:
        assert gone not in {h.doc for h in other.search("新质生产力", limit=100).hits}


def test_the_store_file_is_written_whole(lib: Library, tmp_path: Path) -> None:  # noqa: F811
    lib.search("创新")
    folder = lib.data_dir / "index"
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_planted_file_runs_no_code(lib, tmp_path) -> None:  # noqa: F811
    """A pickle that would run a command when loaded is refused, and the documents read."""
    import pickle

    first = _answers(lib)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (Path.touch, (marker,))

    (lib.data_dir / "index" / STORE_FILE).write_bytes(pickle.dumps({"version": Evil()}))
    with Library(lib.data_dir) as other:
        assert _answers(other) == first
    assert not marker.exists()


def test_a_store_saved_in_many_pieces_reads_back_the_same(
    lib: Library,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Text columns are saved in pieces and read a piece at a time, each forgotten once
    cut: small pieces (paragraphs of every length at their edges, empty ones included)
    give back every paragraph as it was."""
    from jingdu.search import store as store_module

    engine = lib.search_engine()
    original = engine.store
    for i in (*range(3, len(original), 7), len(original) - 1):  # empty ones, the last too
        original.columns["raw"][i] = original.columns["folded"][i] = ""
    original.columns["raw"][5] += "𠮷"  # a character past the basic plane
    original.columns["folded"][5] += "𠮷"
    joined = store_module.joined
    monkeypatch.setattr(store_module, "joined", lambda pieces: joined(pieces, 500))
    path = tmp_path / "store.pickle"
    original.save(path, "stamp")
    assert len(list(joined(original.columns["raw"], 500))) > 20  # many pieces indeed
    again = store_module.ParagraphStore.load(path, "stamp")
    assert again is not None and again.columns == original.columns
    assert store_module.ParagraphStore.load(path, "another stamp") is None
