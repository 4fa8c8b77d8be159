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
    """A query that cannot be run. The message says why in English (for the command
    line and logs); ``reason`` says it in a word the window translates, with the
    figures it quotes in ``figures``: empty, only_excluded, too_long (length, limit)
    or too_many_terms (terms, limit)."""

    def __init__(self, message: str, reason: str, *figures: int) -> None:
        super().__init__(message)
        self.reason = reason
        self.figures = figures


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
            f"the query is {len(text):,} characters long; at most {MAX_QUERY_CHARS:,} are searched",
            "too_long",
            len(text),
            MAX_QUERY_CHARS,
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
    n = len(groups) + len(excluded)
    if n > MAX_TERMS:
        raise QueryError(
            f"the query has {n} terms; at most {MAX_TERMS} are searched",
            "too_many_terms",
            n,
            MAX_TERMS,
        )
    if not groups:
        if excluded:
            raise QueryError(
                "a query needs a term to find; “-term” only leaves results out", "only_excluded"
            )
        raise QueryError("the query is empty", "empty")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded), text)


def _phrases(text: str) -> list[tuple[re.Match[str], int]]:
    """Each quoted phrase of ``text`` that parse() searches, with its group in _TOKEN."""
    out = []
    for m in _TOKEN.finditer(text):
        group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 0
        if group and m.group(group).strip():
            out.append((m, group))
    return out


def unspaced(text: str) -> str | None:
    """``text`` with the whitespace inside its quoted phrases taken out, or None when
    no phrase has any. A phrase is matched literally, spaces included, so "高质量 发展"
    finds nothing in texts that write 高质量发展: this is what the user most likely meant.
    """
    out, pos, changed = [], 0, False
    for m, group in _phrases(text):
        inner = m.group(group)
        squeezed = "".join(inner.split())  # split() knows the full-width space too
        changed = changed or squeezed != inner
        out += [text[pos : m.start(group)], squeezed]
        pos = m.end(group)
    out.append(text[pos:])
    return "".join(out) if changed else None


def readable(text: str) -> str:
    """The query as a sentence quotes it: each phrase in “…”, the rest as typed."""
    out, pos = [], 0
    for m, group in _phrases(text):
        out += [text[pos : m.start()], "“", m.group(group), "”"]
        pos = m.end()
    out.append(text[pos:])
    return "".join(out).strip()
