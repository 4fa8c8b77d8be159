"""Turning the bytes of a source file into text, or a clear refusal."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from jingdu.errors import SourceError, UserError
from jingdu.files import read_regular

MAX_SOURCE_BYTES = 32 * 1024 * 1024
"""Larger files are refused: no article or booklet comes near this as plain text."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Chinese text outside UTF-8 is almost always GB 18030 (a superset of GBK/GB2312) or Big5.
_FALLBACKS = ("gb18030", "big5")


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

    Raises:
        SourceError: the file is empty, too large, binary, or in no encoding
            that yields readable Chinese text.
    """
    digest = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(
            f"{name}: file is {len(data) // (1024 * 1024)} MiB; Jingdu reads text files "
            f"up to {MAX_SOURCE_BYTES // (1024 * 1024)} MiB"
        )
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise SourceError(f"{name}: declares {enc} but is not valid {enc}") from exc
            return _checked(text, enc, digest, name, data)
    if _looks_binary(data):
        raise SourceError(f"{name}: this is a binary file, not plain text")
    try:
        return _checked(data.decode("utf-8"), "utf-8", digest, name, data)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "cp1252"]).best()
    candidates = [best.encoding] if best is not None else []
    candidates += [enc for enc in _FALLBACKS if enc not in candidates]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _mostly_readable(text):
            return _checked(text, enc, digest, name, data)
    raise SourceError(f"{name}: not UTF-8 and not in any Chinese encoding Jingdu recognises")


def _mostly_readable(text: str) -> bool:
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 0x20 and ch not in "\t\n\r\f"))
    return bad <= len(text) // 200


def _checked(text: str, encoding: str, digest: str, name: str, raw: bytes) -> Decoded:
    nul = text.find("\x00")
    if nul >= 0:
        # Only the start is sniffed for binary data; a NUL anywhere means a binary
        # or corrupted file, and would cut the text short in Qt and in C libraries.
        raise SourceError(f"{name}: contains a NUL byte (character {nul + 1:,}): binary or damaged")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise SourceError(f"{name}: the file is empty")
    return Decoded(text=text, encoding=encoding, sha256=digest, raw=raw)


def read_source(path: Path) -> Decoded:
    """Read and decode a source file from disk.

    Raises:
        SourceError: the file is missing, unreadable, special (a device or FIFO),
            too large, or not a text document.
    """
    try:
        data = read_regular(path, MAX_SOURCE_BYTES, "text file")
    except UserError as exc:
        raise SourceError(str(exc)) from exc
    return decode_bytes(data, path.name)
