"""Where else is this said: every other place in the library that quotes a passage,
exactly or nearly.

Candidates come from the search index, which holds every paragraph's bigrams: the
passage's kept text (:mod:`jingdu.study.matching`) is cut into overlapping windows,
and the paragraphs holding each window's rarest bigram are the candidates — any
paragraph sharing a run long enough to cover a window holds that bigram. Each
candidate is aligned with the passage around the exact runs they share
(:func:`~jingdu.study.matching.local_regions`, rapidfuzz's alignment in C), and a
region of agreement counts when it shares enough characters:

- at least :data:`MIN_SHARED` kept characters (a short passage: all of it), and
- :data:`LONG_SHARED` or more, or else at least :data:`MIN_COVERAGE` of the passage:
  a stock phrase (以习近平同志为核心的党中央) shared by two long paragraphs does not
  make one a quotation of the other; and
- when it shares fewer than :data:`LONG_SHARED` characters of a passage longer than
  that, the shared run must not be one found in more than :data:`COMMON_SHARE` of the
  library's documents (a quotation is longer, or rarer).

At 50x a passage has thousands of candidates: what is done for each of them (their
kept text, the seeds they hold, the chains of those, the document offsets of the
places found) is done for all of them at once, in numpy (:mod:`jingdu.study.candidates`,
:func:`~jingdu.study.matching.kept_texts`, :func:`~jingdu.study.matching.kept_maps`);
in Python, a candidate at a time, it took most of a lookup's time.

The finder keeps what is costly to make (each candidate paragraph's kept text, the
bigrams' postings, each document's paragraph counts) until the library's paragraphs
change. A lookup makes thousands of objects in a large library, none in a cycle: it
runs without the cyclic garbage collector, whose passes hold the interpreter's lock
(and so freeze the window) for as long as the heap is large
(:func:`jingdu.bulk.no_collection`).
"""

from __future__ import annotations

import threading
import weakref
from array import array
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate
from math import ceil
from typing import TYPE_CHECKING

from rapidfuzz.distance import LCSseq

from jingdu.bulk import no_collection
from jingdu.search.store import ParagraphStore
from jingdu.study.found import MAX_PASSAGE, Found, Parallel, ParallelsError, check_span
from jingdu.study.matching import (
    SEED,
    KeptMap,
    Region,
    adjacent_pairs,
    kept,
    kept_text,
    local_regions,
    to_offsets,
)

if TYPE_CHECKING:
    from jingdu.library import Library
    from jingdu.search.engine import SearchEngine
    from jingdu.study.candidates import KeptAt, Seeded

__all__ = [
    "MAX_PASSAGE",
    "Finder",
    "Found",
    "Parallel",
    "ParallelsError",
    "finder",
    "paragraph_counts",
    "parallels",
]

MIN_SHARED = 10
"""Kept characters a parallel shares with the passage, at least (a clause)."""
LONG_SHARED = 24
"""A shared run this long is a quotation however often it recurs."""
MIN_COVERAGE = 0.4
"""…or, when shorter, at least this share of the passage (a phrase shared by two long
paragraphs is not one quoting the other; a phrase selected alone is found)."""
COMMON_SHARE = 0.10
"""A shorter shared run found in more than this share of documents is a stock phrase."""
COMMON_MIN_DOCS = 4
"""…and in at least this many (in a library of a few documents every phrase is "common")."""
WINDOW, STEP = 8, 4
"""Each window of the passage's kept text gives one probe (its rarest bigram)."""
MIN_PASSAGE = 4
"""Kept characters of a passage, at least."""
CACHED_POSTINGS = 4_000_000
"""Paragraph numbers of looked-up bigrams kept for the next passage (16 MB)."""
COMMON_PROBE = 0.08
"""A bigram in more than this share of the paragraphs is a poor probe: left out when
the passage has rarer ones."""
COUNTED_KINDS = ("body", "quote")
"""The paragraphs the reader's margin marks (headings and notes are not quotations)."""


