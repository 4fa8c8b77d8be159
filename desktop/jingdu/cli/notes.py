"""Commands on annotations and what is made of them: highlights, tags, export, backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from jingdu.cli.output import print, print_json, warn
from jingdu.cli.parser import _int
from jingdu.corpus.decode import read_source
from jingdu.errors import UserError
from jingdu.export.model import BriefingOptions, Masthead
from jingdu.library import Library, recover
from jingdu.notes.model import COLORS, Highlight
from jingdu.notes.store import Filter

EXIT_OK = 0


def _highlight_line(h: Highlight) -> str:
    quote = h.quote.replace("\n", " ")
    quote = quote if len(quote) <= 40 else quote[:39] + "…"
    tags = " ".join(f"#{t}" for t in h.tags)
    note = f"  ✎ {h.note[:30]}" if h.note else ""
    flag = " [orphan]" if h.orphan else ""
    return (
        f"{h.id[:8]}  {h.doc}:{h.start}-{h.end}  {h.color}{flag}  「{quote}」 {tags}{note}".rstrip()
    )


def cmd_highlight(lib: Library, args: argparse.Namespace) -> int:
    if args.action == "add":
        h = lib.add_highlight(
            args.doc, args.start, args.end, args.color, args.style, args.note, args.tag
        )
        print_json(h.to_dict()) if args.json else print(h.id)
    elif args.action == "list":
        if args.doc is not None:
            lib.resolve(args.doc)
        f = Filter(
            doc=args.doc, tags=args.tag, color=args.color, text=args.text, since=args.since,
            until=args.until, orphans=True if args.orphans else None, sort=args.sort,
        )  # fmt: skip
        found = lib.highlights(f)
        if args.json:
            print_json({"highlights": [h.to_dict() for h in found]})
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
        print_json(h.to_dict()) if args.json else print(_highlight_line(h))
    else:
        n = lib.delete_highlights(args.ids)
        print(f"deleted {n} highlight{'s' if n != 1 else ''}")
    return EXIT_OK


def cmd_tags(lib: Library, args: argparse.Namespace) -> int:
    counts = lib.tags()
    if args.json:
        print_json({"tags": [{"name": n, "count": c} for n, c in counts]})
    else:
        for name, count in counts:
            print(f"{count}\t{name}")
    return EXIT_OK


def cmd_tag(lib: Library, args: argparse.Namespace) -> int:
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


def cmd_export(lib: Library, args: argparse.Namespace) -> int:
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
        preface=preface, context=args.context, layout=args.layout, figures=not args.no_charts,
        masthead=Masthead(
            name=args.masthead, issue=args.issue, unit=args.unit, report_to=args.report_to,
            send_to=args.send_to, issue_to=args.issue_to, copies=args.copies,
        ),
    )  # fmt: skip
    done = lib.export(args.out, options, font=args.font)
    b, warning = done.briefing, done.warning
    if warning:
        warn(warning)
    if args.json:
        print_json(
            {"out": str(args.out), "excerpts": b.excerpt_count, "groups": len(b.groups),
             "warning": warning}
        )  # fmt: skip
    else:
        print(f"wrote {b.excerpt_count} excerpts in {len(b.groups)} groups to {args.out}")
    return EXIT_OK


def cmd_backup(lib: Library, args: argparse.Namespace) -> int:
    n = lib.backup(args.out)
    print(f"wrote {n} highlight{'s' if n != 1 else ''} to {args.out}")
    return EXIT_OK


def cmd_restore(lib: Library, args: argparse.Namespace) -> int:
    report = lib.restore(args.file)
    if args.json:
        print_json(report.to_dict())
    else:
        r = report.to_dict()
        print(
            f"added {r['added']}, updated {r['updated']}, skipped {r['skipped']}"
            + (f"; placed again {r['reanchored']}" if r["reanchored"] else "")
            + (f"; orphans {r['orphaned']}" if r["orphaned"] else "")
        )
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    used, moved = recover(args.data_dir, force=args.force)
    print(f"restored the library from {used.name}")
    if moved is not None:
        print(f"the replaced database is kept as {moved}")
    return EXIT_OK
