"""`amanat init | info | check | passwd | wipe`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from amanat.cli.common import (
    given_passphrase,
    open_vault,
    print_json,
    progress_bar,
    read_passphrase,
    vault_dir,
)
from amanat.crypto.kdf import MIN_NEW_ITERATIONS, Argon2Params, calibrate
from amanat.domain.errors import IntegrityError, VaultError
from amanat.services import vault as vault_service
from amanat.storage.vault import new_vault_folder

NEW_PASSPHRASE_ENV = "AMANAT_NEW_PASSPHRASE"  # noqa: S105 - a variable name
RECOVERY_CODE_ENV = "AMANAT_RECOVERY_CODE"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new vault")
    p.add_argument("--name", required=True, help="your display name (shown to contacts)")
    p.add_argument(
        "--kdf-memory",
        type=int,
        metavar="MIB",
        help="Argon2id memory in MiB (default: calibrated to about 1 s on this machine)",
    )
    p.add_argument("--kdf-iterations", type=int, metavar="N", help="Argon2id passes")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", parents=[common], help="show the vault's state")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", parents=[common], help="verify the vault's integrity")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passwd", parents=[common], help="change the passphrase")
    p.add_argument(
        "--recovery",
        action="store_true",
        help="unlock with the recovery code (AMANAT_RECOVERY_CODE or a prompt)",
    )
    p.add_argument(
        "--new-recovery-code",
        action="store_true",
        help="also replace the recovery code (prints the new one once)",
    )
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("wipe", parents=[common], help="destroy the vault (travel mode)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_wipe)


def _kdf_from_args(args: Any) -> Argon2Params | None:
    if args.kdf_memory is None and args.kdf_iterations is None:
        return None
    base = calibrate() if (args.kdf_memory is None or args.kdf_iterations is None) else None
    params = Argon2Params(
        memory_kib=(args.kdf_memory * 1024) if args.kdf_memory else base.memory_kib,  # type: ignore[union-attr]
        iterations=args.kdf_iterations or base.iterations,  # type: ignore[union-attr]
        lanes=base.lanes if base else min(4, os.cpu_count() or 1),
    )
    params.check()
    if params.iterations < MIN_NEW_ITERATIONS:
        raise VaultError("vault.kdf_too_weak", min=MIN_NEW_ITERATIONS)
    return params


def _new_passphrase() -> str:
    given = given_passphrase("new")
    if given is not None:
        return given
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise VaultError("vault.no_passphrase")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat new passphrase: ") != first:
        raise VaultError("vault.passphrase_mismatch")
    return first


def cmd_init(args: Any) -> int:
    path = Path(args.vault).expanduser() if args.vault else new_vault_folder()
    kdf = _kdf_from_args(args)
    passphrase = read_passphrase("New passphrase: ", confirm=True)
    vault, code = vault_service.create_vault(path, passphrase, name=args.name, kdf=kdf)
    try:
        fingerprint = vault.identity.fingerprint
    finally:
        vault.lock()
    print(f"Created vault: {path}")
    print(f"Fingerprint: {fingerprint}")
    print()
    print("RECOVERY CODE (shown once; write it on paper and keep it apart from this laptop):")
    print(code)
    return 0


def cmd_info(args: Any) -> int:
    with open_vault(args) as vault:
        info = vault_service.info(vault)
    if args.json:
        print_json(info.as_json())
        return 0
    print(f"Vault:        {info.path}")
    print(f"Name:         {info.name}")
    print(f"Vault id:     {info.vault_id}")
    print(f"Created:      {info.created}")
    print(f"Schema:       {info.schema_version}")
    kdf = info.kdf
    print(
        f"Key derivation: Argon2id, {kdf['memory_kib'] // 1024} MiB, "
        f"{kdf['iterations']} passes, {kdf['lanes']} lanes"
    )
    print(f"Identity:     {info.identity_name}")
    print(f"Fingerprint:  {info.fingerprint}")
    print(f"Cases:        {info.cases}")
    print(f"Attachments:  {info.attachments}")
    print(f"Size on disk: {info.size_bytes} bytes")
    return 0


def cmd_check(args: Any) -> int:
    with open_vault(args) as vault:
        report = vault_service.check(vault, progress_bar())
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "checked": report.checked,
                "problems": [{"code": c, "detail": d} for c, d in report.problems],
            }
        )
    else:
        for name, count in report.checked.items():
            print(f"checked {name}: {count}")
        for code, detail in report.problems:
            print(f"PROBLEM {code}: {detail}")
        print("vault OK" if report.ok else f"{len(report.problems)} problem(s) found")
    if not report.ok:
        raise IntegrityError(what=f"{len(report.problems)} problem(s)")
    return 0


def cmd_passwd(args: Any) -> int:
    path = vault_dir(args)
    if args.recovery:
        code = os.environ.get(RECOVERY_CODE_ENV)
        if code is None:
            if not sys.stdin.isatty():
                raise VaultError("vault.no_passphrase")
            code = getpass.getpass("Recovery code: ")
        new = _new_passphrase()
        vault = vault_service.recover(
            path, code, new, accept_rollback=bool(getattr(args, "accept_rollback", False))
        )
    else:
        vault = vault_service.unlock(
            path, read_passphrase(), accept_rollback=bool(getattr(args, "accept_rollback", False))
        )
        try:
            vault_service.change_passphrase(vault, _new_passphrase())
        except BaseException:
            vault.lock()
            raise
    try:
        new_code = vault.new_recovery_code() if args.new_recovery_code else None
    finally:
        vault.lock()
    print("Passphrase changed.")
    if new_code:
        print("NEW RECOVERY CODE (shown once; the old one no longer works):")
        print(new_code)
    return 0


def cmd_wipe(args: Any) -> int:
    path = vault_dir(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise VaultError("vault.wipe_unconfirmed")
        answer = input(f"Type WIPE to destroy {path} for ever: ")
        if answer.strip() != "WIPE":
            raise VaultError("vault.wipe_unconfirmed")
    vault_service.wipe(path)
    print("Vault destroyed: the key file was overwritten and removed, then the rest deleted.")
    print("Note: SSDs and journaling file systems may keep old copies of sectors; only the")
    print("destroyed key file makes those copies unreadable.")
    return 0
