"""`amanat demo --cases N`: fill a vault with synthetic cases (no real people)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from amanat.cli.common import PASSPHRASE_ENV, open_vault, progress_bar, vault_dir
from amanat.domain import demo
from amanat.domain.errors import VaultError
from amanat.services import demo as demo_service
from amanat.services import vault as vault_service
from amanat.storage.vault import is_vault


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo",
        parents=[common],
        help="add synthetic demo cases (creates the vault given by --vault if it has none "
        "and AMANAT_PASSPHRASE is set)",
    )
    p.add_argument("--cases", type=int, required=True, metavar="N", help="how many cases")
    p.add_argument("--seed", type=int, default=demo.SEED_DEFAULT, help="same seed, same cases")
    p.add_argument(
        "--start", type=int, default=0, help="number of the first case (to continue a series)"
    )
    p.add_argument("--no-attachments", action="store_true", help="skip the synthetic scans")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: Any) -> int:
    if args.vault and not is_vault(vault_dir(args)):
        # Creating a vault needs a passphrase nobody has to type twice: only from the
        # environment, so that a typo cannot lock a fresh vault.
        passphrase = os.environ.get(PASSPHRASE_ENV)
        if passphrase is None:
            raise VaultError("vault.not_found", path=str(vault_dir(args)))
        vault, code = vault_service.create_vault(vault_dir(args), passphrase, name="Demo")
        vault.lock()
        print(f"Created vault: {vault_dir(args)}")
        print("RECOVERY CODE (shown once; write it on paper and keep it apart from this laptop):")
        print(code)
    with open_vault(args) as vault:
        report = demo_service.generate_demo(
            vault,
            args.cases,
            args.seed,
            progress_bar(),
            start=args.start,
            with_attachments=not args.no_attachments,
        )
    print(
        f"Added {len(report.cases)} demo cases ({report.attachments} attachments, "
        f"{report.duplicates} reporting a person of an earlier case again)"
    )
    return 0
