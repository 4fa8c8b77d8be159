"""No line of content is ever removed: documents made of every kind of line the
furniture rules could mistake (repeated sentences, table rows with numbers between
bars, one-character cells, negative numbers, bare numbers, short labels), printed on
pages with and without form feeds, with and without real running heads and folios.
Everything the cleaner removes must be one of the furniture lines put in."""

from __future__ import annotations

import random

import pytest

from tests.corpus.helpers import clean, layout

SENTENCES = [
    "发展新质生产力是推动高质量发展的内在要求和重要着力点。",
    "必须继续做好创新这篇大文章，推动新质生产力加快发展。",
    "各地区要因地制宜，先立后破，分类指导，防止一哄而上。",
    "要以科技创新引领产业创新，积极培育和发展新质生产力。",
    "改造提升传统产业，培育壮大新兴产业，布局建设未来产业。",
    "完善现代化产业体系，深化经济体制、科技体制等改革。",
    "坚持以人民为中心的发展思想。",
]
TRAPS = [
    ["坚持以人民为中心的发展思想"],  # a short line that recurs
    ["|名称 |V:54, |1482 |说明文字|", "|型号 |V:12, |73 |其他说明|"],  # a table
    ["是", "否"],  # one-character cells
    ["-1", "-20"],  # negative numbers on their own lines
    ["12", "7"],  # bare numbers
    ["专家点评"],  # a recurring subheading
    ["新质生产力", "因地制宜"],  # short terms, as in a glossary
]


def document(rng: random.Random, pages: int, furniture: bool, feeds: bool) -> tuple[str, set[str]]:
    """A text that flows over ``pages`` pages of 20 to 35 lines, as a PDF's does, the
    traps among its paragraphs; returns it and the furniture lines put in."""
    flow: list[str] = []
    while len(flow) < pages * 28:
        para = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
        flow += layout(para, width=20)
        if rng.random() < 0.3:
            flow += rng.choice(TRAPS)
    put: set[str] = set()
    out: list[str] = []
    at = 0
    for p in range(pages):
        size = rng.randint(20, 35)
        page = flow[at : at + size]
        at += size
        if furniture:
            head = "经济理论与政策研究 2024年第6期" if p % 2 else "论新质生产力的意蕴"
            folio = str(p + 31)
            page = [head, *page, folio]
            put |= {head, folio}
        out.append("\n".join(page))
    return ("\n\f" if feeds else "\n").join(out) + "\n", put


@pytest.mark.parametrize("seed", range(60))
def test_only_furniture_put_in_is_ever_removed(seed: int) -> None:
    rng = random.Random(seed)
    src, put = document(rng, pages=rng.randint(3, 12), furniture=seed % 3 != 0, feeds=seed % 2 == 0)
    docs = clean(src)
    removed = [r for d in docs for r in d.removed]
    assert {r.text for r in removed} <= put, [r for r in removed if r.text not in put]
    # Every line of content is in the text (reflowed: compared without line breaks).
    text = "".join(d.text for d in docs).replace("\n", "")
    for trap in TRAPS:
        for line in trap:
            if line in src:
                assert line.replace(" ", "") in text.replace(" ", "") or line in text, line
