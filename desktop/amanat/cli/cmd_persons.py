"""`amanat persons merge|unmerge|distinct|show`: one person described several times
(docs/review.md §5; JSON shapes there)."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.services import persons as person_service


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "persons",
        parents=[common],
        help="merge persons, undo a merge, mark persons as not the same",
    )
    psub = p.add_subparsers(dest="persons_command", metavar="ACTION", required=True)

    merge = psub.add_parser(
        "merge",
        parents=[common],
        help="merge OTHER_ID into KEEP_ID; prints the merge id",
        description="Record that two persons are one. Neither person record changes: the"
        " merge is a record of its own, and both ids keep resolving to KEEP_ID.",
    )
    merge.add_argument("keep", metavar="KEEP_ID")
    merge.add_argument("other", metavar="OTHER_ID")
    merge.add_argument("--json", action="store_true", help="print JSON")
    merge.set_defaults(func=cmd_merge)

    unmerge = psub.add_parser(
        "unmerge", parents=[common], help="undo a merge: both persons come back"
    )
    unmerge.add_argument("merge", metavar="MERGE_ID")
    unmerge.add_argument("--json", action="store_true", help="print JSON")
    unmerge.set_defaults(func=cmd_unmerge)

    distinct = psub.add_parser(
        "distinct",
        parents=[common],
        help="mark two persons as not the same person (never proposed as duplicates again)",
    )
    distinct.add_argument("ids", metavar="ID", nargs=2)
    distinct.add_argument("--json", action="store_true", help="print JSON")
    distinct.set_defaults(func=cmd_distinct)

    show = psub.add_parser(
        "show",
        parents=[common],
        help="a person after merges: every name, identifier, relationship and status,"
        " and who reported each",
    )
    show.add_argument("person", metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)


def cmd_merge(args: Any) -> int:
    with open_vault(args) as vault:
        created = person_service.merge_persons(vault, args.keep, args.other)
        group = person_service.person_group(vault, args.keep)
    if args.json:
        print_json({"merge": created.id, "person": group[0], "merged_from": group[1:]})
    else:
        print(created.id)
    return 0


def cmd_unmerge(args: Any) -> int:
    with open_vault(args) as vault:
        person_service.unmerge_persons(vault, args.merge)
        merge = person_service.merge_info(vault, args.merge)
        persons = [
            person_service.resolve_person(vault, pid) for pid in (merge.keep_id, merge.other_id)
        ]
    if args.json:
        print_json({"merge": merge.id, "undone": True, "persons": persons})
    else:
        print(f"unmerged: {persons[0]}  {persons[1]}")
    return 0


def cmd_distinct(args: Any) -> int:
    first, second = args.ids
    with open_vault(args) as vault:
        created = person_service.mark_distinct(vault, first, second)
    if args.json:
        print_json({"mark": created.id, "persons": sorted((first, second))})
    else:
        print(created.id)
    return 0


def cmd_show(args: Any) -> int:
    with open_vault(args) as vault:
        person = person_service.merged_person(vault, args.person)
    if args.json:
        print_json(person.as_json())
        return 0
    print(person.id)
    if person.merged_from:
        print(f"  merged from: {', '.join(person.merged_from)}")
    for entry in person.names:
        senders = ", ".join(esc(s.author_name or s.author[:16]) for s in entry.senders)
        print(f"  name: {esc(entry.value['text'])} ({esc(entry.value['script'])}) [{senders}]")
    for entry in person.identifiers:
        print(f"  identifier: {esc(entry.value['scheme'])} {esc(entry.value['value'])}")
    for entry in person.status:
        print(f"  status: {esc(entry.value['status'])} {esc(entry.value['date'] or '')}")
    for entry in person.relationships:
        print(f"  relationship: {esc(entry.value['type'])} {entry.value['other']}")
    return 0
