"""Where else a passage is said (``jingdu parallels``) and the quotations index
(``jingdu quotes``): their grammar and their commands, in one place."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from jingdu.cli.output import index_ready, print, print_json
from jingdu.library import Library
from jingdu.study.parallels import parallels
from jingdu.study.quotes import DEFAULT_MIN_DOCS, quotes

EXIT_OK = 0
SNIPPET_CHARS = 80


def add_parsers(
    sub: argparse._SubParsersAction[Any],
    common: Callable[[argparse.ArgumentParser], None],
    whole: Callable[[str], int],
    positive: Callable[[str], int],
) -> None:
    """Add the two commands to the command line's sub-commands."""
    par = sub.add_parser(
        "parallels", help="every other place in the library that quotes DOC[START:END]"
    )
    common(par)
    par.add_argument("doc", metavar="DOC", help="a document (an id, a prefix, or 001-05)")
    par.add_argument("start", metavar="START", type=whole, help="where the passage starts")
    par.add_argument("end", metavar="END", type=whole, help="where it ends (code points)")
    par.add_argument("--json", action="store_true")
    quo = sub.add_parser("quotes", help="the quotations index: passages the library quotes")
    common(quo)
    quo.add_argument(
        "--min-docs",
        metavar="N",
        type=positive,
        default=DEFAULT_MIN_DOCS,
        help=f"only passages quoted in N documents or more (default {DEFAULT_MIN_DOCS})",
    )
    quo.add_argument("--json", action="store_true")


def cmd_parallels(lib: Library, args: argparse.Namespace) -> int:
    index_ready(lib, args.json)
    found = parallels(lib, args.doc, args.start, args.end)
    if args.json:
        print_json(found.to_dict())
        return EXIT_OK
    docs = len({p.doc for p in found.parallels})
    print(f"{len(found.parallels)} 处引述 · {docs} 篇文献")
    for n, p in enumerate(found.parallels, start=1):
        where = " › ".join([p.title, *p.headings[-2:]])
        text = p.snippet if len(p.snippet) <= SNIPPET_CHARS else p.snippet[:SNIPPET_CHARS] + "…"
        print(f"\n{n}. {where}  [{p.doc} {p.start}-{p.end}]  {p.similarity:.0%}")
        print(f"   {text}")
    return EXIT_OK


def cmd_quotes(lib: Library, args: argparse.Namespace) -> int:
    index_ready(lib, args.json)
    found = quotes(lib, args.min_docs)
    if args.json:
        print_json({"quotes": [q.to_dict() for q in found]})
        return EXIT_OK
    print(f"{len(found)} 段引文")
    for n, q in enumerate(found, start=1):
        text = q.text if len(q.text) <= SNIPPET_CHARS else q.text[:SNIPPET_CHARS] + "…"
        span = ""
        if q.first is not None and q.last is not None:
            span = f"  {q.dates[q.first]} – {q.dates[q.last]}"
        print(f"\n{n}. “{text}”")
        print(f"   {len(q.docs)} 篇引用{span}: {', '.join(q.docs)}")
    return EXIT_OK


COMMANDS = {"parallels": cmd_parallels, "quotes": cmd_quotes}
