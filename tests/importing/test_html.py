from __future__ import annotations

import pytest

from jingdu.errors import SourceError
from jingdu.importing import html
from jingdu.importing.assemble import to_document
from jingdu.importing.formats import read_documents
from jingdu.importing.structured import Structured

P1 = "党的二十大对全面建设社会主义现代化国家作出战略部署，明确了新时代新征程的中心任务。"
P2 = "各地区各部门要切实把思想和行动统一到党中央决策部署上来，结合实际抓好贯彻落实。"
P3 = "要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"


def shape(s: Structured) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in s.blocks]


def page(body: str, head: str = "<title>关于推进某项工作的意见 - 新华网</title>") -> bytes:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">{head}
<script>var tracker = "SCRIPT_TEXT";</script><style>.x{{color:red}}</style></head>
<body>{body}</body></html>""".encode()


FURNITURE = """
<header><div class="logo">新华网</div><ul><li><a href="/">首页</a></li><li><a href="/p">时政</a></li></ul></header>
<nav class="breadcrumb"><a href="/">首页</a> &gt; <a href="/z">正文</a></nav>
<div class="sidebar"><h3>热点推荐</h3><ul><li><a href="/a">某热点新闻标题一</a></li>
<li><a href="/b">某热点新闻标题二</a></li></ul></div>
<div class="ad-banner">广告：欢迎订阅</div>
"""
FOOTER = """<div id="comments"><p>网友评论：写得好！</p></div>
<footer><p>版权所有 新华网 京ICP备00000000号</p></footer>
<script>document.write("LATE_SCRIPT")</script>"""


def test_article_is_read_without_the_page_around_it() -> None:
    body = f"""{FURNITURE}
<div class="wrapper"><div class="main">
  <h1>关于推进某项工作的意见</h1>
  <div class="info">来源：新华社 2024-01-02</div>
  <div class="content">
    <p>　　{P1}</p>
    <p><strong>一、总体要求</strong></p>
    <p>{P2}</p>
    <p><strong>（一）指导思想</strong></p>
    <p>{P3}</p>
    <p><strong>二、主要任务</strong></p>
    <p>{P1}</p>
  </div>
</div></div>{FOOTER}"""
    s = html.read(page(body), "p.html")
    assert shape(s) == [
        ("heading", 1, "关于推进某项工作的意见"),
        ("body", 0, P1),
        ("heading", 2, "一、总体要求"),
        ("body", 0, P2),
        ("heading", 3, "（一）指导思想"),
        ("body", 0, P3),
        ("heading", 2, "二、主要任务"),
        ("body", 0, P1),
    ]
    assert (s.title, s.title_source) == ("关于推进某项工作的意见", "text")
    text = "\n".join(b.text for b in s.blocks)
    for junk in ("SCRIPT_TEXT", "LATE_SCRIPT", "热点推荐", "广告", "版权所有", "网友评论", "首页"):
        assert junk not in text
    assert any("热点推荐" in d.text for d in s.dropped)


def test_the_article_landmark_is_trusted() -> None:
    body = f"""{FURNITURE}<main><article><h1>标题</h1><p>{P1}</p>
<h2>第一部分</h2><p>{P2}</p><h3>细节</h3><p>{P3}</p></article>
<aside><p>{P1}{P2}{P3}{P1}</p></aside></main>{FOOTER}"""
    s = html.read(page(body, "<title>标题</title>"), "p.html")
    assert shape(s) == [
        ("heading", 1, "标题"),
        ("body", 0, P1),
        ("heading", 2, "第一部分"),
        ("body", 0, P2),
        ("heading", 3, "细节"),
        ("body", 0, P3),
    ]


def test_heading_levels_are_relative_to_the_highest_used() -> None:
    s = html.read(page(f"<h2>甲</h2><p>{P1}</p><h4>乙</h4><p>{P2}</p>"), "p.html")
    assert [(b.kind, b.level) for b in s.blocks if b.kind == "heading"] == [
        ("heading", 1),
        ("heading", 2),
    ]


def test_lists_quotes_code_tables() -> None:
    body = f"""<article><p>{P1}</p>
