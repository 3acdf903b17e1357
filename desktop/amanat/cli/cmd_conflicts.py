"""`amanat conflicts list|resolve`: records waiting for a person (docs/review.md §4)."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.cli.cmd_case import _read_json
from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.services import conflicts as conflict_service


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "conflicts", parents=[common], help="records edited on both sides, and proposals"
    )
    csub = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)

    ls = csub.add_parser("list", parents=[common], help="list records waiting for a person")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.set_defaults(func=cmd_list)

    res = csub.add_parser(
        "resolve", parents=[common], help="write the resolution: one version, or content"
    )
    res.add_argument("record_id", metavar="RECORD_ID")
    how = res.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--keep", choices=conflict_service.SIDES, help="keep the version shown or the incoming"
    )
    how.add_argument(
        "--content-json",
        metavar="FILE",
        help="the resolved content (the shape of heads[].content), or - for standard input",
    )
    res.set_defaults(func=cmd_resolve)


def cmd_list(args: Any) -> int:
    with open_vault(args) as vault:
        views = conflict_service.list_conflicts(vault)
    if args.json:
        print_json([v.as_json() for v in views])
        return 0
    if not views:
        print("no records are waiting for a decision")
    for v in views:
        print(f"{esc(v.state):<9} {esc(v.kind.value):<12} {esc(v.record_id)}"
              f"  case {esc(v.case_id or '-')}")  # fmt: skip
        for h in v.heads:
            who = h.author_name or "an unknown author"
            changed = ", ".join(h.changed) or "nothing"
            print(f"    {h.side:<8} {esc(h.created)}  by {esc(who)}; changed {esc(changed)}")
    return 0


def cmd_resolve(args: Any) -> int:
    content = None if args.content_json is None else _read_json(args.content_json)
    with open_vault(args) as vault:
        result = conflict_service.resolve(vault, args.record_id, keep=args.keep, content=content)
    print(result.id)
    return 0
