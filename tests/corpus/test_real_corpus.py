"""The cleanup pinned on the five bundled sources, as a reader would check it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from jingdu.corpus.decode import read_source
from jingdu.corpus.text import ends_sentence
from tests.conftest import CORPUS, SOURCES
from tests.corpus.helpers import paragraphs, visible

# What the cleaner may take out of the running text, described independently of it.
FURNITURE = {
    "page number": re.compile(r"^[—–\-]\s*\d{1,4}\s*[—–\-]?$"),
    "page number (split)": re.compile(r"^[—–\-]$"),
    "running header with page number": re.compile(r"\|\s*\d{1,4}\s*\|"),
    "running header": re.compile(r"^论新质生产力的世界观和方法论意蕴$"),
    "vertical section label": re.compile(r"^[理论探索]$"),
    "journal or column label": re.compile(
        r"^(马 克思主义中国化时代化研究|·中共二十届三中全会精神专题研究·)$"
    ),
    "markup": re.compile(r"^(\*\*\*\*|#{1,6}|<sup></sup>|-)$"),
    "empty list item": re.compile(r"^-$"),
}


def _source_chars(name: str) -> list[str]:
    return visible(read_source(CORPUS / name).text)


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


@pytest.mark.parametrize("name", [p.name for p in SOURCES])
def test_every_character_of_content_survives_in_order(name: str, corpus_docs) -> None:
    docs = corpus_docs[name]
    removed = [r for d in docs for r in d.removed]
    for r in removed:
        assert FURNITURE[r.reason].search(r.text), r
    # Nothing lost, nothing invented: the clean text holds exactly the source's
    # characters less the page furniture the cleaner reported.
    expected = Counter(_source_chars(name)) - Counter(ch for r in removed for ch in visible(r.text))
    actual = Counter(ch for d in docs for ch in visible(d.text))
    assert actual == expected
    # In order: the running text, and each note, read in the order of the source.
    src = _source_chars(name)
    running = [
        ch
        for d in docs
        for p in d.paragraphs
        if p.kind != "note"
        for ch in visible(d.text[p.start : p.end])
    ]
    assert _is_subsequence(running, src)
    for d in docs:
        for p in d.paragraphs:
            if p.kind == "note":
                assert _is_subsequence(visible(d.text[p.start : p.end]), src)


def test_the_only_furniture_is_the_furniture(corpus_docs) -> None:
    counts = {
        name: Counter(r.reason for d in docs for r in d.removed)
        for name, docs in corpus_docs.items()
    }
    assert counts["000_5425b47fff0c6ac1.txt"] == {"running header": 5}
    assert counts["002_1faaaa7bcac61f4f.txt"] == {"journal or column label": 2}
    assert counts["003_40d39125bada6e18.txt"] == {
        "vertical section label": 19,
        "running header with page number": 3,
    }
    booklet = counts["001_e0edea38aaf4c3b6.txt"]
    assert set(booklet) == {"page number", "page number (split)"}
    assert booklet["page number (split)"] < booklet["page number"]


# Paragraphs that end without a sentence end, each for a reason visible in the source.
KNOWN_OPEN_ENDINGS = {
    "运共同体",  # 003: the tail of a keyword line; the rest was lost in extraction
    "第三，支撑科技成果产业化，加快科技创新",  # 001: an unnumbered subheading
    "图1 新质生产力的形成机制",  # 004: figure captions
    "图2 新质生产力推动经济高质量发展的理论机制",
}


def test_no_paragraph_breaks_mid_sentence(corpus_docs) -> None:
    open_endings = set()
    for docs in corpus_docs.values():
        for d in docs:
            for kind, text in paragraphs(d):
                assert "\n" not in text
                if (
                    kind in ("body", "quote")
                    and not ends_sentence(text)
                    and not text.endswith("：")
                ) and not text.startswith("【关键词】"):
                    open_endings.add(text)
    assert open_endings == KNOWN_OPEN_ENDINGS


def test_no_control_characters_or_stray_blanks(corpus_docs) -> None:
    for docs in corpus_docs.values():
        for d in docs:
            assert not [ch for ch in d.text if unicodedata.category(ch) == "Cc" and ch != "\n"]
            assert "  " not in d.text
            for _, text in paragraphs(d):
                assert text == text.strip()


def _outline(docs, level: int) -> list[str]:
    [doc] = docs
    return [o.title for o in doc.outline if o.level == level]


def test_outline_000(corpus_docs) -> None:
    docs = corpus_docs["000_5425b47fff0c6ac1.txt"]
    assert _outline(docs, 1) == [
        "一、坚持人民至上是发展新质生产力的价值遵循",
        "二、坚持自信自立是发展新质生产力的实践内核",
        "三、坚持守正创新是发展新质生产力的科学态度",
        "四、坚持问题导向是发展新质生产力的恪守原则",
        "五、坚持系统观念是发展新质生产力的思想方法",
        "六、坚持胸怀天下是发展新质生产力的世界眼光",
    ]
    level2 = _outline(docs, 2)
    assert len(level2) == 20
    assert level2[0] == "（一）党的领导是发展新质生产力的根本保障"
    assert (
        "（一）发展新质生产力是破局西方科技霸权、增强国际竞争力的表现" in level2
    )  # wrapped, joined


def test_outline_002(corpus_docs) -> None:
    docs = corpus_docs["002_1faaaa7bcac61f4f.txt"]
    assert _outline(docs, 1) == [
        "一、生产力的历史演进与文明形态更替",
        "二、新质生产力破解西方文明困境与发展悖论",
        "三、新质生产力开创人类文明新形态的重要着力点",
    ]
    assert len(_outline(docs, 2)) == 10
    assert _outline(docs, 3) == [
        "１．产业空心化与过度金融化的危害",
        "２．新质生产力的重要基础是实体经济高质量发展",
        "１．发达资本主义国家主导下的不平衡世界市场体系",
        "２．新质生产力推动全球创新资源的优化配置和区域均衡发展",
        "１．资本主义工业生产的反生态性",
        "２．新质生产力是符合绿色发展理念的先进生产力质态",
    ]


def test_outline_003_run_in_headings(corpus_docs) -> None:
    docs = corpus_docs["003_40d39125bada6e18.txt"]
    assert _outline(docs, 1) == [
        "一、国际环境变化与新质生产力发展",
        "二、中国发展新质生产力对世界的贡献",
        "三、发展新质生产力与未来大国关系",
        "注释",
    ]
    level2 = _outline(docs, 2)
    assert len(level2) == 8
    assert level2[0] == "（一）全球化进程遇阻，一些主要经济体的开放度不如从前。"
    [doc] = docs
    heading = next(o for o in doc.outline if o.title == level2[0])
    assert doc.text[heading.start :].split("\n")[1].startswith("对于经济全球化的起点问题")


def test_outline_004_markdown_levels_follow_numbering(corpus_docs) -> None:
    docs = corpus_docs["004_d840023fb8f8f993.txt"]
    assert _outline(docs, 1)[:5] == [
        "一、引言",
        "二、新质生产力形成的理论机制",
        "三、新质生产力驱动高质量发展的理论机制",
        "四、发展新质生产力是高质量发展的内在要求和重要着力点",
        "五、新质生产力驱动高质量发展的战略路径",
    ]
    level2 = _outline(docs, 2)
    assert len(level2) == 16  # every （一） is level 2, whatever its number of #s
    assert "（二）新质生产力提升要素质量，推动经济高质量发展的理论机制" in level2  # was "##"
    assert "（四）以人才培养体系创新，构建新型劳动者队伍" in level2  # was "####"


def test_metadata_002(corpus_docs) -> None:
    [doc] = corpus_docs["002_1faaaa7bcac61f4f.txt"]
    assert doc.title == "新质生产力：破解西方文明困境与开创人类文明新形态"
    assert doc.title_source == "text"
    assert doc.authors == ["周文", "杨正源"]
    assert doc.abstract.startswith("人类文明新形态具有鲜明的中国特色")
    assert doc.abstract.endswith("推动新型经济全球化。")
    assert doc.keywords == []  # the source prints none


def test_metadata_004(corpus_docs) -> None:
    [doc] = corpus_docs["004_d840023fb8f8f993.txt"]
    assert doc.title == "新质生产力何以驱动高质量发展"
    assert doc.authors == ["耿子恒", "孟山月", "杨宜勇"]
    assert doc.abstract.startswith("发展新质生产力是中国式现代化引领的新发展阶段的首要任务")
    assert doc.keywords == ["新质生产力", "中国式现代化", "高质量发展", "创新"]
    notes = [t for k, t in paragraphs(doc) if k == "note"]
    assert any(t.startswith("【作者简介】 耿子恒") and t.endswith("北京 100038。") for t in notes)


def test_titles_come_from_the_running_header_when_the_title_line_is_lost(corpus_docs) -> None:
    [d000] = corpus_docs["000_5425b47fff0c6ac1.txt"]
    [d003] = corpus_docs["003_40d39125bada6e18.txt"]
    assert (d000.title, d000.title_source) == ("论新质生产力的世界观和方法论意蕴", "header")
    assert (d003.title, d003.title_source) == ("理解新质生产力的国际视角", "header")


def test_footnotes_003_lettered_notes_moved_and_linked(corpus_docs) -> None:
    [doc] = corpus_docs["003_40d39125bada6e18.txt"]
    notes = [p for p in doc.paragraphs if p.kind == "note"]
    assert len(notes) == 45
    assert doc.paragraphs[-len(notes) :] == notes  # the notes come last
    assert len(doc.footnotes) == 43
    for fn in doc.footnotes:
        assert fn.note_start >= 0
        assert doc.text[fn.note_start : fn.note_end].startswith(fn.label + " ")
    # A note printed mid-page no longer interrupts its paragraph:
    assert "产业外迁，贫富分化等" in doc.text.replace("\n", "|")
    assert "对全球化进程中带来的挑战" in doc.text


def test_footnotes_000_and_004_markers(corpus_docs) -> None:
    [d000] = corpus_docs["000_5425b47fff0c6ac1.txt"]
    assert [f.label for f in d000.footnotes] == [str(i) for i in range(1, 28)]
    [d004] = corpus_docs["004_d840023fb8f8f993.txt"]
    assert "<sup>" not in d004.text
    assert len(d004.footnotes) == 29 and all(f.note_start >= 0 for f in d004.footnotes)


def test_full_width_digits_are_kept(corpus_docs) -> None:
    [doc] = corpus_docs["002_1faaaa7bcac61f4f.txt"]
    assert "３８．６％" in doc.text and "２０２３ 年" in doc.text


def test_the_booklet_is_split_into_its_pieces(corpus_docs) -> None:
    docs = corpus_docs["001_e0edea38aaf4c3b6.txt"]
    assert len(docs) >= 60
    assert [d.part for d in docs] == list(range(1, len(docs) + 1))
    assert len({d.id for d in docs}) == len(docs)
    report, quotes = docs[0], docs[1]
    assert report.text.startswith(
        "中共中央政治局 1 月 31 日下午就扎实推进高质量发展进行第十一次集体学习。"
    )
    kinds = [k for k, _ in paragraphs(quotes)]
    assert kinds == ["quote", "signature"] * 12
    assert quotes.title == "习近平重要论述摘编（12 则）"
    assert paragraphs(quotes)[0][1].startswith("历次产业革命都有一些共同特点")
    for d in docs:
        assert d.title.strip() and d.title_source == "derived"
        assert paragraphs(d)[0][0] != "signature", (
            d.id
        )  # a signature closes a piece, never opens one
    authors = [a for d in docs for a in d.authors]
    for commentator in ("新华社评论员", "南方日报评论员", "人民网评", "金观平"):
        assert commentator in authors
    signed = [d for d in docs[2:] if d.authors]
    assert len(signed) >= len(docs) - 5
    assert any(
        d.authors
        == [
            "中国社会科学院大学 杨开忠",
            "中国社会科学院经济研究所所长 黄群慧",
            "中国国际发展知识中心副主任 魏际刚",
        ]
        for d in docs
    )
