"""The index's one searched field: each paragraph's bigrams, written a term at a time.

A paragraph that contains a string contains all of that string's bigrams, so the
paragraphs holding a query's rarest bigram are a superset of its matches (the
literal check that follows removes the rest): every bigram of every paragraph is
indexed, presence only.

Whoosh's writer moves each posting through its pool, a sort and its field writer
one Python call at a time: six microseconds a posting, over a minute for the
twelve million postings of a fifteen-million-character library (``/tmp`` runs of
``benchmarks/search.py``). :class:`GramWriter` keeps each bigram's paragraphs in
an array as they come, in paragraph-number order, and hands Whoosh's field writer
whole blocks at commit: the files Whoosh's own writer makes, made in a fraction
of the time (``tests/search/test_grams.py`` compares the two).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer

GRAMS = "grams"
"""The field's name in the schema."""


def bigrams(text: str) -> set[str]:
    """Every distinct pair of adjacent characters, punctuation and spaces included."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


class BigramTokenizer(Tokenizer):  # type: ignore[misc]
    """The field's analyzer for Whoosh's own writer (named in the schema, which Whoosh
    saves with the index; :class:`GramWriter` does the same work faster)."""

    def __call__(
        self, value: str, positions: bool = False, chars: bool = False, **kwargs: Any
    ) -> Iterator[Token]:
        token = Token(positions, chars, **kwargs)
        for gram in bigrams(value):
            token.text = gram
            token.boost = 1.0
            yield token


class GramWriter:
    """Adds paragraphs to a Whoosh segment writer; their bigrams are gathered here and
    written with the segment when the writer commits."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.postings = 0
        """How many are held: the caller commits when memory should be given back."""
        self._ids: dict[str, array[int]] = {}
        self._sorted = True
        fieldwriter = writer.fieldwriter
        whooshs = fieldwriter.add_postings

        def add_postings(schema: Any, lengths: Any, items: Iterable[Any]) -> None:
            whooshs(schema, lengths, self._others(items))
            self._write(fieldwriter, schema[GRAMS])

        fieldwriter.add_postings = add_postings

    def add(self, grams: Iterable[str], **fields: Any) -> None:
        """Add a paragraph: ``fields`` as Whoosh's ``add_document`` takes them, ``grams``
        its bigrams."""
        docnum = self.writer.docnum
        self.writer.add_document(**fields)
        table = self._ids
        n = 0
        for gram in grams:
            ids = table.get(gram)
            if ids is None:
                ids = table[gram] = array("I")
            ids.append(docnum)
            n += 1
        self.postings += n

    def _others(self, items: Iterable[Any]) -> Iterator[Any]:
        """Whoosh's postings of the other fields; its bigram postings (from segments it
        merges into this one) join the arrays."""
        table = self._ids
        for item in items:
            if item[0] != GRAMS:
                yield item
                continue
            gram, docnum = item[1].decode("utf-8"), item[2]
            ids = table.get(gram)
            if ids is None:
                ids = table[gram] = array("I")
            elif ids[-1] >= docnum:
                self._sorted = False
            ids.append(docnum)

    def _write(self, fieldwriter: Any, field: Any) -> None:
        if not self._ids:
            return
        fieldwriter.start_field(GRAMS, field)
        out = fieldwriter._postwriter
        limit = out._blocklimit
        ones = array("f", [1.0]) * limit
        for gram in sorted(self._ids):  # str order is UTF-8 byte order, as Whoosh's table wants
            ids = self._ids[gram]
            if not self._sorted:
                ids = array("I", sorted(ids))
            fieldwriter.start_term(gram.encode("utf-8"))
            for s in range(0, len(ids), limit):
                if out._ids:
                    out._write_block()
                block = ids[s : s + limit]
                # What add_posting leaves in a block of presence-only postings.
                out._ids, out._weights, out._maxweight = block, ones[: len(block)], 1.0
            fieldwriter.finish_term()
        fieldwriter.finish_field()
        self._ids = {}
