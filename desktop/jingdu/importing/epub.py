"""EPUB: the spine's chapters in order, the book's own table of contents as its outline.

An EPUB is a zip (opened by :mod:`~jingdu.importing.archive`, which refuses
bombs and paths outside the archive): ``META-INF/container.xml`` names the
package document (OPF), whose spine lists the chapters in reading order and
whose metadata gives the title and creators. Each chapter is XHTML, read by the
HTML block extraction. The table of contents — ``nav.xhtml`` in EPUB 3,
``toc.ncx`` in EPUB 2 — is the author's outline, so its entries decide which
blocks are headings and at what level (its nesting); headings it does not list
are placed below the entry they follow. zipfile and lxml only: EbookLib is AGPL.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from urllib.parse import unquote, urldefrag

from lxml import etree

from jingdu.errors import SourceError
from jingdu.importing.archive import is_inside, open_zip, read_member, shown
from jingdu.importing.html import decode
from jingdu.importing.htmlblocks import blocks_of, number_sections, relative_levels
from jingdu.importing.htmltree import El, Resolver, attr, join_soft, parse
from jingdu.importing.structured import Block, Dropped, Marker, Note, Structured
from jingdu.progress import Progress

_CHAPTER_TYPES = ("application/xhtml+xml", "text/html", "application/xml")
_WS = re.compile(r"\s+")


@dataclass
class _Entry:
    level: int
    label: str
    path: str
    fragment: str


@dataclass
class _Item:
    path: str
    media_type: str
    properties: str


def read(data: bytes, name: str, progress: Progress | None = None) -> Structured:
    """An EPUB book as structured blocks.

    Raises:
        SourceError: not an EPUB, damaged, encrypted (DRM), or unsafe to unpack.
    """
    zf = open_zip(data, name, "EPUB")
    opf_path = _package_path(zf, name)
    opf = _xml(read_member(zf, opf_path, name), name, opf_path)
    manifest = _manifest(opf, posixpath.dirname(opf_path), name)
    spine = [
        manifest[ref]
        for ref in (el.get("idref") for el in _find(opf, "itemref"))
        if ref in manifest and manifest[ref].media_type in _CHAPTER_TYPES
    ]
    if not spine:
        raise SourceError(f"{name}: an EPUB with no chapters in its reading order", "damaged")
    _refuse_drm(zf, name, {item.path for item in spine})
    toc = _toc(zf, name, opf, manifest)
    wanted: dict[str, set[str]] = {}
    for e in toc:
        wanted.setdefault(e.path, set()).add(e.fragment)
    s = Structured()
    starts: dict[tuple[str, str], int] = {}
    raw_levels: list[int] = []
    # All chapters are parsed first: a note may live in another chapter (a notes
    # file at the back), and must leave that chapter's text before it is read.
    roots: dict[str, El] = {}
    for item in spine:
        try:
            roots[item.path] = parse(decode(read_member(zf, item.path, name), name), name, xml=True)
        except SourceError as exc:
            s.dropped.append(Dropped(item.path, f"unreadable chapter: {exc}"))
    notes = _NotesElsewhere(roots, name)
    for i, item in enumerate(spine):
        if progress is not None:
            progress(i, len(spine), name)
        if item.path not in roots:
            continue
        out = blocks_of(
            roots[item.path],
            anchors=wanted.get(item.path, set()) - {""},
            elsewhere=notes.resolver(item.path),
        )
        if out.blocks:
            starts.setdefault((item.path, ""), len(s.blocks))
        for anchor, index in out.anchors.items():
            starts.setdefault((item.path, anchor), len(s.blocks) + index)
        _relabel(out.blocks, out.notes, item.path)
        s.blocks += out.blocks
        s.notes += out.notes
        s.dropped += out.dropped
    raw_levels = [b.level for b in s.blocks]
    if toc:
        _apply_toc(s.blocks, toc, starts, raw_levels)
    else:
        relative_levels(s.blocks)
        number_sections(s.blocks)
    title = _text(next(iter(_find(opf, "title")), None))
    s.title, s.title_source = (title, "metadata") if title else ("", "text")
    if not title:
        s.title = next((b.text for b in s.blocks if b.kind == "heading"), "")
    s.authors = list(dict.fromkeys(t for t in (_text(el) for el in _find(opf, "creator")) if t))
    s.keywords = [t for t in (_text(el) for el in _find(opf, "subject")) if t]
    if progress is not None:
        progress(len(spine), len(spine), name)
    return s


def _xml(data: bytes, name: str, path: str) -> El:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(
            f"{name}: {shown(path)} is damaged ({shown(str(exc))})", "damaged"
        ) from exc
    if root is None:
        raise SourceError(f"{name}: {shown(path)} is empty or damaged", "damaged")
    return root


def _find(root: El, local: str) -> list[El]:
    """Elements by local name, whatever namespace (or none) the file used."""
    return [el for el in root.iter() if isinstance(el.tag, str) and _local(el.tag) == local]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _text(el: El | None) -> str:
    return _WS.sub(" ", "".join(el.itertext())).strip() if el is not None else ""


def _resolve(base: str, href: str, name: str, strict: bool) -> tuple[str, str]:
    """An href relative to ``base`` as an archive path and a fragment.

    Raises:
        SourceError: the path leaves the archive and ``strict`` (a manifest entry).
    """
    path, fragment = urldefrag(unquote(href.strip()))
    full = posixpath.normpath(posixpath.join(base, path)) if path else ""
    if path and not is_inside(full):
        if strict:
            raise SourceError(
                f"{name}: refers to a file outside the archive ({shown(href)})", "damaged"
            )
        return "", ""
    return full, fragment


def _package_path(zf: zipfile.ZipFile, name: str) -> str:
    """The OPF's path, from META-INF/container.xml.

    Some tools zip the book's folder rather than its contents, so that every
    path starts with ``epub/``; readers open those, and so does Jingdu: a
    container one folder down counts, its paths taken from that folder.
    """
    names = zf.namelist()
    containers = [n for n in names if re.fullmatch(r"(?:[^/]+/)?META-INF/container\.xml", n)]
    for found in sorted(containers, key=len)[:1]:
        root = found[: -len("META-INF/container.xml")]
        container = _xml(read_member(zf, found, name), name, "container.xml")
        for rf in _find(container, "rootfile"):
            path, _ = _resolve(root, rf.get("full-path", ""), name, strict=True)
            if path and path in names:
                return path
    # No usable container: the one package document, if there is exactly one.
    opfs = [n for n in names if n.lower().endswith(".opf")]
    if len(opfs) == 1:
        return opfs[0]
    raise SourceError(f"{name}: not a valid EPUB file (no package document)", "damaged")


def _manifest(opf: El, base: str, name: str) -> dict[str, _Item]:
    items = {}
    for el in _find(opf, "item"):
        if el.get("id") and el.get("href"):
            path, _ = _resolve(base, el.get("href"), name, strict=True)
            items[el.get("id")] = _Item(path, el.get("media-type", ""), el.get("properties", ""))
    return items


def _refuse_drm(zf: zipfile.ZipFile, name: str, chapters: set[str]) -> None:
    """Encrypted chapters cannot be read; encrypted fonts (obfuscation) do not matter."""
    if "META-INF/encryption.xml" not in zf.namelist():
        return
    enc = _xml(read_member(zf, "META-INF/encryption.xml", name), name, "encryption.xml")
    for ref in _find(enc, "cipherreference"):
        path, _ = _resolve("", ref.get("URI", ""), name, strict=False)
        if path in chapters:
            raise SourceError(
                f"{name}: the book is encrypted (DRM); Jingdu cannot read it", "encrypted"
            )


def _toc(zf: zipfile.ZipFile, name: str, opf: El, manifest: dict[str, _Item]) -> list[_Entry]:
    """The table of contents: EPUB 3's nav document, else EPUB 2's NCX, else nothing."""
    nav = next((i for i in manifest.values() if "nav" in i.properties.split()), None)
    spine = next(iter(_find(opf, "spine")), None)
    ncx_id = spine.get("toc") if spine is not None else None
    ncx = manifest.get(ncx_id or "") or next(
        (i for i in manifest.values() if i.media_type == "application/x-dtbncx+xml"), None
    )
    try:
        if nav is not None:
            entries = _nav_entries(zf, name, nav.path)
            if entries:
                return entries
        if ncx is not None:
            return _ncx_entries(zf, name, ncx.path)
    except SourceError:
        pass  # a damaged table of contents costs the outline, not the book
    return []


def _nav_entries(zf: zipfile.ZipFile, name: str, path: str) -> list[_Entry]:
    root = parse(decode(read_member(zf, path, name), name), name, xml=True)
    navs = list(root.iter("nav"))
    nav = next((n for n in navs if "toc" in attr(n, "type").split()), navs[0] if navs else None)
    if nav is None:
        return []
    top = next(nav.iter("ol", "ul"), None)
    out: list[_Entry] = []

    def walk(lst: El, level: int) -> None:
        for li in lst:
            if li.tag != "li":
                continue
            link = next((c for c in li if c.tag in ("a", "span")), None)
            if link is not None and link.get("href"):
                target, fragment = _resolve(posixpath.dirname(path), link.get("href"), name, False)
                label = join_soft("".join(link.itertext())).strip()
                if target and label:
                    out.append(_Entry(level, label, target, fragment))
            for sub in li:
                if sub.tag in ("ol", "ul"):
                    walk(sub, level + 1)

    if top is not None:
        walk(top, 1)
    return out


def _ncx_entries(zf: zipfile.ZipFile, name: str, path: str) -> list[_Entry]:
    root = _xml(read_member(zf, path, name), name, path)
    nav_map = next(iter(_find(root, "navmap")), None)
    out: list[_Entry] = []

    def walk(parent: El, level: int) -> None:
        for point in parent:
            if not isinstance(point.tag, str) or _local(point.tag) != "navpoint":
                continue
            label = next(iter(_find(point, "navlabel")), None)
            content = next((c for c in point if _local(str(c.tag)) == "content"), None)
            if content is not None and label is not None:
                target, fragment = _resolve(
                    posixpath.dirname(path), content.get("src", ""), name, False
                )
                if target and _text(label):
                    out.append(_Entry(level, _text(label), target, fragment))
            walk(point, level + 1)

    if nav_map is not None:
        walk(nav_map, 1)
    return out


def _relabel(blocks: list[Block], notes: list[Note], path: str) -> None:
    """Note ids are unique within a chapter only: qualify them with its path."""

    def qualified(label: str) -> str:
        return label if "#" in label else f"{path}#{label}"  # another chapter's: already

    for b in blocks:
        b.markers = [Marker(m.start, m.end, qualified(m.label)) for m in b.markers]
    for n in notes:
        n.label = qualified(n.label)


class _NotesElsewhere:
    """Finds the element an href into another chapter names (``notes.xhtml#n1``)."""

    def __init__(self, roots: dict[str, El], name: str) -> None:
        self.roots, self.name = roots, name
        self.ids: dict[str, dict[str, El]] = {}

    def resolver(self, chapter: str) -> Resolver:
        def find(href: str) -> tuple[str, El] | None:
            path, fragment = _resolve(posixpath.dirname(chapter), href, self.name, False)
            if path == chapter or path not in self.roots or not fragment:
                return None
            if path not in self.ids:
                self.ids[path] = {
                    el.get("id"): el
                    for el in self.roots[path].iter()
                    if isinstance(el.tag, str) and el.get("id") is not None
                }
            el = self.ids[path].get(fragment)
            return (f"{path}#{fragment}", el) if el is not None else None

        return find


def _same(a: str, b: str) -> bool:
    a, b = _WS.sub("", a), _WS.sub("", b)
    return bool(a and b) and (a == b or (len(a) >= 2 and len(b) >= 2 and (a in b or b in a)))


def _apply_toc(
    blocks: list[Block], toc: list[_Entry], starts: dict[tuple[str, str], int], raw: list[int]
) -> None:
    """Headings at the levels of the book's contents; other headings below their entry.

    An entry's target block becomes a heading when it is one or reads like the
    entry; otherwise the entry's label is put before it, so that every entry of
    the contents is in the outline.
    """
    level_at: dict[int, int] = {}
    inserts: list[tuple[int, Block]] = []
    used: set[int] = set()
    for e in toc:
        index = starts.get((e.path, e.fragment), starts.get((e.path, "")))
        if index is None or index in used:
            continue
        used.add(index)
        b = blocks[index]
        if b.kind == "heading" or _same(b.text, e.label):
            b.kind = "heading"
            level_at[index] = e.level
        else:
            inserts.append((index, Block("heading", e.label, e.level)))
    # Headings the contents do not list: below the entry before them, by their tags.
    base, base_raw = 0, 0
    for i, b in enumerate(blocks):
        if i in level_at:
            base, base_raw = level_at[i], raw[i]
            b.level = base
        elif b.kind == "heading" and base:
            b.level = base + (max(1, raw[i] - base_raw) if base_raw else 1)
    # Back to front, so that indexes stay valid; entries for one block keep their order.
    for index, block in sorted(reversed(inserts), key=lambda x: x[0], reverse=True):
        blocks.insert(index, block)
    if not level_at:
        relative_levels(blocks)
