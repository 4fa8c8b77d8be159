"""Commands for studying a term across the library: the concordance and the counts."""

from __future__ import annotations

import argparse

from jingdu.cli.output import index_ready, print, print_json
from jingdu.library import Library

EXIT_OK = 0


def cmd_concordance(lib: Library, args: argparse.Namespace) -> int:
    index_ready(lib, args.json)
    result = lib.concordance(args.query, doc=args.doc, limit=args.limit, sort=args.sort)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    shown = len(result.lines)
    more = f"（列出 {shown} 处）" if shown < result.total else ""
    print(f"{result.total} 处 · {len(result.per_doc)} 篇文档{more}")
    width = max((len(line.left) for line in result.lines), default=0)
    for line in result.lines:
        # Aligned on the match: the left context is padded to the widest one (in
        # full-width spaces, the width of a Chinese character on a terminal).
        left = "\u3000" * (width - len(line.left)) + line.left
        print(f"{line.doc}:{line.start}\t{left}【{line.match}】{line.right}")
    return EXIT_OK


def cmd_counts(lib: Library, args: argparse.Namespace) -> int:
    index_ready(lib, args.json)
    result = lib.counts(args.terms, collocates=args.collocates)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    for t in result.terms:
        print(f"{t.term}\t共 {t.total} 处")
        print("  按文档（每千字）：")
        for d in sorted(t.documents, key=lambda d: -d.per_1000):
            if d.count:
                print(f"    {d.doc}\t{d.count}\t{d.per_1000:.2f}\t{d.title}")
        print("  按来源文件：")
        for s in t.sources:
            print(f"    {s.source}\t{s.count}\t{s.per_1000:.2f}")
        if t.collocates:
            said = "、".join(f"{c.word}({c.together})" for c in t.collocates)
            print(f"  常见搭配：{said}")
    return EXIT_OK
