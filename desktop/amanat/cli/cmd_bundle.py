"""`amanat bundle seal|inspect|open|quarantine|provenance`: sealed bundles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.cli.messages import describe
from amanat.domain.errors import BundleError
from amanat.services import bundles as bundle_service
from amanat.storage.files import atomic_write


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bundle", parents=[common], help="seal, inspect and open bundles")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    seal = bsub.add_parser(
        "seal",
        parents=[common],
        help="seal cases into a bundle for verified contacts",
        description="Seal cases into a bundle (a standard age file) that only the chosen "
        "contacts can open, signed by this vault. Post-quantum hybrid encryption is used; "
        "when a recipient has no post-quantum key, sealing is refused unless --x25519 "
        "says to protect the bundle with X25519 only, for everyone.",
    )
    seal.add_argument(
        "--to", metavar="NAME", nargs="+", action="extend", required=True,
        help="recipient contact(s): name, id or fingerprint; must be verified",
    )  # fmt: skip
    which = seal.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", metavar="ID", nargs="+", action="extend", help="case id(s)")
    which.add_argument("--all", action="store_true", help="every case in the vault")
    seal.add_argument(
        "--profile",
        choices=["full", "no-contacts", "advocacy"],
        default="full",
        help="redaction profile (default: full)",
    )
    seal.add_argument(
        "--x25519",
        action="store_true",
        help="classic X25519 encryption (no post-quantum protection), openable by age tools "
        "without post-quantum support; needed when a recipient has no post-quantum key",
    )
    seal.add_argument(
        "-o", "--output", metavar="FILE", required=True,
        help="bundle file to write (a folder: a random file name inside it)",
    )  # fmt: skip
    seal.add_argument(
        "--followups-only",
        action="store_true",
        help="only the follow-up questions and answers of the cases (docs/review.md §6)",
    )
    seal.add_argument("--json", action="store_true", help="print JSON")
    seal.set_defaults(func=cmd_seal)

    inspect = bsub.add_parser(
        "inspect",
        parents=[common],
        help="show who sent a bundle and what it holds, without importing",
    )
    inspect.add_argument("file", metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="print JSON")
    inspect.set_defaults(func=cmd_inspect)

    opener = bsub.add_parser(
        "open",
        parents=[common],
        help="verify and import a bundle (all or nothing)",
        description="Verify every part of a bundle and import it in one step: on any "
        "failure nothing in the vault changes. A bundle from a sender who is not a "
        "verified contact is kept in quarantine instead.",
    )
    opener.add_argument("file", metavar="FILE", nargs="?")
    opener.add_argument("--quarantined", metavar="ID", help="import a bundle waiting in quarantine")
    opener.add_argument("--json", action="store_true", help="print JSON")
    opener.set_defaults(func=cmd_open)

    quarantine = bsub.add_parser(
        "quarantine", parents=[common], help="bundles waiting for their sender to be verified"
    )
    quarantine.add_argument("--json", action="store_true", help="print JSON")
    quarantine.add_argument(
        "--export-card", metavar="ID", help="write the sender's identity card of bundle ID"
    )
    quarantine.add_argument("-o", "--output", metavar="FILE", help="with --export-card")
    quarantine.add_argument("--discard", metavar="ID", help="delete a quarantined bundle")
    quarantine.set_defaults(func=cmd_quarantine)

    prov = bsub.add_parser(
        "provenance", parents=[common], help="which bundles brought a record, from whom"
    )
    prov.add_argument("record_id", metavar="RECORD_ID")
    prov.add_argument("--json", action="store_true", help="print JSON")
    prov.set_defaults(func=cmd_provenance)


def sender_label(sender: dict[str, Any]) -> str:
    """The stored contact's name; a stranger is named by what its card claims, quoted."""
    if sender.get("name"):
        return esc(sender["name"])
    return f'a stranger whose card says "{esc(sender.get("card_name") or "")}"'


def sender_line(sender: dict[str, Any]) -> str:
    if sender.get("trusted"):
        return f"{sender_label(sender)} (verified contact)"
    return f"{sender_label(sender)} ({esc(sender.get('quarantine_reason'))})"


def sender_warnings(sender: dict[str, Any]) -> list[str]:
    out = []
    card_name = sender.get("card_name")
    if sender.get("name") and card_name and card_name != sender["name"]:
        out.append(
            f'the card in the bundle calls this sender "{esc(card_name)}"; shown is the '
            "name you gave the contact"
        )
    for alike in sender.get("look_alikes") or []:
        out.append(
            f'this sender\'s name looks like your contact "{esc(alike["name"])}" '
            f"({esc(alike['id'])}), which is another key: compare the fingerprint"
        )
    return out


def missing_lines(who: str, missing: dict[str, Any] | None) -> list[str]:
    """ "bundle 2 from Field Almaty has not arrived" for each gap (the first few)."""
    if not missing or not missing.get("total"):
        return []
    lines = [f"bundle {n} from {who} has not arrived" for n in missing["listed"]]
    more = int(missing["total"]) - len(missing["listed"])
    if more > 0:
        lines.append(f"and {more} more bundle(s) from {who}")
    return lines


