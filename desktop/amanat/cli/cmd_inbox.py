"""`amanat inbox scan FOLDER [--json]`: look at every bundle file of an exchange folder
(docs/review.md §1)."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.cli.messages import describe
from amanat.domain.errors import AmanatError
from amanat.services import inbox as inbox_service
from amanat.services.inbox import Outcome
from amanat.storage.inbox import InboxFile


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("inbox", help="the inbox: bundles arriving in an exchange folder")
    inbox_sub = p.add_subparsers(dest="inbox_command", required=True, metavar="COMMAND")
    scan = inbox_sub.add_parser(
        "scan",
        parents=[common],
        help="open the new bundles of a folder (verified senders; others to quarantine)",
    )
    scan.add_argument("folder", metavar="FOLDER", help="the exchange folder to look at")
    scan.add_argument("--json", action="store_true", help="print a JSON array, one per file")
    scan.set_defaults(func=cmd_scan)


def sentence(item: InboxFile) -> str:
    """What happened to a file, in one calm sentence (the app's words:
    ui/review/inbox_panel.py)."""
    sender = item.sender_name or "an unknown sender"
    if item.outcome == Outcome.OPENED:
        b = item.brought
        return (
            f"opened, from {sender}: {b.get('new', 0)} new, {b.get('updated', 0)} updated,"
            f" {b.get('conflicts', 0)} conflict(s), {b.get('proposals', 0)} proposal(s)"
        )
    if item.outcome == Outcome.RELEASED:
        return "opened from the quarantine once the sender was verified"
    if item.outcome == Outcome.DISCARDED:
        return "discarded from the quarantine; nothing was imported"
    if item.outcome == Outcome.ALREADY:
        return f"already received (from {sender}); nothing changed"
    if item.outcome == Outcome.QUARANTINED:
        return (
            f"waits in quarantine: the sender ({sender}, {item.sender_fingerprint}) is not a"
            " verified contact; see `amanat bundle quarantine`"
        )
    if item.outcome == Outcome.WAITING:
        if item.error in inbox_service.INCOMPLETE:
            return (
                "waiting for the file to finish copying: so far it is incomplete or damaged;"
                " it will be tried again when it changes (if it does not, ask the sender to"
                " send it again)"
            )
        return "waiting for the file to finish copying; it will be tried again when it changes"
    return "refused: " + describe(AmanatError(item.error or "error"))


def cmd_scan(args: Any) -> int:
    with open_vault(args) as vault:
        result = inbox_service.scan(vault, args.folder)
    if args.json:
        print_json(result.as_json())
        return 0
    for entry in result.entries:
        item = entry.file
        note = "" if entry.fresh else " (unchanged since it was last looked at)"
        print(f"{esc(item.name)}: {esc(sentence(item))}{note}")
    if not result.entries:
        print("no bundle files in this folder")
    return 0
