"""The cleaner on manuals and their extractions: where paragraphs end, what is a heading,
a signature or a table of contents, in documents unlike the seeds (a DocBook PDF through
pdftotext, a text-mode browser's edition)."""

from __future__ import annotations

from tests.corpus.helpers import assert_nothing_lost, clean, column, layout, paragraphs, wrap
from tests.corpus.test_rules import P1, P3, P4, P5, body


def test_an_english_paragraph_ends_where_its_sentence_stops_short() -> None:
    english = [  # forty characters fill the 20-em column
        "Debian Edu is a Debian Pure Blend that",
        "serves schools.",
        "The main server runs every service the",
        "school network needs (a proxy.)",
        "A thin client runs its software on the",
        "server.",
    ]
    [doc] = clean(column(*layout(P1, P3), *english, *layout(P4), blank_between=False))
    assert body(doc) == [
        P1,
        P3,
        " ".join(english[:2]),
        " ".join(english[2:4]),
        " ".join(english[4:]),
        P4,
    ]


def test_a_line_that_starts_with_a_comma_or_closing_bracket_continues_the_one_before() -> None:
    lines = [*layout(P1), "创建用户后（无需字段）", "，点击右下角的“确定”按钮。"]
    [doc] = clean(column(*lines, *layout(P3), blank_between=False))
    assert body(doc) == [P1, "创建用户后（无需字段），点击右下角的“确定”按钮。", P3]


def test_a_line_broken_before_an_address_that_would_not_fit_runs_on() -> None:
    lines = [
        *layout(P1),
        "磁盘可以被作为",  # the address would not have fitted after it
        "/skole/tjener/home0/directory/ 被挂载。",
    ]
    [doc] = clean(column(*lines, *layout(P3), blank_between=False))
    assert body(doc) == [
        P1,
        # (The space the line break took is not put back: Chinese joins without one.)
        "磁盘可以被作为/skole/tjener/home0/directory/ 被挂载。",
        P3,
    ]


def test_a_blank_line_after_a_sentence_separates_paragraphs_where_blanks_are_rare() -> None:
    """A manual's extraction shows the space between some paragraphs as a blank line,
    not all, and sets no first-line indent: a full line ending a sentence, then a
    blank line, ends a paragraph."""
    x = "发展新质生产力要因地制宜，先立后破，分类指导，坚持从实际出发，推动产业加快发展。"
    assert len(x) == 40  # two full lines, the second ending the sentence
    lines = [*layout(P1), x[:20], x[20:], "", *wrap(P3, 20, 0), *wrap(P4, 20, 0)]
    [doc] = clean(column(*lines, blank_between=False))
    assert body(doc) == [P1, x, P3, P4]


def test_a_section_number_on_a_line_of_its_own_goes_back_in_front_of_its_title() -> None:
    """pdftotext sets a heading's number apart from its title where the typesetter left
    a wide gap; a bare chapter number counts only where a later 3.1 proves it."""
    lines = [
        "3", "结构", "3.1 网络", *layout(P1),
        "3.1.1", "", "主服务器", *layout(P3),
        "2", "学员", *layout(P4),  # a bare number no section proves
    ]  # fmt: skip
    src = column(*lines, blank_between=False)
    [doc] = clean(src)
    heads = [(o.level, o.title) for o in doc.outline]
    levels = {t: lv for lv, t in heads}
    assert levels["3 结构"] < levels["3.1 网络"] < levels["3.1.1 主服务器"]
    assert "2 学员" not in levels
    assert_nothing_lost(src, [doc])


def test_table_rows_and_code_set_to_the_right_are_no_signatures_and_split_nothing() -> None:
    """pdftotext -layout indents a manual's table rows and code; a compilation's
    signatures are Chinese (an affiliation and a name)."""
    rows = [
        "        目录服务      OpenLDAP        ldap",
        "        用户管理      GOsa²           ---",
    ]
    code = ["        #!/bin/bash", "        home_path=/skole/tjener/home0"]
    lines = [*layout(P1), *rows, *layout(P3), *code, *layout(P4), *rows, *layout(P5), *code]
    docs = clean(column(*lines, blank_between=False))
    assert len(docs) == 1
    cells = ["目录服务 OpenLDAP ldap", "用户管理 GOsa² ---"]
    code_lines = ["#!/bin/bash", "home_path=/skole/tjener/home0"]
    assert paragraphs(docs[0]) == [
        ("body", t) for t in [P1, *cells, P3, *code_lines, P4, *cells, P5, *code_lines]
    ]


