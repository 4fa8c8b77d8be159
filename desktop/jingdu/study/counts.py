"""Counts behind a 提法: how often each term occurs, where, and with which words.

Occurrences are the concordance's (the search engine's exact matches), counted per
document and per source file (the compilation's 74 pieces are one source), and per
1,000 characters of paragraph text so that long and short documents compare.

The words that occur with a term are jieba words near its occurrences, ranked by
Dunning's log-likelihood (G²) of their rate near the term against their rate in the
rest of the library. Raw co-occurrence counts favour what is common everywhere (发展,
我们); pointwise mutual information favours words seen once; G² rewards a word only
as far as the evidence that it gathers near the term, and a floor on how often it
does (:data:`MIN_TOGETHER`) drops the rest. Both rates are counted the same way, as
substrings of the folded text, so that they compare.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from jingdu.errors import UserError
from jingdu.search import segment
from jingdu.search.query import Query, parse

if TYPE_CHECKING:
    from jingdu.search.engine import SearchEngine

WINDOW = 12
"""Characters on each side of an occurrence in which its neighbours are sought."""
MIN_TOGETHER = 3
"""A neighbour must be seen this often near the term to count as one."""
SIGNIFICANT = 3.84
"""G² above which a neighbour is reported: the association is significant at p < 0.05."""
COLLOCATES = 20
"""How many neighbours are reported by default."""
MAX_TERMS = 12
MAX_NEAR = 5_000
"""Occurrences whose neighbours are read: a term with more (新质生产力 in a library fifty
times the bundled one has 100,000) is sampled, every k-th occurrence in library order."""
MAX_REFERENCE = 2_000_000
"""Characters of the library a word's rate elsewhere is measured in: a larger library is
sampled, every k-th paragraph of each document (the rates, not the counts, matter)."""


class _Rate:
    """A count in so many characters; as JSON, its fields and the rate."""

    chars: int
    count: int

    @property
    def per_1000(self) -> float:
        return 1000 * self.count / self.chars if self.chars else 0.0

    def to_dict(self) -> dict[str, Any]:
        # (asdict wants a dataclass: the subclasses are; this mixin is not.)
        return {**asdict(self), "per_1000": round(self.per_1000, 4)}  # type: ignore[call-overload]


@dataclass(frozen=True)
class DocCount(_Rate):
    doc: str
    title: str
    source: str
    chars: int
    count: int


@dataclass(frozen=True)
class SourceCount(_Rate):
    source: str
    documents: int
    chars: int
    count: int


@dataclass(frozen=True)
class Collocate:
    word: str
    together: int
    """Occurrences of the word within :data:`WINDOW` characters of the term."""
    elsewhere: int
    """Its occurrences in the rest of the library."""
    score: float
    """Log-likelihood (G²): above 3.84 the association is significant at p < 0.05,
    above 10.83 at p < 0.001."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "together": self.together,
            "elsewhere": self.elsewhere,
            "log_likelihood": round(self.score, 2),
        }


