"""The quotations index: passages the library's texts quote, grouped by the passage
quoted, with the documents that quote each.

A quotation is text in “…” introduced by a verb of saying (指出, 强调, 提出, 要求 …:
:data:`INTRODUCERS`) in the same paragraph, or a block quotation (a paragraph the
cleaner marked ``quote``). Quotations are compared on their kept text
(:mod:`jingdu.study.matching`: folded, punctuation aside); the same kept text is one
passage, and a text joins a passage when most of the shorter one's
:data:`SHINGLE`-character runs are in the longer one (a sentence quoted out of a
longer passage, or the passage with a word changed).
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jingdu.search.store import ParagraphStore
from jingdu.study.dates import document_dates
from jingdu.study.matching import kept

if TYPE_CHECKING:
    from jingdu.library import Library
    from jingdu.search.engine import SearchEngine

INTRODUCERS = (
    "指出",
    "强调",
    "提出",
    "要求",
    "表示",
    "认为",
    "指明",
    "阐明",
    "阐释",
    "阐述",
    "论述",
    "明确",
    "宣布",
    "写道",
    "所说",
    "所言",
    "说",
    "讲",
    "号召",
    "部署",
)
"""Verbs that introduce a quotation: “…” after one of them is quoted, while
“新质生产力” in running text is a term set off."""
_INLINE = re.compile(
    r"(?:^\s*|(?:" + "|".join(INTRODUCERS) + r")[^“”。！？；\n]{0,3}?[：:，,]?\s*)“([^“”\n]+)”"
)
"""A quotation after a verb of saying and up to three characters (的, 道, 要, 时: 强调要“…”),
or opening its paragraph (the verb ended the paragraph before)."""
MIN_QUOTE = 8
"""Kept characters a quotation has, at least (a shorter one is a term or a 提法)."""
SHINGLE = 8
LINK_SHARE = 0.6
"""Two quotations are one passage when this share of the shorter one's shingles are in
the other."""
MAX_SHARED_BY = 50
"""A shingle of more passages than this is not looked up for more (a formula in every
text); the same kept text still groups."""
DEFAULT_MIN_DOCS = 2


@dataclass(frozen=True)
class Occurrence:
    doc: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass
class Quote:
    """A passage and everywhere it is quoted."""

    text: str
    docs: list[str]
    """The documents quoting it: dated ones first, by date, then in library order."""
    occurrences: list[Occurrence]
    dates: dict[str, str] = field(default_factory=dict)
    """The known dates of ``docs`` (YYYY-MM-DD or YYYY-MM)."""
    titles: dict[str, str] = field(default_factory=dict)

    @property
    def first(self) -> str | None:
        """The earliest dated document quoting it, if any is dated."""
        dated = [d for d in self.docs if self.dates.get(d)]
        return dated[0] if dated else None

    @property
    def last(self) -> str | None:
        dated = [d for d in self.docs if self.dates.get(d)]
        return dated[-1] if dated else None

    def to_dict(self) -> dict[str, Any]:
        first, last = self.first, self.last
        return {
            "text": self.text,
            "docs": self.docs,
            "occurrences": [o.to_dict() for o in self.occurrences],
            "first": {"doc": first, "date": self.dates[first]} if first else None,
            "last": {"doc": last, "date": self.dates[last]} if last else None,
        }


@dataclass
class _Found:
    occurrence: Occurrence
    raw: str
    kept: str


def quotations(store: ParagraphStore) -> list[_Found]:
    """Every quotation in the paragraphs, in library order."""
    c = store.columns
    out: list[_Found] = []
    for i, raw in enumerate(c["raw"]):
        kind, p0, doc = c["kind"][i], c["start"][i], c["doc"][i]
        if kind == "quote":
            stripped = raw.strip().strip('“”"')
            s = raw.find(stripped)
            spans = [(s, s + len(stripped))] if stripped else []
        elif kind == "body" and "“" in raw:
            spans = [m.span(1) for m in _INLINE.finditer(raw)]
        else:
            continue
        folded = c["folded"][i]
        for s, e in spans:
            text, _ = kept(folded[s:e])
            if len(text) >= MIN_QUOTE:
                out.append(_Found(Occurrence(doc, p0 + s, p0 + e), raw[s:e], text))
    return out


def _groups(
    texts: list[str], weight: list[int], check: Callable[[], None] | None
) -> list[list[int]]:
    """The distinct kept texts gathered into passages (see the module's note).

    The most quoted texts (``weight``: documents quoting each) become passages first;
    each other text joins the passage it shares most with, if it shares enough, or
    starts one. Joining a passage, not any text of it, keeps two sentences of a long
    quotation apart even when a third text quotes both."""
    heads: list[int] = []
    members: list[list[int]] = []
    holders: defaultdict[str, list[int]] = defaultdict(list)  # shingle -> passages
    order = sorted(range(len(texts)), key=lambda j: (-weight[j], -len(texts[j]), j))
    for n, j in enumerate(order):
        if check is not None and n % 200 == 0:
            check()
        t = texts[j]
        grams = [t[k : k + SHINGLE] for k in range(len(t) - SHINGLE + 1)]
        shared: Counter[int] = Counter()
        for g in grams:
            shared.update(holders.get(g, ()))
        best = None
        for h, count in shared.most_common():
            if count >= LINK_SHARE * (min(len(t), len(texts[heads[h]])) - SHINGLE + 1):
                best = h
                break
        if best is None:
            best = len(heads)
            heads.append(j)
            members.append([])
            for g in set(grams):
                if len(holders[g]) < MAX_SHARED_BY:
                    holders[g].append(best)
        members[best].append(j)
    return members


def index(
    store: ParagraphStore,
    min_docs: int = DEFAULT_MIN_DOCS,
    check: Callable[[], None] | None = None,
) -> list[Quote]:
    """The quotations index: passages quoted in at least ``min_docs`` documents, the
    most quoted first. ``check`` is called now and then (it may raise to cancel)."""
    found = quotations(store)
    by_text: defaultdict[str, list[_Found]] = defaultdict(list)
    for f in found:
        by_text[f.kept].append(f)
    texts = list(by_text)
    order = {d: n for n, d in enumerate(store.docs)}
    dates = document_dates(store)
    out: list[Quote] = []
    weight = [len({f.occurrence.doc for f in by_text[t]}) for t in texts]
    for group in _groups(texts, weight, check):
        members = [f for j in group for f in by_text[texts[j]]]
        docs = {f.occurrence.doc for f in members}
        if len(docs) < min_docs:
            continue
        # The passage as most documents quote it (the longer form among equals).
        text = by_text[texts[group[0]]][0].raw  # the passage's first: the most quoted form
        ranked = sorted(docs, key=lambda d: (not dates.get(d), dates.get(d, ""), order[d]))
        occurrences = sorted((f.occurrence for f in members), key=lambda o: (order[o.doc], o.start))
        out.append(
            Quote(
                text,
                ranked,
                occurrences,
                {d: dates[d] for d in ranked if dates.get(d)},
                {d: store.docs[d].title for d in ranked},
            )
        )
    out.sort(key=lambda q: (-len(q.docs), order[q.occurrences[0].doc], q.occurrences[0].start))
    return out


_cache: weakref.WeakKeyDictionary[SearchEngine, tuple[list[str], int, list[Quote]]] = (
    weakref.WeakKeyDictionary()
)
_cache_lock = threading.Lock()


def quotes(
    lib: Library, min_docs: int = DEFAULT_MIN_DOCS, check: Callable[[], None] | None = None
) -> list[Quote]:
    """The library's quotations index (see :func:`index`), kept until its paragraphs
    change."""
    engine = lib.search_engine()
    with engine.reading():  # a copy of the columns (references only): searches go on
        texts = engine.store.texts()
        known = _cache.get(engine)
        if known is not None and known[0] is texts and known[1] == len(texts):
            return [q for q in known[2] if len(q.docs) >= min_docs]
        snap = ParagraphStore()
        snap.docs = dict(engine.store.docs)
        snap.columns = {name: list(col) for name, col in engine.store.columns.items()}
    made = index(snap, 1, check)
    with _cache_lock:
        _cache[engine] = (texts, len(texts), made)
    return [q for q in made if len(q.docs) >= min_docs]
