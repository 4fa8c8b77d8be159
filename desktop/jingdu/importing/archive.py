"""Opening the zip archives that Word and EPUB files are, without trusting them.

A zip's directory can claim anything: members far larger than the file
(a "zip bomb"), names that climb out of the archive (``../../etc/passwd``), or
sizes that do not match the data. Word and EPUB readers open their files here
and read members through :func:`read_member`, which never inflates more than
the archive declared.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib

from jingdu.errors import SourceError

MAX_TOTAL = 300 * 1024 * 1024
"""Uncompressed bytes a document may unpack to; books with images stay far below."""
MAX_RATIO = 200
"""Text and XML compress some 5–20 times; a member claiming more than this is a bomb."""
MAX_MEMBERS = 20_000
_RATIO_FLOOR = 1024 * 1024
"""Members smaller than this may compress as well as they like (a blank page)."""


DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError)
"""What zipfile raises for a damaged archive: a bad header or CRC, a corrupt deflate
stream, a truncated file, a compression method or zip version it does not know."""


def shown(text: str) -> str:
    """Text from the file fit for a one-line message (a damaged name may hold a newline)."""
    return " ".join(text.split())[:120]


def open_zip(data: bytes, name: str, label: str) -> zipfile.ZipFile:
    """The archive in ``data``, checked for bombs and escaping paths.

    Raises:
        SourceError: not a zip, damaged, or unsafe to unpack.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except DAMAGED as exc:
        raise SourceError(
            f"{name}: not a valid {label} file (damaged or another format)", "damaged"
        ) from exc
    if len(infos) > MAX_MEMBERS:
        raise SourceError(
            f"{name}: {len(infos):,} files inside; not a plausible {label} file", "damaged"
        )
    total = 0
    for info in infos:
        if not is_inside(info.filename):
            raise SourceError(
                f"{name}: contains a path outside the archive ({shown(info.filename)})", "damaged"
            )
        total += info.file_size
        ratio = info.file_size // max(1, info.compress_size)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise SourceError(
                f"{name}: {shown(info.filename)} would unpack {ratio:,} times larger than stored; "
                "refused as a possible zip bomb",
                "too_large",
            )
    if total > MAX_TOTAL:
        raise SourceError(
            f"{name}: would unpack to {total // (1024 * 1024)} MiB; "
            f"Jingdu unpacks {label} files up to {MAX_TOTAL // (1024 * 1024)} MiB",
            "too_large",
        )
    return zf


def is_inside(path: str) -> bool:
    """Whether an archive path stays inside the archive (no root, drive or ``..``)."""
    if not path or path.startswith(("/", "\\")) or ":" in path.split("/")[0]:
        return False
    norm = posixpath.normpath(path.replace("\\", "/"))
    return norm != ".." and not norm.startswith("../")


def read_member(zf: zipfile.ZipFile, member: str, name: str) -> bytes:
    """A member's bytes, reading no more than its declared size.

    Raises:
        SourceError: missing, damaged, encrypted, or larger than declared.
    """
    try:
        info = zf.getinfo(member)
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except KeyError as exc:
        raise SourceError(
            f"{name}: {shown(member)} is missing; the file is incomplete", "damaged"
        ) from exc
    except RuntimeError as exc:  # what zipfile raises for a password-protected member
        raise SourceError(
            f"{name}: {shown(member)} is encrypted; Jingdu cannot read it", "encrypted"
        ) from exc
    except DAMAGED as exc:
        raise SourceError(
            f"{name}: {shown(member)} is damaged ({shown(str(exc))})", "damaged"
        ) from exc
    if len(data) > info.file_size:
        raise SourceError(
            f"{name}: {shown(member)} is larger than the archive declares; refused", "damaged"
        )
    return data
