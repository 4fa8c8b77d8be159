from __future__ import annotations

import io
import zipfile

import pytest

from jingdu.errors import SourceError
from jingdu.importing import archive, epub
from jingdu.importing.assemble import to_document
from jingdu.importing.formats import read_documents
from jingdu.importing.structured import Structured

P1 = "党的二十大对全面建设社会主义现代化国家作出战略部署，明确了新时代新征程的中心任务。"
P2 = "各地区各部门要切实把思想和行动统一到党中央决策部署上来，结合实际抓好贯彻落实。"
P3 = "要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""


def shape(s: Structured) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in s.blocks]


def xhtml(body: str, title: str = "章") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>{title}</title><style>p{{}}</style></head><body>{body}</body></html>"""


def opf(items: str, spine: str, toc: str = "", version: str = "3.0") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="{version}" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">x</dc:identifier><dc:title>书名：副题</dc:title>
<dc:creator>张三</dc:creator><dc:creator>李四</dc:creator><dc:subject>政策</dc:subject>
</metadata><manifest>{items}</manifest><spine{toc}>{spine}</spine></package>"""


def build(files: dict[str, str | bytes], mimetype: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        if mimetype:
            zf.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        for name, data in files.items():
            zf.writestr(name, data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


CH1 = xhtml(
    f"""<h1>第一章 总论</h1><p>{P1}<a epub:type="noteref" href="#n1">1</a></p>
<h2 id="s1">第一节 背景</h2><p>{P2}</p><h3>一些细节</h3><p>{P3}</p>
<aside epub:type="footnote" id="n1"><p>注释正文。</p></aside>"""
)
CH2 = xhtml(f"<p>{P2}</p><p>{P3}</p>")
CH3 = xhtml(f'<section><p><a id="t3"/>附录</p><p>{P1}</p><script>alert("x")</script></section>')
NAV = xhtml(
    """<nav epub:type="toc"><h1>目录</h1><ol>
<li><a href="text/ch1.xhtml">第一章 总论</a><ol><li><a href="text/ch1.xhtml#s1">第一节 背景</a></li></ol></li>
<li><a href="text/ch2.xhtml">第二章 结语</a></li>
<li><a href="text/ch3.xhtml#t3">附录</a></li></ol></nav>"""
)


def epub3() -> bytes:
    items = """<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
<item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
<item id="c3" href="text/ch3.xhtml" media-type="application/xhtml+xml"/>
<item id="img" href="cover.jpg" media-type="image/jpeg"/>"""
    spine = '<itemref idref="c1"/><itemref idref="c2"/><itemref idref="c3" linear="no"/>'
    return build(
        {
            "META-INF/container.xml": CONTAINER,
            "OEBPS/content.opf": opf(items, spine),
            "OEBPS/nav.xhtml": NAV,
            "OEBPS/text/ch1.xhtml": CH1,
            "OEBPS/text/ch2.xhtml": CH2,
            "OEBPS/text/ch3.xhtml": CH3,
            "OEBPS/cover.jpg": b"\xff\xd8\xff",
        }
    )


def test_epub3_spine_order_and_the_nav_outline() -> None:
    s = epub.read(epub3(), "书.epub")
    assert shape(s) == [
        ("heading", 1, "第一章 总论"),
        ("body", 0, f"{P1}[1]"),
        ("heading", 2, "第一节 背景"),
        ("body", 0, P2),
        ("heading", 3, "一些细节"),
        ("body", 0, P3),
        ("heading", 1, "第二章 结语"),  # the contents name a chapter its text does not
        ("body", 0, P2),
        ("body", 0, P3),
        ("heading", 1, "附录"),
        ("body", 0, P1),
    ]
    assert (s.title, s.title_source) == ("书名：副题", "metadata")
    assert s.authors == ["张三", "李四"]
    assert s.keywords == ["政策"]
    assert [(n.label, n.text) for n in s.notes] == [("OEBPS/text/ch1.xhtml#n1", "[1] 注释正文。")]
    doc = to_document(s, "d", "书.epub", "0", 1)
    fn = doc.footnotes[0]
    assert doc.text[fn.note_start : fn.note_end] == "[1] 注释正文。"


NCX = """<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
<navPoint id="p1" playOrder="1"><navLabel><text>上编 理论</text></navLabel><content src="a.html"/>
  <navPoint id="p2" playOrder="2"><navLabel><text>第一章 起源</text></navLabel><content src="a.html#c1"/></navPoint>
  <navPoint id="p3" playOrder="3"><navLabel><text>第二章 发展</text></navLabel><content src="b.html"/></navPoint>
</navPoint></navMap></ncx>"""


def epub2() -> bytes:
    items = """<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
<item id="a" href="a.html" media-type="application/xhtml+xml"/>
<item id="b" href="b.html" media-type="application/xhtml+xml"/>"""
    a = xhtml(
        f'<p class="part">上编　理论</p><p>{P1}</p><p class="title" id="c1">第一章　起源</p><p>{P2}&nbsp;</p>'
    )
    b = xhtml(f'<div class="chapter"><p class="title">第二章 发展</p><p>{P3}</p></div>')
    spine = '<itemref idref="a"/><itemref idref="b"/>'
    return build(
        {
            "META-INF/container.xml": CONTAINER,
            "OEBPS/content.opf": opf(items, spine, ' toc="ncx"', "2.0"),
            "OEBPS/toc.ncx": NCX,
            "OEBPS/a.html": a,
            "OEBPS/b.html": b,
        }
    )


def test_epub2_ncx_makes_headings_of_styled_paragraphs() -> None:
    s = epub.read(epub2(), "书.epub")
    assert shape(s) == [
        ("heading", 1, "上编　理论"),
        ("body", 0, P1),
        ("heading", 2, "第一章　起源"),
        ("body", 0, P2),
        ("heading", 2, "第二章 发展"),
        ("body", 0, P3),
    ]


def test_without_contents_headings_come_from_the_chapters() -> None:
    items = '<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/>'
    data = build(
        {
            "META-INF/container.xml": CONTAINER,
            "OEBPS/content.opf": opf(items, '<itemref idref="a"/>'),
            "OEBPS/a.xhtml": xhtml(f"<h2>甲</h2><p>{P1}</p><h3>乙</h3><p>{P2}</p>"),
        }
    )
    s = epub.read(data, "a.epub")
    assert shape(s) == [
        ("heading", 1, "甲"),
        ("body", 0, P1),
        ("heading", 2, "乙"),
        ("body", 0, P2),
    ]


def test_a_missing_container_falls_back_to_the_one_package_document() -> None:
    items = '<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/>'
    data = build(
        {
            "content.opf": opf(items, '<itemref idref="a"/>'),
            "a.xhtml": xhtml(f"<p>{P1}</p>"),
        }
    )
    assert [b.text for b in epub.read(data, "a.epub").blocks] == [P1]


def test_a_damaged_chapter_is_skipped_and_said() -> None:
    items = """<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/>
<item id="b" href="b.xhtml" media-type="application/xhtml+xml"/>"""
    data = build(
        {
            "META-INF/container.xml": CONTAINER,
            "OEBPS/content.opf": opf(items, '<itemref idref="a"/><itemref idref="b"/>'),
            "OEBPS/a.xhtml": b"",
            "OEBPS/b.xhtml": xhtml(f"<p>{P1}</p>"),
        }
    )
    s = epub.read(data, "a.epub")
    assert [b.text for b in s.blocks] == [P1]
    assert [d.text for d in s.dropped] == ["OEBPS/a.xhtml"]


def test_through_the_format_table() -> None:
    fmt, docs = read_documents(epub3(), "书.epub", "书", "0")
    assert fmt.name == "epub"
    assert [(e.level, e.title) for e in docs[0].outline] == [
        (1, "第一章 总论"),
        (2, "第一节 背景"),
        (3, "一些细节"),
        (1, "第二章 结语"),
        (1, "附录"),
        (1, "注释"),
    ]


def minimal(**extra: str | bytes) -> dict[str, str | bytes]:
    items = '<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/>'
    files: dict[str, str | bytes] = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": opf(items, '<itemref idref="a"/>'),
        "OEBPS/a.xhtml": xhtml(f"<p>{P1}</p>"),
    }
    files.update(extra)
    return files


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a valid EPUB"),
        (b"\x00\xffjunk" * 100, "not a valid EPUB"),
        (epub3()[:1500], "not a valid EPUB"),
        (build({"hello.txt": "x"}), "no package document"),
        (build(minimal(**{"../../evil.txt": "x"})), "outside the archive"),
        (
            build(
                minimal(
                    **{
                        "OEBPS/content.opf": opf(
                            '<item id="a" href="../../../etc/passwd" media-type="application/xhtml+xml"/>',
                            '<itemref idref="a"/>',
                        )
                    }
                )
            ),
            "outside the archive",
        ),
        (build(minimal(**{"OEBPS/big.xml": bytes(20 * 1024 * 1024)})), "zip bomb"),
        (
            build(
                minimal(
                    **{
                        "META-INF/encryption.xml": '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/a.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>'
                    }
                )
            ),
            "DRM",
        ),
    ],
)
def test_bad_files_are_refused_with_one_line(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message) as err:
        epub.read(data, "a.epub")
    assert "\n" not in str(err.value) and "a.epub" in str(err.value)


