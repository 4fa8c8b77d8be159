"""The fidelity benchmark's truth in the reflowable layouts: Word, a news site's page,
EPUB and Markdown.

None of them has pages, so their furniture is what surrounds the text instead: Word's
header and footer, the site's menus, ads and details line, EPUB's contents page in the
spine, Markdown's front matter (see ``fidelity_typeset`` for what a writer returns).
"""

from __future__ import annotations

import html
import io
import re
import uuid
import zipfile
from pathlib import Path

from fidelity_truth import Block, TrueDoc
from fidelity_typeset import Typeset

# -- Word ------------------------------------------------------------------------------

DOCX_HEADER = "理论学习参考资料"
DOCX_FOOTER = "内部资料 注意保存"


def write_docx(doc: TrueDoc, styled: bool, out: Path) -> Typeset:
    """Word: with the Title and Heading 1–3 styles, or (``styled=False``) every paragraph
    Normal, the headings told only by their 一、（一）１． numbering."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    # python-docx's font.name sets only the Latin slots: Chinese needs w:eastAsia.
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        rpr = d.styles[name].element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), "宋体" if name == "Normal" else "黑体")
    d.styles["Normal"].font.size = Pt(12)
    section = d.sections[0]
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    if styled:
        d.add_heading(doc.title, 0)
    else:
        p = d.add_paragraph(doc.title)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in doc.expected("endnotes"):
        if b.kind == "heading" and styled:
            d.add_heading(b.text, min(b.level, 3))
        else:
            p = d.add_paragraph(b.text)
            if b.kind == "byline":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b.kind == "body":
                p.paragraph_format.first_line_indent = Pt(24)
    d.core_properties.title = doc.title
    d.save(str(out))
    return Typeset(
        out, "Word, heading styles" if styled else "Word, numbering only", "endnotes",
        [DOCX_HEADER, DOCX_FOOTER],
    )  # fmt: skip


# -- HTML ----------------------------------------------------------------------------------

SITE = "理论学习网"
LOGO = "理论学习网 LILUN XUEXI"
HTML_FURNITURE = (
    "网站首页",
    "时政要闻",
    "理论前沿",
    "学习园地",
    "视频专区",
    "当前位置：首页 > 理论前沿 > 正文",
    "【广告】在线学习平台 限时免费体验",
    f"来源：{SITE} 2024-05-06 阅读量：12345",
    "分享到：微信 微博 QQ空间",
    "相关阅读",
    "如何理解新质生产力的丰富内涵",
    "因地制宜发展新质生产力的实践路径",
    "以科技创新引领现代化产业体系建设",
    f"版权所有 © {SITE} 京ICP备12345678号",
    "页面加载中，请稍候",
    "扫码关注公众号",
)


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _article_html(doc: TrueDoc, h1: bool = True) -> list[str]:
    out = [f"<h1>{_h(doc.title)}</h1>"] if h1 else []
    for b in doc.expected("endnotes"):
        if b.kind == "heading":
            n = min(b.level, 3) + 1
            out.append(f"<h{n}>{_h(b.text)}</h{n}>")
        elif b.kind == "byline":
            out.append(f'<p class="byline">{_h(b.text)}</p>')
        elif b.kind == "note":
            out.append(f'<p class="note">{_h(b.text)}</p>')
        else:
            out.append(f"<p>{_h(b.text)}</p>")
    return out


def write_html(doc: TrueDoc, out: Path) -> Typeset:
    """A news site's article page: head, menu, breadcrumb, ads, scripts and a sidebar
    around one ``<article>``."""
    f = HTML_FURNITURE
    article = "\n".join(_article_html(doc))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{_h(doc.title)}_{SITE}</title>
<meta name="keywords" content="新质生产力,高质量发展">
<style>body {{ font-family: sans-serif; }} .ad {{ border: 1px solid #ccc; }}</style>
<script>var _hmt = _hmt || []; window.loadingText = "{f[14]}";</script>
</head>
<body>
<header class="site-header"><div class="logo"><a href="/">{LOGO}</a></div>
<nav class="menu"><ul><li><a href="/">{f[0]}</a></li><li><a href="/news">{f[1]}</a></li>
<li><a href="/theory">{f[2]}</a></li><li><a href="/study">{f[3]}</a></li>
<li><a href="/video">{f[4]}</a></li></ul></nav></header>
<div class="breadcrumb">{_h(f[5])}</div>
<div class="ad" id="top-ad"><a href="https://ad.example.com/">{f[6]}</a></div>
<main class="content">
<article class="article">
<div class="meta">{f[7]}</div>
{article}
<div class="share">{f[8]}</div>
</article>
<aside class="sidebar"><h3>{f[9]}</h3><ul>
<li><a href="/a/1.html">{f[10]}</a></li><li><a href="/a/2.html">{f[11]}</a></li>
<li><a href="/a/3.html">{f[12]}</a></li></ul>
<div class="qr">{f[15]}</div></aside>
</main>
<footer class="site-footer"><p>{_h(f[13])}</p></footer>
<script>document.getElementById("top-ad").title = "{f[14]}";</script>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")
    furniture = [*f[:14], f[15], f[14], f[14], LOGO]
    return Typeset(out, "web page", "endnotes", furniture)


# -- EPUB ----------------------------------------------------------------------------------

_XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
xml:lang="zh-CN" lang="zh-CN">
<head><meta charset="utf-8"/><title>{title}</title></head>
<body>
{body}
</body>
</html>
"""


