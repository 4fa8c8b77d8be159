"""Chinese PDFs of known content for the PDF reader's tests, typeset with reportlab.

A :class:`Source` lists the blocks a reader should find (``[^…]`` places a footnote,
``**…**`` sets a run in bold); a :class:`House` says how a publisher prints them.
:func:`typeset` lays the text out (justified, 2-em indent, no line starting with a
closing mark) and returns the PDF and what it holds, page by page.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reportlab.lib import pdfencrypt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SONG = "Fx-Song"  # the body face (WenQuanYi Micro Hei)
HEI = "Fx-Hei"  # a second face named as 黑体 is in official documents
KAI = "Fx-Kai"  # a second face named as 楷体 is, for quotations and 2nd-level headings
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
NO_START = "，。、；：？！）》”’」』…—"
NO_END = "（《“‘「『"


@functools.cache
def _register() -> None:
    pdfmetrics.registerFont(TTFont(SONG, FONT_FILE, subfontIndex=0))
    for name, face in ((HEI, b"SimHei"), (KAI, b"KaiTi_GB2312")):
        font = TTFont(name, FONT_FILE, subfontIndex=1)
        font.face.name = face  # the name the PDF carries, as a 黑体 or 楷体 file would
        pdfmetrics.registerFont(font)


@dataclass(frozen=True)
class Block:
    kind: str  # heading, body, quote, signature
    text: str
    level: int = 0


@dataclass
class Source:
    title: str
    authors: list[str]
    blocks: list[Block]
    meta_title: str = ""
    meta_author: str = ""
    print_title: bool = True


@dataclass(frozen=True)
class Style:
    size: float
    font: str = SONG
    bold: bool = False
    align: str = "left"  # left, center
    indent: float = 0.0  # ems
    before: float = 0.6  # lines of space above
    after: float = 0.3


@dataclass(frozen=True)
class House:
    name: str
    width: float = 595.0
    height: float = 842.0
    top: float = 72.0
    bottom: float = 72.0
    inner: float = 72.0
    outer: float = 72.0
    size: float = 12.0
    leading: float = 1.6
    title: Style = Style(20, bold=True, align="center", after=0.6)
    title_spaced: bool = False  # printed as "通 知": spaces between the characters
    author: Style = Style(12, font=KAI, align="center", after=1.0)
    headings: dict[int, Style] = field(default_factory=dict)
    quote: Style = Style(12, indent=2)
    folio: Callable[[int, int], str] | None = None  # (printed number, pages) -> text
    folio_at: str = "foot-center"  # foot-center, foot-outer, head-outer
    first_folio: int = 1
    first_page_folio_at: str = ""  # a different place on the first page
    heads: tuple[str, str] | None = None  # running heads (odd pages, even pages)
    note_size: float = 9.0
    marks: str = "circled"  # circled, number, bracket
    marks_restart: bool = True
    bookmarks: bool = False


@dataclass
class Expected:
    title: str
    authors: list[str]
    blocks: list[tuple[str, int, str, int]] = field(default_factory=list)  # kind, level, text, page
    markers: list[list[tuple[int, int, str]]] = field(default_factory=list)  # per block
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # label, text, page
    furniture: list[tuple[int, str]] = field(default_factory=list)  # page, text
    ends: list[int] = field(default_factory=list)  # the page each block ends on
    pages: int = 0


@dataclass
class _Tok:
    text: str
    width: float
    bold: bool = False
    note: int = -1  # a footnote mark: the note's index
    space: bool = False  # a breakable space between Latin words


@dataclass
class _Line:
    toks: list[_Tok]
    style: Style
    indent: float
    last: bool
    block: int
    height: float
    right_indent: float = 0.0


_PART = re.compile(r"\[\^([^\]]*)\]|\*\*(.*?)\*\*|([A-Za-z0-9.,%'-]+)|( )|(.)", re.S)


def _tokens(text: str, style: Style, notes: list[str], bold: bool = False) -> list[_Tok]:
    toks: list[_Tok] = []
    size = style.size
    for m in _PART.finditer(text):
        note, strong, word, space, ch = m.groups()
        if note is not None:
            notes.append(note)
            w = pdfmetrics.stringWidth("⑳", style.font, size * 0.6)
            toks.append(_Tok("", w, note=len(notes) - 1))
        elif strong is not None:
            toks += _tokens(strong, style, notes, bold=True)
        else:
            t = word or space or ch
            toks.append(
                _Tok(t, pdfmetrics.stringWidth(t, style.font, size), bold, space=bool(space))
            )
    return toks


def _break(toks: list[_Tok], width: float, first_indent: float) -> list[list[_Tok]]:
    """Greedy line breaking; a closing mark or a footnote mark never starts a line,
    an opening mark never ends one."""
    lines: list[list[_Tok]] = []
    cur: list[_Tok] = []
    used = first_indent
    for t in toks:
        if t.space and not cur:
            continue
        if cur and not t.space and used + t.width > width:
            carry: list[_Tok] = []
            first = t
            while cur and (first.note >= 0 or first.text[:1] in NO_START or cur[-1].text in NO_END):
                carry.insert(0, cur.pop())
                first = carry[0]
            if not cur:
                cur, carry = carry, []
            while cur and cur[-1].space:
                cur.pop()
            lines.append(cur)
            cur, used = carry, sum(x.width for x in carry)
        cur.append(t)
        used += t.width
    while cur and cur[-1].space:
        cur.pop()
    if cur:
        lines.append(cur)
    return lines


def _label(house: House, n: int) -> str:
    return {"circled": CIRCLED[n % 20], "bracket": f"[{n + 1}]"}.get(house.marks, str(n + 1))


class _Setter:
    def __init__(self, house: House, source: Source, encrypt: str, total: int = 0) -> None:
        _register()
        self.h, self.src, self.total, self.buf = house, source, total, io.BytesIO()
        lock = None
        if encrypt:
            user, _, owner = encrypt.partition("/")
            lock = pdfencrypt.StandardEncryption(user, owner or "owner", canCopy=0)
        self.c = canvas.Canvas(self.buf, pagesize=(house.width, house.height), encrypt=lock)
        self.text_width = house.width - house.inner - house.outer
        self.page, self.y = 1, house.height - house.top
        self.page_notes: list[int] = []
        self.notes: list[str] = []
        self.labels: dict[int, str] = {}
        self.exp = Expected(title=source.title, authors=list(source.authors))
        self.block_pages: dict[int, list[int]] = {}  # first and last page

    def left(self) -> float:
        return self.h.inner if self.page % 2 else self.h.outer

    def note_rows(self, idx: int) -> list[list[_Tok]]:
        lw = pdfmetrics.stringWidth(_label(self.h, 19) + " ", SONG, self.h.note_size)
        return _break(_tokens(self.notes[idx], Style(self.h.note_size), []), self.text_width, lw)

    def notes_height(self, ids: list[int]) -> float:
        n = sum(len(self.note_rows(i)) for i in ids)
        return (n * 1.5 + 1.2) * self.h.note_size if ids else 0.0

    def draw_line(self, ln: _Line) -> None:
        st, size = ln.style, ln.style.size
        x0 = self.left() + ln.indent * size
        avail = self.text_width - (ln.indent + ln.right_indent) * size
        parts = []
        for t in ln.toks:
            if t.note >= 0:
                if t.note not in self.labels:
                    n = len(self.page_notes) if self.h.marks_restart else len(self.labels)
                    self.labels[t.note] = _label(self.h, n)
                    self.page_notes.append(t.note)
                label = self.labels[t.note]
                parts.append((label, pdfmetrics.stringWidth(label, st.font, size * 0.6), t))
            else:
                parts.append((t.text, t.width, t))
        natural = sum(w for _, w, _ in parts)
        nchars = sum(len(s) for s, _, _ in parts)
        slack = self.text_width - natural
        x0 += {"center": slack / 2 - ln.indent * size, "right": slack}.get(st.align, 0.0)
        justify = not ln.last and st.align == "left" and nchars > 1
        spread = max(0.0, (avail - natural) / (nchars - 1)) if justify else 0.0
        tx = self.c.beginText(x0, self.y - size)
        tx.setCharSpace(spread)
        for s, _, t in parts:
            tx.setTextRenderMode(2 if st.bold or t.bold else 0)
            tx.setFont(st.font, size * 0.6 if t.note >= 0 else size)
            tx.setRise(size * 0.4 if t.note >= 0 else 0)  # a raised footnote mark
            tx.textOut(s)
        self.c.saveState()  # the render mode (bold by stroking) is graphics state: keep it here
        self.c.setLineWidth(size * 0.04)
        self.c.drawText(tx)
        self.c.restoreState()

    def finish_page(self) -> None:
        h, c = self.h, self.c
        c.setFont(SONG, h.note_size)
        if self.page_notes:
            y = h.bottom + self.notes_height(self.page_notes) - h.note_size * 0.6
            c.setLineWidth(0.5)
            c.line(self.left(), y, self.left() + self.text_width / 4, y)
            y -= h.note_size * 0.6
            for i in self.page_notes:
                label = self.labels[i]
                self.exp.notes.append((label, self.notes[i].replace("**", ""), self.page))
                for k, row in enumerate(self.note_rows(i)):
                    y -= h.note_size * 1.5
                    text = "".join(t.text for t in row)
                    c.drawString(self.left(), y, (label + " " if k == 0 else "") + text)
        number, odd = h.first_folio + self.page - 1, self.page % 2 == 1
        furniture: list[tuple[str, str]] = []
        if h.heads and self.page > 1:
            furniture.append(("head-center", h.heads[0 if odd else 1]))
        if h.folio is not None:
            where = (
                h.first_page_folio_at if self.page == 1 and h.first_page_folio_at else h.folio_at
            )
            furniture.append((where, h.folio(number, self.total)))
        c.setFont(SONG, 9)
        for where, text in furniture:
            band, pos = where.split("-")
            y = h.height - h.top / 2 if band == "head" else h.bottom / 2
            w = pdfmetrics.stringWidth(text, SONG, 9)
            x = (h.width - w) / 2 if pos == "center" else h.width - h.outer - w if odd else h.outer
            c.drawString(x, y, text)
            self.exp.furniture.append((self.page, text))
        c.showPage()
        self.page, self.page_notes, self.y = self.page + 1, [], h.height - h.top

    def room(self, height: float, ids: list[int]) -> bool:
        return self.y - height >= self.h.bottom + self.notes_height(self.page_notes + ids)

    def place(self, lines: list[_Line], keep: int = 0) -> None:
        for i, ln in enumerate(lines):
            ids = [t.note for t in ln.toks if t.note >= 0 and t.note not in self.labels]
            need = ln.height * (1 + (keep if i == len(lines) - 1 else 0))
            if not self.room(need, ids):
                self.finish_page()
            self.block_pages.setdefault(ln.block, [self.page, 0])[1] = self.page
            if self.h.bookmarks and i == 0 and self.src.blocks[ln.block].kind == "heading":
                key = f"b{ln.block}"
                self.c.bookmarkPage(key, fit="XYZ", top=self.y)
                heading = self.src.blocks[ln.block]
                self.c.addOutlineEntry(heading.text, key, heading.level - 1)
            self.draw_line(ln)
            self.y -= ln.height

    def lines_of(
        self, text: str, st: Style, block: int, first_indent: float, right: float = 0.0
    ) -> list[_Line]:
        toks = _tokens(text, st, self.notes)
        avail = self.text_width - right * st.size
        rows = _break(toks, avail - st.indent * st.size, first_indent * st.size)
        height, n = st.size * self.h.leading, len(rows)
        first = [first_indent] + [0] * (n - 1)
        return [
            _Line(r, st, st.indent + f, k == n - 1, block, height, right)
            for k, (r, f) in enumerate(zip(rows, first, strict=True))
        ]

    def run(self) -> tuple[bytes, Expected]:
        h, src = self.h, self.src
        if src.print_title:
            title = " ".join(src.title) if h.title_spaced else src.title
            self.y -= h.title.size * 0.5
            self.place(self.lines_of(title, h.title, -1, 0))
            self.y -= h.title.size * h.title.after
            if src.authors:
                self.place(self.lines_of("　".join(src.authors), h.author, -2, 0))
                self.y -= h.author.size * h.author.after
        body = Style(h.size)
        for i, b in enumerate(src.blocks):
            if b.kind == "heading":
                st = h.headings[b.level]
                self.y -= st.before * st.size * h.leading
                self.place(self.lines_of(b.text, st, i, 0), keep=2)
                self.y -= st.after * st.size * h.leading
            elif b.kind == "quote":
                self.place(self.lines_of(b.text, h.quote, i, 2, right=h.quote.indent))
            elif b.kind == "signature":
                self.place(self.lines_of(b.text, replace(body, align="right"), i, 0))
            else:
                self.place(self.lines_of(b.text, body, i, 2))
        self.finish_page()
        self.c.setTitle(src.meta_title)
        self.c.setAuthor(src.meta_author)
        self.c.save()
        self.expect()
        return self.buf.getvalue(), self.exp

    def expect(self) -> None:
        count = 0
        for i, b in enumerate(self.src.blocks):
            text, markers = "", []
            for m in _PART.finditer(b.text):
                if m.group(1) is not None:
                    label = self.labels[count]
                    markers.append((len(text), len(text) + len(label), label.strip("[]")))
                    text += label
                    count += 1
                else:
                    text += m.group(2) if m.group(2) is not None else m.group(0)
            self.exp.blocks.append((b.kind, b.level, text, self.block_pages[i][0]))
            self.exp.ends.append(self.block_pages[i][1])
            self.exp.markers.append(markers)
        self.exp.notes = [(label.strip("[]"), t, p) for label, t, p in self.exp.notes]
        self.exp.pages = self.page - 1


def typeset(source: Source, house: House, encrypt: str = "") -> tuple[bytes, Expected]:
    """The PDF of ``source`` printed in ``house`` style, and what it holds."""
    pages = _Setter(house, source, "").run()[1].pages  # for folios that print the total
    return _Setter(house, source, encrypt, house.first_folio + pages - 1).run()


# Known content -----------------------------------------------------------------

POLICY = [
    "党的二十大以来，各地区各部门认真贯彻落实党中央、国务院决策部署，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，科技创新能力持续提升，产业体系加快优化升级，发展新质生产力取得积极进展。同时也要看到，一些地方仍然存在认识不够到位、创新投入不足、要素配置不够合理、体制机制障碍较多等问题，需要在实践中切实加以解决。为加快发展新质生产力、推动高质量发展，经国务院同意，现提出如下意见。",
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，立足新发展阶段，以科技创新引领产业创新，以深化改革激发创新活力，以扩大开放拓展发展空间，因地制宜发展新质生产力，加快建设现代化产业体系，为以中国式现代化全面推进强国建设、民族复兴伟业提供坚实的物质技术基础。",
    "到2027年，科技创新对经济增长的贡献明显提高，战略性新兴产业增加值占国内生产总值比重超过15%，关键核心技术攻关取得重大突破，创新型企业梯队更加壮大，高水平人才队伍不断扩大，有利于新质生产力发展的体制机制基本建立。到2035年，新质生产力成为推动高质量发展的主要力量，现代化产业体系基本建成，我国进入创新型国家前列。",
    "各地区各部门要把发展新质生产力摆在突出位置，主要负责同志要亲自研究、亲自部署、亲自推动，结合本地区本部门实际制定具体实施方案，明确任务分工和进度安排，层层压实责任。要建立健全工作协调机制，加强统筹协调和跟踪督促，及时研究解决工作推进中遇到的重大问题，重要情况及时向党中央、国务院报告。",
    "加大财政资金对基础研究和关键核心技术攻关的支持力度，引导金融机构创新产品和服务，发展科技金融、绿色金融、普惠金融、养老金融、数字金融，为科技型企业提供全生命周期的金融服务。优化土地、能源等要素配置，对符合条件的重大项目给予优先保障，推动各类要素向发展新质生产力集聚。",
    "强化企业科技创新主体地位，支持领军企业牵头组建创新联合体，承担国家重大科技项目，推动产学研深度融合。完善科技成果转化激励政策，赋予科研人员职务科技成果所有权或者长期使用权，畅通科技成果向现实生产力转化的通道，让更多科技成果从实验室走向生产线。",
    "推动传统产业高端化、智能化、绿色化改造，实施制造业数字化转型行动，加快工业互联网规模化应用，培育一批智能工厂和数字化车间。积极培育新兴产业和未来产业，在新一代信息技术、人工智能、生物技术、新能源、新材料、高端装备等领域打造一批具有国际竞争力的产业集群。",
    "深化教育科技人才体制机制一体改革，完善人才培养、引进、使用、合理流动的工作机制，健全以创新能力、质量、实效、贡献为导向的人才评价体系，为各类人才搭建干事创业的平台，营造尊重劳动、尊重知识、尊重人才、尊重创造的良好氛围，形成人人渴望成才、人人努力成才、人人皆可成才、人人尽展其才的生动局面。",
]
REFRAIN = "坚持以人民为中心的发展思想。"


def policy(refrain: bool = False) -> Source:
    """An official notice (通知/意见): numbered headings, run-in bold items, a signature."""
    p = POLICY
    extra = [Block("body", REFRAIN)] if refrain else []
    blocks = [
        Block("body", p[0]), Block("heading", "一、总体要求", 1),
        Block("heading", "（一）指导思想", 2), Block("body", p[1]), Block("body", MORE[1]), *extra,
        Block("heading", "（二）主要目标", 2), Block("body", p[2]),
        *([Block("body", "2035")] if refrain else []),
        Block("heading", "二、重点任务", 1), Block("heading", "（一）强化企业创新主体地位", 2),
        Block("body", p[5]), *extra, Block("body", p[6]),
        Block("heading", "（二）健全人才发展体制机制", 2), Block("body", p[7]), *extra,
        Block("heading", "三、保障措施", 1),
        Block("body", "**1. 加强组织领导。**" + p[3]), Block("body", "**2. 强化要素保障。**" + p[4]),
        Block("signature", "国务院办公厅"), Block("signature", "2024年3月1日"),
    ]  # fmt: skip
    return Source("国务院办公厅关于加快发展新质生产力推动高质量发展的指导意见", [], blocks)


ARTICLE = [
    "习近平总书记指出，发展新质生产力是推动高质量发展的内在要求和重要着力点。[^习近平：《发展新质生产力是推动高质量发展的内在要求和重要着力点》，《求是》2024年第11期。]这一重大论断深刻回答了什么是新质生产力、为什么要发展新质生产力、怎样发展新质生产力等一系列重大理论和实践问题，为新时代新征程推动高质量发展提供了根本遵循。深入理解其中蕴含的世界观和方法论，对于在实践中更好地把握发展规律、推动生产力跃升具有重要意义。",
    "马克思在《资本论》中考察了劳动资料的发展如何改变生产方式，英文文献常把这一思想概括为“the development of productive forces”。[^马克思：《资本论》第1卷，人民出版社2004年版，第210页。]生产力是人类改造自然、利用自然的能力，是推动社会进步最活跃、最革命的因素。新质生产力以劳动者、劳动资料、劳动对象及其优化组合的跃升为基本内涵，以全要素生产率大幅提升为核心标志，体现了生产力发展的新的历史阶段。",
    "从理论渊源看，新质生产力理论继承了马克思主义生产力理论的基本原理，又结合新的时代条件作出了原创性贡献。它把科技创新放在生产力发展的核心位置，强调创新起主导作用，摆脱传统经济增长方式和生产力发展路径，具有高科技、高效能、高质量特征，是符合新发展理念的先进生产力质态。",
    "我们要深刻认识到，必须坚持科技是第一生产力、人才是第一资源、创新是第一动力，深入实施科教兴国战略、人才强国战略、创新驱动发展战略，开辟发展新领域新赛道，不断塑造发展新动能新优势。",
    "从实践要求看，发展新质生产力必须处理好继承与创新、政府与市场、当前与长远的关系。[^参见《中共中央关于进一步全面深化改革、推进中国式现代化的决定》，人民出版社2024年版，第12页。]既要防止一哄而上、泡沫化，也不要搞一种模式；既要发挥市场在资源配置中的决定性作用，又要更好发挥政府作用；既要立足当前、扎实做好传统产业改造升级，又要着眼长远、前瞻布局未来产业。",
    "劳动者是生产力中最活跃的因素。新质生产力需要能够创造新质生产力的战略人才和能够熟练掌握新质生产资料的应用型人才，这就要求按照发展新质生产力的要求畅通教育、科技、人才的良性循环，完善人才培养、引进、使用、合理流动的工作机制。",
    "劳动资料特别是生产工具的变革，是生产力发展的重要标志。[^恩格斯：《反杜林论》，人民出版社2018年版，第176页。]以人工智能、大数据、云计算为代表的新一代信息技术正在深刻改变生产工具的形态，数据成为新的生产要素，智能化生产工具使劳动资料的功能得到前所未有的拓展。",
    "坚持系统观念是发展新质生产力的重要方法。新质生产力的形成和发展涉及科技、产业、人才、制度等多个方面，必须前瞻性思考、全局性谋划、整体性推进，统筹推进科技创新和产业创新，统筹推进教育科技人才体制机制一体改革，形成推动新质生产力发展的强大合力。[^习近平：《在中央经济工作会议上的讲话》，《求是》2025年第1期。]",
    "因地制宜是发展新质生产力的基本遵循。各地资源禀赋、产业基础、科研条件各不相同，发展新质生产力不能一哄而上、齐步走，而要从实际出发，先立后破、因地制宜、分类指导，根据本地的资源禀赋、产业基础、科研条件等，有选择地推动新产业、新模式、新动能发展，用新技术改造提升传统产业，积极促进产业高端化、智能化、绿色化。",
    "总之，新质生产力理论是马克思主义生产力理论中国化时代化的最新成果，蕴含着深刻的世界观和方法论。只有坚持守正创新，把握好发展规律，才能在激烈的国际竞争中赢得战略主动，为全面建设社会主义现代化国家提供坚实的物质技术基础。",
]

MORE = [
    "发展新质生产力，必须进一步全面深化改革，形成与之相适应的新型生产关系。要着力打通束缚新质生产力发展的堵点卡点，建立高标准市场体系，创新生产要素配置方式，让各类先进优质生产要素向发展新质生产力顺畅流动。[^《中共中央关于进一步全面深化改革、推进中国式现代化的决定》，人民出版社2024年版，第8页。]同时，要扩大高水平对外开放，为发展新质生产力营造良好国际环境。",
    "绿色发展是高质量发展的底色，新质生产力本身就是绿色生产力。必须加快发展方式绿色转型，助力碳达峰碳中和，牢固树立和践行绿水青山就是金山银山的理念，坚定不移走生态优先、绿色发展之路，加快绿色科技创新和先进绿色技术推广应用，做强绿色制造业，发展绿色服务业，壮大绿色能源产业。",
    "从国际比较看，主要发达经济体都把科技创新作为国家竞争的核心，纷纷出台战略规划，加大研发投入，抢占科技和产业竞争制高点。[^参见世界知识产权组织：《2024年全球创新指数报告》，2024年9月。]我国科技事业虽然取得了历史性成就，但原始创新能力还不强，关键核心技术受制于人的局面尚未根本改变，必须以更大的决心和力度推进高水平科技自立自强。",
    "数字经济是发展新质生产力的重要引擎。要促进数字经济和实体经济深度融合，加快推进产业数字化和数字产业化，建设全国一体化算力网，完善数据要素市场制度规则，推动数据资源开发利用，[^国家数据局等：《“数据要素×”三年行动计划（2024—2026年）》，2023年12月。]更好发挥数据要素的乘数效应，以数字化转型驱动生产方式、生活方式和治理方式变革。",
    "人才是第一资源。要根据科技发展新趋势，优化高等学校学科设置、人才培养模式，为发展新质生产力、推动高质量发展培养急需人才。要健全要素参与收入分配机制，激发劳动、知识、技术、管理、资本和数据等生产要素活力，更好体现知识、技术、人才的市场价值，营造鼓励创新、宽容失败的良好氛围。",
    "实践没有止境，理论创新也没有止境。新质生产力理论是在实践中形成并在实践中不断丰富发展的科学理论，只有把它放到新时代中国特色社会主义伟大实践中去理解，才能真正把握其精神实质和丰富内涵。[^习近平：《在庆祝中国共产党成立100周年大会上的讲话》，人民出版社2021年版，第13页。]",
]


def article(depth: int = 2, numbered: bool = True, long: bool = False) -> Source:
    """A journal article: headings to ``depth`` levels, a quotation, footnotes, Latin words."""
    a = ARTICLE
    names = {
        1: ("一、新质生产力的理论意蕴", "问题的提出"), 2: ("（一）生产力理论的继承与发展", "理论渊源"),
        3: ("1. 劳动者素质的跃升", "劳动者"), 4: ("（1）劳动资料的变革", "劳动资料"),
        5: ("二、发展新质生产力的方法论要求", "方法论要求"), 6: ("（一）坚持系统观念", "系统观念"),
        7: ("（二）坚持因地制宜", "因地制宜"),
    }  # fmt: skip

    def h(key: int, level: int) -> list[Block]:
        if level > depth:
            return []
        return [Block("heading", names[key][0 if numbered else 1], level)]

    blocks = [
        *h(1, 1), Block("body", a[0]), Block("body", a[1]),
        *h(2, 2), Block("body", a[2]), Block("quote", a[3]), Block("body", a[4]),
        *h(3, 3), Block("body", a[5]),
        *h(4, 4), Block("body", a[6]),
        *h(5, 1), *h(6, 2), Block("body", a[7]),
        *h(7, 2), Block("body", a[8]), Block("body", a[9]),
    ]  # fmt: skip
    if long:
        blocks += [Block("heading", "三、发展新质生产力的实践路径" if numbered else "实践路径", 1)]
        blocks += [Block("body", t) for t in MORE[:3] + POLICY[4:8] + MORE[3:]]
    return Source("论新质生产力的世界观和方法论意蕴", ["王小明", "李华"], blocks)


# House styles ------------------------------------------------------------------


# fmt: off
OFFICIAL = House(
    "official", top=105, bottom=99, inner=79, outer=74, size=16, leading=1.8,
    title=Style(22, font=HEI, align="center", after=1.2),
    headings={1: Style(16, font=HEI, before=0, after=0), 2: Style(16, font=KAI, before=0, after=0)},
    folio=lambda n, pages: f"— {n} —",
)
"""(a) 公文: 三号 body, 黑体 and 楷体 headings at body size, ``— N —`` centred at the foot."""

JOURNAL = House(
    "journal", width=522, height=737, top=70, bottom=62, inner=62, outer=52, size=10.5,
    leading=1.75, title=Style(18, bold=True, align="center", after=0.8),
    author=Style(12, font=KAI, align="center", after=1.5),
    headings={1: Style(12, font=HEI, align="center"), 2: Style(10.5, bold=True, indent=2)},
    quote=Style(10.5, font=KAI, indent=2),
    folio=lambda n, pages: str(n), folio_at="head-outer", first_folio=45,
    first_page_folio_at="foot-center",
    heads=("中国社会科学 2024年第3期", "论新质生产力的世界观和方法论意蕴"),
    note_size=8, marks="circled",
)
"""(b) a journal: alternating running heads, folio at the outer corner of the head
(at the foot on the first page), page numbers from 45, ① notes restarting per page."""

BOOK = House(
    "book", width=516, height=729, top=66, bottom=70, inner=70, outer=50, size=12, leading=1.7,
    title=Style(20, bold=True, align="center", after=1.0), title_spaced=True,
    headings={
        1: Style(16, bold=True, align="center", before=0.8, after=0.4),
        2: Style(14, bold=True),
        3: Style(12, bold=True, indent=2),
        4: Style(12, bold=True, indent=2, before=0.2, after=0.1),
    },
    folio=lambda n, pages: f"第{n}页", note_size=9, marks="number", marks_restart=False,
)
"""(c) a book: mirrored margins, bold heading ladder 一、（一）1.（1）, ``第N页``, the
title set with spaces between its characters, numbered notes."""

OUTLINED = House(
    "outlined", size=11, leading=1.7,
    headings={k: Style(11, bold=True, before=0.5, after=0.2) for k in (1, 2, 3)},
    folio=lambda n, pages: f"{n} / {pages}", folio_at="foot-outer", note_size=8,
    marks="bracket", bookmarks=True,
)
"""(d) headings that differ only by bold type, with their levels in the bookmarks;
``N / M`` folios at the outer corner of the foot; [1] notes; no printed title."""
# fmt: on
