from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt

from jingdu.errors import SourceError
from jingdu.importing import docx as word
from jingdu.importing.assemble import to_document
from jingdu.importing.formats import read_documents
from jingdu.importing.structured import Structured

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
P1 = "党的二十大对全面建设社会主义现代化国家作出战略部署，明确了新时代新征程的中心任务。"
P2 = "各地区各部门要切实把思想和行动统一到党中央决策部署上来，结合实际抓好贯彻落实。"
P3 = "要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"


def shape(s: Structured) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in s.blocks]


def save(d: docx.document.Document) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def centred(d: docx.document.Document, text: str) -> None:
    d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_notes(d: docx.document.Document, kind: str, notes: dict[int, str]) -> None:
    """A footnotes or endnotes part, as Word writes it (separators first)."""
    tag = kind[:-1]
    body = "".join(
        f'<w:{tag} w:id="{i}"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:{tag}>'
        for i, t in notes.items()
    )
    xml = (
        f'<w:{kind} {WNS}><w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
        f"{body}</w:{kind}>"
    )
    ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    part = Part(PackURI(f"/word/{kind}.xml"), ct, xml.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)


def note_ref(paragraph: docx.text.paragraph.Paragraph, kind: str, note_id: int) -> None:
    paragraph._p.append(parse_xml(f'<w:r {WNS}><w:{kind}Reference w:id="{note_id}"/></w:r>'))


