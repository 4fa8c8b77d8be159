"""The query language a user already knows from web search, evaluated literally.

    新质生产力 创新        both must occur (AND)
    "科技 创新"            a phrase, spaces included (“…” works too)
    数字经济 OR 实体经济    either (OR binds tighter than AND)
    -传统                  must not occur
    质                     a single character is a term too

Matching is literal after folding (full/half width, case, traditional and
simplified): ``新質生產力`` finds ``新质生产力``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jingdu.errors import UserError
from jingdu.search.fold import fold

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32


class QueryError(UserError):
    """A query that cannot be run; the message says why."""


@dataclass(frozen=True)
class Term:
    text: str
    """Folded: compare it with folded text."""
    raw: str
    phrase: bool = False


@dataclass(frozen=True)
class Query:
    required: tuple[tuple[Term, ...], ...]
    """Every group must match; a group matches when any of its terms occurs."""
    excluded: tuple[Term, ...] = ()
    text: str = ""

    @property
    def positive_terms(self) -> list[Term]:
        return [t for group in self.required for t in group]

    def matches(self, folded: str) -> bool:
        return all(any(t.text in folded for t in g) for g in self.required) and not any(
            t.text in folded for t in self.excluded
        )

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """Every occurrence of every positive term, in order; overlapping ones are merged.

        Occurrences that only touch stay apart: 化 in 深化化工 is two matches, as a
        user counting hits (and a reader stepping from one to the next) expects.
        """
        raw: list[tuple[int, int]] = []
        for term in self.positive_terms:
            n = len(term.text)
            i = folded.find(term.text)
            while i >= 0:
                raw.append((i, i + n))
                i = folded.find(term.text, i + 1)
        raw.sort()
        merged: list[tuple[int, int]] = []
        for s, e in raw:
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged


# "…" quotes a phrase (an unclosed one runs to the end); “…” does too, but only when
# closed: a lone “ is the literal character, which the texts are full of.
_TOKEN = re.compile(r'"([^"]*)"?|“([^”\s][^”]*)”|(\S+)')
_OR = {"OR", "|", "或"}


def parse(text: str) -> Query:
    """Parse a query; stray operators and an unclosed quote are forgiven, not fatal.

    Raises:
        QueryError: the query is too long, or asks for nothing to find.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(text):,} characters long; at most {MAX_QUERY_CHARS:,} are searched"
        )
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for m in _TOKEN.finditer(text):
        quoted = m.group(1) if m.group(1) is not None else m.group(2)
        word = m.group(3)
        if word is not None and word in _OR:
            join_next = bool(groups)
            continue
        negate = False
        if quoted is None:
            assert word is not None
            if word.startswith(("-", "－")) and len(word) > 1:
                negate, word = True, word[1:]
            elif word in ("-", "－"):
                continue
            raw, phrase = word, False
        else:
            raw, phrase = quoted, True
        if not raw.strip():
            continue
        term = Term(fold(raw), raw, phrase)
        if negate:
            excluded.append(term)
            join_next = False
        elif join_next:
            groups[-1].append(term)
            join_next = False
        else:
            groups.append([term])
    if len(groups) + len(excluded) > MAX_TERMS:
        raise QueryError(
            f"the query has {len(groups) + len(excluded)} terms; at most {MAX_TERMS} are searched"
        )
    if not groups:
        if excluded:
            raise QueryError("a query needs a term to find; “-term” only leaves results out")
        raise QueryError("the query is empty")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded), text)
