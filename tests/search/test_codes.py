"""search/codes.py: every paragraph's text as one array, checked for a term at given
offsets in many paragraphs at once; it must agree with ``str.startswith``."""

from __future__ import annotations

import random

import numpy as np

from jingdu.search.codes import WIDE, codes, starting

TEXTS = ["新质生产力", "", "发展𠮷新质生产力𠮷", "新质", "力新质生产", "ABC新质生产力"]


def _agrees(texts: list[str], term: str, entries: list[int], at: list[int]) -> None:
    found = starting(codes(texts), term, np.array(entries, np.int64), np.array(at, np.int64))
    assert found is not None
    expected = [a >= 0 and texts[e].startswith(term, a) for e, a in zip(entries, at, strict=True)]
    assert found.tolist() == expected, (term, entries, at)


def test_a_term_is_found_where_it_starts_and_nowhere_else() -> None:
    _agrees(TEXTS, "新质生产力", [0, 2, 2, 5, 5], [0, 3, 2, 3, 0])
    # A character past U+FFFF keeps every later offset right (𠮷 is one character).
    assert codes(TEXTS).chars[codes(TEXTS).starts[2] + 2] == WIDE
    _agrees(TEXTS, "生产力", [2], [5])


def test_a_term_running_past_its_paragraph_is_not_found() -> None:
    """新质 ends paragraph 3 and 生产力 starts nowhere after it: the codes of the next
    paragraph (力新质生产) must not complete it."""
    _agrees(TEXTS, "新质生产", [3, 4], [0, 1])
    _agrees(TEXTS, "新质", [3, 1], [0, 0])  # an empty paragraph holds nothing


def test_offsets_out_of_range_find_nothing() -> None:
    _agrees(TEXTS, "新质", [0, 0, 0], [-1, 4, 99])


def test_a_term_with_a_character_past_the_codes_is_left_to_the_text() -> None:
    assert starting(codes(TEXTS), "𠮷新质", np.array([2]), np.array([2])) is None


def test_made_in_pieces_the_codes_are_the_same() -> None:
    """Pieces with and without characters past U+FFFF are made two ways."""
    whole = codes(TEXTS)
    for size in (1, 5, 9):
        pieces = codes(TEXTS, size)
        assert pieces.chars.tolist() == whole.chars.tolist()
        assert pieces.starts.tolist() == whole.starts.tolist()
    assert len(whole.chars) == sum(map(len, TEXTS))


def test_random_texts_agree_with_startswith() -> None:
    rng = random.Random(7)
    texts = ["".join(rng.choice("甲乙丙𠮷") for _ in range(rng.randint(0, 30))) for _ in range(400)]
    for _ in range(200):
        term = "".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 4)))
        entries = [rng.randrange(len(texts)) for _ in range(50)]
        at = [rng.randint(-2, 32) for _ in entries]
        _agrees(texts, term, entries, at)
