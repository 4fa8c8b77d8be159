"""Text shown on a terminal: control characters made visible, never obeyed.

Imported documents, notes, tags and file names may hold ESC, BEL or OSC
sequences (OSC 52 writes the clipboard); printed raw they would drive the
terminal. They are shown as escapes (``\\x1b``) instead.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = re.compile(r"[\n\r\t]")
_C1 = re.compile(r"[\x80-\x9f]")


def _visible(m: re.Match[str]) -> str:
    ch = m.group(0)
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def terminal_safe(text: str, one_line: bool = False) -> str:
    """``text`` with control characters escaped; ``one_line`` escapes line breaks and
    tabs too, so a message about a file named with a newline stays one line."""
    out = _CONTROLS.sub(_visible, text)
    return _LINE_BREAKS.sub(_visible, out) if one_line else out


def escape_c1(text: str) -> str:
    """JSON text with the C1 controls JSON leaves raw written as \\u escapes."""
    return _C1.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