<ol start="3"><li>第三项</li><li><p>第四项</p><ul><li>子项</li></ul></li></ol>
<ul><li>苹果</li><li>1、已有编号的项</li></ul>
<blockquote><p>{P2}</p><p>引文第二段。</p></blockquote>
<pre># 不是标题
  缩进保留</pre>
<table><tr><th>地区</th><th>增速</th></tr><tr><td>北京</td><td><p>5.2%</p></td></tr></table>
</article>"""
    s = html.read(page(body), "p.html")
    assert shape(s) == [
        ("body", 0, P1),
        ("item", 0, "3. 第三项"),
        ("item", 0, "4. 第四项"),
        ("item", 0, "◦ 子项"),  # a list in a list: a browser's circle
        ("item", 0, "• 苹果"),
        ("item", 0, "1、已有编号的项"),
        ("quote", 0, P2),
        ("quote", 0, "引文第二段。"),
        ("code", 0, "# 不是标题\n  缩进保留"),
        ("table", 0, "地区\t增速\n北京\t5.2%"),
    ]


def test_whitespace_and_line_breaks_read_as_a_browser_shows_them() -> None:
    body = """<article><p>新质生产力
是创新起主导作用的
先进生产力质态。We  read
closely.</p><p>第一行<br>第二行</p>
<div>裸文本第一段。<br><br>裸文本第二段。</div></article>"""
    s = html.read(page(body), "p.html")
    assert [b.text for b in s.blocks] == [
        "新质生产力是创新起主导作用的先进生产力质态。We read closely.",
        "第一行第二行",
        "裸文本第一段。",
        "裸文本第二段。",
    ]


def test_layout_tables_are_read_as_the_page_they_lay_out() -> None:
    body = f"""<table><tr><td><a href="/">首页</a></td></tr>
<tr><td><h1>标题</h1><p>{P1}{P2}{P3}</p><p>{P2}</p></td></tr></table>"""
    s = html.read(page(body, ""), "p.html")
    assert shape(s) == [("heading", 1, "标题"), ("body", 0, P1 + P2 + P3), ("body", 0, P2)]
    assert s.title == "标题"


def test_footnotes_become_markers_and_notes() -> None:
    body = f"""<article><p>{P1}<sup><a href="#fn1" id="r1">1</a></sup>{P2}<a class="footnote-ref" href="#fn2">[2]</a></p>
