"""What the command line prints: one-line messages, JSON, and text made safe for a terminal."""

from __future__ import annotations

import builtins
import json
import sys
from typing import Any

from jingdu.terminal import escape_c1 as _escape_c1
from jingdu.terminal import terminal_safe


def say(message: str) -> None:
    """One line on stderr, whatever the message holds (a file name with a newline or
    an escape sequence stays one visible line)."""
    print(f"jingdu: {terminal_safe(message, one_line=True)}", file=sys.stderr)


def warn(message: str) -> None:
    say(f"warning: {message}")


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # JSON escapes C0 controls but not C1 ones (U+009B is a CSI to some terminals).
    sys.stdout.write((_escape_c1(text) if sys.stdout.isatty() else text) + "\n")


def print(*parts: Any, file: Any = None, **kwargs: Any) -> None:
    """print(), but text from documents, notes and file names cannot drive the terminal
    (ESC, BEL, OSC 52 writing the clipboard…) when it is shown on one."""
    stream = file if file is not None else sys.stdout
    if stream.isatty():
        parts = tuple(terminal_safe(str(p)) for p in parts)
    builtins.print(*parts, file=stream, **kwargs)


__all__ = ["print", "print_json", "say", "terminal_safe", "warn"]


def index_ready(lib: Any, json: bool) -> None:
    """Open (or build) the library's search index, saying once on stderr when it has to
    be built (not with --json, whose output is for programs)."""
    announced = False

    def progress(_done: int, _total: int, _what: str) -> None:
        nonlocal announced
        if not announced and not json:
            print("jingdu: building the search index…", file=sys.stderr)
            announced = True

    lib.search_engine(progress)
