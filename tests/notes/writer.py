"""A separate process that adds highlights in a loop, printing each id once it is committed.

Used by the crash-safety test: ``python -m tests.notes.writer DATA_DIR DOC SEED``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from jingdu.library import Library


def main() -> None:
    data, doc, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    lib = Library(data)
    n = len(lib.document(doc).text)
    text = lib.document(doc).text
    while True:
        start = rng.randrange(n - 50)
        end = start + rng.randint(1, 40)
        if not text[start:end].strip():
            continue  # a range of blank space is refused, by design
        h = lib.add_highlight(
            doc, start, end, note="x" * rng.randint(0, 2000), tags=[f"t{rng.randint(0, 9)}"]
        )
        # add_highlight returns after COMMIT: the id is printed only once it is durable.
        sys.stdout.write(h.id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
