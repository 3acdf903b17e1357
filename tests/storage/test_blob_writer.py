"""One blob writer, one inline rule: a body is stored the same way (inline in its row or
as a file in blobs/) whether it was attached here or arrived in a bundle."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from amanat.crypto.stream import CHUNK_SIZE
from amanat.domain.errors import IntegrityError
from amanat.services import attachments
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import vault as vault_service
from amanat.storage import blobs
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case

LIMIT = blobs.INLINE_LIMIT


def _stored(vault: Vault, case_id: str) -> tuple[bool, bool, bytes]:
    """(inline in the row, a file in blobs/, the plaintext) of the case's attachment."""
    (attachment,) = case_service.get_case(vault, case_id)["attachments"]
    conn = vault.connection()
    blob_id = conn.execute(
        "SELECT blob_id FROM attachment WHERE id = ?", (attachment["id"],)
    ).fetchone()[0]
    inline = blobs.info(conn, blob_id).inline
    on_disk = (vault.blobs_dir / blob_id).is_file()
    return inline, on_disk, attachments.read_attachment(vault, attachment["id"])


@pytest.mark.parametrize(
    "size", [0, 1, LIMIT - 1, LIMIT, LIMIT + 1, 100 * 1024, 3 * CHUNK_SIZE + 5, 300_000]
)
def test_attached_and_imported_bodies_are_stored_alike(
    pair: tuple[Vault, Vault], tmp_path: Path, size: int
) -> None:
    field, hq = pair
    body = os.urandom(size)
    case_id = add_case(field, attachment=body)
    attached = _stored(field, case_id)
    assert attached[0] == (size <= LIMIT)  # the documented rule (docs/data-model.md)
    assert attached[1] == (not attached[0])
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    result = bundle_service.open_bundle(hq, path)
    assert result.attachments_stored == 1
    imported = _stored(hq, case_id)
    assert imported == attached == (size <= LIMIT, size > LIMIT, body)
    assert vault_service.check(hq).ok and vault_service.check(field).ok


class _Pipe:
    """A source of unknown length that gives a few bytes per read (like a pipe)."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = io.BytesIO(data)
        self._step = step

    def readinto(self, buffer: memoryview) -> int:
        return self._data.readinto(buffer[: self._step])


@pytest.mark.parametrize("size", [LIMIT, LIMIT + 1])
def test_a_source_of_unknown_length_follows_the_same_rule(tmp_path: Path, size: int) -> None:
    pending = blobs.encrypt(tmp_path, _Pipe(os.urandom(size), 1000))
    assert pending.info.inline == (size <= LIMIT)
    assert (tmp_path / pending.info.id).is_file() == (size > LIMIT)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def test_the_file_keeps_a_temp_name_until_placed(tmp_path: Path) -> None:
    body = os.urandom(LIMIT + 10)
    writer = blobs.BlobWriter(tmp_path, expect=(len(body), hashlib.sha256(body).digest()))
    writer.write(body)
    pending = writer.finish()
    assert not pending.info.inline and pending.inline is None
    names = [p.name for p in tmp_path.iterdir()]
    assert len(names) == 1 and names[0].startswith(".tmp-")
    assert (tmp_path / names[0]).stat().st_mode & 0o777 == 0o600
    writer.place()
    # Placed, and marked as placed until its row commits (blobs.remove_crash_orphans).
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        blobs.PLACED_PREFIX + pending.info.id,
        pending.info.id,
    ]
    writer.discard()  # e.g. the transaction failed after the rename
    assert list(tmp_path.iterdir()) == []


def test_an_expected_size_is_checked(tmp_path: Path) -> None:
    body = os.urandom(LIMIT + 10)
    writer = blobs.BlobWriter(tmp_path, expect=(len(body) + 1, hashlib.sha256(body).digest()))
    writer.write(body)
    with pytest.raises(IntegrityError):
        writer.finish()
    writer.discard()
    assert list(tmp_path.iterdir()) == []


def test_discard_midway_leaves_nothing(tmp_path: Path) -> None:
    writer = blobs.BlobWriter(tmp_path)
    writer.write(os.urandom(5 * CHUNK_SIZE))
    assert writer.on_disk and len(list(tmp_path.iterdir())) == 1
    writer.discard()
    assert list(tmp_path.iterdir()) == []
