"""The command line: a thin layer over :class:`jingdu.library.Library`.

Exit status: 0 on success, 2 on bad input (one line on stderr), 1 on an
internal failure. ``--json`` prints one JSON document on stdout. Each command
is one function in :mod:`jingdu.cli.documents` or :mod:`jingdu.cli.notes`,
named in the table below; its grammar is in :mod:`jingdu.cli.parser`.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from jingdu.cli import concordance as c
from jingdu.cli import documents as d
from jingdu.cli import notes as a
from jingdu.cli import parallels
from jingdu.cli.output import say, warn
from jingdu.cli.parser import build_parser, parse_args
from jingdu.errors import SourceError, UserError, explain
from jingdu.frozen import restore_library_path
from jingdu.importing.formats import check_openable
from jingdu.library import Library, open_library

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2

COMMANDS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "docs": d.cmd_docs,
    "show": d.cmd_show,
    "search": d.cmd_search,
    "import": d.cmd_import,
    "delete": d.cmd_delete,
    "undelete": d.cmd_undelete,
    "rename": d.cmd_rename,
    "highlight": a.cmd_highlight,
    "tags": a.cmd_tags,
    "tag": a.cmd_tag,
    "export": a.cmd_export,
    "backup": a.cmd_backup,
    "restore": a.cmd_restore,
    "concordance": c.cmd_concordance,
    "counts": c.cmd_counts,
    **parallels.COMMANDS,
}

__all__ = ["COMMANDS", "build_parser", "main", "parse_args"]


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen build starts the index's child process (search/child.py) through this
    # entry point: freeze_support runs the child's work there instead of the CLI.
    multiprocessing.freeze_support()
    restore_library_path()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parse_args(argv)
        command = args.command
        if command == "gui":
            from jingdu.ui.app import refuse_file, run_gui  # Qt only for the window

            if args.file is not None:
                try:  # a file Jingdu cannot read opens no window (exit status 2)
                    check_openable(args.file)
                except SourceError as exc:
                    say(_not_a_file(args.file, exc))
                    refuse_file(args, exc)
                    return EXIT_BAD_INPUT
            return run_gui(args)
        if command == "recover":
            return a.cmd_recover(args)
        with open_library(args.data_dir) as lib:
            for warning in lib.warnings:
                warn(warning)
            report = lib.sync()
            for warning in report.warnings:
                warn(warning)
            return COMMANDS[command](lib, args)
    except UserError as exc:
        say(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERNAL
    except BrokenPipeError:
        # The reader went away (`jingdu show X | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        plain = explain(exc)  # a full disk, a locked library: the user's to fix
        if plain is not None:
            say(str(plain))
            return EXIT_BAD_INPUT
        # A bug: say so in one line, never a traceback.
        say(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


def _not_a_file(path: Path, exc: SourceError) -> str:
    """Why ``jingdu PATH`` fails; a bare word that names no file may be a mistyped
    command (``jingdu serach``), so the message says it is not one either."""
    if exc.reason == "missing" and len(path.parts) == 1 and not path.suffix:
        return f"{exc}, and not a command (jingdu --help lists them)"
    return str(exc)
