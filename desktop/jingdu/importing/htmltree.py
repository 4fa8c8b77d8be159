"""Preparing a parsed HTML tree for reading: what is never text, and notes.

Before the block walk (:mod:`jingdu.importing.htmlblocks`) sees a page or a
chapter, scripts, styles, forms and hidden elements go; lists that are all
links (a table of contents, a list of other pages) go; clearly marked footnote
references are found and the notes they point to are taken out of the running
text. Also the whitespace rule every reader shares (:func:`join_soft`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from copy import deepcopy
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from jingdu.errors import SourceError
from jingdu.importing.structured import Dropped, Note

El = Any
"""An lxml element (lxml has no type information)."""

# Never reading matter, wherever they are.
_JUNK = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object"}
_JUNK |= {"embed", "svg", "math", "canvas", "button", "select", "input", "textarea", "option"}
_JUNK |= {"audio", "video", "map", "head", "link", "meta", "img", "picture", "source"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")
_SOFT_BREAK = re.compile(r"[ \t\r\f\xa0]*\n[\s\xa0]*")
_SPACES = re.compile(r"[ \t\r\f\n\xa0]+")
ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.I)
"""Link text that is an address: the text prints it, it is not a way elsewhere."""
_WORD = re.compile(r"[^\W\d_]")
_HEADING_TAGS = {f"h{i}" for i in range(1, 7)}


def join_soft(text: str) -> str:
    """Source line breaks and runs of spaces as a reader sees them.

    A line break inside Chinese text is no gap (the typist wrapped the line);
    between Latin words it is a space.
    """

    def gap(m: re.Match[str]) -> str:
        s, e = m.start(), m.end()
        before, after = text[s - 1 : s], text[e : e + 1]
        return "" if before and after and _joins(before, after) else " "

    return _SPACES.sub(" ", _SOFT_BREAK.sub(gap, text))


# Quotation marks, dashes, the ellipsis and the middle dot are "ambiguous" in
# Unicode: full width in Chinese type, narrow in Latin. Beside a Chinese
# character they are Chinese punctuation.
_AMBIGUOUS_PUNCT = "“”‘’—―…·⸺"


def _joins(before: str, after: str) -> bool:
    wide_before, wide_after = _wide(before), _wide(after)
    if wide_before and wide_after:
        return True
    return (wide_before and after in _AMBIGUOUS_PUNCT) or (
        wide_after and before in _AMBIGUOUS_PUNCT
    )


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def visible_len(text: str | None) -> int:
    return len(_WS.sub("", text)) if text else 0


def parse(text: str, name: str, xml: bool = False) -> El:
    """The document tree of ``text``; ``xml`` tries strict XHTML first (EPUB chapters).

    Tags lose their namespaces, so both parsers give the same tree.

    Raises:
        SourceError: nothing parseable.
    """
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.replace("\x00", "").replace("\x01", ""))
    if xml:
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True
        )
        try:
            root = etree.fromstring(text.encode("utf-8"), parser)
        except etree.XMLSyntaxError:
            pass  # an HTML entity such as &nbsp; or a stray tag: read it as HTML
        else:
            for el in root.iter():
                if isinstance(el.tag, str):
                    el.tag = etree.QName(el).localname
            return root
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise SourceError(f"{name}: no readable HTML in this file", "damaged") from exc
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 drops what lies deeper than 256 elements: refuse rather than lose text.
        raise SourceError(
            f"{name}: elements nested too deeply to read (over 256 levels)", "unsupported"
        )
    return root


def remove(el: El) -> None:
    """Remove ``el`` but keep the text that follows it (lxml stores it on ``el``)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def attr(el: El, local: str) -> str:
    """An attribute by local name: ``epub:type`` parses as either spelling."""
    for key, value in el.attrib.items():
        if key == local or key.endswith((":" + local, "}" + local)):
            return str(value)
    return ""


