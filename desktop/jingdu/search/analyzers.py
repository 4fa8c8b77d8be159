"""Whoosh analyzers for the two fields of the index. Both receive folded text.

jieba's stock ``ChineseAnalyzer`` emits overlapping search-mode tokens whose
positions are character offsets, so phrases never match and query and text
segment differently. These analyzers avoid both problems.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer

from jingdu.search import segment


class BigramTokenizer(Tokenizer):  # type: ignore[misc]
    """Every distinct pair of adjacent characters, punctuation and spaces included.

    A paragraph that contains a string contains all of that string's bigrams,
    so requiring them all never loses a match (recall); the literal check that
    follows removes the paragraphs that only have the bigrams scattered.
    Only presence is indexed: no frequencies or positions are needed.
    """

    def __call__(
        self, value: str, positions: bool = False, chars: bool = False, **kwargs: Any
    ) -> Iterator[Token]:
        token = Token(positions, chars, **kwargs)
        for gram in {value[i : i + 2] for i in range(len(value) - 1)}:
            token.text = gram
            token.boost = 1.0
            yield token


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


class WordTokenizer(Tokenizer):  # type: ignore[misc]
    """jieba words in reading order, one position each, with their character offsets."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        start_pos: int = 0,
        start_char: int = 0,
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, **kwargs)
        pos = start_pos
        for word, start, end in segment.words(value):
            token.text = word
            token.boost = 1.0
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            pos += 1
            yield token
