"""The briefing-note formats, one table: a file suffix and the writer that makes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jingdu.export import fonts, jsondata, markdown, official_fonts, pdf, pdf_official, word
from jingdu.export.model import Briefing, ExportError
from jingdu.export.result import Exported
from jingdu.progress import Progress


@dataclass(frozen=True)
class Writer:
    suffix: str
    label: str
    write: Callable[[Briefing, str | None, Progress | None], tuple[bytes | str, Exported]]


def _pdf(b: Briefing, font: str | None, progress: Progress | None) -> tuple[bytes, Exported]:
    chosen = fonts.find(font)
    if b.layout == "official":
        faces = official_fonts.find(chosen)
        data, missing = pdf_official.render_with_missing(b, faces, progress)
    else:
        data, missing = pdf.render_with_missing(b, chosen, progress)
    return data, Exported(b, chosen.warning, missing)


def _word(b: Briefing, _font: str | None, progress: Progress | None) -> tuple[bytes, Exported]:
    return word.render(b, progress), Exported(b)


def _markdown(b: Briefing, _font: str | None, _p: Progress | None) -> tuple[str, Exported]:
    return markdown.render(b), Exported(b)


def _json(b: Briefing, _font: str | None, _p: Progress | None) -> tuple[str, Exported]:
    return jsondata.render(b), Exported(b)


WRITERS: tuple[Writer, ...] = (
    Writer(".pdf", "PDF", _pdf),
    Writer(".docx", "Word", _word),
    Writer(".md", "Markdown", _markdown),
    Writer(".json", "JSON", _json),
)
BY_SUFFIX = {w.suffix: w for w in WRITERS}


def writer_for(path: Path) -> Writer:
    found = BY_SUFFIX.get(path.suffix.lower())
    if found is None:
        names = [w.suffix for w in WRITERS]
        listed = ", ".join(names[:-1]) + " or " + names[-1]
        raise ExportError(f"{path.name}: export writes {listed} files")
    return found


def render(
    suffix: str, b: Briefing, font: str | None = None, progress: Progress | None = None
) -> tuple[bytes | str, Exported]:
    """The briefing in the format of ``suffix`` (".pdf"), and what to warn of."""
    return BY_SUFFIX[suffix].write(b, font, progress)