<p>再次引用<sup><a href="#fn1">1</a></sup>。</p>
<p>一个普通的<a href="#sec">内部链接</a>。</p><h2 id="sec">节</h2><p>{P3}</p>
<section class="footnotes"><h2>注释</h2><ol>
<li id="fn1">习近平：《论某某》，人民出版社2023年版。<a href="#r1">↩</a></li>
<li id="fn2"><p>参见某文件。</p></li></ol></section></article>"""
    s = html.read(page(body), "p.html")
    first = s.blocks[0]
    assert first.text == f"{P1}[1]{P2}[2]"
    assert [(first.text[m.start : m.end], m.label) for m in first.markers] == [
        ("[1]", "fn1"),
        ("[2]", "fn2"),
    ]
    assert [(m.label) for m in s.blocks[1].markers] == ["fn1"]
    assert [(n.label, n.text) for n in s.notes] == [
        ("fn1", "[1] 习近平：《论某某》，人民出版社2023年版。"),
        ("fn2", "[2] 参见某文件。"),
    ]
    assert all("注释" not in b.text and "参见" not in b.text for b in s.blocks)
    assert s.blocks[2].text == "一个普通的内部链接。" and not s.blocks[2].markers
    doc = to_document(s, "d", "p.html", "0" * 64, 1)
    fn = doc.footnotes[0]
    assert doc.text[fn.start : fn.end] == "[1]"
    assert doc.text[fn.note_start : fn.note_end].startswith("[1] 习近平")


def test_title_prefers_the_h1_without_the_site_name() -> None:
    assert html.read(page(f"<h1>关于推进某项工作的意见</h1><p>{P1}</p>"), "a.html").title == (
        "关于推进某项工作的意见"
    )
    og = '<meta property="og:title" content="分享标题"><title>页面 | 站点</title>'
    s = html.read(page(f"<h1>另一标题</h1><p>{P1}</p>", og), "a.html")
    assert (s.title, s.title_source) == ("分享标题", "metadata")
    s = html.read(page(f"<p>{P1}</p>", ""), "a.html")
    assert s.title == ""  # assembly derives one from the text


def test_authors_from_meta() -> None:
    head = '<meta name="author" content="张三，李四"><meta property="article:author" content="https://x.y/z">'
    assert html.read(page(f"<p>{P1}</p>", head), "a.html").authors == ["张三", "李四"]


@pytest.mark.parametrize("encoding", ["gbk", "gb2312", "gb18030", "big5"])
def test_declared_chinese_encodings(encoding: str) -> None:
    text = "繁體中文內容" if encoding == "big5" else P1
    data = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}"></head><body><p>{text}</p></body></html>'.encode(
        "gb18030" if encoding.startswith("gb") else encoding
    )
    assert html.read(data, "a.html").blocks[0].text == text


def test_undeclared_gbk_and_bom() -> None:
    body = f"<html><body><p>{P1}{P2}{P3}</p></body></html>"
    assert html.read(body.encode("gb18030"), "a.htm").blocks[0].text == P1 + P2 + P3
    assert html.read(body.encode("utf-16"), "a.htm").blocks[0].text == P1 + P2 + P3
    assert html.read(b"\xef\xbb\xbf" + body.encode(), "a.htm").blocks[0].text == P1 + P2 + P3


def test_hostile_markup_never_reaches_the_text() -> None:
    body = """<article><p>正文<img src=x onerror="alert('IMG')">内容<a href="javascript:alert('JS')">链接</a></p>
<p style="display:none">HIDDEN</p><p hidden>HIDDEN2</p><div aria-hidden="true">HIDDEN3</div>
<iframe src="evil">IFRAME</iframe><noscript>NOSCRIPT</noscript><svg><text>SVG</text></svg>
<p>&lt;script&gt;写成文字的标签&lt;/script&gt;</p><!-- COMMENT --><form><input value="INPUT"></form></article>"""
    s = html.read(page(body), "a.html")
    assert [b.text for b in s.blocks] == ["正文内容链接", "<script>写成文字的标签</script>"]


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", b"\x00\x01\x02\x03" * 100, bytes(range(256)) * 4],
)
def test_bad_input_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(SourceError, match=r"a\.html"):
        html.read(data, "a.html")


def test_truncated_page_keeps_what_is_there() -> None:
    data = page(f"<article><h1>标题</h1><p>{P1}</p><p>{P2}")[:-40]
    s = html.read(data, "a.html")
    assert [b.text for b in s.blocks][:2] == ["标题", P1]


def test_through_the_format_table() -> None:
    data = page(f"<article><h1>标题</h1><p>{P1}</p></article>", "")
    _, docs = read_documents(data, "x.html", "x", "0")
    assert docs[0].text == f"标题\n{P1}" and docs[0].title == "标题"
    with pytest.raises(SourceError, match="no text"):
        read_documents(page("<nav><a href='/'>首页</a></nav>"), "x.html", "x", "0")


def test_official_page_without_heading_markup() -> None:
    """Alignment and weight stand in for markup: centred title, bold heading, right sign-off."""
    body = f"""<div class="pages_content">
