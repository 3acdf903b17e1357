"""`amanat search` (cases or persons, any script) and `amanat duplicates`."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.services import search as search_service


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "search",
        parents=[common],
        help="find cases (or persons) by name, words or place, in any script",
    )
    p.add_argument("query", metavar="QUERY", help='e.g. "Yerzhan", "Ержан", "ئەركىن", "伊宁"')
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--persons", action="store_true", help="find persons instead of cases")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=cmd_search)

    d = sub.add_parser(
        "duplicates",
        parents=[common],
        help="propose persons who may be the same (nothing is merged)",
    )
    d.add_argument("--person", metavar="PERSON_ID", help="only candidates for this person")
    d.add_argument("--min-score", type=float, default=search_service.DUPLICATE_MIN_SCORE)
    d.add_argument("--limit", type=int, default=100)
    d.add_argument("--json", action="store_true", help="print a JSON array")
    d.set_defaults(func=cmd_duplicates)


def cmd_search(args: Any) -> int:
    with open_vault(args) as vault:
        if args.persons:
            persons = search_service.search_persons(vault, args.query, args.limit)
            if args.json:
                print_json([p.as_json() for p in persons])
            else:
                for person in persons:
                    print(f"{person.person_id}  {person.score:.2f}  {esc(person.name)}")
            return 0
        hits = search_service.search_cases(vault, args.query, args.limit, args.offset)
        if args.json:
            print_json([h.as_json() for h in hits])
            return 0
        for hit in hits:
            why = ", ".join(dict.fromkeys(r.kind for r in hit.reasons))
            print(f"{hit.case_id}  {hit.score:.2f}  {esc(hit.title)}  ({esc(why)})")
        if not hits:
            print("no matching cases")
    return 0


def cmd_duplicates(args: Any) -> int:
    with open_vault(args) as vault:
        found = search_service.duplicate_candidates(
            vault, args.person, min_score=args.min_score, limit=args.limit
        )
    if args.json:
        print_json([c.as_json() for c in found])
        return 0
    for c in found:
        reasons = ", ".join(code for code, _detail in c.reasons)
        conflicts = ", ".join(code for code, _detail in c.conflicts)
        line = f"{c.person_id}  {c.other_id}  {c.score:.2f}  {reasons}"
        print(line + (f"  (conflicts: {conflicts})" if conflicts else ""))
    if not found:
        print("no duplicate candidates")
    return 0
