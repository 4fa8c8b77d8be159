"""The bulk steps of "where else is this said" give what the step a text at a time gives.

A passage's parallels at 50x read thousands of candidate paragraphs; the seeds, the
kept text and the offsets of the places found are made for all of them at once
(:mod:`jingdu.study.candidates`). Each is checked here against the plain version,
one text at a time, on the bundled corpus's paragraphs and on quotations of
them with a character changed, added or left out.
"""

from __future__ import annotations

import random
from array import array
from collections import Counter

import pytest
from rapidfuzz.distance import LCSseq

from jingdu.library import Library
from jingdu.search.fold import fold
from jingdu.study.candidates import (
    _one_at_a_time,
    chained_seeds,
    kept_maps,
    kept_texts,
    most_held,
    seeded_regions,
)
from jingdu.study.matching import (
    MAX_GAP,
    NEAR,
    SEED,
    KeptMap,
    Region,
    _chains,
    chained,
    kept,
    kept_text,
    local_regions,
    regions,
    seeds_of,
)


@pytest.fixture(scope="module")
def corpus(library: Library) -> list[str]:
    """Every paragraph of the bundled corpus, folded."""
    out = []
    for s in library.documents():
        doc = library.document(s.id)
        out += [fold(doc.text[p.start : p.end]) for p in doc.paragraphs]
    return out


def test_the_paragraphs_holding_most_probes_come_first() -> None:
    postings = [array("I", [1, 4, 7]), array("I", [4, 7, 9]), array("I", [7]), array("I")]
    assert most_held(postings, 2) == [7, 4]
    assert most_held(postings, 1) == [7, 4, 1, 9]
    assert most_held(postings, 4) == []
    assert most_held([], 1) == []


def _variants(rng: random.Random, a: str) -> list[str]:
    """``a`` quoted exactly, with a character changed, one added and one left out."""
    k = [rng.randrange(len(a)) for _ in range(3)]
    return [
        a,
        a[: k[0]] + "变" + a[k[0] + 1 :],
        a[: k[1]] + "的" + a[k[1] :],
        a[: k[2]] + a[k[2] + 1 :],
    ]


def _passages(corpus: list[str], n: int) -> list[str]:
    """``n`` passages of up to 200 kept characters, from paragraphs long enough."""
    long = [t for t in kept_texts(corpus) if len(t) >= 40]
    return [t[:200] for t in random.Random(18).sample(long, n)]


def test_kept_text_of_many_paragraphs_at_once_is_each_ones(corpus: list[str]) -> None:
    odd = ["", "，。！", "a_b c", "𠀀新质生产力", "Ⅻ٣①", "\ud800断", "两\n行"]
    for texts in (corpus, odd, corpus[:50] + odd, []):
        assert kept_texts(texts) == [kept_text(t) for t in texts]


def test_the_offsets_of_many_paragraphs_at_once_are_each_ones(corpus: list[str]) -> None:
    odd = ["，。！", "a_b c", "𠀀新质生产力", "Ⅻ٣①，x", "两\n行"]
    for texts in (corpus, odd + corpus[:50]):
        bases = [7 * n for n in range(len(texts))]
        for t, base, made in zip(texts, bases, kept_maps(texts, bases), strict=True):
            _, where = kept(t, base)
            one = KeptMap(t, base)
            assert [made[k] for k in range(len(where))] == list(where)
            assert [one[k] for k in range(len(where))] == list(where)