_LINK_LISTS = {"ul", "ol", "dl", "div", "nav", "section", "table", "p", "td", "aside"}
_CONTENTS_TITLE = re.compile(r"^(?:目\s*录|本章目录|contents|table of contents)$", re.I)


def remove_link_lists(body: El) -> list[Dropped]:
    """Lists that are all links: a table of contents, or a list of other pages.

    At least three links and four fifths of the words inside them (words:
    letters and characters; a contents list prints its section numbers beside
    the links, a related-articles list its dates). A link whose
    text is an address is the text's own (it prints the address), not a link
    to follow. A contents list takes its "目录" title with it.
    """
    stats: dict[El, tuple[int, int, int, int]] = {}
    _link_stats(body, stats, False)
    dropped: list[Dropped] = []

    def visit(el: El) -> None:
        total, linked, links, inner = stats.get(el, (0, 0, 0, 0))
        if el.tag in _LINK_LISTS and links >= 3 and linked * 5 >= total * 4:
            prev = el.getprevious()
            text = _WS.sub(" ", "".join(el.itertext())).strip()
            reason = "table of contents" if inner * 2 >= links else "links"
            remove(el)
            dropped.append(Dropped(text[:200], reason))
            if prev is not None and _CONTENTS_TITLE.match(_WS.sub("", "".join(prev.itertext()))):
                remove(prev)
            return
        for kid in list(el):
            if isinstance(kid.tag, str):
                visit(kid)

    visit(body)
    return dropped


def _link_stats(el: El, stats: dict[El, tuple[int, int, int, int]], in_link: bool) -> None:
    """(visible chars, chars in links, links, links within the book or page) per element."""
    link = el.tag == "a" and el.get("href") is not None and not in_link
    if link:
        text = "".join(el.itertext()).strip()
        href = el.get("href", "")
        if ADDRESS.match(text):
            link = False  # the address is printed: text, not a way elsewhere
        else:
            n = _words(text)
            inner = int(not re.match(r"[a-z][a-z0-9+.-]*:", href, re.I))
            stats[el] = (n, n, 1, inner)
            return
    total = _words(el.text)
    linked = links = inner = 0
    for kid in el:
        if isinstance(kid.tag, str):
            _link_stats(kid, stats, in_link or link)
            t, li, n, i = stats[kid]
            total, linked, links, inner = total + t, linked + li, links + n, inner + i
        total += _words(kid.tail)
    stats[el] = (total, linked, links, inner)


def _words(text: str | None) -> int:
    """Letters and CJK characters: numbers and punctuation are not what a list is about."""
    return len(_WORD.findall(text)) if text else 0


