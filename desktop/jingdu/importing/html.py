"""HTML: a page saved from a browser, or a chapter of a book, as structured blocks.

A saved page is mostly furniture — menus, banners, share buttons, related
links, footers — around one article. The reader removes what is never
reading matter (scripts, styles, forms, hidden elements, navigation), then
finds the article: a landmark (``<article>``, ``itemprop=articleBody``,
``<main>``) where the author gave one, else the container that holds most of
the page's text that is not link text. Only then does it turn markup into
blocks: headings, paragraphs, list items, quotations, code, tables, and
footnote markers with their notes. Chinese government pages number their
sections by hand in plain paragraphs, so the numbering ladder supplies the
headings the markup lacks.

:mod:`jingdu.importing.htmlblocks` holds the block extraction, shared with EPUB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jingdu.corpus.decode import decode_bytes
from jingdu.importing import ladder
from jingdu.importing.htmlblocks import (
    CONTAINERS,
    Extracted,
    blocks_of,
    number_sections,
    relative_levels,
)
from jingdu.importing.htmltree import El, attr, parse, remove, visible_len
from jingdu.importing.structured import Dropped, Structured
from jingdu.progress import Progress

_WS = re.compile(r"\s+")
# Page furniture: removed unless one of them wraps most of the page (old ASP.NET
# pages put everything inside one <form>).
_FURNITURE = {"nav": "navigation", "aside": "sidebar", "form": "form"}
_FURNITURE |= {"header": "page header", "footer": "page footer"}
_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|footer|advert\w*|ads?|share|"
    r"social|comments?|related|recommend\w*|copyright|toolbar|login|pagination|pager)(?:$|[\s_-])",
    re.I,
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# What browsers decode these labels as (the WHATWG Encoding Standard): GB 18030
# is a superset of GBK and GB 2312, Windows-1252 of Latin-1.
_LABELS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_LABELS |= {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "big5": "big5hkscs"}
# Chinese news and government sites print these around an article. Two labelled
# fields make a details line (来源：… 发布时间：…); one label alone may be the
# article's own (资料来源：国家统计局), but the counters and buttons never are.
_DETAIL_FIELD = re.compile(
    r"(?:来源|作者|发布时间|发布日期|发文日期|时间|日期|编辑|责任编辑|浏览|阅读|点击|字号|字体|分享到?)\s*[：:]"
)
_DETAIL = re.compile(
    r"阅读量|阅读数|浏览量|浏览次数|点击数|点击量|【\s*字号|字号\s*[：:]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中"
    r"|【\s*打印\s*】|【\s*关闭\s*】|打印本页|关闭窗口|【\s*我要纠错\s*】|^责任编辑\s*[：:]"
)
_SEPARATORS = "-_|｜—–·:：»>"
"""Between an article's title and the site's name in <title>: "标题 - 新华网"."""


def read(data: bytes, name: str, progress: Progress | None = None) -> Structured:
    """A saved web page or HTML file, its article only.

    Raises:
        SourceError: empty, binary, or not decodable as text.
    """
    root = parse(decode(data, name), name)
    if progress is not None:
        progress(0, 1, name)
    meta = _metadata(root)
    out = blocks_of(root, _article)
    _drop_page_details(out)
    relative_levels(out.blocks)
    if not any(b.kind == "heading" for b in out.blocks):
        # No heading markup at all (many official pages): a first paragraph set
        # apart, or the one the page's <title> names, is the document's title.
        first = ladder.title_index(out.blocks, out.looks)
        if first is None and out.blocks and _titled(meta, out.blocks[0].text):
            first = 0
        if first is not None:
            out.blocks[first].kind, out.blocks[first].level = "heading", 1
    number_sections(out.blocks, out.looks)
    h1 = next((b.text for b in out.blocks if b.kind == "heading" and b.level == 1), "")
    title, source = _title(meta, h1)
    if progress is not None:
        progress(1, 1, name)
    return Structured(
        title=title,
        title_source=source,
        authors=meta.authors,
        blocks=out.blocks,
        notes=out.notes,
        dropped=out.dropped,
    )


def decode(data: bytes, name: str) -> str:
    """The page as text: a BOM, else UTF-8, else its declared charset, else detection."""
    data = _without_cut_character(data)
    declared = "" if data.startswith(_BOMS) else _declared_charset(data[:4096])
    if declared:
        for enc in ("utf-8", _LABELS.get(declared, declared)):
            try:
                text = data.decode(enc)
            except (UnicodeDecodeError, LookupError):
                continue
            if "\x00" not in text:
                return text
    return decode_bytes(data, name).text


def _without_cut_character(data: bytes) -> bytes:
    """A UTF-8 file cut off (a download stopped) inside its last character, without it."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[: exc.start]
    return data