def test_seeds_found_in_all_candidates_at_once_are_those_found_one_at_a_time(
    corpus: list[str],
) -> None:
    rng = random.Random(5)
    texts = kept_texts(corpus)
    paths = Counter[bool]()
    for a in _passages(corpus, 12):
        candidates = texts + _variants(rng, a)
        got = chained_seeds(a, candidates)
        assert got  # (at least the passage's own paragraph and its variants)
        one_at_a_time = _one_at_a_time(a, candidates)
        assert set(one_at_a_time) == set(got)
        for t, b in enumerate(candidates):
            seeds = sorted(seeds_of(a, b))
            if not chained(seeds):
                assert t not in got
                continue
            assert set(got[t].seeds) <= set(seeds)  # (a seed with none near is left out…)
            own = _places(local_regions(a, b, 3, 2))
            assert _places(seeded_regions(a, b, 3, got[t])) == own  # (…as it gives no region)
            assert _places(seeded_regions(a, b, 3, one_at_a_time[t])) == own
            paths[got[t].spans is None] += 1
            on_one = Counter(j - i for i, j in seeds).most_common(1)[0][1]
            assert got[t].shared == SEED * on_one
            assert LCSseq.similarity(a, b) >= got[t].shared  # what the seeds prove holds
    assert paths[False] > 100 and paths[True] > 10  # (chained here, and by local_regions)


def _places(found: list[Region]) -> list[tuple[int, int, int, int, list[tuple[int, int, int]]]]:
    return [(r.a0, r.a1, r.b0, r.b1, r.blocks) for r in found]


def test_a_passage_with_a_repeated_run_keeps_both_seeds() -> None:
    a = "新质生产力新质生产力是创新起主导作用的先进生产力质态"
    b = "它说新质生产力新质生产力是创新起主导作用的先进生产力质态。"
    got = chained_seeds(a, ["无关的文字", b])
    assert list(got) == [1]
    (region,) = seeded_regions(a, b, 3, got[1])
    assert (region.a0, region.a1, region.b0, region.b1, region.similarity) == (
        0,
        len(a),
        2,
        2 + len(a),
        1.0,
    )


def test_a_quotation_exact_or_with_a_word_changed_is_aligned_as_a_whole_alignment_does(
    corpus: list[str],
) -> None:
    """The seeded, local alignment marks the same region and the same differing
    characters as one alignment of the whole of both, for a passage quoted alone."""
    rng = random.Random(18)
    for a in _passages(corpus, 150):
        variants = _variants(rng, a)
        seeded = chained_seeds(a, variants)
        for t, b in enumerate(variants):
            full = regions(a, b)
            local = seeded_regions(a, b, 3, seeded[t])
            assert _places(local) == _places(full)
            assert [r.differing("b") for r in local] == [r.differing("b") for r in full]
            assert [r.differing("a") for r in local] == [r.differing("a") for r in full]
            if t == 0:
                assert len(local) == 1 and local[0].similarity == 1.0


def test_seeds_given_or_found_give_the_same_regions_in_context(corpus: list[str]) -> None:
    """A quotation amid another paragraph's text: the seeds found at once for many
    candidates align as the seeds local_regions finds itself."""
    rng = random.Random(3)
    texts = kept_texts(corpus)
    for a in _passages(corpus, 100):
        other = rng.choice(texts)
        cut = rng.randrange(len(other) + 1)
        quoting = [other[:cut] + v + other[cut:] for v in _variants(rng, a)]
        seeded = chained_seeds(a, quoting)
        for t, b in enumerate(quoting):
            own = local_regions(a, b, 3, 2)
            given = seeded_regions(a, b, 3, seeded[t])
            assert _places(given) == _places(own)
            assert any(r.b0 <= cut + 5 and r.b1 >= cut + len(a) - 5 for r in given)


def _chains_by_the_rule(seeds: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Each seed (in order) joins, of all chains so far, the one whose last seed is
    not far back on the nearest diagonal (the earliest of those), or starts one."""
    chains: list[list[tuple[int, int]]] = []
    for i, j in seeds:
        best = None
        for chain in chains:
            li, lj = chain[-1]
            drift = abs((j - i) - (lj - li))
            if drift <= MAX_GAP and 0 < i - li <= NEAR and (best is None or drift < best[0]):
                best = (drift, chain)
        if best is None:
            chains.append([(i, j)])
        else:
            best[1].append((i, j))
    return chains


def test_seeds_are_chained_as_the_rule_says() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        n = rng.randrange(0, 40)
        seeds = sorted(
            {
                (SEED * rng.randrange(12), rng.randrange(0, rng.choice([8, 30, 200])))
                for _ in range(n)
            }
        )
        assert _chains(seeds) == _chains_by_the_rule(seeds)
