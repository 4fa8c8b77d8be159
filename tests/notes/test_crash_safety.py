"""Killing Jingdu mid-write loses nothing it reported as saved, and never corrupts the database."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from jingdu.library import Library
from tests.conftest import REPO

KILLS = 24


def test_sigkill_at_random_moments(lib: Library) -> None:
    data = lib.data_dir
    lib.close()
    rng = random.Random(1)
    committed: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for round_ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.notes.writer", str(data), "002", str(round_)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        # Once the writer is writing (its first committed id: a loaded machine may take
        # seconds to start it), kill it at a random moment, wherever it is.
        assert proc.stdout is not None
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        out = first + out
        assert proc.returncode == -signal.SIGKILL, err
        committed.update(line for line in out.split("\n") if len(line) == 36)
        conn = sqlite3.connect(data / "library.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT id FROM highlights")}
        conn.close()
        assert committed <= stored, f"lost after kill {round_ + 1}: {len(committed - stored)}"
    assert len(committed) > KILLS  # the writers really wrote
    with Library(data) as reopened:
        assert {h.id for h in reopened.highlights()} >= committed
