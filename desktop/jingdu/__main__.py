"""``python -m jingdu``."""

from __future__ import annotations

from jingdu.cli import main

# Guarded: a process started with "spawn" (search/child.py) imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
