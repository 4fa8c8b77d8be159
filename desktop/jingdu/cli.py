"""The command line: a thin layer over :class:`jingdu.library.Library`.

Exit status: 0 on success, 2 on bad input (one line on stderr), 1 on an
internal failure. ``--json`` prints one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import builtins
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jingdu import __version__
from jingdu.corpus.decode import read_source
from jingdu.corpus.document import Document
from jingdu.errors import UserError, explain
from jingdu.export.model import GROUPINGS, BriefingOptions
from jingdu.library import Library, open_library, recover
from jingdu.notes.model import COLORS, STYLES, Highlight
from jingdu.notes.store import Filter
from jingdu.terminal import escape_c1 as _escape_c1
from jingdu.terminal import terminal_safe

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as a user error (exit 2, one line), not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(f"{self.prog}: {message}")


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
    gui.add_argument(
        "--screenshot", metavar="PNG", type=Path, help="render, save a screenshot, quit"
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
        "export", help="write a briefing note (学习简报) of chosen highlights: .pdf, .md or .json"
    )
    _common(exp)
    exp.add_argument("out", metavar="OUT", type=Path, help="OUT.pdf, OUT.md or OUT.json")
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

    imp = sub.add_parser("import", help="import text files")
    _common(imp)
    imp.add_argument("files", metavar="FILE", nargs="+", type=Path)
    imp.add_argument(
        "--replace", metavar="DOC", help="the file is a new version of this document's source"
    )
    imp.add_argument("--json", action="store_true")
    return parser


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
    """Parse a command line; with no sub-command it means ``gui``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parse_args(argv)
        command = args.command
        if command == "gui":
            from jingdu.ui.app import run_gui  # Qt is imported only for the window

            return run_gui(args)
        if command == "recover":
            return _cmd_recover(args)
        with open_library(args.data_dir) as lib:
            for warning in lib.warnings:
                _warn(warning)
            report = lib.sync()
            for warning in report.warnings:
                _warn(warning)
            return _COMMANDS[command](lib, args)
    except UserError as exc:
        _say(str(exc))
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
            _say(str(plain))
            return EXIT_BAD_INPUT
        # A bug: say so in one line, never a traceback.
        _say(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


def _say(message: str) -> None:
    """One line on stderr, whatever the message holds (a file name with a newline or
    an escape sequence stays one visible line)."""
    print(f"jingdu: {terminal_safe(message, one_line=True)}", file=sys.stderr)


def _warn(message: str) -> None:
    _say(f"warning: {message}")


def _print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # JSON escapes C0 controls but not C1 ones (U+009B is a CSI to some terminals).
    sys.stdout.write((_escape_c1(text) if sys.stdout.isatty() else text) + "\n")


def print(*parts: Any, file: Any = None, **kwargs: Any) -> None:
    """print(), but text from documents, notes and file names cannot drive the terminal
    (ESC, BEL, OSC 52 writing the clipboard…) when it is shown on one."""
    stream = file if file is not None else sys.stdout
    if stream.isatty():
        parts = tuple(terminal_safe(str(p)) for p in parts)
    builtins.print(*parts, file=stream, **kwargs)


def _cmd_docs(lib: Library, args: argparse.Namespace) -> int:
    docs = lib.documents()
    if args.json:
        _print_json({"documents": [d.to_dict() for d in docs]})
        return EXIT_OK
    for d in docs:
        authors = "、".join(d.authors)
        print(f"{d.id}\t{d.title}\t{authors}\t{d.chars} 字")
    return EXIT_OK


def show_json(doc: Document) -> dict[str, Any]:
    d = doc.to_dict()
    return {
        "id": d["id"],
        "title": d["title"],
        "title_source": d["title_source"],
        "authors": d["authors"],
        "source": d["source"],
        "part": d["part"],
        "abstract": d["abstract"],
        "keywords": d["keywords"],
        "chars": d["chars"],
        "text": d["text"],
        "outline": d["outline"],
        "paragraphs": d["paragraphs"],
        "footnotes": d["footnotes"],
        "removed": d["removed"],
        "cleaner_version": d["cleaner_version"],
    }


def _cmd_show(lib: Library, args: argparse.Namespace) -> int:
    doc = lib.document(args.doc)
    if args.json:
        _print_json(show_json(doc))
        return EXIT_OK
    note = {"header": "（标题取自页眉）", "derived": "（标题由 Jingdu 推定）"}.get(
        doc.title_source, ""
    )
    print(doc.title + note)
    if doc.authors:
        print("作者：" + "、".join(doc.authors))
    print(f"来源：{doc.source}" + (f" 第 {doc.part} 篇" if doc.part else ""))
    print()
    for p in doc.paragraphs:
        text = doc.paragraph_text(p)
        if p.kind == "heading":
            print(("#" * max(p.level, 1)) + " " + text)
        elif p.kind == "signature":
            print(f"{'':>20}{text}")
        elif p.kind == "quote":
            print("> " + text)
        else:
            print(text)
        print()
    return EXIT_OK


def _cmd_import(lib: Library, args: argparse.Namespace) -> int:
    if args.replace and len(args.files) > 1:
        raise UserError("--replace takes exactly one file")
    imported = []
    for path in args.files:
        docs = lib.import_file(path, replace=args.replace)
        imported.extend(docs)
        if not args.json:
            for d in docs:
                print(f"imported {d.id}\t{d.title}")
    if args.json:
        summaries = {s.id: s for s in lib.documents()}
        _print_json({"documents": [summaries[d.id].to_dict() for d in imported]})
    return EXIT_OK


def _cmd_search(lib: Library, args: argparse.Namespace) -> int:
    announced = False

    def progress(done: int, total: int, _what: str) -> None:
        nonlocal announced
        if not announced and not args.json:
            print("jingdu: building the search index…", file=sys.stderr)
            announced = True

    lib.search_engine(progress)
    results = lib.search(args.query, doc=args.doc, limit=args.limit, offset=args.offset)
    if args.json:
        _print_json(results.to_dict())
        return EXIT_OK
    emphasis = sys.stdout.isatty()
    print(f"{results.total} 段匹配 · {results.seconds * 1000:.0f} ms")
    for n, hit in enumerate(results.hits, start=results.offset + 1):
        where = " › ".join([hit.title, *hit.headings[-2:]])
        print(f"\n{n}. {where}  [{hit.doc} ¶{hit.paragraph}]")
        # _mark escapes the snippet's own control characters and adds only its colours.
        builtins.print("   " + _mark(hit.snippet, hit.snippet_span[0], hit.matches, emphasis))
    return EXIT_OK


def _mark(snippet: str, start: int, matches: list[tuple[int, int]], emphasis: bool) -> str:
    """Bold the matches in a snippet on a terminal; leave the text alone otherwise."""
    if not emphasis:
        return snippet
    safe = terminal_safe
    lead = 1 if snippet.startswith("…") else 0
    out, pos = [], 0
    for s, e in matches:
        a, b = s - start + lead, e - start + lead
        if b <= lead or a >= len(snippet):
            continue
        a, b = max(a, lead), min(b, len(snippet))
        out += [safe(snippet[pos:a]), "\033[1;31m", safe(snippet[a:b]), "\033[0m"]
        pos = b
    out.append(safe(snippet[pos:]))
    return "".join(out)


def _highlight_line(h: Highlight) -> str:
    quote = h.quote.replace("\n", " ")
    quote = quote if len(quote) <= 40 else quote[:39] + "…"
    tags = " ".join(f"#{t}" for t in h.tags)
    note = f"  ✎ {h.note[:30]}" if h.note else ""
    flag = " [orphan]" if h.orphan else ""
    return (
        f"{h.id[:8]}  {h.doc}:{h.start}-{h.end}  {h.color}{flag}  「{quote}」 {tags}{note}".rstrip()
    )


def _cmd_highlight(lib: Library, args: argparse.Namespace) -> int:
    if args.action == "add":
        h = lib.add_highlight(
            args.doc, args.start, args.end, args.color, args.style, args.note, args.tag
        )
        _print_json(h.to_dict()) if args.json else print(h.id)
    elif args.action == "list":
        if args.doc is not None:
            lib.resolve(args.doc)
        f = Filter(
            doc=args.doc, tags=args.tag, color=args.color, text=args.text, since=args.since,
            until=args.until, orphans=True if args.orphans else None, sort=args.sort,
        )  # fmt: skip
        found = lib.highlights(f)
        if args.json:
            _print_json({"highlights": [h.to_dict() for h in found]})
        else:
            for h in found:
                print(_highlight_line(h))
    elif args.action == "edit":
        move = None
        if args.move:
            move = (args.move[0], _int(args.move[1]), _int(args.move[2]))
        h = lib.edit_highlight(
            args.id, args.color, args.style, args.note, args.tag, args.untag, move
        )
        _print_json(h.to_dict()) if args.json else print(_highlight_line(h))
    else:
        n = lib.delete_highlights(args.ids)
        print(f"deleted {n} highlight{'s' if n != 1 else ''}")
    return EXIT_OK


def _cmd_tags(lib: Library, args: argparse.Namespace) -> int:
    counts = lib.tags()
    if args.json:
        _print_json({"tags": [{"name": n, "count": c} for n, c in counts]})
    else:
        for name, count in counts:
            print(f"{count}\t{name}")
    return EXIT_OK


def _cmd_tag(lib: Library, args: argparse.Namespace) -> int:
    if args.action == "rename":
        n = lib.rename_tag(args.old, args.new)
        print(f"renamed {n} tag{'s' if n != 1 else ''}")
    elif args.action == "merge":
        if len(args.names) < 2:
            raise UserError("tag merge needs the tags to merge and the tag to merge them into")
        n = lib.merge_tags(args.names[:-1], args.names[-1])
        print(f"{n} highlight{'s' if n != 1 else ''} now tagged {args.names[-1]}")
    else:
        n = lib.delete_tag(args.name)
        print(f"removed the tag from {n} highlight{'s' if n != 1 else ''}")
    return EXIT_OK


def _cmd_export(lib: Library, args: argparse.Namespace) -> int:
    meanings = {}
    for item in args.meaning:
        color, sep, text = item.partition("=")
        if not sep or color not in COLORS:
            raise UserError(f"--meaning {item!r}: write COLOR=TEXT with one of {', '.join(COLORS)}")
        meanings[color] = text
    preface = args.preface
    if preface.startswith("@"):
        preface = read_source(Path(preface[1:])).text
    options = BriefingOptions(
        docs=args.doc, tags=args.tag, colors=args.color, since=args.since, until=args.until,
        notes_only=args.notes_only, group_by=args.group_by, color_meanings=meanings,
        title=args.title, subtitle=args.subtitle, author=args.author, date=args.date,
        preface=preface, context=args.context,
    )  # fmt: skip
    done = lib.export(args.out, options, font=args.font)
    b, warning = done.briefing, done.warning
    if warning:
        print(f"jingdu: warning: {warning}", file=sys.stderr)
    if args.json:
        _print_json(
            {"out": str(args.out), "excerpts": b.excerpt_count, "groups": len(b.groups),
             "warning": warning}
        )  # fmt: skip
    else:
        print(f"wrote {b.excerpt_count} excerpts in {len(b.groups)} groups to {args.out}")
    return EXIT_OK


def _cmd_backup(lib: Library, args: argparse.Namespace) -> int:
    n = lib.backup(args.out)
    print(f"wrote {n} highlight{'s' if n != 1 else ''} to {args.out}")
    return EXIT_OK


def _cmd_restore(lib: Library, args: argparse.Namespace) -> int:
    report = lib.restore(args.file)
    if args.json:
        _print_json(report.to_dict())
    else:
        r = report.to_dict()
        print(
            f"added {r['added']}, updated {r['updated']}, skipped {r['skipped']}"
            + (f"; placed again {r['reanchored']}" if r["reanchored"] else "")
            + (f"; orphans {r['orphaned']}" if r["orphaned"] else "")
        )
    return EXIT_OK


def _cmd_recover(args: argparse.Namespace) -> int:
    used, moved = recover(args.data_dir, force=args.force)
    print(f"restored the library from {used.name}")
    if moved is not None:
        print(f"the replaced database is kept as {moved}")
    return EXIT_OK


_COMMANDS = {
    "docs": _cmd_docs,
    "show": _cmd_show,
    "search": _cmd_search,
    "import": _cmd_import,
    "highlight": _cmd_highlight,
    "tags": _cmd_tags,
    "tag": _cmd_tag,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}
