"""A technical manual's PDF: a printed table of contents, bulleted and numbered lists
with hanging indents (nested, and running over a page break), section numbers deeper
than the bookmarks, and English sentences wrapped across lines.

The page is drawn line by line with reportlab so that each line is where a typesetter
such as LaTeX puts it: headings with space around them, no first-line indent, list
items whose later lines hang under the text after the label.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from jingdu.importing import pdf
from jingdu.importing.structured import Structured
from tests.importing import pdf_fixtures as F

W, H = 595.0, 842.0
LEFT, RIGHT = 57.0, 538.0
SIZE, PITCH = 10.0, 13.0

ITEM_A = (
    "客户端根文件系统是使用网络文件系统提供的。每次修改服务器之后要重新生成相关映像，"
    "并且在服务器上运行一次同步命令，让所有的无盘工作站在下次启动时取得新的映像文件。"
)
ITEM_B = "服务器提供客户端运行所需的信息。当服务器安装在一台机器上而客户端安装在另一台机器上时，通过网络交换信息。"
SUB_1 = "主服务器"
SUB_1_TEXT = "这是为学校提供所有服务的预配置主服务器。每一个学校只可安装一台主服务器，这个预配置不包括图形用户界面。"
SUB_2 = "工作站"
SUB_2_TEXT = "一台计算机从它的本地硬盘驱动器引导，并且如一台普通的计算机本地运行全部软件，只是由主服务器认证用户登录。"
STEP_1 = "下载安装映像并核对校验和，然后把映像写入闪存盘。写入之前要确认闪存盘上没有需要保留的数据，因为写入会清除全部内容。"
STEP_2 = "从闪存盘启动计算机，在引导菜单中选择图形安装。"
ENGLISH = (
    "It is possible to directly copy an image to USB flash drives and boot from them. "
    "Simply execute a command like the one below and wait until it has finished writing."
)
LAST_ITEM = (
    "在互联网联通的正确环境下第一次启动就更新系统。更新完成后重新启动，"
    "再检查所有服务是否正常运行，如有问题请查看系统日志中的错误信息并按照提示处理。"
)
HEADS = [("1 概述", 1), ("1.1 网络", 2), ("1.1.1 缺省网络设置", 3), ("2 安装", 1)]
BODY = "本手册介绍学校网络的安装与管理。它说明了网络的结构、各类服务器的作用，以及日常维护中需要注意的事项。"


class Manual:
    def __init__(self) -> None:
        F._register()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H))
        self.y = H - 80
        self.page = 1

    def new_page(self) -> None:
        self.c.setFont(F.SONG, 9)
        self.c.drawRightString(RIGHT, 40, f"{self.page}")
        self.c.showPage()
        self.page += 1
        self.y = H - 80

    def line(self, text: str, x: float, font: str = F.SONG, size: float = SIZE) -> None:
        if self.y < 90:
            self.new_page()
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        self.y -= PITCH * size / SIZE

    def wrap(self, text: str, x: float, hang: float = 0.0, label: str = "") -> None:
        """``text`` set from ``x`` to the right edge, its later lines at ``x + hang``."""
        first, at = True, x
        while text:
            room = RIGHT - at - (stringWidth(label, F.SONG, SIZE) if first else 0)
            n = len(text)
            while stringWidth(text[:n], F.SONG, SIZE) > room:
                n -= 1
            self.line((label if first else "") + text[:n], at)
            text, first, at = text[n:].lstrip(" "), False, x + hang

    def heading(self, text: str, level: int) -> None:
        self.y -= 10
        size = {1: 14.0, 2: 12.0, 3: 12.0}[level]
        if level < 3:  # the bookmarks stop at the second level, as DBLaTeX's do
            key = text.split()[0]
            self.c.bookmarkPage(key, fit="XYZ", top=self.y + size)
            self.c.addOutlineEntry(text, key, level=level - 1)
        self.line(text, LEFT, F.HEI, size)
        self.y -= 6

    def contents(self) -> None:
        self.line("目录", LEFT, F.HEI, 14)
        self.y -= 6
        for text, level in HEADS:
            x = LEFT + (level - 1) * 15
            dots = " ." * int((RIGHT - 30 - x - stringWidth(text, F.SONG, SIZE)) / 5)
            self.c.setFont(F.SONG, SIZE)
            self.c.drawString(x, self.y, text + dots)
            self.c.drawRightString(RIGHT, self.y, "2" if level > 1 or text[0] == "1" else "3")
            self.y -= PITCH
        self.new_page()

    def build(self) -> bytes:
        self.c.setTitle("学校网络管理手册")
        self.line("学校网络管理手册", LEFT, F.HEI, 20)
        self.y -= 20
        self.contents()
        self.heading(*HEADS[0])
        self.wrap(BODY, LEFT)
        self.heading(*HEADS[1])
        hang = stringWidth("• ", F.SONG, SIZE)
        self.wrap(ITEM_A, LEFT, hang, "• ")
        self.wrap(ITEM_B, LEFT, hang, "• ")
        for name, text in ((SUB_1, SUB_1_TEXT), (SUB_2, SUB_2_TEXT)):
            self.line("– " + name, LEFT + 15)
            self.wrap(text, LEFT + 30, hang, "∗ ")
        self.heading(*HEADS[2])
        self.wrap(ENGLISH, LEFT)
        while self.y > 100:  # the last item starts at the foot and runs onto the next page
            self.wrap(BODY, LEFT)
        self.wrap(LAST_ITEM, LEFT, hang, "• ")
        self.heading(*HEADS[3])
        num = stringWidth("1. ", F.SONG, SIZE)
        self.wrap(STEP_1, LEFT, num, "1. ")
        self.wrap(STEP_2, LEFT, num, "2. ")
        self.new_page()
        self.c.save()
        return self.buf.getvalue()


@pytest.fixture(scope="module")
def manual() -> Structured:
    return pdf.read(Manual().build(), "manual.pdf")


def texts(s: Structured) -> list[str]:
    return [b.text for b in s.blocks]


def test_the_printed_contents_are_left_out_for_the_outline(manual: Structured) -> None:
    assert not any(". . ." in t for t in texts(manual))
    assert "目录" not in texts(manual)
    dropped = [d for d in manual.dropped if d.reason.startswith("table of contents")]
    assert len(dropped) == 1 + len(HEADS)  # 目录 and the entries
    assert all(d.page == 1 for d in dropped)
    assert manual.title == "学校网络管理手册"  # set above the contents, on its page


def test_each_list_item_is_one_paragraph_with_its_hanging_lines(manual: Structured) -> None:
    got = texts(manual)
    for item in (
        "• " + ITEM_A,
        "• " + ITEM_B,
        "– " + SUB_1,
        "∗ " + SUB_1_TEXT,
        "– " + SUB_2,
        "∗ " + SUB_2_TEXT,
        "1. " + STEP_1,
        "2. " + STEP_2,
    ):
        assert item in got


def test_an_item_runs_over_the_page_break_and_the_heading_after_it_stands_alone(
    manual: Structured,
) -> None:
    got = texts(manual)
    assert "• " + LAST_ITEM in got
    assert "2 安装" in got


def test_sections_deeper_than_the_bookmarks_take_their_depth_from_the_number(
    manual: Structured,
) -> None:
    heads = [(b.text, b.level) for b in manual.blocks if b.kind == "heading"]
    assert heads == HEADS


def test_english_sentences_wrapped_across_lines_keep_their_space(manual: Structured) -> None:
    assert ENGLISH in texts(manual)