def cmd_seal(args: Any) -> int:
    with open_vault(args) as vault:
        result = bundle_service.seal_bundle(
            vault,
            args.to,
            args.output,
            case_ids=args.case,
            all_cases=args.all,
            profile=args.profile,
            x25519=args.x25519,
            followups_only=args.followups_only,
        )
    if args.json:
        print_json(result.as_json())
        return 0
    kind = "post-quantum hybrid" if result.as_json()["recipient_type"] == "hybrid" else "X25519"
    print(
        f"Sealed {len(result.cases)} case(s), {result.records} records, "
        f"{result.attachments} attachment(s) ({kind}, profile {result.profile.value})"
    )
    print(f"Bundle: {esc(result.path)}")
    for fingerprint in result.recipients:
        print(f"To:     {fingerprint}")
    if result.excluded_cases:
        print(
            f"amanat: {len(result.excluded_cases)} restricted case(s) were left out by the "
            f"{result.profile.value} profile",
            file=sys.stderr,
        )
    return 0


def cmd_inspect(args: Any) -> int:
    with open_vault(args) as vault:
        report = bundle_service.inspect_bundle(vault, args.file)
    if args.json:
        print_json(report)
    else:
        # Everything from the bundle is escaped: a title cannot rewrite these lines.
        sender = report["sender"]
        print(f"Bundle:    {esc(report['bundle_id'])} (sequence {esc(report['sequence'])})")
        print(f"Created:   {esc(report['created'])}")
        print(f"From:      {sender_line(sender)}")
        print(f"           {esc(sender['fingerprint'])}")
        for warning in sender_warnings(sender):
            print(f"amanat: WARNING: {warning}", file=sys.stderr)
        if report.get("late"):
            print(
                "Late:      a later bundle from this sender was imported first; this one "
                "is accepted all the same"
            )
        for missing in missing_lines(sender_label(sender), report.get("missing_sequences")):
            print(f"Missing:   {missing}")
        for recipient in report["recipients"]:
            print(f"To:        {esc(recipient['fingerprint'])}  {esc(recipient['name'] or '')}")
        print(f"Profile:   {esc(report['profile'])} ({esc(report['recipient_type'])})")
        print(f"Signature: {esc(report['signature'])}")
        for case in report.get("cases", []):
            print(f"Case:      {esc(case['id'])}  {esc(case['title'])}")
        if report.get("entries"):
            print(
                "Entries:   "
                + ", ".join(f"{esc(k)} {esc(v)}" for k, v in report["entries"].items())
            )
    if not report["verified"]:
        error = BundleError(report["error"], **report.get("error_params", {}))
        print(f"amanat: {describe(error)}", file=sys.stderr)
        return 1
    return 0


def cmd_open(args: Any) -> int:
    if bool(args.file) == bool(args.quarantined):
        print("amanat: give a bundle FILE or --quarantined ID", file=sys.stderr)
        return 2
    with open_vault(args) as vault:
        if args.quarantined:
            result = bundle_service.open_quarantined(vault, args.quarantined)
        else:
            result = bundle_service.open_bundle(vault, args.file)
    if args.json:
        print_json(result.as_json())
        return 0
    # The stored contact's name (only a verified contact's bundle imports).
    print(f"Imported bundle {esc(result.bundle_id)} from {esc(result.sender_name)}")
    print(f"           {esc(result.sender_fingerprint)}")
    if result.sender_key_generation is not None:
        print(
            f"The sender's new encryption keys (generation {result.sender_key_generation}) "
            "were adopted: bundles to it are sealed to them from now on."
        )
    # Each record once, by what the bundle left it as: the counts add up to the records.
    outcomes = ", ".join(
        f"{esc(k).replace('_', ' ')} {v}" for k, v in result.record_outcomes.items()
    )
    print(
        f"{len(result.cases)} case(s), {result.records} record(s)"
        f" ({result.revisions} revision(s)): {outcomes or 'nothing new'}"
    )
    if result.attachments_stored or result.attachments_known:
        print(
            f"Attachments: {result.attachments_stored} stored, "
            f"{result.attachments_known} already here"
        )
    if result.conflicts:
        print(f"{len(result.conflicts)} record(s) in conflict: both versions were kept")
    if result.proposals:
        print(
            f"{len(result.proposals)} record(s) edited by a vault that does not own them: "
            "kept as proposals, not applied (see `amanat case show ID`, then "
            "`amanat case accept` or `decline`)"
        )
    return 0


def cmd_quarantine(args: Any) -> int:
    with open_vault(args) as vault:
        if args.export_card:
            if not args.output:
                print("amanat: --export-card needs -o FILE", file=sys.stderr)
                return 2
            card = bundle_service.quarantined_sender_card(vault, args.export_card)
            atomic_write(Path(args.output), card)
            print(f"Wrote the sender's card to {esc(args.output)}")
            return 0
        if args.discard:
            bundle_service.discard_quarantined(vault, args.discard)
            print("Discarded.")
            return 0
        items = bundle_service.list_quarantine(vault)
    if args.json:
        print_json(items)
        return 0
    for item in items:
        sender = item["sender"]
        print(
            f"{esc(item['id'])}  {esc(item['received'])}  {esc(item['reason']):<18}  "
            f"{esc(sender['fingerprint'])}  {sender_line(sender)}"
        )
    return 0


def cmd_provenance(args: Any) -> int:
    with open_vault(args) as vault:
        rows = bundle_service.provenance(vault, args.record_id)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(
            f"{esc(row['imported'])}  {esc(row['outcome']):<12}  bundle {esc(row['bundle_id'])}"
            f"  from {esc(row['sender']['name'] or row['sender']['fingerprint'])}"
        )
    return 0
