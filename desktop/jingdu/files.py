"""Reading and writing the user's files: regular files only, bounded, whole or not at all."""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

from jingdu.errors import SourceError, UserError, explain


def temp_name(folder: Path) -> Path:
    """A temporary file name in ``folder`` that no other writer shares and that stays
    short, so the final name may use the whole 255 bytes a file system allows."""
    return folder / f".jingdu-{uuid.uuid4().hex[:12]}.part"


def _target(path: Path) -> Path:
    """Where writing ``path`` really goes: through a symbolic link to a regular file.

    Raises:
        UserError: the destination is a device, a FIFO, a folder or another special
            file, which renaming a new file over would destroy.
    """
    try:
        link = path.is_symlink()
    except OSError as exc:  # a name too long, say
        raise explain(exc, path) or UserError(f"{path}: cannot be used ({exc.strerror})") from exc
    try:
        real = path.resolve() if link else path
    except (RuntimeError, OSError) as exc:  # a loop of symbolic links
        raise UserError(f"{path}: a symbolic link that leads nowhere (a loop)") from exc
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return real
    except OSError as exc:
        raise explain(exc, path) or UserError(f"{path}: cannot be used ({exc.strerror})") from exc
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise UserError(f"{path}: is {kind}; choose a file name to write to")
    if not os.access(real, os.W_OK):
        raise UserError(f"{path}: the file is read-only, so it was not replaced")
    return real


def write_atomically(path: Path, data: str | bytes, mode: int = 0o666) -> None:
    """Write beside ``path`` and rename over it, so a killed process leaves either the
    old file or the new one, never half of one. A file replaced keeps its permissions;
    a read-only one is not replaced; a symbolic link is written through.

    Raises:
        UserError: the folder is missing or cannot be written, the file is read-only
            or not a regular file, the name is too long, or the disk is full.
    """
    real = _target(path)
    tmp = temp_name(real.parent)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        if real.exists():
            os.chmod(tmp, stat.S_IMODE(real.stat().st_mode))
        os.replace(tmp, real)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise explain(exc, path) or UserError(
            f"{path}: cannot be written ({exc.strerror or exc})"
        ) from exc


def read_regular(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Devices, FIFOs and sockets are refused before anything is read (a FIFO would
    block, /dev/zero never ends), and at most ``limit`` + 1 bytes are read, so a
    file that grows while it is read cannot exhaust memory.

    Raises:
        SourceError: the file is missing, special or too large (``reason`` says which).
        UserError: it cannot be read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise SourceError(f"{path}: no such file", "missing") from exc
    except IsADirectoryError as exc:
        raise SourceError(f"{path}: is a folder, not a regular file", "folder") from exc
    except OSError as exc:
        raise explain(exc, path) or UserError(
            f"{path}: cannot be read ({exc.strerror or exc})"
        ) from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise SourceError(f"{path}: is a folder, not a regular file", "folder")
        raise SourceError(f"{path}: is a device, pipe or socket, not a regular file", "special")
    chunks: list[bytes] = []
    left = limit + 1
    try:
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise explain(exc, path) or UserError(
            f"{path}: cannot be read ({exc.strerror or exc})"
        ) from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise SourceError(
            f"{path}: larger than a {what} can be ({_size(limit)} at most)", "too_large"
        )
    return data


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"
