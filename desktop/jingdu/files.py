"""Writing the user's files: whole or not at all."""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

from jingdu.errors import UserError


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write beside ``path`` and rename over it, so a killed process leaves either the
    old file or the new one, never half of one. A file replaced keeps its permissions;
    a read-only one is not replaced.

    Raises:
        UserError: the folder is missing or cannot be written, or the file is read-only.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"{path}: the file is read-only, so it was not replaced")
    # A name of its own (not just NAME.part), so two writers never share a temporary file.
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
