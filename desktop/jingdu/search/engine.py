"""Running a query: each term's hits from the index (checked against the text where the
index alone cannot be sure), ranking, snippets."""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import time
from collections.abc import Callable
from itertools import repeat
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from whoosh.searching import Searcher

from jingdu.corpus.document import Document
from jingdu.progress import Progress
from jingdu.search import codes, postings
from jingdu.search.gathered import NO_FIRST
from jingdu.search.grams import GRAMS, bigrams
from jingdu.search.index import SearchIndex, fingerprint
from jingdu.search.query import Query, Term, parse
from jingdu.search.ranking import Ranking
from jingdu.search.results import Hit, SearchResults
from jingdu.search.snippets import snippet
from jingdu.search.store import Entry, ParagraphStore

STORE_FILE = "paragraphs.pickle"
"""The paragraph store, saved beside the index it matches."""
NARROW_ENOUGH = 256
"""A long term's candidates are settled by its bigrams' postings in turn until fewer
than this are left (reading so few paragraphs' text costs less than another list)..."""
NARROW_RATIO = 4
"""...or the next list is this many times longer than the candidates left (reading and
intersecting a posting costs about a quarter of checking a paragraph)..."""
NARROWED_LITTLE = 0.25
"""...or the last list read settled less than this share of them."""
EXACT_FIRST = 4
"""A page's hits whose counts are bounds are counted with this many times as many
hits ranked next (see _search)."""


