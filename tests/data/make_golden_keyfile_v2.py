"""Cut the golden key file of format version 2 (run once; the output is committed).

    .venv/bin/python tests/data/make_golden_keyfile_v2.py tests/data/keyfile-v2

Writes ``vault.keys`` (a passphrase slot, a recovery slot and a ``state`` with counter
7), ``vault.keys.pending`` (the same file during a rekey: with ``pending``) and
``expected.json`` (the master keys and the recovery code, so the test can check what
the slots unwrap to). Passphrase: "golden passphrase v2".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from amanat.crypto import keyslots
from amanat.crypto.kdf import TEST_PARAMS

PASSPHRASE = "golden passphrase v2"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    vmk = keyslots.new_master_key()
    kf, code = keyslots.new_key_file(vmk, PASSPHRASE, TEST_PARAMS)
    kf = kf.with_state(vmk, 7)
    (out / "vault.keys").write_bytes(kf.to_bytes())
    next_vmk = keyslots.new_master_key()
    base = keyslots.KeyFile(vault_id=kf.vault_id, slots=())
    base = base.with_slot(keyslots.passphrase_slot(base, next_vmk, PASSPHRASE, TEST_PARAMS))
    next_code, recovery = keyslots.recovery_slot(base, next_vmk)
    next_file = base.with_slot(recovery).with_state(next_vmk, 8)
    (out / "vault.keys.pending").write_bytes(kf.with_pending(vmk, next_vmk, next_file).to_bytes())
    expected = {
        "passphrase": PASSPHRASE,
        "vmk": vmk.hex(),
        "recovery_code": code,
        "counter": 7,
        "next_vmk": next_vmk.hex(),
        "next_recovery_code": next_code,
        "next_counter": 8,
    }
    (out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
