"""Running a query: candidates from the index, a literal check, ranking, snippets."""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from heapq import nlargest
from itertools import compress
from operator import add, neg
from pathlib import Path
from typing import Any

from whoosh.searching import Searcher

from jingdu.corpus.document import Document
from jingdu.progress import Progress
from jingdu.search.grams import GRAMS, bigrams
from jingdu.search.index import SearchIndex, fingerprint
from jingdu.search.query import Query, Term, parse
from jingdu.search.snippets import snippet
from jingdu.search.store import ParagraphStore

K1, B = 1.2, 0.75
HEADING_BOOST = 1.4
SECTION_BOOST = 0.25
"""Extra, as a share of the literal score, when a term is in the paragraph's section titles."""
STORE_FILE = "paragraphs.pickle"
"""The paragraph store, saved beside the index it matches."""
SCAN_SHARE = 0.08
"""Above this share of paragraphs holding a term's rarest bigram, a scan beats the postings."""


@dataclass
class Hit:
    doc: str
    title: str
    source: str
    paragraph: int
    start: int
    end: int
    kind: str
    score: float
    snippet: str
    snippet_span: tuple[int, int]
    matches: list[tuple[int, int]]
    headings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "title": self.title,
            "source": self.source,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "snippet_span": list(self.snippet_span),
            "matches": [list(m) for m in self.matches],
            "headings": self.headings,
        }


@dataclass
class SearchResults:
    query: str
    total: int
    hits: list[Hit]
    offset: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "offset": self.offset,
            "hits": [h.to_dict() for h in self.hits],
        }


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
        self._norm_cache: list[float] | None = None
        self._boost_cache: list[float] | None = None
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
        mapping = {"generation": self._generation(), "entry_of_docnum": self._entry_of_docnum}
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
        self._norm_cache = self._boost_cache = None
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
        else:
            self._entry_of_docnum = self._read_entries(reader)
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
        """The paragraphs (store entries) holding a bigram, from the index's postings;
        None while there is no index yet (the caller scans the paragraphs instead).
        Call with :meth:`reading` held."""
        if self._searcher is None:
            return None
        reader = self._searcher.reader()
        if reader.doc_frequency(GRAMS, gram) == 0:
            return []
        mapping = self._entry_of_docnum
        return [i for n in reader.postings(GRAMS, gram).all_ids() if (i := mapping[n]) is not None]

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
        texts = self.store.texts()
        counts: list[int] | None = None
        if len(q.required) == 1 and len(q.required[0]) == 1 and not q.excluded:
            # The common case, kept tight: counting the term's occurrences checks the
            # candidates and gives the ranking its counts in one pass.
            term = q.required[0][0]
            candidates = list(self._term_candidates(term, within, checked=False))
            found = [texts[i].count(term.text) for i in candidates]
            hits = list(compress(candidates, found))
            counts = list(filter(None, found))
            df = {term: len(hits)}
        else:
            matches, df = self._candidates(q, within)
            hits = [i for i in matches if q.matches(texts[i])]
        wanted = offset + limit
        page = self._rank(q, hits, counts, df, wanted)[offset:wanted] if limit > 0 else []
        out = [self._hit(q, i, score) for i, score in page]
        return SearchResults(text, len(hits), out, offset, time.perf_counter() - t0)

    # -- candidates: a superset of the matching paragraphs ------------------------------

    def _term_candidates(
        self, term: Term, within: list[int] | None, checked: bool = True
    ) -> Iterable[int]:
        """Paragraphs that may contain ``term``: never misses one.

        Every paragraph containing the term contains each of its bigrams, so the
        postings of its rarest bigram are enough; when even that bigram is in a
        large share of the library, scanning the folded texts is cheaper (and when
        not ``checked``, the caller checks every paragraph given instead).
        """
        everything = range(len(self.store)) if within is None else within
        if len(term.text) == 1 or self._searcher is None:  # (None: no index yet)
            return self.store.scan(term.text, within) if checked else everything
        reader = self._searcher.reader()
        rarest = min(bigrams(term.text), key=lambda g: reader.doc_frequency(GRAMS, g))
        df = reader.doc_frequency(GRAMS, rarest)
        if df == 0:
            return set()
        if (within is not None and len(within) < df) or df > SCAN_SHARE * len(self.store):
            return self.store.scan(term.text, within) if checked else everything
        mapping = self._entry_of_docnum
        found = {
            i for n in reader.postings(GRAMS, rarest).all_ids() if (i := mapping[n]) is not None
        }
        return found if within is None else found & set(within)

    def _candidates(self, q: Query, within: list[int] | None) -> tuple[set[int], dict[Term, int]]:
        """Paragraphs that may match, and each term's candidate count (its document frequency)."""
        df: dict[Term, int] = {}
        groups = []
        for group in q.required:
            union: set[int] = set()
            for term in group:
                found = set(self._term_candidates(term, within))
                df[term] = len(found)
                union |= found
            groups.append(union)
        groups.sort(key=len)
        result = groups[0]
        for g in groups[1:]:
            result = result & g
        return result, df

    # -- ranking -------------------------------------------------------------------------

    def _norms(self) -> list[float]:
        if self._norm_cache is None or len(self._norm_cache) != len(self.store):
            texts = self.store.texts()
            avg = sum(map(len, texts)) / max(len(texts), 1)
            self._norm_cache = [K1 * (1 - B + B * len(t) / avg) for t in texts]
        return self._norm_cache

    def _rank(
        self,
        q: Query,
        hits: list[int],
        counts: list[int] | None,
        df: dict[Term, int],
        wanted: int,
    ) -> list[tuple[int, float]]:
        """The ``wanted`` best hits, best first, with their scores.

        Every hit gets BM25 over its literal occurrences of the query terms
        (``counts``: those of a one-term query, by hit), a boost when it is a
        heading and when its section titles hold a term. Each step is one pass over
        the hits: a common term has tens of thousands.
        """
        texts, norms, sections = self.store.texts(), self._norms(), self.store.sections()
        n = max(len(texts), 1)
        terms = q.positive_terms
        literal: list[float] = [0.0] * len(hits)
        for t in terms:
            f = df.get(t, 0)
            weight = math.log(1 + (n - f + 0.5) / (f + 0.5)) * (K1 + 1)
            found = counts if counts is not None else [texts[i].count(t.text) for i in hits]
            part = [weight * c / (c + norms[i]) for c, i in zip(found, hits, strict=True)]
            literal = part if len(terms) == 1 else list(map(add, literal, part))
        needles = [t.text for t in terms]
        # Paragraphs share their section titles: each distinct one is looked at once.
        titled = {
            s: SECTION_BOOST
            for s in set(map(sections.__getitem__, hits))
            if s and any(x in s for x in needles)
        }
        base = self._boosts()
        if titled:
            scores = [
                lit * (base[i] + titled.get(sections[i], 0.0))
                for lit, i in zip(literal, hits, strict=True)
            ]
        else:
            scores = [lit * base[i] for lit, i in zip(literal, hits, strict=True)]
        # Best score first; among equals, the paragraph that comes first in the library.
        ranked = zip(scores, map(neg, hits), strict=True)
        best = sorted(ranked, reverse=True) if wanted >= len(hits) else nlargest(wanted, ranked)
        return [(-minus, score) for score, minus in best]

    def _boosts(self) -> list[float]:
        """By paragraph: what its literal score is multiplied by (headings rank higher)."""
        if self._boost_cache is None or len(self._boost_cache) != len(self.store):
            self._boost_cache = [
                HEADING_BOOST if kind == "heading" else 1.0 for kind in self.store.kinds()
            ]
        return self._boost_cache

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