def write_epub(doc: TrueDoc, out: Path) -> Typeset:
    """An EPUB 3: one XHTML file per 一、 section (the notes in their own), a nav.xhtml
    table of contents that is also the first item of the spine, as many books have."""
    chapters: list[list[Block]] = [[]]
    for b in doc.expected("endnotes"):
        if b.kind == "heading" and b.level == 1 and chapters[-1]:
            chapters.append([])
        chapters[-1].append(b)
    files = []
    for i, blocks in enumerate(chapters):
        part = TrueDoc(doc.key, doc.title, blocks, [])
        body = "\n".join(_article_html(part, h1=i == 0))
        files.append((f"text/part{i:02d}.xhtml", _XHTML.format(title=_h(doc.title), body=body)))
    toc = [
        (f, b)
        for f, blocks in zip(files, chapters, strict=True)
        for b in blocks
        if b.kind == "heading"
    ]
    nav_items = "\n".join(
        f'<li><a href="{f[0].split("/")[1]}">{_h(b.text)}</a></li>' for f, b in toc if b.level == 1
    )
    nav = _XHTML.format(
        title="目录",
        body=f'<nav epub:type="toc" id="toc"><h1>目录</h1><ol>\n{nav_items}\n</ol></nav>',
    )
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"jingdu-fidelity-{doc.key}")
    manifest = "\n".join(
        f'<item id="p{i}" href="{name}" media-type="application/xhtml+xml"/>'
        for i, (name, _) in enumerate(files)
    )
    spine = "\n".join(f'<itemref idref="p{i}"/>' for i in range(len(files)))
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="zh-CN">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:{uid}</dc:identifier>
<dc:title>{_h(doc.title)}</dc:title>
<dc:language>zh-CN</dc:language>
<meta property="dcterms:modified">2024-05-06T00:00:00Z</meta>
</metadata>
<manifest>
<item id="nav" href="text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
{manifest}
</manifest>
<spine>
<itemref idref="nav"/>
{spine}
</spine>
</package>
"""
    container = """<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>
"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml", container, zipfile.ZIP_DEFLATED)
        z.writestr("OEBPS/content.opf", opf, zipfile.ZIP_DEFLATED)
        z.writestr("OEBPS/text/nav.xhtml", nav, zipfile.ZIP_DEFLATED)
        for name, text in files:
            z.writestr(f"OEBPS/{name}", text, zipfile.ZIP_DEFLATED)
    out.write_bytes(buf.getvalue())
    furniture = ["目录"] + [b.text for _, b in toc if b.level == 1]
    return Typeset(out, "EPUB 3, nav in the spine", "endnotes", furniture)


# -- Markdown -------------------------------------------------------------------------------

MD_FURNITURE = (
    "理论学习网编辑部排版稿",
    "2024-05-06",
    "排版说明：本文由编辑部整理，引用请核对原文",
)


def _md_escape(text: str) -> str:
    """The text as CommonMark source that renders it literally (a bracket only where it
    would open a link)."""
    text = re.sub(r"([\\`*_<])", r"\\\1", text)
    text = re.sub(r"\[(?=[^\]]*\]\()", r"\\[", text)
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # not an ordered list
    return re.sub(r"^([#>+=|-])", r"\\\1", text)


def write_markdown(doc: TrueDoc, out: Path) -> Typeset:
    """Markdown as an editor keeps it: YAML front matter, an HTML comment, ``#`` for the
    title and ``##``–``####`` for the levels, the notes at the end."""
    src, date, comment = MD_FURNITURE
    lines = [
        "---",
        f'title: "{doc.title}"',
        f"date: {date}",
        f"source: {src}",
        "---",
        "",
        f"<!-- {comment} -->",
        "",
        f"# {_md_escape(doc.title)}",
        "",
    ]
    for b in doc.expected("endnotes"):
        if b.kind == "heading":
            lines += ["#" * (min(b.level, 3) + 1) + " " + _md_escape(b.text), ""]
        else:
            lines += [_md_escape(b.text), ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    return Typeset(out, "Markdown, front matter", "endnotes", [src, date, comment])
