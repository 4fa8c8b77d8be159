"""search/ranking.py ranks in arrays: it must give the page a plain reading of its rule
gives (BM25 over the terms' counts, the heading boost, the boost for a section whose
titles name a term, ties to the paragraph that comes first)."""

from __future__ import annotations

import math
import random

import numpy as np

from jingdu.search.ranking import HEADING_BOOST, K1, SECTION_BOOST, B, Ranking


class _Store:
    def __init__(self, texts: list[str], kinds: list[str], sections: list[str]) -> None:
        self._texts, self._kinds, self._sections = texts, kinds, sections

    def __len__(self) -> int:
        return len(self._texts)

    def texts(self) -> list[str]:
        return self._texts

    def kinds(self) -> list[str]:
        return self._kinds

    def sections(self) -> list[str]:
        return self._sections


def _plainly(
    store: _Store,
    hits: list[int],
    counts: list[tuple[int, list[float]]],
    needles: list[str],
    wanted: int,
) -> list[tuple[int, float]]:
    texts = store.texts()
    n, average = len(texts), sum(map(len, texts)) / len(texts)
    scored = []
    for k, hit in enumerate(hits):
        norm = K1 * (1 - B + B * len(texts[hit]) / average)
        literal = 0.0
        for df, found in counts:
            weight = math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1)
            literal += weight * found[k] / (found[k] + norm)
        boost = HEADING_BOOST if store.kinds()[hit] == "heading" else 1.0
        named = any(x in store.sections()[hit] for x in needles)
        scored.append((hit, literal * (boost + SECTION_BOOST * named)))
    return sorted(scored, key=lambda s: (-s[1], s[0]))[:wanted]


def test_the_page_is_the_rule_s_page() -> None:
    rng = random.Random(3)
    titles = ["第一章\n总论", "第二章\n新质生产力", "新质\x00生产", "", "附录：数据、表格"]
    texts = ["x" * rng.randint(1, 80) for _ in range(3000)]
    kinds = [rng.choice(["body", "body", "heading", "quote"]) for _ in texts]
    sections = [rng.choice(titles) for _ in texts]
    store = _Store(texts, kinds, sections)
    ranking = Ranking(store)  # type: ignore[arg-type]
    for needles in (["新质"], ["生产", "附录"], ["、"], ["总论", "不在"], ["质\x00生"]):
        for wanted in (1, 20, 5000):
            hits = sorted(rng.sample(range(len(texts)), rng.randint(1, 2500)))
            counts = [
                (rng.randint(len(hits), 2999), [float(rng.randint(1, 4)) for _ in hits])
                for _ in needles
            ]
            got = ranking.rank(
                np.array(hits), [(df, np.array(c, np.float32)) for df, c in counts], needles, wanted
            )
            assert got == _plainly(store, hits, counts, needles, wanted), (needles, wanted)
    assert any(s.startswith("第二章") for s in sections)  # a boost to find
