"""The core's messages in the interface's language.

The core (no Qt) says what went wrong in English, for the command line and the log.
The window shows the messages a window user can meet in its own language: each is
matched here by a pattern, and the text it captures (a file name, a number) is put
into the translation. A message not in the table is shown as the core wrote it —
better than nothing, and ``tests/ui/common/test_messages.py`` keeps the table honest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from jingdu.annotating import LABELS

# (pattern matched against the whole message, the translation with %1, %2 ... for the
# groups). Spelled out so that lupdate finds each string.
_TABLE: list[tuple[str, Callable[[], str]]] = [
    (
        r"(?:(.*): )?the disk is full; nothing was changed",
        lambda: QCoreApplication.translate("Messages", "The disk is full; nothing was changed."),
    ),
    (
        r"(?:(.*): )?another Jingdu process is writing to this library; try again in a moment",
        lambda: QCoreApplication.translate(
            "Messages",
            "Another Jingdu window or command is writing to this library; try again in a moment.",
        ),
    ),
    (
        r"(?:(.*): )?the library cannot be written \(read-only\)",
        lambda: QCoreApplication.translate(
            "Messages", "The library cannot be written (it is read-only)."
        ),
    ),
    (
        r"(.*): permission denied",
        lambda: QCoreApplication.translate("Messages", "%1: permission denied."),
    ),
    (
        r"(.*): the file name is too long for this file system",
        lambda: QCoreApplication.translate(
            "Messages", "%1: the file name is too long for this file system."
        ),
    ),
    (r"nothing to undo", lambda: QCoreApplication.translate("Messages", "Nothing to undo.")),
    (r"nothing to redo", lambda: QCoreApplication.translate("Messages", "Nothing to redo.")),
    (
        r"these highlights were changed elsewhere since; not undone",
        lambda: QCoreApplication.translate(
            "Messages", "These highlights were changed in another window since; nothing was undone."
        ),
    ),
    (
        r"the note is ([\d,]+) characters; at most ([\d,]+)",
        lambda: QCoreApplication.translate(
            "Messages", "The note is %1 characters long; at most %2."
        ),
    ),
    (
        r"the range \d+-\d+ holds only white space",
        lambda: QCoreApplication.translate("Messages", "The selection holds only white space."),
    ),
    (
        r"the range \d+-\d+ is empty",
        lambda: QCoreApplication.translate("Messages", "The selection is empty."),
    ),
    (
        r"a tag name cannot be empty.*",
        lambda: QCoreApplication.translate("Messages", "A tag needs a name."),
    ),
    (
        r"tag '?(.*?)'? has an empty level.*",
        lambda: QCoreApplication.translate(
            "Messages", "The tag %1 has an empty level (a leading, trailing or doubled “/”)."
        ),
    ),
    (
        r"tag (.*?)… is ([\d,]+) characters long; at most (\d+)",
        lambda: QCoreApplication.translate(
            "Messages", "The tag %1… is %2 characters long; at most %3."
        ),
    ),
    (
        r"tag '(.*)' contains control characters",
        lambda: QCoreApplication.translate("Messages", "The tag %1 contains control characters."),
    ),
    (
        r"([\d,]+) tags on one highlight; at most (\d+) tags per highlight",
        lambda: QCoreApplication.translate("Messages", "%1 tags on one highlight; at most %2."),
    ),
    (
        r"tag '(.*)' exists already; .*",
        lambda: QCoreApplication.translate(
            "Messages", "The tag %1 exists already; merge the two instead."
        ),
    ),
    (
        r"cannot rename '(.*)' to a tag inside itself \('(.*)'\)",
        lambda: QCoreApplication.translate(
            "Messages", "%1 cannot be renamed to a tag inside itself (%2)."
        ),
    ),
    (r"no tag '(.*)'.*", lambda: QCoreApplication.translate("Messages", "There is no tag %1.")),
    (
        r"no highlight '(.*)'",
        lambda: QCoreApplication.translate("Messages", "That highlight no longer exists."),
    ),
    (
        r"no document '(.*)'.*",
        lambda: QCoreApplication.translate("Messages", "There is no document %1."),
    ),
    (
        r"no highlight matches this choice: nothing to export",
        lambda: QCoreApplication.translate(
            "Messages", "No highlight matches this choice: there is nothing to export."
        ),
    ),
    (
        r"(.*): no such font file",
        lambda: QCoreApplication.translate("Messages", "%1: there is no such font file."),
    ),
]


@functools.cache
def _compiled() -> list[tuple[re.Pattern[str], Callable[[], str]]]:
    """The table's patterns, compiled when a message is first shown (not at start-up)."""
    return [(re.compile(p, re.S), t) for p, t in _TABLE]


def user_text(error: BaseException | str) -> str:
    """``error``'s message in the interface's language (the English one if unknown)."""
    message = str(error)
    for pattern, translated in _compiled():
        m = pattern.fullmatch(message)
        if m is None:
            continue
        text = translated()
        for i, group in enumerate(m.groups(), start=1):
            text = text.replace(f"%{i}", group or "")
        return text
    return message


def change_name(label: str) -> str:
    """An undo step's name (one of :data:`jingdu.annotating.LABELS`) in the interface's
    language, for "Undone: …"."""
    names = {
        "add highlight": QCoreApplication.translate("Messages", "new highlight"),
        "add highlights": QCoreApplication.translate("Messages", "new highlights"),
        "edit highlight": QCoreApplication.translate("Messages", "edit highlight"),
        "edit highlights": QCoreApplication.translate("Messages", "edit highlights"),
        "delete highlight": QCoreApplication.translate("Messages", "delete highlight"),
        "delete highlights": QCoreApplication.translate("Messages", "delete highlights"),
        "rename tag": QCoreApplication.translate("Messages", "rename tag"),
        "merge tags": QCoreApplication.translate("Messages", "merge tags"),
        "delete tag": QCoreApplication.translate("Messages", "delete tag"),
        "delete tags": QCoreApplication.translate("Messages", "delete tags"),
        "restore backup": QCoreApplication.translate("Messages", "restore backup"),
    }
    assert set(names) == set(LABELS)
    return names.get(label, label)


def reason_text(texts: dict[str, Callable[[], str]], exc: Exception) -> str:
    """The translation of an error that gives its ``reason`` and its ``figures`` (as
    QueryError and ParallelsError do): ``texts`` maps each reason to its translation
    with %1, %2 ... for the figures. A reason not in the table shows the core's text."""
    make = texts.get(getattr(exc, "reason", ""))
    if make is None:
        return str(exc)
    text = make()
    for i, n in enumerate(getattr(exc, "figures", ()), start=1):
        text = text.replace(f"%{i}", f"{n:,}")
    return text