def _declared_charset(head: bytes) -> str:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", head, re.I)
    m = m or re.search(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", head, re.I)
    return m.group(1).decode("ascii", "replace").lower() if m else ""


@dataclass
class _Meta:
    og_title: str = ""
    title: str = ""
    authors: list[str] = field(default_factory=list)


def _metadata(root: El) -> _Meta:
    def meta(*keys: str) -> list[str]:
        out = []
        for el in root.iter("meta"):
            key = (el.get("property") or el.get("name") or "").strip().lower()
            if key in keys and (el.get("content") or "").strip():
                out.append(_WS.sub(" ", el.get("content")).strip())
        return out

    title_el = next(iter(root.iter("title")), None)
    authors: list[str] = []
    for value in meta("author", "article:author", "dc.creator", "byline"):
        if not value.startswith(("http:", "https:")):
            authors += [a.strip() for a in re.split(r"[,，;；、|]", value) if a.strip()]
    return _Meta(
        og_title=next(iter(meta("og:title")), ""),
        title=_WS.sub(" ", title_el.text_content()).strip() if title_el is not None else "",
        authors=list(dict.fromkeys(authors)),
    )


def _title(meta: _Meta, h1: str) -> tuple[str, str]:
    """og:title or <title>, without the site's name when the page's h1 is the title."""
    if _titled(meta, h1):
        return h1, "text"
    if meta.og_title or meta.title:
        return meta.og_title or meta.title, "metadata"
    return h1, "text"


def _drop_page_details(out: Extracted) -> None:
    """The site's lines about the article (source, date, read count, font size,
    editor, print/close buttons) that sit inside the article's container."""
    keep = []
    for i, b in enumerate(out.blocks):
        text = b.text
        fields = len(_DETAIL_FIELD.findall(text))
        if (
            b.kind in ("body", "item")
            and len(text) <= 100
            and (fields >= 2 or _DETAIL.search(text))
        ):
            out.dropped.append(Dropped(text, "page details"))
        else:
            keep.append(i)
    out.blocks = [out.blocks[i] for i in keep]
    out.looks = [out.looks[i] for i in keep]


def _titled(meta: _Meta, text: str) -> bool:
    """Whether og:title or <title> is ``text``, give or take the site's name."""
    for cand in (meta.og_title, meta.title):
        at = cand.find(text) if text else -1
        if at < 0:
            continue
        before, after = cand[:at].strip(), cand[at + len(text) :].strip()
        if (not before or before[-1] in _SEPARATORS) and (not after or after[0] in _SEPARATORS):
            return True
    return False


def _article(body: El) -> tuple[El, list[Dropped]]:
    dropped = _remove_furniture(body)
    return _main_content(body), dropped


def _remove_furniture(body: El) -> list[Dropped]:
    total = visible_len("".join(body.itertext()))
    dropped = []
    gone: set[El] = set()
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or any(a in gone for a in el.iterancestors()):
            continue
        reason = _FURNITURE.get(el.tag, "")
        if el.tag in ("header", "footer") and any(
            a.tag in ("article", "main") for a in el.iterancestors()
        ):
            reason = ""  # the article's own header (its h1, its byline), not the page's
        if not reason and attr(el, "role") in ("navigation", "banner", "contentinfo"):
            reason = "navigation"
        if not reason and _FURNITURE_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            reason = "page furniture"
        if not reason or any(True for _ in el.iter("article")):
            continue
        text = _WS.sub(" ", "".join(el.itertext())).strip()
        if visible_len(text) * 2 > total:
            continue  # a wrapper around the page, not furniture
        remove(el)
        gone.add(el)
        if text:
            dropped.append(Dropped(text[:200], reason))
    return dropped


def _main_content(body: El) -> El:
    """The element holding the article: a landmark, else where the text concentrates."""
    sizes: dict[El, int] = {}
    _measure(body, sizes, False)
    total = max(1, sizes[body])
    for path in ('//*[@itemprop="articleBody"]', "//article", "//main", '//*[@role="main"]'):
        found = [el for el in body.xpath(path) if sizes.get(el, 0) * 10 >= total * 3]
        if found:
            best = max(found, key=lambda el: sizes[el])
            if best.tag == "article" or path.startswith("//*[@item"):
                return best  # the author said where the article is
            body = best  # <main> may still hold a sidebar
            break
    # Go down while one child holds most of the text and no sibling holds a good
    # part of it (two such siblings are two halves of the article).
    current = body
    while True:
        kids = [k for k in current if isinstance(k.tag, str) and k.tag in CONTAINERS]
        kids.sort(key=lambda k: sizes.get(k, 0), reverse=True)
        if not kids or kids[0].tag == "li" or sizes.get(kids[0], 0) * 2 <= sizes[current]:
            return current
        if len(kids) > 1 and sizes.get(kids[1], 0) * 3 >= sizes[kids[0]]:
            return current
        current = kids[0]


def _measure(el: El, sizes: dict[El, int], in_link: bool) -> int:
    """Visible text that is not link text, per element (links are menus and lists of links)."""
    in_link = in_link or el.tag == "a"
    n = 0 if in_link else visible_len(el.text)
    for kid in el:
        if isinstance(kid.tag, str):
            n += _measure(kid, sizes, in_link)
        n += 0 if in_link else visible_len(kid.tail)
    sizes[el] = n
    return n
