"""The Word document's page and styles for each layout: one table per layout, and the
OOXML python-docx does not write itself.

Chinese text takes its font from ``w:rFonts/@w:eastAsia``; python-docx's
``font.name`` sets only the Latin slots (its issues #154 and #1139), so Chinese
fell back to whatever Word picked. Every style here sets all four slots, and drops
the theme fonts the template's headings use, which would override them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from lxml import etree

from jingdu.export import office
from jingdu.export.office import FACES

LATIN = "Times New Roman"
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "centre": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


@dataclass(frozen=True)
class Look:
    """One paragraph style: its Chinese face (the Word name), size and placing."""

    east_asia: str
    size: float
    bold: bool = False
    color: str = ""
    align: str = "justify"
    indent_chars: int = 0
    """First-line indent, in characters (公文 paragraphs start two in)."""
    line: float = 0.0
    """Exact line pitch in points; 0 for the face's own."""
    before: float = 0.0
    after: float = 0.0
    outline: int = 0
    """Its level in the navigation pane and the contents (1, 2), or 0."""
    keep_next: bool = False
    on_grid: bool = True
    """Characters sit on the official layout's grid; a larger face (the masthead, the
    title) would take two cells a character, spaced out."""


@dataclass(frozen=True)
class Page:
    top_mm: float
    bottom_mm: float
    inside_mm: float
    outside_mm: float
    mirrored: bool
    """Margins mirrored for double-sided printing: the binding side is inside."""
    footer_mm: float
    grid: bool = False
    """A 公文 document grid: LINES lines of CHARS characters."""


_FS, _KT, _HT, _ST, _XBS = (
    FACES["fangsong"].word,
    FACES["kaiti"].word,
    FACES["heiti"].word,
    FACES["songti"].word,
    FACES["title"].word,
)
_BODY, _LINE = office.BODY_PT, office.LINE_PT

LAYOUTS: dict[str, tuple[Page, dict[str, Look]]] = {
    "modern": (
        Page(22, 20, 20, 20, mirrored=False, footer_mm=10),
        {
            "Normal": Look(_ST, 10.5, line=17),
            "Title": Look(_HT, 22, bold=True, align="centre", after=6),
            "Subtitle": Look(_ST, 13, color="666666", align="centre", after=4),
            "Jingdu Byline": Look(_ST, 10.5, color="666666", align="centre", after=14),
            "Heading 1": Look(_HT, 15, bold=True, align="left", before=14, after=8, outline=1),
            "Heading 2": Look(
                _HT, 11, bold=True, color="666666", align="left", before=8, after=4, outline=2
            ),
            "Jingdu Body": Look(_ST, 10.5, indent_chars=2, line=17),
            "Jingdu Contents": Look(_ST, 10.5, align="left", line=19),
            "Jingdu Quote": Look(_ST, 11, line=18, before=6, keep_next=True),
            "Jingdu Note": Look(_ST, 10.5, line=17, before=3),
            "Jingdu Tags": Look(_ST, 9, color="666666", line=13),
            "Jingdu Citation": Look(_ST, 9, color="666666", align="right", line=13, after=8),
            "Jingdu Context": Look(_ST, 9, color="888888", line=14, after=8),
            "Jingdu Folio": Look(_ST, 9, color="666666", align="centre"),
            "Jingdu Running": Look(_ST, 9, color="666666", align="centre"),
        },
    ),
    "official": (
        Page(
            office.TOP_MM,
            office.PAGE_MM[1] - office.TOP_MM - office.BLOCK_MM[1],
            office.BINDING_MM,
            office.PAGE_MM[0] - office.BINDING_MM - office.BLOCK_MM[0],
            mirrored=True,
            # The folio's rule sits 7 mm below the text block.
            footer_mm=office.PAGE_MM[1] - office.TOP_MM - office.BLOCK_MM[1] - 7 - 5,
            grid=True,
        ),
        {
            "Normal": Look(_FS, _BODY, line=_LINE),
            "Jingdu Masthead": Look(
                _XBS, 36, color=office.RED, align="centre", line=54, on_grid=False
            ),
            "Jingdu Issue": Look(_KT, _BODY, align="centre", line=_LINE),
            "Jingdu Issuer": Look(_FS, _BODY, align="left", line=_LINE),
            "Title": Look(
                _XBS, office.TITLE_PT, align="centre", line=_LINE * 1.25, after=_LINE, on_grid=False
            ),
            "Subtitle": Look(_KT, _BODY, align="centre", line=_LINE),
            "Jingdu Byline": Look(_KT, _BODY, align="centre", line=_LINE),
            "Heading 1": Look(_HT, _BODY, align="justify", indent_chars=2, line=_LINE, outline=1),
            "Heading 2": Look(_KT, _BODY, align="justify", indent_chars=2, line=_LINE, outline=2),
            "Jingdu Body": Look(_FS, _BODY, indent_chars=2, line=_LINE),
            "Jingdu Quote": Look(_FS, _BODY, indent_chars=2, line=_LINE),
            "Jingdu Note": Look(_FS, _BODY, indent_chars=2, line=_LINE),
            "Jingdu Tags": Look(_FS, _BODY, indent_chars=2, line=_LINE),
            "Jingdu Citation": Look(_KT, _BODY, indent_chars=2, line=_LINE),
            "Jingdu Context": Look(_KT, _BODY, indent_chars=2, line=_LINE),
            "Jingdu Closing": Look(_FS, 14, align="left", line=_LINE, on_grid=False),
            "Jingdu Folio": Look(_ST, office.FOLIO_PT, on_grid=False),
            "Jingdu Running": Look(_ST, office.FOLIO_PT, on_grid=False),
        },
    ),
}


