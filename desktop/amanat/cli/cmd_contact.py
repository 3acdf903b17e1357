"""`amanat contact add|list|verify|show`: the people bundles are exchanged with."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from amanat.cli.cmd_bundle import missing_lines
from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.crypto.cards import parse_card
from amanat.services import contacts as contact_service
from amanat.services.contacts import MAX_CARD_FILE
from amanat.storage.contacts import AddOutcome, ContactState


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("contact", parents=[common], help="add, list and verify contacts")
    csub = p.add_subparsers(dest="contact_command", metavar="ACTION", required=True)

    add = csub.add_parser(
        "add",
        parents=[common],
        help="add a contact from an identity card",
        description="Add a contact from an identity card file (binary or text), or - for "
        "a card pasted on standard input.",
    )
    add.add_argument("card", metavar="CARD")
    add.add_argument(
        "--verified",
        action="store_true",
        help="you have already compared the fingerprint with its owner",
    )
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(func=cmd_add)

    ls = csub.add_parser("list", parents=[common], help="list contacts")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.set_defaults(func=cmd_list)

    verify = csub.add_parser(
        "verify",
        parents=[common],
        help="mark a contact's fingerprint as compared",
        description="Mark a contact verified after comparing its fingerprint with its "
        "owner over a channel you trust (in person, or a call where you know the voice).",
    )
    verify.add_argument("name_or_id", metavar="NAME_OR_ID")
    verify.add_argument(
        "--fingerprint",
        metavar="DIGITS",
        help="the fingerprint as the owner read it to you; refused if it differs",
    )
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(func=cmd_verify)

    show = csub.add_parser("show", parents=[common], help="one contact and its key history")
    show.add_argument("name_or_id", metavar="NAME_OR_ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)


def _look_alike_warning(look_alikes: Any) -> None:
    for other in look_alikes:
        print(
            "amanat: WARNING: two contacts share a name: another contact has the same name "
            f'or one that looks the same, "{esc(other.display_name)}" '
            f"({other.id}, {other.state.value}, fingerprint {other.fingerprint}). They are "
            "different keys: tell them apart by the fingerprint, never by the name.",
            file=sys.stderr,
        )


def _missing(vault: Any, contact: Any) -> list[str]:
    listed, total = contact_service.missing_bundles(vault, contact)
    return missing_lines(esc(contact.display_name), {"listed": listed, "total": total})


def cmd_add(args: Any) -> int:
    if args.card == "-":
        # parse_card refuses anything longer than a card, so the bound is enough.
        card = parse_card(sys.stdin.buffer.read(MAX_CARD_FILE + 1))
    else:
        card = contact_service.read_card_file(args.card)
    with open_vault(args) as vault:
        added = contact_service.add_contact(vault, card, verified=args.verified)
        contact, outcome = added
        details = contact_service.contact_details(vault, contact)
    if args.json:
        print_json({**details, "outcome": outcome.value})
        return 0
    if outcome is AddOutcome.KEY_CHANGED and contact.state is ContactState.KEY_CHANGED:
        print(
            "amanat: WARNING: the keys of this contact changed (a card signed by its own "
            "key). Nothing will be sealed to it or accepted from it until you compare the "
            "new fingerprint and run `amanat contact verify`.",
            file=sys.stderr,
        )
    if outcome is AddOutcome.NAME_KEPT:
        print(
            f'amanat: WARNING: the card renames this contact to "{esc(card.display_name)}", '
            "which looks like another contact's name; the name is kept.",
            file=sys.stderr,
        )
    _look_alike_warning(added.look_alikes)
    verb = {
        AddOutcome.ADDED: "Added",
        AddOutcome.UNCHANGED: "Already known",
        AddOutcome.RENAMED: "Updated",
        AddOutcome.NAME_KEPT: "Already known",
        AddOutcome.KEY_CHANGED: "New keys for",
    }[outcome]
    print(f"{verb}: {esc(contact.display_name)} ({contact.state.value})")
    if added.adopted_generation is not None:
        print(
            f"New encryption keys (generation {added.adopted_generation}), signed by the "
            "contact's own key: bundles are sealed to them from now on."
        )
    print(f"ID:          {contact.id}")
    print(f"Fingerprint: {contact.fingerprint}")
    if contact.state is not ContactState.VERIFIED:
        print(
            "Compare this fingerprint with its owner over a channel you trust, then run "
            f"`amanat contact verify {contact.id}`."
        )
    return 0


def cmd_list(args: Any) -> int:
    with open_vault(args) as vault:
        contacts = contact_service.list_contacts(vault)
        if args.json:
            print_json([contact_service.contact_details(vault, c) for c in contacts])
            return 0
        missing = [line for c in contacts for line in _missing(vault, c)]
    for c in contacts:
        print(f"{c.id}  {c.state.value:<11}  {c.fingerprint}  {esc(c.display_name)}")
    for line in missing:
        print(f"Missing: {line}")
    return 0


def cmd_verify(args: Any) -> int:
    with open_vault(args) as vault:
        verified = contact_service.verify_contact(
            vault, args.name_or_id, fingerprint=args.fingerprint
        )
    contact = verified.contact
    if args.json:
        print_json(
            {
                **contact.as_json(),
                "look_alikes": [{"id": c.id, "name": c.display_name} for c in verified.look_alikes],
            }
        )
        return 0
    _look_alike_warning(verified.look_alikes)
    print(f"Verified: {esc(contact.display_name)}")
    print(f"Fingerprint: {contact.fingerprint}")
    return 0


def cmd_show(args: Any) -> int:
    with open_vault(args) as vault:
        contact = contact_service.find_contact(vault, args.name_or_id)
        details = contact_service.contact_details(vault, contact)
        missing = _missing(vault, contact)
    if args.json:
        print_json(details)
        return 0
    print(f"Name:        {esc(contact.display_name)}")
    print(f"ID:          {contact.id}")
    print(f"State:       {contact.state.value}")
    print(f"Fingerprint: {contact.fingerprint}")
    print(f"Post-quantum: {'yes' if contact.has_hybrid else 'no'}")
    for key in details["keys"]:
        until = f" until {key['replaced']}" if key["replaced"] else " (current)"
        print(f"  key {key['fingerprint']} from {key['first_seen']}{until}")
    for other in details["look_alikes"]:
        print(f'Same name:   "{esc(other["name"])}" is another contact ({other["id"]})')
    for line in missing:
        print(f"Missing:     {line}")
    return 0