def plain_official_document() -> bytes:
    """How most Chinese Word files are made: no heading styles, numbering typed by hand."""
    d = docx.Document()
    centred(d, "国务院关于推进某项工作的意见")
    centred(d, "国发〔2024〕1号")
    d.add_paragraph("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    d.add_paragraph("　　" + P1)
    d.add_paragraph("一、总体要求")
    d.add_paragraph("（一）指导思想")
    d.add_paragraph(P2)
    d.add_paragraph("（二）基本原则。")
    d.add_paragraph(P3)
    d.add_paragraph("二、主要任务")
    d.add_paragraph("（一）加强组织领导。各地区各部门要把这项工作摆上重要议事日程，切实抓好落实。")
    d.add_paragraph("1. 坚持党的领导。")
    d.add_paragraph("2. 坚持人民至上。")
    d.add_paragraph("右对齐的国务院").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("2024年1月2日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return save(d)


def test_plain_paragraphs_get_headings_from_the_numbering_ladder() -> None:
    s = word.read(plain_official_document(), "a.docx")
    assert shape(s) == [
        ("heading", 1, "国务院关于推进某项工作的意见"),
        ("body", 0, "国发〔2024〕1号"),
        ("body", 0, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
        ("body", 0, P1),
        ("heading", 2, "一、总体要求"),
        ("heading", 3, "（一）指导思想"),
        ("body", 0, P2),
        ("heading", 3, "（二）基本原则。"),
        ("body", 0, P3),
        ("heading", 2, "二、主要任务"),
        ("body", 0, "（一）加强组织领导。各地区各部门要把这项工作摆上重要议事日程，切实抓好落实。"),
        ("body", 0, "1. 坚持党的领导。"),
        ("body", 0, "2. 坚持人民至上。"),
        ("signature", 0, "右对齐的国务院"),
        ("signature", 0, "2024年1月2日"),
    ]
    assert (s.title, s.title_source) == ("国务院关于推进某项工作的意见", "text")
    assert s.authors == []  # python-docx's own name in the properties is not an author


def test_heading_styles_quotes_lists_tables_and_properties() -> None:
    d = docx.Document()
    d.core_properties.author = "张三; 李四"
    d.core_properties.title = "属性里的标题"
    d.add_paragraph("文档标题", style="Title")
    d.add_paragraph("第一章 总则", style="Heading 2")
    d.add_paragraph(P1)
    d.add_paragraph("一、这是用样式之外的编号写的", style="Heading 3")
    d.add_paragraph(P2, style="Quote")
    indented = d.add_paragraph(P3)
    indented.paragraph_format.left_indent = Pt(28)
    indented.paragraph_format.right_indent = Pt(28)
    first_line = d.add_paragraph(P1)
    first_line.paragraph_format.first_line_indent = Pt(24)  # an ordinary Chinese paragraph
    d.add_paragraph("要点甲", style="List Bullet")
    d.add_paragraph("要点乙", style="List Bullet")
    d.add_paragraph("步骤一", style="List Number")
    d.add_paragraph("步骤二", style="List Number")
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "地区", (0, 1): "增速", (1, 0): "北京", (1, 1): "5.2%"}.items():
        table.cell(r, c).text = text
    d.add_paragraph("表后正文。")
    s = word.read(save(d), "a.docx")
    assert shape(s) == [
        ("heading", 1, "文档标题"),
        ("heading", 2, "第一章 总则"),
        ("body", 0, P1),
        ("heading", 3, "一、这是用样式之外的编号写的"),
        ("quote", 0, P2),
        ("quote", 0, P3),
        ("body", 0, P1),
        ("item", 0, "• 要点甲"),
        ("item", 0, "• 要点乙"),
        ("item", 0, "1. 步骤一"),
        ("item", 0, "2. 步骤二"),
        ("table", 0, "地区\t增速\n北京\t5.2%"),
        ("body", 0, "表后正文。"),
    ]
    assert (s.title, s.title_source) == ("文档标题", "text")
    assert s.authors == ["张三", "李四"]


def test_title_from_properties_when_the_text_has_none() -> None:
    d = docx.Document()
    d.core_properties.title = "Microsoft Word - 属性标题.doc"
    d.add_paragraph(P1)
    s = word.read(save(d), "a.docx")
    assert (s.title, s.title_source) == ("属性标题.doc", "metadata")


def test_footnotes_and_endnotes_become_markers_and_notes() -> None:
    d = docx.Document()
    add_notes(d, "footnotes", {1: "习近平：《论某某》，人民出版社2023年版。", 2: "参见某文件。"})
    add_notes(d, "endnotes", {1: "尾注内容。"})
    p = d.add_paragraph("正文第一句")
    note_ref(p, "footnote", 2)  # Word's ids need not follow the reading order
    p.add_run("，第二句")
    note_ref(p, "footnote", 1)
    p.add_run("。")
    q = d.add_paragraph("再引一次")
    note_ref(q, "footnote", 2)
    note_ref(q, "endnote", 1)
    s = word.read(save(d), "a.docx")
    first = s.blocks[0]
    assert first.text == "正文第一句[1]，第二句[2]。"
    assert [(first.text[m.start : m.end], m.label) for m in first.markers] == [
        ("[1]", "2"),
        ("[2]", "1"),
    ]
    assert s.blocks[1].text == "再引一次[1][1]"
    assert [m.label for m in s.blocks[1].markers] == ["2", "e1"]
    assert [(n.label, n.text) for n in s.notes] == [
        ("2", "[1] 参见某文件。"),
        ("1", "[2] 习近平：《论某某》，人民出版社2023年版。"),
        ("e1", "[1] 尾注内容。"),
    ]
    doc = to_document(s, "d", "a.docx", "0" * 64, 1)
    fn = doc.footnotes[1]
    assert doc.text[fn.note_start : fn.note_end] == "[2] 习近平：《论某某》，人民出版社2023年版。"


def test_automatic_chinese_numbering_is_rendered_and_makes_headings() -> None:
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {WNS} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {WNS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {WNS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )

    numbered("总体要求", 0)
    numbered("指导思想", 1)
    d.add_paragraph(P1)
    numbered("基本原则", 1)
    d.add_paragraph(P2)
    numbered("主要任务", 0)
    numbered("任务一", 1)
    d.add_paragraph(P3)
    s = word.read(save(d), "a.docx")
    assert shape(s) == [
        ("heading", 1, "一、总体要求"),
        ("heading", 2, "（一）指导思想"),
        ("body", 0, P1),
        ("heading", 2, "（二）基本原则"),
        ("body", 0, P2),
        ("heading", 1, "二、主要任务"),
        ("heading", 2, "（一）任务一"),
        ("body", 0, P3),
    ]


def test_bold_short_paragraphs_are_headings_when_used_sparingly() -> None:
    d = docx.Document()
    for name in ("前言", "结语"):
        d.add_paragraph().add_run(name).bold = True
        for text in (P1, P2, P3):
            d.add_paragraph(text)
    s = word.read(save(d), "a.docx")
    assert [(b.kind, b.text) for b in s.blocks if b.kind == "heading"] == [
        ("heading", "前言"),
        ("heading", "结语"),
    ]
    # A document that is bold throughout has no headings by boldness.
    d = docx.Document()
    for text in ("甲", P1, "乙", P2):
        d.add_paragraph().add_run(text).bold = True
    assert all(b.kind == "body" for b in word.read(save(d), "a.docx").blocks)


def test_hidden_and_deleted_text_and_tables_of_contents_are_left_out() -> None:
    d = docx.Document()
    p = d.add_paragraph("可见")
    p.add_run("隐藏").font.hidden = True
    p._p.append(
        parse_xml(
            f'<w:del {WNS} w:id="1" w:author="x"><w:r><w:delText>删除</w:delText></w:r></w:del>'
        )
    )
    p._p.append(parse_xml(f'<w:ins {WNS} w:id="2" w:author="x"><w:r><w:t>插入</w:t></w:r></w:ins>'))
    d.add_paragraph(P1)
    d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("第一章 总则\t1", style="toc 1")
    s = word.read(save(d), "a.docx")
    assert [b.text for b in s.blocks] == ["可见插入", P1]
    assert [(x.text, x.reason) for x in s.dropped] == [("第一章 总则 1", "table of contents")]


def test_layout_tables_are_read_as_paragraphs() -> None:
    d = docx.Document()
    box = d.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "专栏1 重点工程"
    box.cell(0, 0).add_paragraph(P1)
    s = word.read(save(d), "a.docx")
    assert [b.kind for b in s.blocks] == ["body", "body"]
    assert s.blocks[1].text == P1


def zipped(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a valid Word"),
        (b"\x00\xff" * 300, "not a valid Word"),
        (plain_official_document()[:2000], "not a valid Word"),
        (zipped({"hello.txt": b"hi"}), "not a Word file"),
        (zipped({"word/document.xml": b"<w:document/>"}), "not a valid Word"),
        (zipped({"word/document.xml": b"x", "../evil": b"x"}), "outside the archive"),
        (zipped({"word/document.xml": bytes(20 * 1024 * 1024)}), "zip bomb"),
    ],
)
def test_bad_files_are_refused_with_one_line(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message) as err:
        word.read(data, "a.docx")
    assert "\n" not in str(err.value) and "a.docx" in str(err.value)


def test_through_the_format_table() -> None:
    fmt, docs = read_documents(plain_official_document(), "文件.docx", "文件", "0")
    assert fmt.name == "docx"
    assert docs[0].title == "国务院关于推进某项工作的意见"
    assert [e.title for e in docs[0].outline][:3] == [
        "国务院关于推进某项工作的意见",
        "一、总体要求",
        "（一）指导思想",
    ]
