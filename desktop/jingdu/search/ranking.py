"""Ranking hits: BM25 over the literal occurrences of the query's terms, a boost for
headings and for paragraphs whose section titles hold a term, computed in arrays.

A common term has tens of thousands of hits in a large library, and every one of
them must be scored to find the best twenty; in arrays that is a few passes in C,
where a Python loop over the hits cost more than finding them.
"""

from __future__ import annotations

import math
import re

import numpy as np

from jingdu.search.store import ParagraphStore

K1, B = 1.2, 0.75
HEADING_BOOST = 1.4
SECTION_BOOST = 0.25
"""Extra, as a share of the literal score, when a term is in the paragraph's section titles."""
_SEPARATOR = "\x00"
NAMED_KEPT = 64
"""Sets of terms whose sections are kept (see Ranking._naming)."""


class Ranking:
    """What ranking reads by paragraph, as arrays: made once for a state of the store."""

    def __init__(self, store: ParagraphStore) -> None:
        texts = store.texts()
        self.size = len(texts)
        lengths = np.fromiter(map(len, texts), np.float64, self.size)
        average = float(lengths.sum()) / max(self.size, 1)
        self.norms = K1 * (1 - B + B * lengths / (average or 1.0))
        kinds = store.kinds()
        self.boosts = np.fromiter(
            (HEADING_BOOST if k == "heading" else 1.0 for k in kinds), np.float64, self.size
        )
        # Paragraphs share their section titles: each distinct one is looked at once.
        distinct: dict[str, int] = {}
        self.section_of = np.fromiter(
            (distinct.setdefault(s, len(distinct)) for s in store.sections()), np.int64, self.size
        )
        self.sections = list(distinct)
        # Every section's titles in one string: the sections naming a term are found in
        # one pass in C (a common term's hits lie in a hundred thousand sections).
        self._titles = _SEPARATOR.join(self.sections)
        self._title_starts = np.cumsum([0, *(len(t) + 1 for t in self.sections)])[:-1]
        self._named: dict[tuple[str, ...], np.ndarray] = {}

    def _naming(self, needles: list[str]) -> np.ndarray:
        """For each section, whether its titles hold one of ``needles`` (kept for the
        next ranking of the same terms: a search may rank its hits a few times)."""
        key = tuple(needles)
        table = self._named.get(key)
        if table is None:
            if len(self._named) >= NAMED_KEPT:
                self._named.clear()
            table = self._named[key] = self._find_naming(needles)
        return table

    def _find_naming(self, needles: list[str]) -> np.ndarray:
        table = np.zeros(len(self.sections), bool)
        for needle in needles:
            if not needle:
                continue
            if _SEPARATOR in needle:  # (could span two titles in the joined string)
                table |= np.fromiter((needle in t for t in self.sections), bool, len(table))
                continue
            found = [m.start() for m in re.finditer(re.escape(needle), self._titles)]
            table[np.searchsorted(self._title_starts, found, side="right") - 1] = True
        return table

    def rank(
        self,
        hits: np.ndarray,
        counts: list[tuple[int, np.ndarray]],
        needles: list[str],
        wanted: int,
    ) -> list[tuple[int, float]]:
        """The ``wanted`` best of ``hits`` (entry numbers), best first, with their scores.

        ``counts`` holds, for each positive term of the query, its document frequency and
        its occurrences in each hit; ``needles`` are the folded terms (for the section
        boost). Among equal scores the paragraph that comes first in the library wins.
        """
        if wanted <= 0 or not len(hits):
            return []
        n = max(self.size, 1)
        norms = self.norms[hits]
        literal = np.zeros(len(hits))
        for df, found in counts:
            weight = math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1)
            c = found.astype(np.float64)
            literal += weight * c / (c + norms)
        named = self._naming(needles)[self.section_of[hits]]
        scores = literal * (self.boosts[hits] + SECTION_BOOST * named)
        if wanted < len(hits):
            # Only the hits that can be on the page are sorted: those scoring at least
            # the wanted-th best score (ties at that score included, to break them).
            kth = np.partition(scores, len(scores) - wanted)[len(scores) - wanted]
            keep = np.flatnonzero(scores >= kth)
            hits, scores = hits[keep], scores[keep]
        order = np.lexsort((hits, -scores))[:wanted]
        return [(int(hits[i]), float(scores[i])) for i in order]