<p style="text-align: center"><strong>关于推进某项工作的意见</strong></p>
<p align="center">某发〔2024〕3号</p>
<p>{P1}</p>
<p style="text-align:right">某某委员会</p>
<p style="text-align: right;">2024年1月2日</p>
<center><b>附件说明</b></center>
<p>{P2}</p>
<p><span style="font-weight:bold">一、总体要求</span></p>
<p>{P3}</p></div>"""
    s = html.read(page(body, "<title>关于推进某项工作的意见_政策_某网站</title>"), "p.html")
    assert shape(s) == [
        ("heading", 1, "关于推进某项工作的意见"),
        ("body", 0, "某发〔2024〕3号"),  # centred but not bold: a number line
        ("body", 0, P1),
        ("signature", 0, "某某委员会"),
        ("signature", 0, "2024年1月2日"),
        ("heading", 2, "附件说明"),
        ("body", 0, P2),
        ("heading", 2, "一、总体要求"),
        ("body", 0, P3),
    ]
    assert (s.title, s.title_source) == ("关于推进某项工作的意见", "text")


def test_title_named_by_the_page_title_even_when_plain() -> None:
    body = f"<div><p>关于推进某项工作的意见</p><p>{P1}</p><p>{P2}</p></div>"
    s = html.read(page(body, "<title>关于推进某项工作的意见 - 某网站</title>"), "p.html")
    assert shape(s)[0] == ("heading", 1, "关于推进某项工作的意见")


def test_deeply_nested_pages_are_refused_rather_than_cut() -> None:
    data = page("<div>" * 300 + f"<p>{P1}</p>" + "</div>" * 300)
    with pytest.raises(SourceError, match="nested"):
        html.read(data, "a.html")


def test_the_sites_lines_about_the_article_are_not_its_text() -> None:
    body = f"""<article><div class="meta">来源：某某网 2024-05-06 阅读量：12345</div>
<div>发布时间：2024-05-06　　来源：新华社　　【字号：大 中 小】</div>
<h1>标题</h1><p>{P1}</p><p>资料来源：国家统计局</p>
<p>【打印】【关闭】</p><p>责任编辑：王五</p></article>"""
    s = html.read(page(body, ""), "a.html")
    assert shape(s) == [
        ("heading", 1, "标题"),
        ("body", 0, P1),
        ("body", 0, "资料来源：国家统计局"),
    ]
    assert [d.reason for d in s.dropped] == ["page details"] * 4


def test_contents_and_link_lists_are_not_text_but_printed_addresses_are() -> None:
    toc = "".join(
        f'<dt>{i}.{j}. <a href="#s{i}{j}">第{i}章第{j}节的名字</a></dt>'
        for i in (1, 2)
        for j in (1, 2, 3)
    )
    body = f"""<div class="article"><h1>手册</h1><div class="toc"><p><b>目录</b></p><dl>{toc}</dl></div>
<h2 id="s11">1.1. 第一节</h2><p>{P1}</p><p><a href="https://example.org/doc">https://example.org/doc</a></p>
<p>{P2}</p></div>"""
    s = html.read(page(body, ""), "a.html")
    assert shape(s) == [
        ("heading", 1, "手册"),
        ("heading", 2, "1.1. 第一节"),
        ("body", 0, P1),
        ("body", 0, "https://example.org/doc"),
        ("body", 0, P2),
    ]
    assert [d.reason for d in s.dropped] == ["table of contents"]


def test_a_line_break_beside_chinese_quotation_marks_is_no_gap() -> None:
    s = html.read(page("<p>作能注释的\n“assignments” 文件夹，and\n“quoted” words</p>"), "a.html")
    assert s.blocks[0].text == "作能注释的“assignments” 文件夹，and “quoted” words"


def test_the_articles_own_header_is_kept() -> None:
    body = f"""<header><a href="/">站点</a></header><article><header><h1>文章标题</h1></header>
<p>{P1}</p><p>{P2}</p></article><footer>版权所有</footer>"""
    s = html.read(page(body, ""), "a.html")
    assert shape(s) == [("heading", 1, "文章标题"), ("body", 0, P1), ("body", 0, P2)]
    assert [d.text for d in s.dropped] == ["站点", "版权所有"]


def test_a_skip_link_is_not_a_note_reference() -> None:
    body = f"""<a class="skip-footnote" href="#main">跳到正文</a>
<div id="main"><h1>标题</h1><p>{P1}</p></div>"""
    s = html.read(page(body, ""), "a.html")
    assert shape(s) == [("heading", 1, "标题"), ("body", 0, P1)] and not s.notes
