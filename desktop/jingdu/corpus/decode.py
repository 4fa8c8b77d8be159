"""Turning the bytes of a source file into text, or a clear refusal."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from jingdu.errors import SourceError

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
            return _checked(text, enc, digest, name)
    if _looks_binary(data):
        raise SourceError(f"{name}: this is a binary file, not plain text")
    try:
        return _checked(data.decode("utf-8"), "utf-8", digest, name)
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
            return _checked(text, enc, digest, name)
    raise SourceError(f"{name}: not UTF-8 and not in any Chinese encoding Jingdu recognises")


def _mostly_readable(text: str) -> bool:
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 0x20 and ch not in "\t\n\r\f"))
    return bad <= len(text) // 200


def _checked(text: str, encoding: str, digest: str, name: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise SourceError(f"{name}: the file is empty")
    return Decoded(text=text, encoding=encoding, sha256=digest)


def read_source(path: Path) -> Decoded:
    """Read and decode a source file from disk.

    Raises:
        SourceError: the file is missing, unreadable or not a text document.
    """
    try:
        if path.is_dir():
            raise SourceError(f"{path}: is a folder, not a text file")
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(
                f"{path}: file is {size // (1024 * 1024)} MiB; Jingdu reads text files "
                f"up to {MAX_SOURCE_BYTES // (1024 * 1024)} MiB"
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise SourceError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return decode_bytes(data, path.name)
