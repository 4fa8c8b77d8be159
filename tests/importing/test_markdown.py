from __future__ import annotations

import pytest

from jingdu.errors import SourceError
from jingdu.importing import markdown
from jingdu.importing.assemble import to_document
from jingdu.importing.formats import read_documents
from jingdu.importing.structured import Structured

P1 = "党的二十大对全面建设社会主义现代化国家作出战略部署，明确了新时代新征程的中心任务。"


def shape(s: Structured) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in s.blocks]


def md(text: str) -> Structured:
    return markdown.read(text.encode(), "a.md")


DOC = """---
title: "前言里的标题"
author: [张三, 李四]
date: 2024-01-02
---

# 为什么要读原著？怎样读？

第一段的**重点**和*强调*，见[人民网](http://example.com/x)的`报道`，
续行是同一段。Soft
break between words.

Setext 二级标题
---------------

> 引文第一段，
> 仍是第一段。
>
> 引文第二段。

1. 第一项
2. 第二项
   - 子项甲
   - 子项乙

```python
# 这不是标题
print("保持原样")
```

    缩进的代码块

| 地区 | 增速 |
| ---- | ---: |
| 北京 | **5.2%** |

<div align="center">HTML 块里的<b>文字</b><script>alert("x")</script></div>

5 * 3 = 15，\\*不是强调\\*。
"""


def test_blocks_levels_and_text() -> None:
    s = md(DOC)
    assert shape(s) == [
        ("heading", 1, "为什么要读原著？怎样读？"),
        ("body", 0, "第一段的重点和强调，见人民网的报道，续行是同一段。Soft break between words."),
        ("heading", 2, "Setext 二级标题"),
        ("quote", 0, "引文第一段，仍是第一段。"),
        ("quote", 0, "引文第二段。"),
        ("item", 0, "1. 第一项"),
        ("item", 0, "2. 第二项"),
        ("item", 0, "◦ 子项甲"),  # as a browser draws a list in a list
        ("item", 0, "◦ 子项乙"),
        ("code", 0, '# 这不是标题\nprint("保持原样")'),
        ("code", 0, "缩进的代码块"),
        ("table", 0, "地区\t增速\n北京\t5.2%"),
        ("body", 0, "HTML 块里的文字"),
        ("body", 0, "5 * 3 = 15，*不是强调*。"),
    ]
    assert (s.title, s.title_source) == ("为什么要读原著？怎样读？", "text")
    assert s.authors == ["张三", "李四"]


def test_title_from_front_matter_when_there_is_no_level_one_heading() -> None:
    s = md("---\ntitle: 文件标题\nauthor:\n  - 王五\n---\n\n## 一节\n\n正文。\n")
    assert (s.title, s.title_source, s.authors) == ("文件标题", "metadata", ["王五"])
    assert shape(s) == [("heading", 1, "一节"), ("body", 0, "正文。")]


def test_no_title_anywhere_is_left_to_assembly() -> None:
    s = md(f"{P1}\n")
    assert s.title == ""
    assert to_document(s, "d", "a.md", "0", 1).title_source == "derived"


def test_hand_numbered_sections_become_headings() -> None:
    s = md(
        f"# 意见\n\n**一、总体要求**\n\n{P1}\n\n**（一）指导思想**\n\n{P1}\n\n**二、主要任务**\n\n{P1}\n"
    )
    assert [(b.level, b.text) for b in s.blocks if b.kind == "heading"] == [
        (1, "意见"),
        (2, "一、总体要求"),
        (3, "（一）指导思想"),
        (2, "二、主要任务"),
    ]


def test_footnotes_become_markers_and_notes() -> None:
    s = md(
        "正文引用[^b]，再引用[^a]，又一次[^b]。\n\n"
        "```\n[^a]: 代码里的不是脚注\n```\n\n"
        "[^a]: 第一条注释，有[链接](http://x)。\n"
        "[^b]: 第二条注释\n    续行。\n"
    )
    first = s.blocks[0]
    assert first.text == "正文引用[1]，再引用[2]，又一次[1]。"
    assert [(first.text[m.start : m.end], m.label) for m in first.markers] == [
        ("[1]", "b"),
        ("[2]", "a"),
        ("[1]", "b"),
    ]
    assert shape(s)[1] == ("code", 0, "[^a]: 代码里的不是脚注")
    assert [(n.label, n.text) for n in s.notes] == [
        ("b", "[1] 第二条注释续行。"),
        ("a", "[2] 第一条注释，有链接。"),
    ]
    doc = to_document(s, "d", "a.md", "0", 1)
    assert [doc.text[f.start : f.end] for f in doc.footnotes] == ["[1]", "[2]", "[1]"]


def test_markers_keep_their_place_across_soft_breaks() -> None:
    s = md("第一行\n[^1]第二行 word\nnext[^1]\n\n[^1]: 注。\n")
    b = s.blocks[0]
    assert b.text == "第一行[1]第二行 word next[1]"
    assert [b.text[m.start : m.end] for m in b.markers] == ["[1]", "[1]"]


def test_hostile_markup_never_reaches_the_text() -> None:
    s = md(
        '<script>alert("block")</script>\n\n'
        '正文<img src=x onerror="alert(1)">和<script>alert("inline")</script>链接'
        '[点我](javascript:alert(1))。\n\n<iframe src="x">框架</iframe>\n'
    )
    assert [b.text for b in s.blocks] == ["正文和链接点我。"]


def test_headings_inside_lists_and_quotes() -> None:
    s = md("> # 引文中的标题\n\n- 项目\n\n  第二段\n")
    assert shape(s) == [("quote", 0, "引文中的标题"), ("item", 0, "• 项目"), ("item", 0, "第二段")]


@pytest.mark.parametrize("data", [b"", b"  \n\n", b"\x00\x01\x02" * 200])
def test_bad_input_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(SourceError, match=r"a\.md"):
        markdown.read(data, "a.md")


def test_gbk_markdown_is_decoded() -> None:
    s = markdown.read(f"# 标题\n\n{P1}\n".encode("gb18030"), "a.md")
    assert shape(s) == [("heading", 1, "标题"), ("body", 0, P1)]


def test_through_the_format_table() -> None:
    fmt, docs = read_documents(DOC.encode(), "读书.md", "读书", "0")
    assert fmt.name == "markdown"
    assert docs[0].title == "为什么要读原著？怎样读？"
    assert docs[0].outline[0].title == "为什么要读原著？怎样读？"


def test_deep_nesting_keeps_its_text() -> None:
    s = md("> " * 30 + "深处的引文\n\n正文。\n")
    assert shape(s) == [("quote", 0, "深处的引文"), ("body", 0, "正文。")]
