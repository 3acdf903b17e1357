"""`amanat identity show`, `amanat identity export` (identity card, age secret key) and
`amanat identity rotate` (new encryption keys: docs/forward-secrecy.md)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from amanat.cli.common import open_vault, print_json
from amanat.services import contacts as contact_service
from amanat.services import identity as identity_service


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("identity", parents=[common], help="this vault's identity")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    show = isub.add_parser(
        "show", parents=[common], help="display name, fingerprint and key generations"
    )
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)
    rotate = isub.add_parser(
        "rotate",
        parents=[common],
        help="make new encryption keys now (forward secrecy)",
        description="Make a new generation of encryption keys, signed by this vault's "
        "signing key. The fingerprint stays the same; contacts adopt the new keys from "
        "your next bundle or card without verifying again. The replaced keys still open "
        "bundles on their way for identity.grace_days days, then are destroyed at an "
        "unlock (see docs/forward-secrecy.md).",
    )
    rotate.add_argument("--json", action="store_true", help="print JSON")
    rotate.set_defaults(func=cmd_rotate)
    schedule = isub.add_parser(
        "schedule",
        parents=[common],
        help="show or set automatic key rotation and the grace period",
        description="Without options, show the settings identity.rotate_every_days and "
        "identity.grace_days; with them, change them (the same settings as in the app).",
    )
    schedule.add_argument(
        "--every", type=int, metavar="DAYS", help="rotate every DAYS days at unlock (0: never)"
    )
    schedule.add_argument(
        "--grace", type=int, metavar="DAYS", help="destroy replaced keys after DAYS days"
    )
    schedule.add_argument("--json", action="store_true", help="print JSON")
    schedule.set_defaults(func=cmd_schedule)
    export = isub.add_parser(
        "export",
        parents=[common],
        help="write this vault's identity card (or, with --age-secret, its age key)",
        description="Write this vault's identity card for others to add as a contact: a "
        "small binary file with -o, or the text form on standard output (or with --text). "
        "With --age-secret, write instead the vault's current X25519 age SECRET key, which "
        "opens with the ordinary age tool every X25519 bundle sealed to this vault's "
        "current key generation (after a rotation, older bundles need older keys).",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="output file")
    export.add_argument("--text", action="store_true", help="write the text form of the card")
    export.add_argument(
        "--age-secret",
        action="store_true",
        help="export the age secret key instead of the card (for emergency decryption)",
    )
    export.add_argument(
        "--pq",
        action="store_true",
        help="with --age-secret: the post-quantum hybrid key instead (for age >= 1.3)",
    )
    export.set_defaults(func=cmd_export)


def cmd_show(args: Any) -> int:
    with open_vault(args) as vault:
        identity = vault.identity
        name, created, fingerprint = identity.display_name, identity.created, identity.fingerprint
        status = identity_service.key_status(vault)
    if args.json:
        print_json(
            {
                "display_name": name,
                "created": created,
                "fingerprint": fingerprint,
                **status.as_json(),
            }
        )
    else:
        print(f"Name:        {name}")
        print(f"Created:     {created}")
        print(f"Fingerprint: {fingerprint}")
        print(f"Keys:        generation {status.generation}, since {status.generation_created}")
        print(f"Live keys:   generations {', '.join(str(n) for n in status.live)}")
        every = status.rotate_every_days
        print(f"Rotation:    {f'every {every} days' if every else 'only when asked'},"
              f" replaced keys destroyed after {status.grace_days} days")  # fmt: skip
    return 0


def cmd_rotate(args: Any) -> int:
    with open_vault(args) as vault:
        generation = identity_service.rotate(vault)
        status = identity_service.key_status(vault)
    if args.json:
        print_json(status.as_json())
    else:
        print(f"New encryption keys: generation {generation}")
        print(f"Fingerprint (unchanged): {status.fingerprint}")
        print(
            "Contacts adopt them from your next bundle or card. The replaced keys are "
            f"destroyed {status.grace_days} days from now, at an unlock."
        )
    return 0


def cmd_schedule(args: Any) -> int:
    from amanat.services import settings

    with open_vault(args) as vault:
        if args.every is not None:
            settings.set(vault, settings.ROTATE_EVERY_DAYS, args.every)
        if args.grace is not None:
            settings.set(vault, settings.GRACE_DAYS, args.grace)
        every = settings.get(vault, settings.ROTATE_EVERY_DAYS)
        grace = settings.get(vault, settings.GRACE_DAYS)
    if args.json:
        print_json({"rotate_every_days": every, "grace_days": grace})
    else:
        print(f"Rotate every: {f'{every} days' if every else 'never (only when asked)'}")
        print(f"Grace period: {grace} days")
    return 0


EXPORT_WARNING = (
    "amanat: WARNING: this file holds the vault's SECRET key. Anyone who gets it can open "
    "every X25519 bundle ever sealed to this vault's current keys, even after they are "
    "rotated and destroyed here. Keep it offline (never on the laptop that travels), and "
    "destroy it when the emergency is over."
)


def cmd_export(args: Any) -> int:
    with open_vault(args) as vault:
        if args.age_secret:
            if not args.output:
                print("amanat: --age-secret needs -o FILE", file=sys.stderr)
                return 2
            print(EXPORT_WARNING, file=sys.stderr)
            contact_service.export_age_secret(vault, args.output, hybrid=args.pq)
            return 0
        if args.output:
            contact_service.export_card(vault, args.output, text=args.text)
            card = contact_service.own_card(vault)
            print(f"Wrote the identity card of {card.display_name} to {args.output}")
            print(f"Fingerprint: {card.fingerprint}")
            return 0
        sys.stdout.write(contact_service.own_card(vault).to_text())
    return 0