@dataclass
class TermCounts:
    term: str
    total: int
    documents: list[DocCount]
    """Every document of the library, those without the term with a count of 0."""
    sources: list[SourceCount]
    collocates: list[Collocate] = field(default_factory=list)
    collocates_from: int = 0
    """The occurrences whose neighbours were read (all, up to :data:`MAX_NEAR`)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "total": self.total,
            "collocates_from": self.collocates_from,
            "documents": [d.to_dict() for d in self.documents],
            "sources": [s.to_dict() for s in self.sources],
            "collocates": [c.to_dict() for c in self.collocates],
        }


@dataclass
class Counts:
    terms: list[TermCounts]
    chars: int
    """Paragraph characters in the library: what the rates are per 1,000 of."""

    def to_dict(self) -> dict[str, Any]:
        return {"terms": [t.to_dict() for t in self.terms], "chars": self.chars}

    def rows(self) -> list[list[str]]:
        """A table for a spreadsheet: one row per term and document, rates included."""
        out = [["term", "doc", "title", "source", "chars", "count", "per_1000"]]
        for t in self.terms:
            for d in t.documents:
                row = [t.term, d.doc, d.title, d.source, str(d.chars), str(d.count)]
                out.append([*row, f"{d.per_1000:.4f}"])
        return out


def counts(engine: SearchEngine, terms: list[str], collocates: int = COLLOCATES) -> Counts:
    """How often each of ``terms`` (each in the search language) occurs, per document
    and per source, and the words that occur with it (``collocates`` of them; 0: none,
    which spares loading jieba).

    Raises:
        QueryError: a term is empty or too long.
        UserError: no term, too many, or the same one twice.
    """
    terms = [t.strip() for t in terms]
    if not terms:
        raise UserError("counts needs at least one term")
    if len(terms) > MAX_TERMS:
        raise UserError(f"{len(terms)} terms; at most {MAX_TERMS} are counted at once")
    if len(set(terms)) != len(terms):
        raise UserError("a term is given twice")
    queries = [parse(t) for t in terms]  # every term checked before any work
    store = engine.store
    chars: Counter[str] = Counter()
    columns = store.columns
    for d, s, e in zip(columns["doc"], columns["start"], columns["end"], strict=True):
        chars[d] += e - s
    total_chars = sum(chars.values())
    step = max(1, math.ceil(total_chars / MAX_REFERENCE))
    paras = columns["para"]
    reference = [t for t, p in zip(store.texts(), paras, strict=True) if p % step == 0]
    out = []
    for term, q in zip(terms, queries, strict=True):
        found: Counter[str] = Counter()
        spans_of = [(entry, q.spans(entry.folded)) for entry in engine.matching(q)]
        for entry, spans in spans_of:
            found[entry.doc] += len(spans)
        total = sum(found.values())
        near = Near(q)
        if collocates:
            every = max(1, math.ceil(total / MAX_NEAR))
            k = 0
            for entry, spans in spans_of:
                keep = [n for n in range(len(spans)) if (k + n) % every == 0]
                k += len(spans)
                if keep:
                    near.add(entry.folded, spans, keep, entry.para % step == 0)
        docs = [
            DocCount(d, info.title, info.source, chars[d], found[d])
            for d, info in store.docs.items()
        ]
        words = near.collocates(reference, collocates) if collocates else []
        out.append(TermCounts(term, total, docs, _by_source(docs), words, near.occurrences))
    return Counts(out, total_chars)


def _by_source(docs: list[DocCount]) -> list[SourceCount]:
    sources: dict[str, list[DocCount]] = {}
    for d in docs:
        sources.setdefault(d.source, []).append(d)
    return [
        SourceCount(name, len(ds), sum(d.chars for d in ds), sum(d.count for d in ds))
        for name, ds in sources.items()
    ]


class Near:
    """The words within :data:`WINDOW` characters of a term's occurrences.

    Each paragraph is cut into words whole (jieba), and a word counts when it lies
    wholly inside a window: cutting the window out first would make fragments of the
    words at its edges (新动 of 新动能). The term's own occurrences are no window, and
    words that are part of the term or contain it are not its neighbours.
    """

    def __init__(self, q: Query) -> None:
        self.needles = [t.text for t in q.positive_terms]
        self.words: Counter[str] = Counter()
        self.chars = 0
        self.occurrences = 0
        self.in_reference: list[str] = []
        """The windows that lie in the reference's paragraphs (taken out of its counts)."""

    def add(
        self, folded: str, spans: list[tuple[int, int]], keep: list[int], in_reference: bool
    ) -> None:
        """Read the neighbours of the occurrences ``keep`` (indexes into ``spans``, every
        occurrence of the term in this paragraph)."""
        windows = []
        for n in keep:
            s, e = spans[n]
            lo = max(s - WINDOW, spans[n - 1][1] if n else 0)
            hi = min(e + WINDOW, spans[n + 1][0] if n + 1 < len(spans) else len(folded))
            windows += [(lo, s), (e, hi)]
        self.occurrences += len(keep)
        windows = [(a, b) for a, b in windows if b > a]
        if not windows:
            return
        self.chars += sum(b - a for a, b in windows)
        if in_reference:
            self.in_reference += [folded[a:b] for a, b in windows]
        needles = self.needles
        known = segment.tokenizer().FREQ
        for word, ws, we in _words_near(folded, windows):
            # Only words of the dictionary: jieba's guesses at unknown words (its HMM)
            # make pairs such as 点卡 of 堵点卡点 that no reader would call a word.
            if len(word) < 2 or not known.get(word) or any(word in x or x in word for x in needles):
                continue
            if any(a <= ws and we <= b for a, b in windows):
                self.words[word] += 1

    def collocates(self, reference: list[str], wanted: int) -> list[Collocate]:
        """The ``wanted`` words most associated with the term, by G².

        A word's rate elsewhere is its count in the rest of the reference (the library's
        folded paragraphs, or a sample of them; see :data:`MAX_REFERENCE`), counted as
        a substring: segmenting the whole library for every query would take seconds
        at scale. A word that is mostly part of longer words (质量 in 高质量) is so
        counted more often elsewhere than near, and so ranked lower, never higher.
        """
        candidates = [w for w, n in self.words.items() if n >= MIN_TOGETHER]
        if not candidates:
            return []
        whole = "\n".join(reference)
        near = "\n".join(self.in_reference)
        n1, n2 = self.chars, max(len(whole) - len(near), 1)
        scored = []
        for word in candidates:
            a = self.words[word]
            c = max(whole.count(word) - near.count(word), 0)
            score = log_likelihood(a, n1, c, n2)
            if a / n1 > c / n2 and score >= SIGNIFICANT:  # more often near than elsewhere
                scored.append(Collocate(word, a, c, score))
        scored.sort(key=lambda x: (-x.score, x.word))
        return scored[:wanted]


MARGIN = 8
"""Characters cut with a window on each side, so that the words inside it are cut as
in the whole paragraph (jieba's choices depend on a few characters around)."""


def _words_near(folded: str, windows: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """jieba's words of the stretches of ``folded`` around ``windows``, with offsets into
    ``folded``: segmenting only these, not whole paragraphs, is several times faster."""
    regions: list[list[int]] = []
    for a, b in sorted(windows):
        lo, hi = max(0, a - MARGIN), min(len(folded), b + MARGIN)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    return [
        (word, lo + ws, lo + we)
        for lo, hi in regions
        for word, ws, we in segment.words(folded[lo:hi])
    ]


def log_likelihood(a: int, n1: int, c: int, n2: int) -> float:
    """Dunning's G² for a word seen ``a`` times in ``n1`` units and ``c`` times in ``n2``."""
    e1 = n1 * (a + c) / (n1 + n2)
    e2 = n2 * (a + c) / (n1 + n2)
    g = 0.0
    if a:
        g += a * math.log(a / e1)
    if c:
        g += c * math.log(c / e2)
    return 2 * g
