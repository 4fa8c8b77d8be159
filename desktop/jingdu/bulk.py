"""Making many objects at once without the garbage collector passing over them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_collection(set_aside: bool = True) -> Iterator[None]:
    """Run bulk work (reading a library's documents, writing an index) without the cyclic
    garbage collector. Each of its full passes goes over every object in the process
    with the interpreter's lock held: with a large library in memory, a few hundred
    milliseconds each time, during which the window's thread cannot run. What bulk work
    makes holds no cycles, and is freed by reference counting.

    What it made and keeps (a library's paragraphs) is then set aside for good
    (``gc.freeze``): otherwise the collector's first pass after it would go over all of
    it at once, the same pause, only later. Work that keeps little (a lookup: its
    results are soon dropped) passes ``set_aside=False``: frozen objects are never
    collected, and a lookup a minute would freeze whatever cycles the window had left
    for the collector."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if set_aside:
            gc.freeze()
        if was:
            gc.enable()
