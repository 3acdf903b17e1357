"""`amanat identity show` (export and contacts come with sealed bundles)."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.cli.common import open_vault, print_json


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("identity", parents=[common], help="this vault's identity")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    show = isub.add_parser("show", parents=[common], help="display name and fingerprint")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)


def cmd_show(args: Any) -> int:
    with open_vault(args) as vault:
        identity = vault.identity
        name, created, fingerprint = identity.display_name, identity.created, identity.fingerprint
    if args.json:
        print_json({"display_name": name, "created": created, "fingerprint": fingerprint})
    else:
        print(f"Name:        {name}")
        print(f"Created:     {created}")
        print(f"Fingerprint: {fingerprint}")
    return 0
