"""Two Jingdu processes on one library work safely: writes from both are kept."""

from __future__ import annotations

import os
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
    time.sleep(2.5)
    # Meanwhile this process annotates too.
    mine = [lib.add_highlight("004", 100 + i, 120 + i).id for i in range(20)]
    for p in procs:
        p.send_signal(signal.SIGKILL)
    ids = set(mine)
    for p in procs:
        out, err = p.communicate()
        written = {line for line in out.split("\n") if len(line) == 36}
        assert written, err
        ids |= written
    stored = {h.id for h in lib.highlights()}
    assert ids <= stored