def test_total_unpacked_size_is_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL", 1000)
    with pytest.raises(SourceError, match="unpack to"):
        epub.read(build(minimal(**{"OEBPS/a.xhtml": xhtml(P1 * 20)})), "a.epub")


def test_a_member_larger_than_declared_is_refused() -> None:
    """A zip directory that understates a member's size is not believed."""
    with zipfile.ZipFile(io.BytesIO(build(minimal()))) as zf:
        info = zf.getinfo("OEBPS/a.xhtml")
        info.file_size //= 2
        with pytest.raises(SourceError, match=r"a\.epub: OEBPS/a\.xhtml"):
            archive.read_member(zf, "OEBPS/a.xhtml", "a.epub")


def test_a_book_zipped_with_its_folder_still_opens() -> None:
    """Some tools zip the folder, so every path starts with it (epub/META-INF/…)."""
    data = build({f"epub/{k}": v for k, v in minimal().items()}, mimetype=False)
    assert [b.text for b in epub.read(data, "a.epub").blocks] == [P1]


def test_notes_marked_by_an_icon_are_numbered() -> None:
    """Chinese e-books often mark a note with an image link and list notes at the end."""
    chapter = xhtml(
        f"""<p>{P1}<a class="duokan-footnote" href="#df-1"><img src="note.png" alt=""/></a></p>
<p>{P2}<a class="duokan-footnote" href="#df-2"><img src="note.png"/></a></p>
<ol class="duokan-footnote-content"><li class="duokan-footnote-item" id="df-1"><p>第一条注。</p></li>
<li class="duokan-footnote-item" id="df-2"><p>第二条注。</p></li></ol>"""
    )
    s = epub.read(build(minimal(**{"OEBPS/a.xhtml": chapter})), "a.epub")
    assert [b.text for b in s.blocks] == [f"{P1}[1]", f"{P2}[2]"]
    assert [n.text for n in s.notes] == ["[1] 第一条注。", "[2] 第二条注。"]


