"""The man page, jingdu(1), written from the command line's own grammar
(`jingdu.cli.parser.build_parser`): every sub-command with its usage and help, so the
page cannot fall behind the commands."""

from __future__ import annotations

import argparse
import re

from desktop_entry import releases

from jingdu import HOMEPAGE, __version__
from jingdu.cli.parser import build_parser
from jingdu.paths import DATA_DIR_ENV


def _roff(text: str) -> str:
    """Text safe in a roff line: backslashes and hyphens escaped, no leading dot."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def _sub_commands(parser: argparse.ArgumentParser) -> list[tuple[str, str, str]]:
    """(name, help, usage) of each sub-command and sub-sub-command, in the grammar's order."""
    found = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {a.dest: a.help or "" for a in action._choices_actions}
        for name, sub in action.choices.items():
            usage = " ".join(sub.format_usage().removeprefix("usage: ").split())
            found.append((name, helps.get(name, ""), usage))
            found += [(f"{name} {n}", h, u) for n, h, u in _sub_commands(sub)]
    return found


def man_page() -> str:
    date = releases()[0].date
    out = [
        f'.TH JINGDU 1 "{date}" "jingdu {__version__}" "User Commands"',
        ".SH NAME",
        "jingdu \\- 精读, an offline close\\-reading desk for Chinese policy and theory texts",
        ".SH SYNOPSIS",
        ".B jingdu",
        "[\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR] [\\fIFILE\\fR]",
        ".br",
        ".B jingdu",
        "[\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        "With no command, Jingdu opens its window on the library. With a \\fIFILE\\fR "
        "(PDF, Word, EPUB, HTML, Markdown or plain text) it imports the file if it is "
        "new and opens it; a file whose text is in the library already opens that "
        "document. A command name wins over a file of that name: write "
        "\\fB./docs\\fR or \\fB\\-\\- docs\\fR for a file called docs.",
        ".PP",
        "Every capability of the window has a command. With \\fB\\-\\-json\\fR a command "
        "prints one JSON document on standard output.",
        ".SH COMMANDS",
    ]
    for name, text, usage in _sub_commands(build_parser()):
        out += [".TP", f".B {_roff(name)}", _roff(text[:1].upper() + text[1:]) + ".", ".br"]
        out += [f"\\fIUsage:\\fR {_roff(usage)}"]
    out += [
        ".SH OPTIONS",
        ".TP",
        '.BI \\-\\-data\\-dir " DIR"',
        "The library folder (any command takes it).",
        ".TP",
        ".B \\-\\-version",
        "Print the version and exit.",
        ".SH ENVIRONMENT",
        ".TP",
        f".B {_roff(DATA_DIR_ENV)}",
        "The library folder when \\fB\\-\\-data\\-dir\\fR is not given; otherwise "
        "\\fI~/.local/share/jingdu\\fR.",
        ".SH EXIT STATUS",
        "0 on success; 2 on bad input (a one\\-line message on standard error, and nothing "
        "changed); 1 on an internal failure.",
        ".SH FILES",
        ".TP",
        ".I ~/.local/share/jingdu/library.db",
        "The library: documents, highlights, tags and notes, with rolling backups beside it.",
        ".TP",
        ".I ~/.local/share/jingdu/jingdu.log",
        "Failures nobody expected, with their tracebacks.",
        ".SH SEE ALSO",
        _roff(HOMEPAGE),
    ]
    return "\n".join(out) + "\n"
