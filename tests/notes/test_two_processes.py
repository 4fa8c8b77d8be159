"""Two Jingdu processes on one library work safely: writes from both are kept."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time

from jingdu.library import Library
from tests.conftest import REPO


def test_two_writers_at_once(lib: Library) -> None:
    data = lib.data_dir
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.notes.writer", str(data), doc, str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        for seed, doc in enumerate(["002", "000"])
    ]
    # Wait until both are writing (start-up takes a second, far more on a busy machine:
    # a fixed sleep made this test fail for no fault of the code).
    deadline = time.monotonic() + 60
    firsts = []
    for p in procs:
        assert p.stdout is not None
        ready, _, _ = select.select([p.stdout], [], [], max(0.0, deadline - time.monotonic()))
        firsts.append(_line(p.stdout.fileno()) if ready else "")
    time.sleep(0.5)
    # Meanwhile this process annotates too.
    mine = [lib.add_highlight("004", 100 + i, 120 + i).id for i in range(20)]
    for p in procs:
        p.send_signal(signal.SIGKILL)
    ids = set(mine)
    for p, first in zip(procs, firsts, strict=True):
        out, err = p.communicate()
        written = {line for line in (first + out).split("\n") if len(line) == 36}
        assert written, err
        ids |= written
    stored = {h.id for h in lib.highlights()}
    assert ids <= stored


def _line(fd: int) -> str:
    """One line, read a byte at a time so that nothing is left in a buffer that
    ``communicate`` (which reads the descriptor itself) would not see."""
    out = b""
    while not out.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        out += byte
    return out.decode()