def test_notes_in_a_notes_chapter_follow_their_reference() -> None:
    items = """<item id="a" href="text/a.xhtml" media-type="application/xhtml+xml"/>
<item id="n" href="text/notes.xhtml" media-type="application/xhtml+xml"/>"""
    a = xhtml(f'<p>{P1}<a epub:type="noteref" href="notes.xhtml#n1">1</a></p><p>{P2}</p>')
    notes = xhtml(
        '<h1>注释</h1><ol><li id="n1"><p><a href="a.xhtml#r1">1</a> 注释正文。</p></li></ol>'
    )
    data = build(
        {
            "META-INF/container.xml": CONTAINER,
            "OEBPS/content.opf": opf(items, '<itemref idref="a"/><itemref idref="n"/>'),
            "OEBPS/text/a.xhtml": a,
            "OEBPS/text/notes.xhtml": notes,
        }
    )
    s = epub.read(data, "a.epub")
    assert shape(s) == [("body", 0, f"{P1}[1]"), ("body", 0, P2)]
    assert [(n.label, n.text) for n in s.notes] == [
        ("OEBPS/text/notes.xhtml#n1", "[1] 1 注释正文。")
    ]
    assert s.blocks[0].markers[0].label == "OEBPS/text/notes.xhtml#n1"
