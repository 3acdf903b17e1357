"""The inbox (services.inbox): a watched folder, files copied in slowly or cut short,
strangers' bundles, the same bundle twice (docs/review.md §1)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from amanat.services import bundles as bundle_service
from amanat.services import contacts as contact_service
from amanat.services import inbox
from amanat.services import settings as settings_service
from amanat.services.inbox import Outcome
from amanat.storage import contacts as contact_store
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, befriend, vault_digest


def _sealed(field: Vault, hq: Vault, tmp_path: Path, *, title: str = "Case") -> bytes:
    case_id = add_case(field, title=title)
    path = seal(field, ["HQ"], tmp_path / "out.age", case_ids=[case_id])
    data = path.read_bytes()
    path.unlink()
    return data


def _only(result: inbox.ScanResult) -> inbox.InboxEntry:
    assert len(result.entries) == 1
    return result.entries[0]


def test_a_bundle_from_a_verified_contact_is_opened_and_says_what_it_brought(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    watched = tmp_path / "exchange"
    watched.mkdir()
    (watched / "a.age").write_bytes(_sealed(field, hq, tmp_path))
    (watched / "notes.txt").write_text("not a bundle")
    entry = _only(inbox.scan(hq, watched))
    assert entry.fresh
    item = entry.file
    assert item.outcome == Outcome.OPENED
    assert item.error is None
    assert item.sender_name == "Field office"
    assert item.fingerprint_state == "verified"
    assert (
        item.sender_fingerprint == contact_store.find(hq.connection(), "Field office").fingerprint
    )
    assert item.created is not None and item.bundle_id is not None
    assert item.brought["new"] >= 1 and item.brought["cases"] == 1
    assert item.brought["conflicts"] == 0
    assert len(entry.changes.cases) == 1
    # Listed, and remembered inside the vault.
    assert [f.name for f in inbox.listing(hq)] == ["a.age"]


def test_a_folder_that_still_holds_a_bundle_changes_nothing(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    watched = tmp_path / "exchange"
    watched.mkdir()
    data = _sealed(field, hq, tmp_path)
    (watched / "a.age").write_bytes(data)
    inbox.scan(hq, watched)
    before = vault_digest(hq)
    again = _only(inbox.scan(hq, watched))
    assert not again.fresh  # not even decrypted again
    assert again.file.outcome == Outcome.OPENED
    assert vault_digest(hq) == before
    # The same bundle under another name: recognised by its id, nothing imported.
    kept = vault_digest(hq, exclude=("inbox_file",))
    (watched / "copy of a.age").write_bytes(data)
    result = inbox.scan(hq, watched)
    by_name = {e.file.name: e for e in result.entries}
    copy = by_name["copy of a.age"]
    assert copy.fresh and copy.file.outcome == Outcome.ALREADY
    assert copy.file.bundle_id == by_name["a.age"].file.bundle_id
    assert copy.file.sender_name == "Field office"
    assert not result.changes.cases
    assert vault_digest(hq, exclude=("inbox_file",)) == kept


def test_a_bundle_copied_in_slowly_waits_then_opens(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    watched = tmp_path / "exchange"
    watched.mkdir()
    data = _sealed(field, hq, tmp_path)
    target = watched / "slow.age"
    before = vault_digest(hq, exclude=("inbox_file",))
    seen_waiting = 0
    for cut in (0, 40, len(data) // 2, len(data) - 1):
        target.write_bytes(data[:cut])
        entry = _only(inbox.scan(hq, watched))
        assert entry.file.outcome == Outcome.WAITING, cut
        assert entry.file.error is not None
        seen_waiting += 1
        assert vault_digest(hq, exclude=("inbox_file",)) == before
        # Unchanged since: not read again, still waiting.
        assert not _only(inbox.scan(hq, watched)).fresh
    target.write_bytes(data)
    os.utime(target, ns=(1, 10**18))  # a new modification time, as a finished copy has
    entry = _only(inbox.scan(hq, watched))
    assert entry.file.outcome == Outcome.OPENED
    assert seen_waiting == 4


def test_a_truncated_bundle_is_never_half_imported(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    watched = tmp_path / "exchange"
    watched.mkdir()
    data = _sealed(field, hq, tmp_path)
    before = vault_digest(hq, exclude=("inbox_file",))
    (watched / "cut.age").write_bytes(data[: len(data) - 200])
    entry = _only(inbox.scan(hq, watched))
    assert entry.file.outcome == Outcome.WAITING
    assert entry.file.error in inbox.INCOMPLETE
    assert vault_digest(hq, exclude=("inbox_file",)) == before


def test_a_bundle_from_an_unverified_sender_waits_in_quarantine(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    field = make_vault("Field office", path=tmp_path / "field")
    hq = make_vault("HQ", path=tmp_path / "hq")
    befriend(field, hq, verified=False)
    contact_service.verify_contact(field, "HQ")
    watched = tmp_path / "exchange"
    watched.mkdir()
    (watched / "q.age").write_bytes(_sealed(field, hq, tmp_path))
    cases_before = vault_digest(hq, exclude=("inbox_file", "bundle_quarantine", "blob"))
    entry = _only(inbox.scan(hq, watched))
    assert entry.file.outcome == Outcome.QUARANTINED
    assert entry.file.fingerprint_state == "unverified"
    assert entry.file.sender_name == "Field office"  # the name HQ gave the contact
    assert entry.file.quarantine_id is not None
    assert entry.changes.quarantine == {entry.file.quarantine_id}
    assert vault_digest(hq, exclude=("inbox_file", "bundle_quarantine", "blob")) == cases_before
    assert len(hq.connection().execute("SELECT * FROM bundle_quarantine").fetchall()) == 1


def test_the_watched_folder_is_a_setting_kept_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    assert inbox.folder(vault) == ""
    inbox.set_folder(vault, tmp_path)
    assert inbox.folder(vault) == str(tmp_path)
    assert settings_service.read_all(vault)["review.inbox_folder"] == str(tmp_path)


def test_a_quarantined_file_says_later_whether_it_was_opened_or_discarded(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    field = make_vault("Field office", path=tmp_path / "field")
    hq = make_vault("HQ", path=tmp_path / "hq")
    befriend(field, hq, verified=False)
    contact_service.verify_contact(field, "HQ")
    watched = tmp_path / "exchange"
    watched.mkdir()
    (watched / "one.age").write_bytes(_sealed(field, hq, tmp_path, title="One"))
    (watched / "two.age").write_bytes(_sealed(field, hq, tmp_path, title="Two"))
    first = {e.file.name: e.file for e in inbox.scan(hq, watched).entries}
    assert {f.outcome for f in first.values()} == {Outcome.QUARANTINED}
    bundle_service.discard_quarantined(hq, str(first["two.age"].quarantine_id))
    contact_service.verify_contact(hq, "Field office")
    bundle_service.open_quarantined(hq, str(first["one.age"].quarantine_id))
    now = {f.name: f for f in inbox.listing(hq)}
    assert now["one.age"].outcome == Outcome.RELEASED
    assert now["one.age"].fingerprint_state == "verified"
    assert now["two.age"].outcome == Outcome.DISCARDED
    # The files are still there, unchanged: nothing is quarantined again.
    again = {e.file.name: e for e in inbox.scan(hq, watched).entries}
    assert not any(e.fresh for e in again.values())
    assert again["two.age"].file.outcome == Outcome.DISCARDED
    assert len(hq.connection().execute("SELECT * FROM bundle_quarantine").fetchall()) == 0
