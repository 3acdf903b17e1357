"""`amanat rekey`: replace the vault master key (docs/keyslots.md, "Rekey";
docs/user-guide.md, "Passphrase, recovery code, rekey")."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from amanat.cli.common import print_json, progress_bar, read_passphrase, vault_dir
from amanat.domain.errors import VaultError
from amanat.services import vault as vault_service


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "rekey",
        parents=[common],
        help="replace the vault's master key (after a suspected copy of vault.keys)",
        description="Encrypt the database and every attachment again under a new master "
        "key, and write a new key file with the same passphrase and a NEW recovery code "
        "(printed once). Afterwards an old copy of vault.keys opens nothing, whatever "
        "passphrase or recovery code goes with it. Takes about as long as reading every "
        "attachment once.",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_rekey)


def cmd_rekey(args: Any) -> int:
    path = vault_dir(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise VaultError("vault.rekey_unconfirmed")
        print("Rekey re-encrypts the whole vault and replaces the recovery code.")
        if input("Type REKEY to go on: ").strip() != "REKEY":
            raise VaultError("vault.rekey_unconfirmed")
    passphrase = read_passphrase()
    vault = vault_service.unlock(
        path, passphrase, accept_rollback=bool(getattr(args, "accept_rollback", False))
    )
    try:
        code = vault_service.rekey(
            vault, passphrase, progress=None if args.json else progress_bar()
        )
    finally:
        vault.lock()
    if args.json:
        print_json({"rekeyed": True, "recovery_code": code})
        return 0
    print("Master key replaced: the database and every attachment were encrypted again.")
    print("Your passphrase is unchanged. Old copies of vault.keys open nothing any more.")
    print()
    print("NEW RECOVERY CODE (shown once; the old one no longer works; write it on paper):")
    print(code)
    return 0