def set_fonts(rpr: BaseOxmlElement, east_asia: str, latin: str = LATIN) -> None:
    """All four font slots of a run's or style's properties, theme fonts dropped."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for slot, name in (("ascii", latin), ("hAnsi", latin), ("eastAsia", east_asia), ("cs", latin)):
        fonts.set(qn(f"w:{slot}"), name)


def _style(doc: DocxDocument, name: str) -> ParagraphStyle:
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.quick_style = True
    assert isinstance(style, ParagraphStyle)
    return style


def _apply(style: ParagraphStyle, look: Look, page: Page) -> None:
    font = style.font
    font.size = Pt(look.size)
    font.bold = look.bold
    font.italic = False
    font.color.rgb = RGBColor.from_string(look.color or "000000")
    set_fonts(style.element.get_or_add_rPr(), look.east_asia)
    fmt = style.paragraph_format
    fmt.alignment = _ALIGN[look.align]
    fmt.space_before, fmt.space_after = Pt(look.before), Pt(look.after)
    fmt.keep_with_next = look.keep_next or look.outline > 0
    if look.line:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(look.line)
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    ind = style.element.get_or_add_pPr().get_or_add_ind()
    if look.indent_chars:
        # In characters, so the indent follows the size; firstLine for older readers.
        ind.set(qn("w:firstLineChars"), str(look.indent_chars * 100))
        ind.set(qn("w:firstLine"), str(round(look.indent_chars * look.size * 20)))
    else:
        for attr in ("w:firstLineChars", "w:firstLine"):
            ind.attrib.pop(qn(attr), None)
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):  # the template's Title has a blue rule
        ppr.remove(old)
    if look.on_grid and page.grid and look.size == office.BODY_PT:
        # 28 characters to the line: each a little closer than its 16 pt, in whole
        # twentieths of a point, rounded down so that the 28th still fits.
        spacing = math.floor((office.CHAR_PT - look.size) * 20)
        rpr = style.element.get_or_add_rPr()
        tracking = rpr.find(qn("w:spacing"))
        if tracking is None:
            tracking = OxmlElement("w:spacing")
            rpr.insert_element_before(tracking, *_AFTER_SPACING)
        tracking.set(qn("w:val"), str(spacing))
    if not look.on_grid:
        snap = ppr.find(qn("w:snapToGrid"))
        if snap is None:
            snap = OxmlElement("w:snapToGrid")
            ppr.insert_element_before(snap, *_AFTER_SNAP)
        snap.set(qn("w:val"), "0")
    if look.outline:
        level = ppr.find(qn("w:outlineLvl"))
        if level is None:
            level = OxmlElement("w:outlineLvl")
            ppr.insert_element_before(level, *_AFTER_SNAP[-5:])
        level.set(qn("w:val"), str(look.outline - 1))


_AFTER_SPACING = (
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
    "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
    "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip
"""What follows w:spacing among a run's properties (OOXML's order)."""
_AFTER_SNAP = (
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _defaults(doc: DocxDocument, east_asia: str, size: float) -> None:
    """The document defaults: the Chinese face and zh-CN, for text outside any style,
    and the body's size, from which the grid counts its characters."""
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    set_fonts(rpr, east_asia)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.get_or_add_sz().set(qn("w:val"), str(round(size * 2)))