class Finder:
    """Parallels in one engine's paragraphs; made by :func:`finder`."""

    def __init__(self, engine: SearchEngine) -> None:
        self.engine = engine
        self._texts: list[str] | None = None
        self._size = -1
        self._kept: list[str | None] = []
        self._grams: dict[str, array[int]] = {}
        self._grams_size = 0
        self._generation = 0
        """Counts the times the paragraphs changed (what was kept is forgotten then)."""
        self._freq: dict[str, int] = {}
        """Paragraphs holding each bigram looked up (until the paragraphs change)."""
        self._counts: dict[str, dict[int, int]] = {}
        self._lock = threading.Lock()

    @property
    def store(self) -> ParagraphStore:
        return self.engine.store

    def _check_fresh(self) -> None:
        """Forget what was kept if the paragraphs changed (a document added, changed
        or removed): the store's text column is replaced or grows then."""
        texts = self.store.texts()
        if texts is not self._texts or len(texts) != self._size:
            self._texts, self._size = texts, len(texts)
            self._generation += 1
            self._kept = [None] * len(texts)
            self._grams.clear()
            self._grams_size = 0
            self._freq = {}
            self._counts.clear()

    def _kept_text(self, i: int) -> str:
        """Paragraph ``i``'s kept text (kept until the paragraphs change: a regular
        expression's pass each, but thousands of candidates a passage at 50x)."""
        got = self._kept[i]
        if got is None:
            got = self._kept[i] = kept_text(self.store.texts()[i])
        return got

    def _kept_texts(self, paragraphs: list[int]) -> list[str]:
        """:meth:`_kept_text` of many paragraphs: those not kept yet in one pass."""
        from jingdu.study.candidates import kept_texts  # (numpy: not when the window starts)

        missing = [i for i in paragraphs if self._kept[i] is None]
        if missing:
            texts = self.store.texts()
            for i, t in zip(missing, kept_texts([texts[i] for i in missing]), strict=True):
                self._kept[i] = t
        return [self._kept[i] for i in paragraphs]  # type: ignore[misc]

    def _kept_where(self, i: int) -> KeptMap:
        """The document offset of each character of :meth:`_kept_text` (made for the
        paragraphs that are found, not for every candidate)."""
        return KeptMap(self.store.texts()[i], self.store.columns["start"][i])

    def _kept_wheres(self, paragraphs: list[int]) -> dict[int, KeptMap | KeptAt]:
        """:meth:`_kept_where` of many paragraphs, by paragraph, made at once."""
        from jingdu.study.candidates import kept_maps

        unique = list(dict.fromkeys(paragraphs))
        texts, starts = self.store.texts(), self.store.columns["start"]
        made = kept_maps([texts[i] for i in unique], [starts[i] for i in unique])
        return dict(zip(unique, made, strict=True))

    def _postings(self, gram: str, scratch: dict[str, array[int]]) -> array[int]:
        """The paragraphs holding ``gram``, kept for the next passage (up to
        :data:`CACHED_POSTINGS` entries in all)."""
        got = scratch.get(gram)
        if got is None:
            got = self._grams.get(gram)
        if got is None:
            found = self.engine.gram_entries(gram)
            if found is None:  # no index yet (a first build): read every paragraph
                found = [i for i, t in enumerate(self.store.texts()) if gram in t]
            got = array("I", found)
            if self._grams_size + len(got) > CACHED_POSTINGS:
                self._grams.clear()
                self._grams_size = 0
            self._grams[gram] = got
            self._grams_size += len(got)
        scratch[gram] = got
        return got

    def passage_text(self, doc: str, start: int, end: int) -> tuple[str, array[int]]:
        """The kept text of ``doc[start:end]``, read from its paragraphs."""
        c = self.store.columns
        parts: list[str] = []
        where: array[int] = array("l")
        for i in self.store.doc_entries(doc):
            s, e = c["start"][i], c["end"][i]
            if e <= start or s >= end:
                continue
            lo, hi = max(s, start), min(e, end)
            t, w = kept(c["folded"][i][lo - s : hi - s], lo)
            parts.append(t)
            where.extend(w)
        return "".join(parts), where

    # -- one passage -------------------------------------------------------------------

    def find(self, doc: str, start: int, end: int) -> list[Parallel]:
        with self.engine.reading(), self._lock:
            self._check_fresh()
            q, qwhere = self.passage_text(doc, start, end)
            if len(q) < MIN_PASSAGE:
                raise ParallelsError(
                    f"the passage has {len(q)} characters to match (punctuation aside); "
                    f"at least {MIN_PASSAGE} are needed",
                    "too_short",
                    len(q),
                    MIN_PASSAGE,
                )
            with no_collection(set_aside=False):  # (see the module's note)
                return self._find(doc, start, end, q, qwhere, {})

    def _find(
        self,
        doc: str,
        start: int,
        end: int,
        q: str,
        qwhere: array[int],
        postings: dict[str, array[int]],
    ) -> list[Parallel]:
        store, c = self.store, self.store.columns
        out = []
        found = self._regions(doc, start, end, q, qwhere, postings)
        wheres = self._kept_wheres([i for i, _ in found])
        for i, r in found:
            bwhere = wheres[i]
            s, e = bwhere[r.b0], bwhere[r.b1 - 1] + 1
            info = store.docs[c["doc"][i]]
            raw = c["raw"][i]
            p0 = c["start"][i]
            out.append(
                Parallel(
                    doc=c["doc"][i],
                    start=s,
                    end=e,
                    similarity=r.similarity,
                    coverage=r.matched / len(q),
                    snippet=raw[s - p0 : e - p0],
                    title=info.title,
                    headings=list(c["headings"][i]),
                    paragraph=c["para"][i],
                    differing=to_offsets(r.differing("b"), bwhere),
                    passage_span=(qwhere[r.a0], qwhere[r.a1 - 1] + 1),
                    passage_differing=to_offsets(r.differing("a"), qwhere),
                )
            )
        out.sort(key=lambda p: (-p.coverage, -p.similarity, p.doc, p.start))
        return out

    def _regions(
        self,
        doc: str,
        start: int,
        end: int,
        q: str,
        qwhere: array[int],
        postings: dict[str, array[int]],
    ) -> list[tuple[int, Region]]:
        """The paragraphs that quote ``q`` (the kept text of ``doc[start:end]``), each
        with the region of agreement (a paragraph may quote it twice)."""
        from jingdu.study.candidates import seeded_regions

        c = self.store.columns
        need = min(MIN_SHARED, len(q))
        if len(q) > LONG_SHARED:  # what a region must share (see the module's note)
            need = max(need, min(LONG_SHARED, ceil(MIN_COVERAGE * len(q))))
        candidates = self._candidates(q, qwhere, postings, need)
        # A region that long holds two exact runs of a seed's length, unless its text
        # is changed every few characters (no quotation then).
        seeds = 2 if need >= 4 * SEED else 1
        seeded = self._seeded(q, candidates) if seeds > 1 else {}
        if seeds > 1:
            candidates = list(seeded)
        found: list[tuple[int, Region]] = []
        for i in candidates:
            b = self._kept_text(i)
            held = seeded.get(i)
            proven = 0 if held is None else held.shared  # (no need to check it then)
            if proven < need and LCSseq.similarity(q, b, score_cutoff=need) < need:
                continue  # (in C: fewer characters in common, in order, than needed)
            if held is None:
                aligned = local_regions(q, b, min(3, need), seeds)
            else:
                aligned = seeded_regions(q, b, min(3, need), held)
            for r in aligned:
                if r.matched < need:
                    continue  # a phrase in common, not a quotation of the passage
                if c["doc"][i] == doc:
                    bw = self._kept_where(i)
                    if bw[r.b0] < end and bw[r.b1 - 1] >= start:
                        continue  # the passage itself
                found.append((i, r))
        return self._drop_stock_phrases(q, found, len(q) <= LONG_SHARED)

    def _seeded(self, q: str, candidates: list[int]) -> dict[int, Seeded]:
        """The candidates holding two of the passage's seeds (its runs of :data:`SEED`
        characters, every SEED characters) one after the other, as a chain of
        :func:`~jingdu.study.matching.local_regions` needs them, with their seeds (in
        the passage, in the candidate), in the candidates' order. All candidates' texts
        are read at once (:mod:`jingdu.study.candidates`): a candidate at a time, in
        Python, took most of a passage's time at 50x."""
        from jingdu.study.candidates import chained_seeds

        held = chained_seeds(q, self._kept_texts(candidates))
        return {candidates[t]: held[t] for t in sorted(held)}

    def _candidates(
        self, q: str, qwhere: array[int], postings: dict[str, array[int]], need: int
    ) -> list[int]:
        """Paragraphs that may share ``need`` characters with ``q``, most promising first.

        A region sharing that many holds the probes of the windows inside its runs: two
        or more, once it is long enough to hold two runs of a window and a step."""
        pairs = adjacent_pairs(q, qwhere)
        if not pairs:
            return []
        freq: dict[str, int] = {}
        for _, g in pairs:
            if g in freq:
                continue
            f = self._freq.get(g)
            if f is None:
                f = self.engine.gram_frequency(g)
                if f is None:  # no index yet: every bigram alike
                    f = 0
                else:
                    self._freq[g] = f
            freq[g] = f
        probes: set[str] = set()
        at = [i for i, _ in pairs]
        for w0 in range(0, max(1, len(q) - WINDOW + STEP), STEP):
            inside = pairs[bisect_left(at, w0) : bisect_left(at, w0 + WINDOW - 1)]
            if inside:
                probes.add(min(inside, key=lambda p: freq[p[1]])[1])
        common = COMMON_PROBE * len(self.store)
        rare = [g for g in probes if freq[g] <= common]
        if len(rare) >= 2:
            probes = set(rare)
        least = 2 if need >= 2 * (WINDOW + STEP) and len(probes) >= 2 else 1
        from jingdu.study.candidates import most_held

        return most_held([self._postings(g, postings) for g in probes], least)

    def _drop_stock_phrases(
        self, q: str, found: list[tuple[int, Region]], short_passage: bool
    ) -> list[tuple[int, Region]]:
        """Leave out short shared runs that most documents have (stock phrases)."""
        if short_passage or not found:
            return found
        docs_col = self.store.columns["doc"]
        n_docs = len(self.store.docs)
        # For each character of the passage: how many documents share it (in a region),
        # from each document's shared spans, merged (a set per character took as long
        # as the alignments at 50x).
        spans: dict[str, list[tuple[int, int]]] = {}
        for i, r in found:
            spans.setdefault(docs_col[i], []).extend((a, a + n) for a, _, n in r.blocks)
        starts_ends = [0] * (len(q) + 1)
        for held in spans.values():
            held.sort()
            lo, hi = held[0]
            for a, b in held:
                if a > hi:
                    starts_ends[lo] += 1
                    starts_ends[hi] -= 1
                    lo, hi = a, b
                else:
                    hi = max(hi, b)
            starts_ends[lo] += 1
            starts_ends[hi] -= 1
        covering = list(accumulate(starts_ends))
        limit = max(COMMON_MIN_DOCS, COMMON_SHARE * n_docs)
        kept_found = []
        for i, r in found:
            if r.matched >= LONG_SHARED:
                kept_found.append((i, r))
                continue
            shares = sorted(covering[k] for a, _, n in r.blocks for k in range(a, a + n))
            if shares[len(shares) // 2] <= limit:
                kept_found.append((i, r))
        return kept_found

    # -- every paragraph of a document ---------------------------------------------------

    def counts(self, doc: str, progress: Callable[[], None] | None = None) -> dict[int, int]:
        """For each paragraph of ``doc`` (by its start offset) that has parallels, the
        number of other documents that quote it. Kept until the paragraphs change.

        The locks are taken a paragraph at a time, so that a search or a passage's
        parallels asked for meanwhile wait for one paragraph, not the document."""
        with self.engine.reading(), self._lock:
            self._check_fresh()
            known = self._counts.get(doc)
            if known is not None:
                return known
            generation = self._generation
            c = self.store.columns
            spans = [
                (c["start"][i], c["end"][i])
                for i in self.store.doc_entries(doc)
                if c["kind"][i] in COUNTED_KINDS
            ]
        postings: dict[str, array[int]] = {}
        out: dict[int, int] = {}
        for start, end in spans:
            if progress is not None:
                progress()
            with self.engine.reading(), self._lock:
                self._check_fresh()
                if self._generation != generation:  # the library changed: count again
                    return self.counts(doc, progress)
                q, qwhere = self.passage_text(doc, start, end)
                if len(q) < MIN_SHARED:
                    continue
                # The documents are all a sign needs: no place is made into a Parallel.
                with no_collection(set_aside=False):
                    regions = self._regions(doc, start, end, q, qwhere, postings)
                others = {c["doc"][i] for i, _ in regions} - {doc}
            if others:
                out[start] = len(others)
        with self._lock:
            if self._generation == generation:
                self._counts[doc] = out
        return out


_finders: weakref.WeakKeyDictionary[SearchEngine, Finder] = weakref.WeakKeyDictionary()
_finders_lock = threading.Lock()


def finder(engine: SearchEngine) -> Finder:
    """The engine's finder (one per engine, so its caches are shared)."""
    with _finders_lock:
        f = _finders.get(engine)
        if f is None:
            f = _finders[engine] = Finder(engine)
        return f


def parallels(lib: Library, ref: str, start: int, end: int) -> Found:
    """Every other place in the library that quotes ``ref[start:end]``, best first.

    Raises:
        NotFoundError: ``ref`` names no document.
        ParallelsError: the span is empty, out of range, too long or too short.
    """
    doc = lib.document(ref)
    check_span(len(doc.text), start, end)
    passage = doc.text[start:end]
    if not passage.strip():
        raise ParallelsError("the passage is empty", "empty")
    found = finder(lib.search_engine()).find(doc.id, start, end)
    return Found(doc.id, start, end, passage, found)


def paragraph_counts(
    lib: Library, ref: str, progress: Callable[[], None] | None = None
) -> dict[int, int]:
    """For each paragraph of a document with parallels elsewhere (by its start offset),
    how many other documents quote it."""
    doc_id = lib.resolve(ref)
    return finder(lib.search_engine()).counts(doc_id, progress)
