"""Writing the user's files: whole or not at all."""

from __future__ import annotations

from pathlib import Path

from jingdu.errors import UserError


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write beside ``path`` and rename over it, so a killed process leaves either the
    old file or the new one, never half of one.

    Raises:
        UserError: the folder is missing or cannot be written.
    """
    tmp = path.with_name(path.name + ".part")
    try:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8")
        else:
            tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
