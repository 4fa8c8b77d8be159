"""Damaged files: whatever the damage, a reader gives text or one clear line, never a crash."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from jingdu.errors import SourceError
from jingdu.importing import docx, epub, html, markdown
from jingdu.importing.structured import Structured
from tests.importing.test_docx import plain_official_document
from tests.importing.test_epub import epub2, epub3
from tests.importing.test_html import FOOTER, FURNITURE, P1, page
from tests.importing.test_markdown import DOC

Reader = Callable[[bytes, str, None], Structured]


def damaged(data: bytes, rng: random.Random) -> bytes:
    """Cut short, bytes overwritten, or junk inserted: what downloads and disks do."""
    d = bytearray(data)
    how = rng.randrange(3)
    if how == 0:
        return bytes(d[: rng.randrange(len(d))])
    if how == 1:
        for _ in range(rng.randrange(1, 20)):
            d[rng.randrange(len(d))] = rng.randrange(256)
        return bytes(d)
    at = rng.randrange(len(d))
    d[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 50)))
    return bytes(d)


SAMPLES: dict[str, tuple[Reader, Callable[[], bytes]]] = {
    "docx": (docx.read, plain_official_document),
    "epub": (epub.read, epub3),
    "epub2": (epub.read, epub2),
    "md": (markdown.read, DOC.encode),
    "html": (
        html.read,
        lambda: page(
            f"{FURNITURE}<article><h1>标题</h1><p>{P1}<sup><a href='#n'>1</a></sup></p>"
            f"<ol><li id='n'>注</li></ol></article>{FOOTER}"
        ),
    ),
}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_damage_gives_text_or_one_clear_line(kind: str) -> None:
    read, make = SAMPLES[kind]
    good = make()
    rng = random.Random(kind)
    for _ in range(150):
        try:
            read(damaged(good, rng), f"f.{kind}", None)
        except SourceError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(f"f.{kind}: ")
