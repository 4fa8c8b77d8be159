"""Turning the bytes of a source file into text, or a clear refusal."""

from __future__ import annotations

import codecs
import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from jingdu.errors import SourceError, UserError
from jingdu.files import read_regular
from jingdu.paths import resources_dir

MAX_SOURCE_BYTES = 32 * 1024 * 1024
"""Larger files are refused: no article or booklet comes near this as plain text."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    sha256: str
    raw: bytes = field(default=b"", repr=False)
    """The bytes decoded: the copy kept in the data folder is exactly what was read."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode a source file's bytes.

    The encoding is read from a byte-order mark, else UTF-8 when the bytes are
    valid UTF-8, else the candidate (GB 18030, Big5, UTF-16 without a mark…)
    whose text is most plainly Chinese: the share of its Han characters that are
    among the 4,000 commonest, after folding traditional to simplified. Mojibake
    is made of rare characters, so when even the best candidate is not plain
    Chinese the file is refused rather than imported garbled.

    Raises:
        SourceError: the file is empty, too large, binary, or in no encoding
            that yields readable Chinese text.
    """
    digest = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(
            f"{name}: file is {len(data) // (1024 * 1024)} MiB; Jingdu reads text files "
            f"up to {MAX_SOURCE_BYTES // (1024 * 1024)} MiB",
            "too_large",
        )
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"{name}: declares {enc} but is not valid {enc}", "encoding"
                ) from exc
            return _checked(text, enc, digest, name, data)
    utf16 = _utf16_without_mark(data)
    if utf16 is not None:
        return _checked(data.decode(utf16), utf16, digest, name, data)
    if _looks_binary(data):
        raise SourceError(f"{name}: this is a binary file, not plain text", "binary")
    try:
        return _checked(data.decode("utf-8"), "utf-8", digest, name, data)
    except UnicodeDecodeError:
        pass
    best = _best_chinese(data)
    if best is not None:
        return _checked(best[1], best[0], digest, name, data)
    raise SourceError(
        f"{name}: not UTF-8, and no Chinese encoding (GB 18030, Big5, UTF-16) gives "
        f"readable text; save it as UTF-8 and import it again",
        "encoding",
    )


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by its zero bytes and its text.

    Zero bytes never occur in UTF-8 or the Chinese code pages' text, but do in
    UTF-16: one byte of every ASCII character (line ends, spaces, digits), and
    some Han characters (一 is 00 4E). The byte order whose decoding is plain
    Chinese wins; a Latin text is told by its zeros all falling on one side.
    """
    sample = data[:8192]
    if len(data) % 2 or 0 not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for enc, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= len(sample) // 8 and others == 0:  # mostly Latin text
            try:
                if _mostly_readable(data.decode(enc)):
                    return enc
            except UnicodeDecodeError:
                pass
    scored = []
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _mostly_readable(text):
            scored.append((_plainness(text), enc, text))
    if not scored:
        return None
    score, enc, text = max(scored)
    if score >= _PLAIN_ENOUGH and _han_count(text) >= _FEW_HAN // 4:
        return enc
    return None


_CANDIDATES = ("gb18030", "big5", "utf-16-le", "utf-16-be")
_PLAIN_ENOUGH = 0.85
"""Share of common characters a decoding needs to count as Chinese text (ordinary
prose scores above 0.97; mojibake of the wrong encoding scores far below 0.5)."""
_FEW_HAN = 20


def _best_chinese(data: bytes) -> tuple[str, str] | None:
    """The candidate decoding whose text is most plainly Chinese, or None."""
    scored: list[tuple[float, str, str]] = []
    for enc in _CANDIDATES:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _mostly_readable(text):
            scored.append((_plainness(text), enc, text))
    if not scored:
        return None
    score, enc, text = max(scored, key=lambda t: t[0])
    if score >= _PLAIN_ENOUGH:
        return enc, text
    if _han_count(text) < _FEW_HAN:
        # Too little Chinese to judge by: a mostly-Latin file in a legacy code page.
        guess = from_bytes(data, cp_isolation=["gb18030", "big5", "cp1252"]).best()
        if guess is not None and guess.encoding:
            decoded = data.decode(guess.encoding, errors="strict")
            if _mostly_readable(decoded):
                return guess.encoding, decoded
    return None


def _han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _plainness(text: str) -> float:
    """Share of the (first 20,000) Han characters that are common ones, after folding
    traditional to simplified; 0 when there are none."""
    from jingdu.search.fold import fold  # traditional -> simplified, one char for one

    han = [ch for ch in fold(text[:20000]) if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = _common_chars()
    return sum(1 for ch in han if ch in common) / len(han)


@functools.cache
def _common_chars() -> frozenset[str]:
    path = resources_dir() / "dict" / "common_chars.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line for line in lines if not line.startswith("#")))


def _mostly_readable(text: str) -> bool:
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 0x20 and ch not in "\t\n\r\f"))
    return bad <= len(text) // 200


def _checked(text: str, encoding: str, digest: str, name: str, raw: bytes) -> Decoded:
    nul = text.find("\x00")
    if nul >= 0:
        # Only the start is sniffed for binary data; a NUL anywhere means a binary
        # or corrupted file, and would cut the text short in Qt and in C libraries.
        raise SourceError(
            f"{name}: contains a NUL byte (character {nul + 1:,}): binary or damaged", "binary"
        )
    # A form feed (pdftotext's page break) is kept at the start of a line: the cleaner
    # learns the document's pages from it (corpus/lines.py).
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\f")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise SourceError(f"{name}: the file is empty", "empty")
    return Decoded(text=text, encoding=encoding, sha256=digest, raw=raw)


def read_source(path: Path) -> Decoded:
    """Read and decode a source file from disk.

    Raises:
        SourceError: the file is missing, unreadable, special (a device or FIFO),
            too large, or not a text document.
    """
    try:
        data = read_regular(path, MAX_SOURCE_BYTES, "text file")
    except SourceError:
        raise
    except UserError as exc:
        raise SourceError(str(exc)) from exc
    return decode_bytes(data, path.name)
