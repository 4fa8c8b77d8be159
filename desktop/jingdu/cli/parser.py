"""The command line's grammar: every sub-command and option, and the types of their values."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from jingdu import __version__
from jingdu.cli import parallels
from jingdu.errors import UserError
from jingdu.export.model import GROUPINGS, LAYOUTS, BriefingOptions
from jingdu.notes.model import COLORS, STYLES


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as a user error (exit 2, one line), not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # The message is printed after "jingdu: ": name only the sub-command.
        command = self.prog.removeprefix("jingdu").strip()
        raise UserError(f"{command}: {message}" if command else message)


def _common(p: argparse.ArgumentParser, top: bool = False) -> None:
    # Sub-commands take --data-dir too; SUPPRESS keeps their missing value from
    # overwriting one given before the sub-command.
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None if top else argparse.SUPPRESS,
        help="library folder (default: $JINGDU_DATA_DIR or the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jingdu", description="精读 Jingdu — close reading of Chinese policy texts"
    )
    parser.add_argument("--version", action="version", version=f"jingdu {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the window (the default)")
    _common(gui)
    gui.add_argument("--open", metavar="DOC", help="open this document")
    gui.add_argument("--search", metavar="QUERY", help="start with this library search")
    gui.add_argument("--annotations", action="store_true", help="open the annotation browser too")
    gui.add_argument("--export", action="store_true", help="open the export dialog too")
    gui.add_argument("--removed", action="store_true", help="open What the cleanup removed too")
    gui.add_argument("--concordance", metavar="QUERY", help="open the concordance of QUERY too")
    gui.add_argument("--counts", metavar="TERMS", help="open the counts of TERMS too")
    gui.add_argument(
        "--import",
        dest="import_paths",
        metavar="PATH",
        nargs="+",
        default=[],
        help="import these files or folders once the library is open",
    )
    gui.add_argument(
        "--screenshot", metavar="PNG", type=Path, help="render, save a screenshot, quit"
    )
    gui.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        type=Path,
        help="import this file if it is new, and open it (`jingdu FILE` says the same)",
    )

    docs = sub.add_parser("docs", help="list documents")
    _common(docs)
    docs.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="a document: metadata, clean text, outline, paragraphs")
    _common(show)
    show.add_argument("doc", metavar="DOC")
    show.add_argument("--json", action="store_true")

    search = sub.add_parser("search", help='search the library ("phrase", OR, -exclude)')
    _common(search)
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--doc", metavar="DOC", help="search only this document")
    search.add_argument("--limit", metavar="N", type=_positive_int, default=20)
    search.add_argument("--offset", metavar="N", type=_non_negative_int, default=0)
    search.add_argument("--json", action="store_true")

    hl = sub.add_parser("highlight", help="add, list, edit and delete highlights")
    _common(hl)
    hsub = hl.add_subparsers(dest="action", required=True, parser_class=_Parser)
    add = hsub.add_parser("add", help="highlight DOC from START to END (code points)")
    _common(add)
    add.add_argument("doc", metavar="DOC")
    add.add_argument("start", metavar="START", type=_int)
    add.add_argument("end", metavar="END", type=_int)
    add.add_argument("--color", default="yellow", help=f"one of {', '.join(COLORS)}")
    add.add_argument("--style", default="highlight", choices=STYLES)
    add.add_argument("--tag", action="append", default=[], metavar="T")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--json", action="store_true")
    lst = hsub.add_parser("list", help="list highlights, filtered")
    _common(lst)
    lst.add_argument("--doc", metavar="DOC")
    lst.add_argument(
        "--tag", action="append", default=[], metavar="T", help="the tag or any tag under it"
    )
    lst.add_argument("--color")
    lst.add_argument("--text", help="in the quote or the note")
    lst.add_argument("--since", metavar="DATE", type=_date, help="created on or after (YYYY-MM-DD)")
    lst.add_argument("--until", metavar="DATE", type=_date, help="created before (YYYY-MM-DD)")
    lst.add_argument("--orphans", action="store_true", help="only highlights that lost their place")
    lst.add_argument("--sort", choices=["document", "created", "updated"], default="document")
    lst.add_argument("--json", action="store_true")
    ed = hsub.add_parser("edit", help="change a highlight's colour, tags or note")
    _common(ed)
    ed.add_argument("id", metavar="ID")
    ed.add_argument("--color")
    ed.add_argument("--style", choices=STYLES)
    ed.add_argument("--tag", action="append", default=[], metavar="T")
    ed.add_argument("--untag", action="append", default=[], metavar="T")
    ed.add_argument("--note", metavar="TEXT")
    ed.add_argument(
        "--move", nargs=3, metavar=("DOC", "START", "END"), help="re-attach (an orphan) here"
    )
    ed.add_argument("--json", action="store_true")
    rm = hsub.add_parser("delete", help="delete highlights")
    _common(rm)
    rm.add_argument("ids", metavar="ID", nargs="+")

    tags = sub.add_parser("tags", help="list tags with their counts")
    _common(tags)
    tags.add_argument("--json", action="store_true")
    tag = sub.add_parser("tag", help="rename, merge or delete tags")
    _common(tag)
    tsub = tag.add_subparsers(dest="action", required=True, parser_class=_Parser)
    ren = tsub.add_parser("rename", help="rename a tag and the tags under it")
    _common(ren)
    ren.add_argument("old", metavar="OLD")
    ren.add_argument("new", metavar="NEW")
    mrg = tsub.add_parser("merge", help="merge tags into one")
    _common(mrg)
    mrg.add_argument("names", metavar="TAG", nargs="+", help="FROM... INTO")
    dele = tsub.add_parser("delete", help="remove a tag from every highlight (the highlights stay)")
    _common(dele)
    dele.add_argument("name", metavar="TAG")

    exp = sub.add_parser(
        "export",
        help="write a briefing note (学习简报) of chosen highlights: .pdf, .docx, .md or .json",
    )
    _common(exp)
    exp.add_argument("out", metavar="OUT", type=Path, help="OUT.pdf, OUT.docx, OUT.md or OUT.json")
    exp.add_argument("--doc", action="append", default=[], help="only this document (repeat)")
    exp.add_argument("--tag", action="append", default=[], help="only this tag and its sub-tags")
    exp.add_argument("--color", action="append", default=[], help="only this colour (repeat)")
    exp.add_argument("--since", metavar="DATE", help="created on or after (YYYY-MM-DD)")
    exp.add_argument("--until", metavar="DATE", help="created on or before (YYYY-MM-DD)")
    exp.add_argument("--notes-only", action="store_true", help="only highlights with a note")
    exp.add_argument("--group-by", choices=GROUPINGS, default="document")
    exp.add_argument(
        "--meaning",
        action="append",
        default=[],
        metavar="COLOR=TEXT",
        help="heading of a colour group, e.g. yellow=要点 (with --group-by color)",
    )
    exp.add_argument("--title", default=BriefingOptions.title)
    exp.add_argument("--subtitle", default="")
    exp.add_argument("--author", default="", help="author or organisation")
    exp.add_argument("--date", default="", help="as printed (default: today)")
    exp.add_argument("--preface", default="", help="a preface; @FILE reads it from a file")
    exp.add_argument("--context", action="store_true", help="add each excerpt's paragraph")
    exp.add_argument("--font", metavar="FILE", help="a TrueType CJK font for the PDF")
    exp.add_argument(
        "--no-charts", action="store_true", help="leave out the charts added from the counts window"
    )
    exp.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="modern",
        help="modern: a handout; official: 公文/简报 (GB/T 9704) with masthead and closing block",
    )
    off = exp.add_argument_group("the official layout's masthead and closing block")
    off.add_argument("--masthead", default="", help="the briefing's name in red (学习简报)")
    off.add_argument("--issue", default="", help="the issue number: 3 prints 第3期")
    off.add_argument("--unit", default="", help="the issuing unit (编发单位)")
    off.add_argument("--report-to", default="", help="报：to whom it is reported")
    off.add_argument("--send-to", default="", help="送：to whom it is sent")
    off.add_argument("--issue-to", default="", help="发：to whom it is issued")
    off.add_argument("--copies", default="", help="共印 N 份: the copies printed")
    exp.add_argument("--json", action="store_true")

    bak = sub.add_parser("backup", help="write all highlights and tags to a JSON file")
    _common(bak)
    bak.add_argument("out", metavar="OUT.json", type=Path)
    res = sub.add_parser("restore", help="merge a JSON backup into the library")
    _common(res)
    res.add_argument("file", metavar="IN.json", type=Path)
    res.add_argument("--json", action="store_true")
    rec = sub.add_parser(
        "recover", help="replace a damaged database with the newest automatic backup"
    )
    _common(rec)
    rec.add_argument("--force", action="store_true", help="also when the database is not damaged")

    imp = sub.add_parser(
        "import", help="import files or folders: PDF, Word, EPUB, HTML, Markdown, text"
    )
    _common(imp)
    imp.add_argument("files", metavar="FILE|DIR", nargs="+", type=Path)
    imp.add_argument(
        "--replace", metavar="DOC", help="the file is a new version of this document's source"
    )
    imp.add_argument("--json", action="store_true")

    dele = sub.add_parser("delete", help="delete a document (its highlights become orphans)")
    _common(dele)
    dele.add_argument("doc", metavar="DOC")
    dele.add_argument(
        "--with-highlights", action="store_true", help="delete its highlights too, not keep them"
    )
    und = sub.add_parser("undelete", help="bring back a deleted document's source")
    _common(und)
    und.add_argument("source", metavar="SOURCE", help="the source file name `delete` printed")
    ren = sub.add_parser("rename", help="set a document's title and authors")
    _common(ren)
    ren.add_argument("doc", metavar="DOC")
    ren.add_argument("--title")
    ren.add_argument(
        "--author", action="append", metavar="NAME", help="an author (repeat for several)"
    )
    ren.add_argument("--json", action="store_true")
    _concordance_commands(sub)
    parallels.add_parsers(sub, _common, _int, _positive_int)
    return parser


def _concordance_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    """The concordance and the counts (jingdu.cli.concordance)."""
    from jingdu.study.concordance import SORTS
    from jingdu.study.counts import COLLOCATES

    con = sub.add_parser(
        "concordance", help="every occurrence of a term or query in the library, in context"
    )
    _common(con)
    con.add_argument("query", metavar="QUERY")
    con.add_argument("--doc", metavar="DOC", help="only this document")
    con.add_argument("--limit", metavar="N", type=_positive_int, help="list at most N lines")
    con.add_argument("--sort", choices=list(SORTS), default="document", help="line order")
    con.add_argument("--json", action="store_true")
    cnt = sub.add_parser(
        "counts", help="occurrences of terms per document and source, and their collocates"
    )
    _common(cnt)
    cnt.add_argument("terms", metavar="TERM", nargs="+")
    cnt.add_argument(
        "--collocates",
        metavar="N",
        type=_non_negative_int,
        default=COLLOCATES,
        help=f"the N words most associated with each term (default {COLLOCATES}; 0: none)",
    )
    cnt.add_argument("--json", action="store_true")


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _date(text: str) -> str:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive_int(text: str) -> int:
    value = _non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {text}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0 or value > 1_000_000:
        raise argparse.ArgumentTypeError(f"out of range: {text}")
    return value


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse a command line; with no sub-command it means ``gui``, and a path where the
    sub-command would be (``jingdu FILE``, as a file manager runs it) is ``gui FILE``."""
    parser = build_parser()
    return parser.parse_args(_with_command(list(argv), _command_names(parser)))


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    raise AssertionError("the parser has no sub-commands")


def _with_command(argv: list[str], commands: set[str]) -> list[str]:
    """``argv`` with ``gui`` put where the sub-command is missing. A sub-command's name
    wins over a file of that name (``jingdu ./docs`` opens a file called docs)."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":  # what follows is a file, whatever its name
            return [*argv[:i], "gui", *argv[i:]]
        if word in ("-h", "--help", "--version"):
            return argv
        if word == "--data-dir":
            i += 2  # the option's value is no sub-command
            continue
        if word.startswith("-"):
            i += 1
            continue
        return argv if word in commands else [*argv[:i], "gui", *argv[i:]]
    return [*argv, "gui"]