class SearchEngine:
    """The index plus the folded paragraphs it is checked against."""

    def __init__(self, folder: Path, in_child: bool = False) -> None:
        self.index = SearchIndex(folder, in_child)
        self.store = ParagraphStore()
        self._entry_of_docnum: list[int | None] = []
        self._segment_keys: dict[str, list[str]] = {}
        self._unsaved = False
        self._searcher: Any = None
        self._lock = threading.RLock()
        """Held while the index or the paragraphs change, and while a search reads them."""
        self._added: list[tuple[Document, list[Any]]] = []
        self._entries = np.zeros(0, np.int64)
        """By index entry (Whoosh's document number): its paragraph, -1 if deleted."""
        self._ranking_cache: Ranking | None = None
        self._longer_terms_searched = False
        self.last_action = ""

    # -- keeping in step with the library ---------------------------------------------

    def load(self, docs: list[Document], progress: Progress | None = None) -> str:
        """Fill the paragraph store and open the index, rebuilding or updating it as needed.

        Returns what was done: ``opened``, ``updated`` or ``rebuilt``.
        """
        self.fill(docs)
        return self.index_documents(progress)

    def fill(self, docs: list[Document]) -> None:
        """Take in the library's documents. From here on the engine answers searches,
        exactly, by reading every paragraph, until :meth:`index_documents` is done."""
        self.store = ParagraphStore()
        self._added = [(d, self.store.add(d)) for d in docs]

    def index_documents(self, progress: Progress | None = None) -> str:
        """Open the index of the documents :meth:`fill` took in, rebuilding or updating
        it as needed (searches go on meanwhile); returns ``opened``, ``updated`` or
        ``rebuilt``."""
        added, self._added = self._added, []
        if not self.index.open():
            self.index.rebuild(added, len(added), progress)
            self.last_action = "rebuilt"
        else:
            with self._lock:
                changed = self._apply(added, {d.id for d, _ in added})
            self.last_action = "updated" if changed else "opened"
        self._refresh()
        with self._lock:
            self._save_store()  # (filled because the saved one could not be used)
        return self.last_action

    def open_saved(self) -> bool:
        """Open the index and the paragraph store saved beside it, without reading any
        document, if the store is of exactly the documents indexed; False if not, and
        :meth:`load` must be given the documents. (Then :meth:`sync` brings both in step
        with the library, reading only the documents that changed.)"""
        if not self.index.open():
            return False
        store = ParagraphStore.load(self._store_path(), self._stamp())
        if store is None:
            self.index.close()
            return False
        self.store = store
        self.last_action = "opened"
        self._refresh()
        return True

    def sync(self, docs: list[Document], present: set[str]) -> bool:
        """Take in changed or new documents and forget ones no longer in the library.
        The store is saved when the engine is closed (or by :meth:`save`)."""
        with self._lock:
            for gone in set(self.store.docs) - present:
                self.store.remove(gone)
            added = [(d, self.store.add(d)) for d in docs]
            changed = self._apply(added, present)
            if changed:
                self._refresh()
                self._unsaved = True
            return changed

    def save(self) -> None:
        """Save the paragraph store beside the index if it changed since it was saved."""
        if self._unsaved and self.index.ix is not None:
            self._save_store()
            self._unsaved = False

    def _store_path(self) -> Path:
        return self.index.folder / STORE_FILE

    def _stamp(self) -> str:
        """What a saved store must have been saved with: the indexed documents'
        fingerprints, which change with any document that changes."""
        listed = json.dumps(sorted(self.index.indexed.items()), ensure_ascii=False)
        return hashlib.sha256(listed.encode()).hexdigest()

    def _save_store(self) -> None:
        # A cache: if it cannot be written, the next search process reads the documents.
        # With it, which index entry is which paragraph: valid while the index's
        # segments are the ones it was read from (its generation).
        # Each segment's keys too: the next process's first update then reads the new
        # segment's alone (see _read_entries).
        mapping = {
            "generation": self._generation(),
            "entry_of_docnum": self._entry_of_docnum,
            "segment_keys": self._segment_keys,
        }
        with contextlib.suppress(OSError):
            self.store.save(self._store_path(), self._stamp(), mapping)

    def _generation(self) -> int:
        return int(self.index.ix.latest_generation())

    def _apply(self, added: list[tuple[Document, list[Any]]], present: set[str]) -> bool:
        changed = [(d, e) for d, e in added if self.index.indexed.get(d.id) != fingerprint(d)]
        removed = [doc_id for doc_id in self.index.indexed if doc_id not in present]
        self.index.update(changed, removed)
        return bool(changed or removed)

    def _refresh(self) -> None:
        with self._lock:
            self._reopen()

    def _reopen(self) -> None:
        self._ranking_cache = None
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = Searcher(self.index.reader())
        # Fold the section titles now (on the worker), not in the first search.
        self.store.sections()
        reader = self._searcher.reader()
        count = reader.doc_count_all()
        saved = self.store.extra
        if (
            saved.get("generation") == self._generation()
            and len(saved.get("entry_of_docnum", ())) == count
        ):
            self._entry_of_docnum = list(saved["entry_of_docnum"])
            self._segment_keys = dict(saved.get("segment_keys", {}))
        else:
            self._entry_of_docnum = self._read_entries(reader)
        self._entries = np.array([-1 if i is None else i for i in self._entry_of_docnum], np.int64)
        self.store.extra = {}  # used once: the index changes after this

    def _read_entries(self, reader: Any) -> list[int | None]:
        """Which paragraph each index entry is (None: deleted), from the entries' keys.

        Each segment's keys are read once and kept by segment: after an update only
        the new segment is read (Whoosh reads a column an entry at a time, a second
        for a large library)."""
        known, self._segment_keys = self._segment_keys, {}
        index_of = self.store.index_of
        out: list[int | None] = []
        for leaf, _offset in reader.leaf_readers():
            segment = leaf.segment()
            keys = known.get(segment.segid)
            if keys is None:
                keys = list(leaf.column_reader("key"))
            self._segment_keys[segment.segid] = keys
            deleted = segment.deleted_docs() if segment.has_deletions() else ()
            entries = list(map(index_of, keys))
            for n in deleted:
                entries[n] = None
            out.extend(entries)
        return out

    def close(self) -> None:
        with self._lock:
            self.save()
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self.index.close()

    # -- for the study tools (jingdu.study) ---------------------------------------------

    def reading(self) -> threading.RLock:
        """Hold while reading the paragraphs (``store``) and the postings as one: another
        thread may update them (``with engine.reading(): ...``)."""
        return self._lock

    def gram_entries(self, gram: str) -> list[int] | None:
        """The paragraphs (store entries, ascending) holding a bigram, from the index's postings;
        None while there is no index yet (the caller scans the paragraphs instead).
        Call with :meth:`reading` held."""
        if self._searcher is None:
            return None
        entries: list[int] = self._postings(self._searcher.reader(), gram).ids.tolist()
        return entries  # (in library order)

    def gram_frequency(self, gram: str) -> int | None:
        """How many paragraphs hold a bigram (deleted ones may still count); None while
        there is no index yet. Call with :meth:`reading` held."""
        if self._searcher is None:
            return None
        return int(self._searcher.reader().doc_frequency(GRAMS, gram))

    # -- searching ---------------------------------------------------------------------

    def search(
        self, text: str, doc: str | None = None, limit: int = 20, offset: int = 0
    ) -> SearchResults:
        t0 = time.perf_counter()
        q = parse(text)
        with self._lock:  # the index and the paragraphs as one (another thread may update)
            return self._search(q, text, doc, limit, offset, t0)

    def _search(
        self, q: Query, text: str, doc: str | None, limit: int, offset: int, t0: float
    ) -> SearchResults:
        within = self.store.doc_entries(doc) if doc is not None else None
        hits, found = self._hits(q, within)
        needles = [t.text for t in q.positive_terms]
        wanted = offset + limit
        terms = q.positive_terms
        asked = EXACT_FIRST * wanted
        while True:
            # A long term's counts may be upper bounds (see _longer_term_hits): ranked
            # with them, the page is right once the hits on it have exact counts, as
            # every score off it is at most what it was ranked with. Each round counts
            # the hits ranked near the page too, twice as many as the last: bounds far
            # above the counts would otherwise take a round for every few hits.
            counts = [(len(found[t].entries), _counts_in(hits, found[t])) for t in terms]
            best = self._ranking().rank(hits, counts, needles, asked)
            if not any(len(self._bounded(found[t], best[:wanted])) for t in terms):
                break
            for t in terms:
                self._count_exactly(found[t], t.text, best)
            asked *= 2
        out = [self._hit(q, i, score) for i, score in best[offset:wanted]]
        return SearchResults(text, len(hits), out, offset, time.perf_counter() - t0)

    def matching(self, q: Query, doc: str | None = None) -> list[Entry]:
        """Every paragraph that matches ``q`` (the ones :meth:`search` counts), in
        library order: for the study tools, which need every occurrence, not a page."""
        with self._lock:
            within = self.store.doc_entries(doc) if doc is not None else None
            hits, _found = self._hits(q, within)
            return [self.store.entry(i) for i in hits.tolist()]

    # -- a term's hits: the paragraphs that hold it, and how often --------------------------

    def _hits(self, q: Query, within: list[int] | None) -> tuple[np.ndarray, dict[Term, TermHits]]:
        """The entries matching ``q`` (sorted), and each term's own (see _term_hits)."""
        found = {t: self._term_hits(t, within) for t in {*q.positive_terms, *q.excluded}}
        hits: np.ndarray | None = None
        for group in q.required:
            union = found[group[0]].entries
            for term in group[1:]:
                union = np.union1d(union, found[term].entries)
            hits = union if hits is None else np.intersect1d(hits, union, assume_unique=True)
        assert hits is not None  # parse() gives every query a group
        for term in q.excluded:
            hits = np.setdiff1d(hits, found[term].entries, assume_unique=True)
        return hits, found

    def _term_hits(self, term: Term, within: list[int] | None) -> TermHits:
        """The entries holding ``term`` (sorted) and its number of occurrences in each.

        A character, or two different ones, is looked up: the index holds exactly the
        paragraphs with it and its counts there. A longer term is looked for in the
        paragraphs holding its rarest bigram (:meth:`_longer_term_hits`). Within one
        document, or before the index is built, the paragraphs are read instead.
        """
        text = term.text
        if within is not None or self._searcher is None:
            candidates = np.asarray(range(len(self.store)) if within is None else within, np.int64)
            counts = self._read_counts(text, candidates)
            held = counts > 0
            return TermHits(candidates[held], counts[held])
        reader = self._searcher.reader()
        if len(text) == 1 or (len(text) == 2 and text[0] != text[1]):
            entries, counts, _firsts = self._postings(reader, text)
            return TermHits(entries, counts)
        return self._longer_term_hits(reader, text)

    def _longer_term_hits(self, reader: Any, text: str) -> TermHits:
        """Every paragraph containing the term contains its rarest bigram, and that
        bigram's count there bounds the term's: each occurrence of the term holds one,
        at a place of its own.

        The index keeps where each paragraph first holds each bigram. Where the term
        starts at that place, it is there; where it does not and the paragraph holds
        the bigram once, it is nowhere. A few array gathers over all the candidates at
        once tell (search/codes.py; from a process's second search for such a term
        on), for the rarest bigram, then for the next ones, whose postings also leave
        out the candidates without them, while that pays. A term found so keeps the
        bound as its count: exact where it is 1, otherwise made exact if the
        paragraph is ranked onto a page (:meth:`_search`). The paragraphs left are
        read: ``in`` where the bound is 1 (finding the term once is counting it),
        ``count`` otherwise."""
        by_rarity = sorted((reader.doc_frequency(GRAMS, g), g) for g in bigrams(text))
        entries, bound, firsts = self._postings(reader, by_rarity[0][1])
        counts = np.zeros(len(entries), np.float32)
        exact = np.ones(len(entries), bool)
        rest = np.arange(len(entries))
        # Making the codes costs what reading four times these candidates' text does: a
        # process that searches once (`jingdu search`) reads the text instead.
        placed = self.store.codes() if self._longer_terms_searched else None
        self._longer_terms_searched = True
        for step, (df, gram) in enumerate(by_rarity):
            before = len(rest)
            if step == 0:
                held, first = bound, firsts
            else:
                # Reading a posting costs a small part of what reading a paragraph's
                # text does: go on unless the paragraphs left are few, or the next
                # list is far longer than they are.
                if before < NARROW_ENOUGH or df > NARROW_RATIO * before:
                    break
                other = self._postings(reader, gram)
                _, mine, theirs = np.intersect1d(
                    entries[rest], other.ids, assume_unique=True, return_indices=True
                )
                rest, held, first = rest[mine], other.counts[theirs], other.firsts[theirs]
            if placed is not None:
                known = first < NO_FIRST  # (not kept past 65,534 characters in)
                begin = np.where(known, first - text.index(gram), -1)
                there = codes.starting(placed, text, entries[rest], begin)
                if there is not None:
                    found = rest[there]
                    counts[found] = bound[found]
                    exact[found] = bound[found] <= 1
                    # Held once, known to be elsewhere: the term is not here.
                    rest = rest[~there & ((held > 1) | ~known)]
            if step and len(rest) > (1 - NARROWED_LITTLE) * before:
                break  # the bigrams go together (新质, 质生, 生产): the next settles little
        counts[rest] = self._read_counts(text, entries[rest], bound[rest])
        held_term = counts > 0
        exact = exact[held_term]
        return TermHits(entries[held_term], counts[held_term], None if exact.all() else exact)

    def _postings(self, reader: Any, gram: str) -> postings.Postings:
        """A gram's postings as store entries (ascending), deleted paragraphs left out."""
        found = postings.read(reader, GRAMS, gram)
        entries = self._entries[found.ids]
        kept = entries >= 0  # (deleted entries are -1)
        entries, counts, firsts = entries[kept], found.counts[kept], found.firsts[kept]
        if len(entries) > 1 and not (entries[1:] > entries[:-1]).all():
            # (Index order is library order but for documents changed since a merge.)
            order = np.argsort(entries, kind="stable")
            entries, counts, firsts = entries[order], counts[order], firsts[order]
        return postings.Postings(entries, counts, firsts)

    def _read_counts(
        self, text: str, candidates: np.ndarray, bound: np.ndarray | None = None
    ) -> np.ndarray:
        """The term's count in each candidate's text (0 where it is not). Where
        ``bound`` (at most so many occurrences) is 1, ``in`` stops at the first
        occurrence, where ``count`` reads on."""
        texts = self.store.texts()
        counts = np.zeros(len(candidates), np.float32)
        once = np.zeros(len(candidates), bool) if bound is None else bound <= 1
        ways: tuple[tuple[np.ndarray, Callable[[str, str], int]], ...] = (
            (once, str.__contains__),
            (~once, str.count),
        )
        for part, how in ways:
            picked = np.flatnonzero(part)
            # One C call a paragraph (map), not a Python loop: tens of thousands of them.
            found = map(how, map(texts.__getitem__, candidates[picked].tolist()), repeat(text))
            counts[picked] = np.fromiter(found, np.float32, len(picked))
        return counts

    def _bounded(self, found: TermHits, page: list[tuple[int, float]]) -> np.ndarray:
        """Where in ``found`` the hits of ``page`` are whose counts are only bounds."""
        if found.exact is None or not page:
            return np.zeros(0, np.int64)
        at, held = _places(found.entries, np.array([i for i, _ in page], np.int64))
        at = at[held]  # (a hit of another term of the query has none)
        bounded: np.ndarray = at[~found.exact[at]]
        return bounded

    def _count_exactly(self, found: TermHits, text: str, page: list[tuple[int, float]]) -> None:
        """Count ``text`` in the hits of ``page`` whose counts in ``found`` are bounds."""
        todo = self._bounded(found, page)
        if len(todo):
            assert found.exact is not None  # (_bounded found some)
            texts = self.store.texts()
            found.counts[todo] = [texts[i].count(text) for i in found.entries[todo].tolist()]
            found.exact[todo] = True

    def _ranking(self) -> Ranking:
        if self._ranking_cache is None or self._ranking_cache.size != len(self.store):
            self._ranking_cache = Ranking(self.store)
        return self._ranking_cache

    def _hit(self, q: Query, i: int, score: float) -> Hit:
        e = self.store.entry(i)
        info = self.store.docs[e.doc]
        spans = q.spans(e.folded)
        text = e.raw
        snip, s0, s1 = snippet(text, spans)
        return Hit(
            doc=e.doc,
            title=info.title,
            source=info.source,
            paragraph=e.para,
            start=e.start,
            end=e.end,
            kind=e.kind,
            score=score,
            snippet=snip,
            snippet_span=(e.start + s0, e.start + s1),
            matches=[(e.start + s, e.start + t) for s, t in spans],
            headings=list(e.headings),
        )


class TermHits(NamedTuple):
    """A term's hits: the entries holding it (sorted), its count in each, and which
    counts are exact (None: all; otherwise the rest are upper bounds)."""

    entries: np.ndarray
    counts: np.ndarray
    exact: np.ndarray | None = None


def _counts_in(hits: np.ndarray, found: TermHits) -> np.ndarray:
    """A term's counts in each of ``hits`` (0 where it is not), from its sorted entries."""
    if hits is found.entries:  # a query of one term
        return found.counts
    if not len(found.entries):
        return np.zeros(len(hits), np.float32)
    at, held = _places(found.entries, hits)
    return np.where(held, found.counts[at], 0)


def _places(entries: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``ids`` is in the sorted, non-empty ``entries`` (a valid index),
    and whether it is there."""
    at = np.minimum(np.searchsorted(entries, ids), len(entries) - 1)
    return at, entries[at] == ids
