"""Briefing notes as Markdown and JSON, from real annotations of the corpus."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from jingdu.errors import UserError
from jingdu.export import markdown
from jingdu.export.markdown import escape
from jingdu.export.model import BriefingOptions
from jingdu.library import Library
from tests.export.made import briefing

HOSTILE = [
    "<script>alert(1)</script> & &amp; ]]> <![CDATA[x]]>",
    "# 不是标题\n- 不是列表\n1. 不是编号\n> 不是引用\n---\n===",
    "*星号* _下划线_ `代码` [链接](http://x) ![图](y) | 表 | ~~删~~ \\反斜杠",
    "表情 😀🇨🇳 与生僻字 𠮷",
    "很长的一行" * 2000,
]


def rendered_text(markdown: str) -> str:
    """What a reader of the rendered Markdown sees, as text."""
    out = MarkdownIt("commonmark").render(markdown)
    out = re.sub(r"<br />\n", "\n", out)
    return html.unescape(re.sub(r"<[^>]+>", "", out)).strip()


@pytest.mark.parametrize("text", HOSTILE)
def test_whatever_the_user_typed_renders_as_typed(text: str) -> None:
    assert rendered_text(escape(text)) == text


def test_indentation_the_user_typed_survives_as_non_breaking_spaces() -> None:
    typed = "要点：\n    一、创新\n\t二、协调\n　　三、绿色\n    # 不是标题"
    nbsp = "\xa0"
    assert rendered_text(escape(typed)) == (
        f"要点：\n{nbsp * 4}一、创新\n{nbsp * 4}二、协调\n　　三、绿色\n{nbsp * 4}# 不是标题"
    )


def test_file_names_keep_their_underscores_unescaped() -> None:
    assert escape("002_1faaaa7bcac61f4f.txt") == "002_1faaaa7bcac61f4f.txt"


@pytest.fixture
def annotated(lib: Library) -> Library:
    """Highlights on two articles, found by their words, tagged and noted."""
    d0 = lib.document("000")
    d2 = lib.document("002")

    def mark(doc, words: str, **kw) -> None:
        s = doc.text.index(words)
        lib.add_highlight(doc.id, s, s + len(words), **kw)

    mark(d2, "生产力的进步是人类文明发展的杠杆", color="blue", tags=["理论/马克思主义"])
    mark(d2, "高科技、高效能、高质量是新质生产力的重要特征", tags=["重点"], note=HOSTILE[0])
    mark(d0, d0.text[400:430], color="red", note="存疑：" + HOSTILE[1], tags=["重点", "待查"])
    return lib


def test_grouped_by_document_in_reading_order_under_section_headings(annotated, tmp_path) -> None:
    out = tmp_path / "简报.md"
    b = annotated.export(out, BriefingOptions(group_by="document")).briefing
    text = out.read_text(encoding="utf-8")
    assert b.excerpt_count == 3 and len(b.groups) == 2
    seen = rendered_text(text)
    first = seen.index("生产力的进步是人类文明发展的杠杆")
    second = seen.index("高科技、高效能、高质量是新质生产力的重要特征")
    assert first < second  # reading order within the document
    assert "### 一、生产力的历史演进与文明形态更替" in text  # the document's own heading
    assert "（三）人类文明新形态：创新起主导作用的生产力跃升，第 17 段" in seen
    assert HOSTILE[0] in seen and HOSTILE[1] in seen


def test_grouped_by_tag_an_excerpt_is_under_each_of_its_tags(annotated, tmp_path) -> None:
    b = annotated.briefing(BriefingOptions(group_by="tag"))
    titles = [g.title for g in b.groups]
    assert titles == ["待查", "理论/马克思主义", "重点"]
    assert len(b.groups[2].excerpts) == 2 and b.excerpt_count == 3


def test_grouped_by_colour_with_the_users_meanings(annotated) -> None:
    b = annotated.briefing(
        BriefingOptions(group_by="color", color_meanings={"yellow": "要点", "red": "存疑"})
    )
    assert [g.title for g in b.groups] == ["要点", "蓝色", "存疑"]


def test_scope_by_tag_subtree_document_colour_and_notes(annotated) -> None:
    def count(**kw) -> int:
        return annotated.briefing(BriefingOptions(**kw)).excerpt_count

    assert count(tags=["理论"]) == 1  # 理论 takes 理论/马克思主义
    assert count(docs=["000"]) == 1
    assert count(colors=["blue", "red"]) == 2
    assert count(notes_only=True) == 2
    assert count(since="2999-01-01") == 0


def test_json_export_holds_the_data_and_citations(annotated, tmp_path) -> None:
    out = tmp_path / "简报.json"
    annotated.export(out, BriefingOptions(group_by="tag", title="学习简报：测试"))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"] == "学习简报：测试" and data["excerpts"] == 3
    first = data["groups"][1]["excerpts"][0]
    assert first["quote"] == "生产力的进步是人类文明发展的杠杆"
    assert first["citation"].startswith("周文、杨正源《新质生产力")


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("x.odt", BriefingOptions(), "export writes .pdf, .docx, .md or .json"),
        ("x.md", BriefingOptions(colors=["nope"]), "unknown colour"),
        ("x.md", BriefingOptions(group_by="size"), "unknown grouping"),
        ("x.md", BriefingOptions(docs=["no-such-doc"]), "no-such-doc"),
        ("x.md", BriefingOptions(tags=["没有的标签"]), "nothing to export"),
        ("x.md", BriefingOptions(since="2026/01/01"), "2026/01/01.*YYYY-MM-DD"),
        ("x.md", BriefingOptions(until="soon"), "soon"),
        ("x.md", BriefingOptions(since="2026-12-01", until="2026-11-01"), "after"),
        ("x.pdf", BriefingOptions(), "no such font file"),
    ],
)
def test_bad_choices_get_a_clear_message_and_write_nothing(
    annotated, tmp_path: Path, name: str, options: BriefingOptions, message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    font = str(tmp_path / "无此字体.ttf") if message == "no such font file" else None
    with pytest.raises(UserError, match=message):
        annotated.export(folder / name, options, font=font)
    assert list(folder.iterdir()) == []


def test_an_existing_file_is_replaced_whole(annotated, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "简报.md"
    out.write_text("旧内容", encoding="utf-8")
    annotated.export(out, BriefingOptions())
    assert "旧内容" not in out.read_text(encoding="utf-8")
    assert [p.name for p in folder.iterdir()] == ["简报.md"]


def test_the_export_command_writes_the_note_and_refuses_bad_input(
    annotated, tmp_path: Path, capsys
) -> None:
    from jingdu.cli import main

    data = str(annotated.data_dir)
    annotated.close()
    out = tmp_path / "out.md"
    code = main(
        ["export", str(out), "--data-dir", data, "--group-by", "color",
         "--meaning", "red=存疑", "--title", "学习简报：第三次学习会", "--author", "理论学习小组"]
    )  # fmt: skip
    assert code == 0 and "wrote 3 excerpts in 3 groups" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 学习简报：第三次学习会") and "## 3. 存疑" in text
    code = main(["export", str(tmp_path / "x.md"), "--data-dir", data, "--meaning", "red"])
    err = capsys.readouterr().err
    assert code == 2 and "COLOR=TEXT" in err and not (tmp_path / "x.md").exists()


def test_labels_and_the_subtitle_print_bold() -> None:
    # **批注：**这 is no bold in CommonMark: ** after a full-width colon closes only
    # before a space or punctuation, and a note starts with a letter.
    b = replace(
        briefing(note="这条批注以汉字开头", tags=("政策", "科技")), subtitle="“两会”精神（讨论稿）"
    )
    html = MarkdownIt("commonmark").render(markdown.render(b))
    assert "<strong>批注</strong>：这条批注以汉字开头" in html
    assert "<strong>标签</strong>：政策、科技" in html
    assert "<strong>“两会”精神（讨论稿）</strong>" in html
    assert "**" not in html