def test_a_gap_inside_a_line_of_prose_is_no_table_row() -> None:
    """pdftotext -layout leaves a run of spaces where a link or a clipped word was."""
    lines = [
        *layout(P1),
        "由于自动分区可能出现的错误，安装后某些分区可能太满了。       以 root",
        "身份运行命令。",
    ]
    [doc] = clean(column(*lines, *layout(P3), blank_between=False))
    assert body(doc) == [
        P1,
        "由于自动分区可能出现的错误，安装后某些分区可能太满了。以 root身份运行命令。",
        P3,
    ]


def test_no_paragraph_ends_on_a_comma_but_a_list_item_may() -> None:
    lines = [
        *layout(P1),
        "这一工具允许就位置，",
        "机器，",
        "或者组成员设置默认打印机。",
        "网络设置如下：",
        "– eth0 连接到主网，",
        "– eth1 为客户端服务。",
    ]
    [doc] = clean(column(*lines, *layout(P3), blank_between=False))
    texts = [t for _, t in paragraphs(doc)]
    assert "这一工具允许就位置，机器，或者组成员设置默认打印机。" in texts
    assert not any("主网，–" in t or "主网，eth1" in t for t in texts)


def test_a_paragraph_in_another_script_starts_where_a_sentence_ends() -> None:
    """A manual partly translated: an English paragraph ends on a full line, and the
    Chinese one after it starts flush (no indent to show it)."""
    english = [
        "In general, upgrading the servers is more",  # 20 ems: full lines
        "difficult than the workstations, and the",
        "main server is the most difficult of all.",
    ]
    chinese = wrap(P3, 20, 0)
    [doc] = clean(column(*layout(P1), *english, *chinese, *layout(P4), blank_between=False))
    assert body(doc) == [P1, " ".join(english), P3, P4]


def test_a_manuals_note_labels_and_table_captions_are_no_signatures() -> None:
    """注意 / 提示 set apart above a note, and 表 1.1. captions, in a manual's text
    edition: the manual stays one document."""
    lines = []
    for n, label in enumerate(["注意", "提示", "警告", "注意"]):
        lines += [
            *layout(P1),
            f"    {label}",
            *layout(P3),
            f"    表 {n + 1}.1. 软件包列表",
            *layout(P4),
        ]
    docs = clean(column(*lines, blank_between=False))
    assert len(docs) == 1 and docs[0].authors == []


def test_dotted_numbers_ending_in_a_dot_are_a_ladder_under_their_chapters() -> None:
    """A text-mode browser's edition: "1. 教程", "1.1.\u00a0控制台基础", "1.1.1. shell 提示符"."""
    src = "\n\n".join(
        [
            "1. 教程", "\n".join(layout(P1)), "1.1.\u00a0控制台基础", "1.1.1. shell 提示符",
            "\n".join(layout(P3)), "1.2. 文件系统", "\n".join(layout(P4)), "2. 系统",
            "\n".join(layout(P5)),
        ]
    ) + "\n"  # fmt: skip
    [doc] = clean(src)
    assert [(o.level, o.title) for o in doc.outline] == [
        (1, "1. 教程"),
        (2, "1.1. 控制台基础"),
        (3, "1.1.1. shell 提示符"),
        (2, "1.2. 文件系统"),
        (1, "2. 系统"),
    ]


def test_a_manuals_list_items_and_lines_ending_in_a_colon_are_no_signatures() -> None:
    lines = []
    for item in ["硬链接", "字符设备", "块设备", "命名管道"]:
        lines += [
            *layout(P1),
            f"      * {item}",
            *layout(P3),
            "    你能够通过如下所示的手动更新配置:",
            *layout(P4),
        ]
    docs = clean(column(*lines, blank_between=False))
    assert len(docs) == 1 and docs[0].authors == []


def test_in_a_text_that_indents_every_line_a_repeated_line_is_text() -> None:
    """A text-mode browser's edition indents nearly everything: a leading blank says
    nothing of page starts or signatures there, so a label repeated before each
    example ("尝试下列例子") is neither a running head nor a byline."""
    lines = []
    for n in range(4):
        lines += [*layout(P1, P3), "尝试下列例子", f"$ ls -l /tmp/{n}", *layout(P4)]
    src = "\n\n".join("\n".join("    " + x for x in chunk.split("\n")) for chunk in lines) + "\n"
    docs = clean(src)
    assert len(docs) == 1 and docs[0].authors == []
    assert docs[0].text.count("尝试下列例子") == 4
    assert [r for r in docs[0].removed if r.reason == "running header"] == []
