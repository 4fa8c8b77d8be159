"""The formats Jingdu imports: one table from file type to reader.

A new format is one :class:`Format` row here and one reader module. The type
comes from the file's content where it can be told (a PDF's ``%PDF-``, a zip
holding ``word/document.xml`` or an EPUB's ``mimetype``), so a Word file named
``.txt`` is read as Word and a zip named ``.docx`` that is not one is refused
by name; the suffix decides only for text formats, which have no signature.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from jingdu.corpus import cleaner
from jingdu.corpus.decode import decode_bytes
from jingdu.corpus.document import Document
from jingdu.errors import SourceError
from jingdu.files import read_regular
from jingdu.importing.assemble import to_document
from jingdu.importing.structured import Structured
from jingdu.progress import Progress

Reader = Callable[[bytes, str, "Progress | None"], Structured]

MiB = 1024 * 1024


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    """How the import dialog and messages name it."""
    suffixes: tuple[str, ...]
    mime: tuple[str, ...]
    """For the desktop entry's MimeType= (open with 精读)."""
    reader_version: int
    """Bumped when the reader changes what it makes: stored documents are read again
    (0 for plain text, whose version is the cleaner's)."""
    max_bytes: int
    load: Callable[[], Reader] | None
    """Imports the reader when first needed (PDF and Word libraries are large)."""

    @property
    def version(self) -> int:
        """The version of what this format's reader makes, stored with the documents."""
        return self.reader_version or cleaner.CLEANER_VERSION


def _pdf() -> Reader:
    from jingdu.importing import pdf

    return pdf.read


def _docx() -> Reader:
    from jingdu.importing import docx

    return docx.read


def _html() -> Reader:
    from jingdu.importing import html

    return html.read


def _epub() -> Reader:
    from jingdu.importing import epub

    return epub.read


def _markdown() -> Reader:
    from jingdu.importing import markdown

    return markdown.read


TEXT = Format("text", "Text", (".txt", ".text"), ("text/plain",), 0, 32 * MiB, None)
FORMATS: tuple[Format, ...] = (
    Format("pdf", "PDF", (".pdf",), ("application/pdf",), 2, 200 * MiB, _pdf),
    Format(
        "docx",
        "Word",
        (".docx",),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
        2,
        100 * MiB,
        _docx,
    ),
    Format("epub", "EPUB", (".epub",), ("application/epub+zip",), 2, 100 * MiB, _epub),
    Format(
        "html",
        "HTML",
        (".html", ".htm", ".xhtml", ".shtml"),
        ("text/html", "application/xhtml+xml"),
        2,
        32 * MiB,
        _html,
    ),
    Format(
        "markdown", "Markdown", (".md", ".markdown"), ("text/markdown",), 2, 32 * MiB, _markdown
    ),
    TEXT,
)
BY_NAME = {f.name: f for f in FORMATS}
SUFFIXES = tuple(s for f in FORMATS for s in f.suffixes)
MAX_BYTES = max(f.max_bytes for f in FORMATS)


def sniff(data: bytes) -> str | None:
    """The format a file's content declares, or None (text formats declare nothing)."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-") or b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"  # a password-protected .docx, or an old .doc
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "badzip"
        if "word/document.xml" in names:
            return "docx"
        # An EPUB zipped with its folder around it (epub/META-INF/…), as some
        # publishers ship them, is still an EPUB.
        if any(n == "mimetype" or n.endswith(("META-INF/container.xml", ".opf")) for n in names):
            return "epub"
        return "zip"
    lowered = head.lower().lstrip()
    if lowered.startswith(b"\xef\xbb\xbf"):
        lowered = lowered[3:].lstrip()
    if lowered.startswith((b"<!doctype html", b"<html")) or (
        lowered.startswith(b"<?xml") and b"<html" in data[:4096].lower()
    ):
        return "html"
    return None


def detect(data: bytes, name: str) -> Format:
    """The format of a file's ``data`` (``name`` for its suffix).

    Raises:
        SourceError: the content contradicts the suffix in a way Jingdu cannot read
            (a zip that is neither Word nor EPUB), or the type is not one Jingdu reads.
    """
    suffix = PurePath(name).suffix.lower()
    by_suffix = next((f for f in FORMATS if suffix in f.suffixes), None)
    found = sniff(data)
    if found == "ole":
        raise SourceError(
            f"{name}: a password-protected Word file or an old .doc; open it in Word or WPS "
            f"and save it as an unprotected .docx",
            "encrypted",
        )
    if found == "badzip":
        raise SourceError(f"{name}: a damaged or truncated zip archive", "damaged")
    if found == "zip":
        what = by_suffix.label if by_suffix is not None else "a supported document"
        raise SourceError(
            f"{name}: a zip archive, but not {what} (no Word or EPUB content inside)",
            "unsupported",
        )
    if found is not None:
        return BY_NAME[found]
    if by_suffix is not None and by_suffix.name in ("pdf", "docx", "epub"):
        raise SourceError(
            f"{name}: not a valid {by_suffix.label} file (damaged or another format)", "damaged"
        )
    return by_suffix or TEXT


def _within_limit(fmt: Format, data: bytes, name: str) -> Format:
    if len(data) > fmt.max_bytes:
        raise SourceError(
            f"{name}: {len(data) // MiB} MiB; Jingdu imports {fmt.label} files "
            f"up to {fmt.max_bytes // MiB} MiB",
            "too_large",
        )
    return fmt


def read_documents(
    data: bytes, name: str, stem: str, sha: str, progress: Progress | None = None
) -> tuple[Format, list[Document]]:
    """The documents in a file: a structured format's one document, or the plain-text
    cleaner's (one, or the pieces of a compilation)."""
    fmt = _within_limit(detect(data, name), data, name)
    if fmt.load is None:
        decoded = decode_bytes(data, name)
        return fmt, cleaner.clean_source(decoded.text, name, sha, stem=stem)
    structured = fmt.load()(data, name, progress)
    if not any(b.text.strip() for b in structured.blocks):
        raise SourceError(f"{name}: no text found in this {fmt.label} file", "empty")
    return fmt, [to_document(structured, stem, name, sha, fmt.version)]


def check_openable(path: Path) -> Format:
    """The format of the file at ``path``, checked as far as is quick, before a window
    opens for it (``jingdu FILE``): it is a regular file of a type Jingdu reads, not too
    large, and plain text decodes. A PDF or Word file is read through only on import,
    whose summary says what is wrong with a damaged one.

    Raises:
        SourceError: missing, a folder, a device, too large, binary, or not a format
            Jingdu reads (``reason`` says which).
    """
    data = read_regular(path, MAX_BYTES, "document")
    fmt = _within_limit(detect(data, str(path)), data, str(path))
    if not data.strip():
        raise SourceError(f"{path}: the file is empty", "empty")
    if fmt.name in ("text", "markdown"):
        decode_bytes(data, str(path))  # binary, or no encoding reads it
    return fmt
