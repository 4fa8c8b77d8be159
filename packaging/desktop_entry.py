"""The desktop's view of Jingdu: its desktop entry and its AppStream metainfo, both in
Chinese and English, made from what the application declares rather than kept by hand:
the MIME types from the importer's format table (`jingdu.importing.formats.FORMATS`),
the version from `jingdu.__version__`, the releases from CHANGELOG.md."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from jingdu import APP_ID, HOMEPAGE, __version__
from jingdu.importing.formats import FORMATS

REPO = Path(__file__).resolve().parents[1]
CHANGELOG = REPO / "CHANGELOG.md"

NAME = {"en": "Jingdu", "zh_CN": "精读"}
GENERIC = {"en": "Close reading", "zh_CN": "文献精读"}
SUMMARY = {
    "en": "Read, search and annotate Chinese policy and theory texts offline",
    "zh_CN": "离线阅读、检索、批注中文政策理论文献",
}
KEYWORDS = {
    "en": ["reading", "annotation", "highlight", "search", "Chinese", "policy", "PDF"],
    "zh_CN": ["精读", "阅读", "批注", "标注", "检索", "政策", "理论学习", "学习简报"],
}
# One main category (more would list Jingdu twice in a menu): Office, where a reader of
# documents is looked for, with Viewer (a document viewer, which the spec puts there).
CATEGORIES = ["Office", "Viewer"]
DESCRIPTION = {
    "en": [
        "Jingdu is a desk for the close reading of Chinese policy and theory texts, "
        "made for a graduate student or a cadre preparing a study session, with no network.",
        "It cleans PDF extractions, Word files, web pages, EPUB, Markdown and plain text "
        "into documents that read as their authors wrote them, with an outline; searches "
        "the whole library exactly; keeps highlights, tags and notes; and prints a "
        "briefing note (学习简报) from them.",
    ],
    "zh_CN": [
        "精读是一个离线的中文政策理论文献精读工具，为准备集体学习的研究生和干部而做，无需联网。",
        "它把 PDF 提取文本、Word、网页、EPUB、Markdown 和纯文本整理成干净、带大纲的文档；"
        "在整个文库中精确检索；保存高亮、标签和笔记；并据此生成学习简报。",
    ],
}
SCREENSHOTS = [
    ("reader.png", "The library, the reader and the outline", "文库、阅读区和大纲"),
    ("search.png", "Search results beside the reader", "阅读区旁的检索结果"),
    (
        "notes.png",
        "Highlights in the text and the document's annotations",
        "正文中的高亮与本文批注",
    ),
]


def mime_types() -> list[str]:
    """Every MIME type of every format Jingdu imports, in the table's order."""
    return list(dict.fromkeys(m for f in FORMATS for m in f.mime))


def desktop_entry() -> str:
    """The ``.desktop`` file: "Open with 精读" for every format the importer reads."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        *_localised("Name", NAME),
        *_localised("GenericName", GENERIC),
        *_localised("Comment", SUMMARY),
        *_localised("Keywords", {k: ";".join(v) + ";" for k, v in KEYWORDS.items()}),
        # One file, imported if it is new and opened (`jingdu FILE`).
        "Exec=jingdu %f",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=" + ";".join(CATEGORIES) + ";",
        "MimeType=" + ";".join(mime_types()) + ";",
        "StartupNotify=true",
        "StartupWMClass=jingdu",
    ]
    return "\n".join(lines) + "\n"


def _localised(key: str, values: dict[str, str]) -> list[str]:
    return [f"{key}={values['en']}"] + [
        f"{key}[{lang}]={text}" for lang, text in values.items() if lang != "en"
    ]


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    changes: list[str]


def releases(changelog: Path = CHANGELOG) -> list[Release]:
    """CHANGELOG.md's entries, newest first.

    Raises:
        ValueError: the newest entry does not name ``jingdu.__version__``.
    """
    found: list[Release] = []
    for m in re.finditer(
        r"^## \[(?P<v>[^\]]+)\] - (?P<d>\d{4}-\d{2}-\d{2})\n(?P<body>.*?)(?=^## |\Z)",
        changelog.read_text(encoding="utf-8"),
        re.M | re.S,
    ):
        items = re.findall(r"^- (.+)$", m.group("body"), re.M)
        found.append(Release(m.group("v"), m.group("d"), [i.replace("`", "") for i in items]))
    if not found or found[0].version != __version__:
        newest = found[0].version if found else "nothing"
        raise ValueError(f"CHANGELOG.md's newest entry is {newest}, the version {__version__}")
    return found


def metainfo() -> str:
    """The AppStream metainfo: names, summaries and description in both languages,
    screenshots, releases, the content rating and what the component provides."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<component type="desktop-application">',
        f"  <id>{APP_ID}</id>",
        "  <metadata_license>CC0-1.0</metadata_license>",
        "  <project_license>MIT</project_license>",
        *_tagged("name", NAME, 2),
        *_tagged("summary", {k: v for k, v in SUMMARY.items()}, 2),
        "  <description>",
        *(line for lang, ps in DESCRIPTION.items() for line in _paragraphs(ps, lang)),
        "  </description>",
        f'  <launchable type="desktop-id">{APP_ID}.desktop</launchable>',
        f'  <url type="homepage">{escape(HOMEPAGE)}</url>',
        f'  <url type="bugtracker">{escape(HOMEPAGE)}/issues</url>',
        "  <developer_name>Jingdu</developer_name>",
        "  <categories>",
        *(f"    <category>{c}</category>" for c in CATEGORIES),
        "  </categories>",
        "  <keywords>",
        *(
            f"    <keyword{_lang(lang)}>{escape(word)}</keyword>"
            for lang, words in KEYWORDS.items()
            for word in words
        ),
        "  </keywords>",
        "  <screenshots>",
    ]
    for n, (file, english, chinese) in enumerate(SCREENSHOTS):
        out += [
            "    <screenshot" + (' type="default"' if n == 0 else "") + ">",
            *_tagged("caption", {"en": english, "zh_CN": chinese}, 6),
            f"      <image>{escape(HOMEPAGE)}/raw/main/docs/{file}</image>",
            "    </screenshot>",
        ]
    out += ["  </screenshots>", "  <releases>"]
    for r in releases():
        out += [
            f'    <release version="{r.version}" date="{r.date}">',
            "      <description>",
            "        <ul>",
            *(f"          <li>{escape(c)}</li>" for c in r.changes),
            "        </ul>",
            "      </description>",
            "    </release>",
        ]
    out += [
        "  </releases>",
        # No violence, no in-app purchases, no network: every OARS question is "none".
        '  <content_rating type="oars-1.1"/>',
        "  <provides>",
        "    <binary>jingdu</binary>",
        *(f"    <mediatype>{m}</mediatype>" for m in mime_types()),
        "  </provides>",
        "</component>",
    ]
    return "\n".join(out) + "\n"


def _lang(lang: str) -> str:
    return "" if lang == "en" else f" xml:lang={quoteattr(lang)}"


def _tagged(tag: str, values: dict[str, str], indent: int) -> list[str]:
    pad = " " * indent
    return [f"{pad}<{tag}{_lang(lang)}>{escape(text)}</{tag}>" for lang, text in values.items()]


def _paragraphs(paragraphs: list[str], lang: str) -> list[str]:
    return [f"    <p{_lang(lang)}>{escape(p)}</p>" for p in paragraphs]
