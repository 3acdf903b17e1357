"""`amanat case add|list|show|history|log` and `amanat attach`."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.domain.errors import ValidationError
from amanat.services import attachments as attachment_service
from amanat.services import case_edit
from amanat.services import cases as case_service
from amanat.services import search as search_service
from amanat.storage.cases import SORT_COLUMNS


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("case", parents=[common], help="add, list and show cases")
    csub = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    add = csub.add_parser("add", parents=[common], help="add a case from case JSON")
    add.add_argument(
        "--json",
        required=True,
        metavar="FILE",
        help="case JSON file (docs/case-json.md), or - for standard input",
    )
    add.set_defaults(func=cmd_add)

    edit = csub.add_parser(
        "edit", parents=[common], help="apply an edited case JSON as new revisions"
    )
    edit.add_argument("id", metavar="CASE_ID")
    edit.add_argument(
        "--json",
        required=True,
        metavar="FILE",
        help="the edited case (the shape of case show --json), or - for standard input",
    )
    edit.set_defaults(func=cmd_edit)

    ls = csub.add_parser("list", parents=[common], help="list cases")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.add_argument("--status", action="append", help="only this status (repeatable)")
    ls.add_argument("--assignee", help="only cases assigned to this name")
    ls.add_argument("--sort", default="updated", choices=sorted(SORT_COLUMNS))
    ls.add_argument("--ascending", action="store_true", help="oldest / A first")
    ls.add_argument("--limit", type=int, default=1000)
    ls.add_argument("--offset", type=int, default=0)
    ls.set_defaults(func=cmd_list)

    show = csub.add_parser("show", parents=[common], help="show one case")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print the full case JSON")
    show.set_defaults(func=cmd_show)

    hist = csub.add_parser("history", parents=[common], help="revisions of a case's records")
    hist.add_argument("id", metavar="ID")
    hist.add_argument("--json", action="store_true", help="print JSON")
    hist.set_defaults(func=cmd_history)

    for name, helptext, func in (
        ("accept", "accept a pending version of a record (a proposal or conflict)", cmd_accept),
        ("decline", "decline a pending version of a record, keeping the one shown", cmd_decline),
    ):
        decide = csub.add_parser(name, parents=[common], help=helptext)
        decide.add_argument("record_id", metavar="RECORD_ID")
        decide.add_argument("rev_id", metavar="REV_ID", help="see case show --json, conflicts")
        decide.set_defaults(func=func)

    log = csub.add_parser("log", parents=[common], help="the custody log of a case")
    log.add_argument("id", metavar="ID")
    log.add_argument("--json", action="store_true", help="print JSON")
    log.set_defaults(func=cmd_log)

    att = sub.add_parser("attach", parents=[common], help="attach a file to a case")
    att.add_argument("case_id", metavar="CASE_ID")
    att.add_argument("file", metavar="FILE")
    att.add_argument(
        "--role", default="evidentiary_original", choices=["evidentiary_original", "working_copy"]
    )
    att.add_argument("--media-type", help="media type (default: guessed from the name)")
    att.add_argument("--derived-from", metavar="ATTACHMENT_ID")
    att.set_defaults(func=cmd_attach)


def _read_json(source: str) -> Any:
    try:
        path = None if source == "-" else Path(source).expanduser()
        data = sys.stdin.buffer.read() if path is None else path.read_bytes()
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError("invalid.encoding", field="json") from None
    except json.JSONDecodeError as exc:
        # The position only, never a piece of the document.
        raise ValidationError(
            "invalid.json", field="json", line=exc.lineno, column=exc.colno
        ) from None


def cmd_add(args: Any) -> int:
    doc = _read_json(args.json)
    with open_vault(args) as vault:
        case_id = case_service.add_case(vault, doc).id
    print(case_id)
    return 0


def cmd_edit(args: Any) -> int:
    doc = _read_json(args.json)
    with open_vault(args) as vault:
        result = case_edit.edit_case(vault, args.id, doc)
    if not result.records:
        print("nothing changed")
    for r in result.records:
        what = "added" if r.new else "changed " + ", ".join(r.fields)
        where = "" if r.owned_here else " (a proposal to its owner)"
        print(f"{esc(r.kind.value)} {esc(r.record_id)}: {esc(what)}{where}")
    return 0


def cmd_list(args: Any) -> int:
    filters: dict[str, Any] = {}
    if args.status:
        filters["status"] = args.status
    if args.assignee:
        filters["assignee"] = args.assignee
    with open_vault(args) as vault:
        rows = case_service.list_cases(
            vault,
            filters,
            sort=args.sort,
            descending=not args.ascending,
            limit=args.limit,
            offset=args.offset,
        )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        when = row["first_event"] or "-"
        print(f"{row['id']}  {row['status']:<12} {esc(when):<10}  {esc(row['title'])}")
    return 0


def _merged_person(vault: Any, person_id: str) -> Any:
    """The merged person the case's person is part of (docs/review.md §5), or None."""
    summary = search_service.person_summaries(vault, [person_id]).get(person_id)
    if summary is None or not (summary.merged_from or summary.id != person_id):
        return None
    return dataclasses.replace(summary, other_names=tuple(esc(n) for n in summary.other_names))


