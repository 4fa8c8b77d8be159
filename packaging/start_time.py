"""How long Jingdu takes from the command to the first document on screen, installed
(the .deb's /usr/bin/jingdu) against the source checkout (.venv/bin/jingdu):

    python packaging/start_time.py [--runs 5] [COMMAND ...]

Each command runs under a private Xvfb with a clean environment (a fresh HOME, the
system PATH only), as a desktop launcher would start it. "first" is the first start
ever (an empty library folder: the bundled corpus is read and indexed); "cold" is a
later start after the kernel's page cache was dropped (root only: the files come from
disk, as after a reboot); "warm" is a later start with the files cached. The window
writes the moment it shows the first document ($JINGDU_STARTUP_TRACE, as
benchmarks/desk.py uses it) and quits once search is ready.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DISPLAY = ":73"


def one_start(command: str, home: Path, drop_caches: bool) -> float:
    """Seconds from starting ``command`` to its first document on screen."""
    if drop_caches:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    trace = home / "trace"
    trace.unlink(missing_ok=True)
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "DISPLAY": DISPLAY,
        "LANG": "C.UTF-8",
        "JINGDU_STARTUP_TRACE": str(trace),
    }
    start = time.time()
    subprocess.run([command], env=env, check=True, timeout=120, capture_output=True)
    events = dict(line.split() for line in trace.read_text().splitlines())
    return float(events["document"]) - start


def measure(commands: list[str], runs: int, cold: bool) -> dict[str, dict[str, list[float]]]:
    """The times of each command, run in turn (so that a change in the machine's load
    falls on all of them alike)."""
    found: dict[str, dict[str, list[float]]] = {
        c: {"first": [], "cold": [], "warm": []} for c in commands
    }
    for _ in range(runs):
        for command in commands:
            times = found[command]
            with tempfile.TemporaryDirectory() as tmp:
                home = Path(tmp)
                times["first"].append(one_start(command, home, cold))
                if cold:
                    times["cold"].append(one_start(command, home, True))
                times["warm"].append(one_start(command, home, False))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-cold",
        action="store_true",
        help="never drop the page cache (it slows whatever else the machine runs)",
    )
    parser.add_argument(
        "commands", nargs="*", default=["/usr/bin/jingdu", str(REPO / ".venv/bin/jingdu")]
    )
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        raise SystemExit("start_time: needs Xvfb (packaging/debian-deps.sh installs it)")
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1400x900x24"])
    try:
        time.sleep(1)
        for command, times in measure(
            args.commands, args.runs, os.geteuid() == 0 and not args.no_cold
        ).items():
            cells = [
                f"{kind} {statistics.median(v):.2f} s (min {min(v):.2f}, max {max(v):.2f})"
                for kind, v in times.items()
                if v
            ]
            print(f"{command}: " + "; ".join(cells) + f" — median of {args.runs}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