def _hidden(el: El) -> bool:
    """Hidden from readers: text a browser would not show is not the page's text."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def strip_junk(root: El) -> None:
    doomed = []
    for el in root.iter():
        # Comments and processing instructions the parser kept have no str tag.
        if not isinstance(el.tag, str) or el.tag.lower() in _JUNK or _hidden(el):
            doomed.append(el)
    for el in doomed:
        remove(el)


_NOTE_HINT = re.compile(r"foot|endnote|note|fn|注", re.I)
_NOTEREF_MAX = 6
_NOTE_MAX = 3000
"""A note longer than this is a section the link jumps to."""


Resolver = Callable[[str], "tuple[str, El] | None"]
"""An href to another file → (a label for it, the element it names), or None."""


def take_notes(
    body: El, elsewhere: Resolver | None = None
) -> tuple[dict[El, tuple[str, str]], list[Note]]:
    """Footnote references clearly marked as such, and the notes they point to.

    A reference is a short link to ``#id`` marked as a note reference (role,
    epub:type, class) or set as a superscript; its target is a note when it is
    marked as one or named like one. Notes leave the running text. A marked
    reference without text (Chinese e-books often show a note icon) is
    numbered [1], [2]… in order. ``elsewhere`` finds notes in other files (an
    e-book's notes chapter); those leave their own file's text.
    """
    ids = {el.get("id"): el for el in body.iter() if isinstance(el.tag, str) and el.get("id")}
    refs: dict[El, tuple[str, str]] = {}
    notes: dict[str, Note] = {}
    marks: dict[str, str] = {}
    note_els: list[El] = []
    for a in list(body.iter("a")):
        href = (a.get("href") or "").strip()
        label, target = href[1:], ids.get(href[1:]) if href.startswith("#") else None
        if target is None and elsewhere is not None and "#" in href[1:]:
            label, target = elsewhere(href) or ("", None)
        text = _WS.sub("", "".join(a.itertext()))
        if target is None or len(text) > _NOTEREF_MAX:
            continue
        marked = "noteref" in attr(a, "type") or attr(a, "role") == "doc-noteref"
        marked = marked or bool(_NOTE_HINT.search(a.get("class", "")))
        parent = a.getparent()
        sup = (parent is not None and parent.tag == "sup") or any(True for _ in a.iter("sup"))
        if not (marked or (sup and text)):
            continue
        note_el = _note_element(target, trusted=marked)
        if note_el is None or note_el in a.iterancestors():
            continue
        if label in notes:
            mark = marks[label]
        else:
            mark = f"[{text}]" if text.isdigit() else text or f"[{len(notes) + 1}]"
            marks[label] = mark
        refs[a] = (label, mark)
        if label not in notes:
            notes[label] = Note(label, f"{mark} {_note_text(note_el, a.get('id'))}".strip())
            note_els.append(note_el)
    for el in note_els:
        parent = el.getparent()
        remove(el)
        # A notes section (or a notes file) left with only its heading ("注释") goes too.
        while parent is not None and parent.tag != "html":
            if (
                visible_len("".join(parent.itertext())) > 12
                or next(parent.iter("p", "li"), None) is not None
            ):
                break
            up = parent.getparent()
            if parent.tag == "body":
                parent[:] = []
                parent.text = None
                break
            remove(parent)
            parent = up
    return refs, [n for n in notes.values() if n.text]


def _note_element(target: El, trusted: bool) -> El | None:
    """The element holding a note: the target, or its paragraph if it is an anchor.

    A reference marked as one (``trusted``) vouches for its target; a bare
    superscript link needs a target that is marked or named as a note.
    """
    el = target
    while el is not None and el.tag in ("a", "span", "sup", "b", "strong", "em", "i"):
        el = el.getparent()
    if el is None or el.tag in _HEADING_TAGS or el.tag in ("body", "html", "main", "article"):
        return None
    if any(d.tag in _HEADING_TAGS for d in el.iterdescendants()) or (
        visible_len("".join(el.itertext())) > _NOTE_MAX
    ):
        return None  # a section, not a note: "跳到正文" links to content, not to a note
    hint = " ".join([attr(el, "type"), attr(el, "role"), el.get("class", ""), target.get("id", "")])
    parent = el.getparent()
    if parent is not None:
        hint += " " + " ".join(
            [attr(parent, "type"), attr(parent, "role"), parent.get("class", "")]
        )
    return el if trusted or _NOTE_HINT.search(hint) else None


def _note_text(el: El, ref_id: str | None) -> str:
    """The note's text without its links back to the reference (``↩``, ``[1]``)."""
    copy = deepcopy(el)
    copy.tail = None
    for a in list(copy.iter("a")):
        href = a.get("href") or ""
        back = ref_id and href == f"#{ref_id}"
        if back or attr(a, "role") == "doc-backlink" or "back" in a.get("class", ""):
            remove(a)
    for sup in list(copy.iter("sup")):
        if not _WS.sub("", "".join(sup.itertext())).strip("[]()（）"):
            remove(sup)
    text = join_soft("".join(copy.itertext())).strip(" \u3000↩︎")
    return text