def cmd_show(args: Any) -> int:
    with open_vault(args) as vault:
        doc = case_service.get_case(vault, args.id)
        merged = _merged_person(vault, str(doc["person"]["id"]))
    if args.json:
        print_json(doc)
        return 0
    person = doc["person"]
    # Every value is escaped: a case may come from a bundle (docs/trust-contacts.md).
    print(f"Case {esc(doc['id'])}: {esc(doc['title'])}")
    print(f"  status {esc(doc['status'])}, assignee {esc(doc['assignee'] or '-')}")
    print(f"  person: {', '.join(esc(n['text']) for n in person['names'])}")
    if merged is not None:
        print(f"  merged person {merged.id}, also: {', '.join(merged.other_names) or '-'}")
    if person["birth_date"]:
        print(f"  born: {esc(person['birth_date'])}")
    if person["hometown"]:
        print(f"  hometown: {esc(person['hometown']['name'])}")
    for event in doc["events"]:
        place = event["place"]["name"] if event["place"] else "-"
        print(f"  event: {esc(event['type'])} {esc(event['date'] or '?')} at {esc(place)}")
    for t in doc["testimonies"]:
        speaker = t["speaker"]["names"][0]["text"]
        print(
            f"  testimony {esc(t['id'])} ({esc(t['state'])}) by {esc(speaker)}, "
            f"{esc(t['relation'] or '-')}"
        )
    for a in doc["attachments"]:
        print(f"  attachment {esc(a['id'])}: {esc(a['original_name'])} ({esc(a['size'])} bytes)")
    for c in doc["conflicts"]:
        for p in c["pending"]:
            author = p["author_name"] or "an unknown author"
            changed = " (consent changed)" if p.get("consent_changed") else ""
            print(
                f"  pending {esc(c['record_kind'])} {esc(c['record_id'])}:"
                f" version {esc(p['rev_id'])} by {esc(author)}{changed}"
            )
    return 0


def cmd_accept(args: Any) -> int:
    with open_vault(args) as vault:
        case_service.accept_head(vault, args.record_id, args.rev_id)
    print("accepted")
    return 0


def cmd_decline(args: Any) -> int:
    with open_vault(args) as vault:
        case_service.decline_head(vault, args.record_id, args.rev_id)
    print("declined")
    return 0


def cmd_history(args: Any) -> int:
    with open_vault(args) as vault:
        entries = case_service.case_history(vault, args.id)
    if args.json:
        print_json(entries)
        return 0
    for e in entries:
        mark = "*" if e["head"] else " "
        signed = "" if e["signed"] else "  (unsigned)"
        print(f"{mark} {e['created']}  {e['record_kind']:<12} {e['record_id']}  "
              f"{e['rev_id'][:16]}{signed}")  # fmt: skip
    return 0


def cmd_log(args: Any) -> int:
    with open_vault(args) as vault:
        entries = case_service.custody_log(vault, args.id)
    if args.json:
        print_json(entries)
        return 0
    for e in entries:
        print(f"{e['seq']:>6}  {e['time']}  {e['action']:<9} {e['record_kind'] or ''} "
              f"{e['record_id'] or ''}")  # fmt: skip
    return 0


def cmd_attach(args: Any) -> int:
    with open_vault(args) as vault:
        attachment_id = attachment_service.attach_file(
            vault,
            args.case_id,
            Path(args.file).expanduser(),
            role=args.role,
            media_type=args.media_type,
            derived_from=args.derived_from,
        ).id
    print(attachment_id)
    return 0
