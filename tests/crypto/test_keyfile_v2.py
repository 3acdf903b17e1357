"""The key file's version 2 (docs/keyslots.md, "State" and "Rekey"): a counter MAC'd
under the master key, and a rekey's ``pending`` successor. The golden files keep
opening; version-1 files still open (and have no state); anything forged is refused."""

from __future__ import annotations

import json

import pytest

from amanat.crypto import keyslots
from amanat.crypto.keyslots import KeyFile
from amanat.domain.errors import VaultCorrupt, VaultRolledBack, WrongPassphrase
from support.paths import DATA

GOLDEN = DATA / "keyfile-v2"
EXPECTED = json.loads((GOLDEN / "expected.json").read_text())


def _golden(name: str = "vault.keys") -> KeyFile:
    return KeyFile.from_bytes((GOLDEN / name).read_bytes())


def test_golden_v2_opens_with_passphrase_and_recovery_code() -> None:
    kf = _golden()
    vmk = bytes.fromhex(EXPECTED["vmk"])
    assert kf.unlock_with_passphrase(EXPECTED["passphrase"]) == vmk
    assert kf.unlock_with_recovery(EXPECTED["recovery_code"]) == vmk
    assert kf.checked_counter(vmk) == EXPECTED["counter"]
    assert kf.pending is None
    # Written back byte for byte: the encoding is canonical.
    assert kf.to_bytes() == (GOLDEN / "vault.keys").read_bytes()


def test_golden_pending_gives_the_next_key_file() -> None:
    kf = _golden("vault.keys.pending")
    vmk = kf.unlock_with_passphrase(EXPECTED["passphrase"])
    opened = kf.open_pending(vmk)
    assert opened is not None
    next_vmk, next_file = opened
    assert next_vmk.hex() == EXPECTED["next_vmk"]
    assert next_file.unlock_with_passphrase(EXPECTED["passphrase"]) == next_vmk
    assert next_file.unlock_with_recovery(EXPECTED["next_recovery_code"]) == next_vmk
    assert next_file.checked_counter(next_vmk) == EXPECTED["next_counter"]
    assert kf.without_pending().to_bytes() == (GOLDEN / "vault.keys").read_bytes()


def test_version_1_file_still_opens_without_state() -> None:
    kf = KeyFile.from_bytes((DATA / "golden-vault-v1" / "vault.keys").read_bytes())
    vmk = kf.unlock_with_passphrase("golden passphrase v1")
    assert kf.state is None and kf.checked_counter(vmk) is None
    upgraded = KeyFile.from_bytes(kf.with_state(vmk, 1).to_bytes())
    # Its slots are not rewrapped, and still open.
    assert upgraded.unlock_with_passphrase("golden passphrase v1") == vmk
    assert json.loads(upgraded.to_bytes())["version"] == 2


def _edited(edit: object) -> bytes:
    doc = json.loads((GOLDEN / "vault.keys").read_bytes())
    edit(doc)  # type: ignore[operator]
    return json.dumps(doc).encode()


def test_a_forged_counter_is_refused() -> None:
    vmk = bytes.fromhex(EXPECTED["vmk"])
    forged = KeyFile.from_bytes(_edited(lambda d: d["state"].update(counter=1)))
    with pytest.raises(VaultRolledBack) as caught:
        forged.checked_counter(vmk)
    assert caught.value.params["reason"] == "state_forged"
    # A MAC made with another master key is refused too.
    other = _golden().with_state(keyslots.new_master_key(), 7)
    with pytest.raises(VaultRolledBack):
        other.checked_counter(vmk)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.pop("state"),  # version 2 without its state
        lambda d: d.update(extra=1),
        lambda d: d["state"].update(extra=1),
        lambda d: d["state"].update(counter=-1),
        lambda d: d["state"].update(counter=True),
        lambda d: d["state"].update(mac="AAAA"),
        lambda d: d.update(pending={"nonce": "AAAA", "sealed": "AAAA"}),
        lambda d: d.update(version=3),
    ],
)
def test_malformed_v2_files_are_corrupt(edit: object) -> None:
    with pytest.raises(VaultCorrupt):
        KeyFile.from_bytes(_edited(edit))


def test_version_1_may_not_carry_v2_fields() -> None:
    doc = json.loads((DATA / "golden-vault-v1" / "vault.keys").read_bytes())
    doc["state"] = json.loads((GOLDEN / "vault.keys").read_bytes())["state"]
    with pytest.raises(VaultCorrupt):
        KeyFile.from_bytes(json.dumps(doc).encode())


def test_a_tampered_pending_is_corrupt_not_used() -> None:
    raw = json.loads((GOLDEN / "vault.keys.pending").read_bytes())
    sealed = bytearray(keyslots._unb64(raw["pending"]["sealed"]))
    sealed[40] ^= 1
    raw["pending"]["sealed"] = keyslots._b64(bytes(sealed))
    kf = KeyFile.from_bytes(json.dumps(raw).encode())
    vmk = kf.unlock_with_passphrase(EXPECTED["passphrase"])
    with pytest.raises(VaultCorrupt):
        kf.open_pending(vmk)
    with pytest.raises(WrongPassphrase):
        kf.unlock_with_passphrase("not the passphrase")