def _page(doc: DocxDocument, page: Page) -> None:
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(page.top_mm), Mm(page.bottom_mm)
    section.left_margin, section.right_margin = Mm(page.inside_mm), Mm(page.outside_mm)
    section.footer_distance = Mm(page.footer_mm)
    section.header_distance = Mm(12)
    settings = doc.settings.element
    if page.mirrored:
        zoom = settings.find(qn("w:zoom"))
        mirror = OxmlElement("w:mirrorMargins")
        if zoom is not None:
            zoom.addnext(mirror)
        else:
            settings.insert(0, mirror)
    if page.grid:
        # 22 lines to the page. (The characters per line come from each style's
        # spacing, not from a character grid, which LibreOffice spaces out.)
        grid = section._sectPr.find(qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            section._sectPr.append(grid)
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(office.LINE_PT * 20)))
        grid.attrib.pop(qn("w:charSpace"), None)


def prepare(doc: DocxDocument, layout: str) -> None:
    """Page, grid and styles of ``layout`` on a new document."""
    page, looks = LAYOUTS[layout]
    _page(doc, page)
    _defaults(doc, looks["Normal"].east_asia, looks["Normal"].size)
    _untheme(doc, looks["Normal"].east_asia)
    for name, look in looks.items():
        _apply(_style(doc, name), look, page)
    _fallbacks(doc)


def _untheme(doc: DocxDocument, east_asia: str) -> None:
    """The template's other styles (Heading 3, Quote, the linked character styles …)
    take theme fonts too: a user who applies one in Word should still get Chinese in
    the layout's face."""
    for fonts in doc.styles.element.iter(qn("w:rFonts")):
        if any(fonts.get(qn(attr)) for attr in _THEME_ATTRS):
            rpr = fonts.getparent()
            if rpr is not None:
                set_fonts(rpr, east_asia)


def _fallbacks(doc: DocxDocument) -> None:
    """Name the official faces in the font table with a face to use where they are
    absent (华文中宋 for 方正小标宋简体, …), as Chinese (GB2312) faces."""
    table = next(
        (r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable")), None
    )
    if table is None:
        return
    root = etree.fromstring(table.blob)
    for face in FACES.values():
        if face.word == face.alt:
            continue
        font = etree.SubElement(root, qn("w:font"), {qn("w:name"): face.word})
        etree.SubElement(font, qn("w:altName"), {qn("w:val"): face.alt})
        etree.SubElement(font, qn("w:charset"), {qn("w:val"): "86"})  # GB2312
        kind = "modern" if face is FACES["heiti"] else "roman"
        etree.SubElement(font, qn("w:family"), {qn("w:val"): kind})
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
