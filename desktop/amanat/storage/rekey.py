"""Replacing the vault master key (``amanat rekey``; docs/keyslots.md, "Rekey").

After a rekey nothing the vault holds opens with the old master key: the database is
exported into a new file under the new SQLCipher key (``sqlcipher_export``: a fresh,
vacuumed file, no free page of the old one comes along), every blob gets a new random
key and is encrypted again (so a blob key read from an old copy of ``vault.db`` opens
no current blob file), and ``vault.keys`` gets new slots (the same passphrase, a new
recovery code: the old code is not stored anywhere, so it cannot be rewrapped).

Crash safety, in order (a kill at any instant leaves a vault that opens with the old or
the new key material, never neither; tested by killing a real process at each step):

1. *Prepare* (cancellable, nothing changes): ``.rekey-vault.db`` (the export, new key)
   and ``blobs/.rekey-<id>`` (each blob again, new key), all fsynced. A kill here
   leaves leftovers, removed at the next unlock.
2. ``vault.keys`` gains ``pending``: the next VMK and key file sealed under the current
   VMK (crypto.keyslots). From here on, whichever credential opens the key file can
   finish or undo the rekey.
3. *Commit*: ``vault.db`` gets a second name ``.rekey-old.db``, then ``.rekey-vault.db``
   is renamed over ``vault.db``. Until this rename the export still exists under its
   own name, so "the export exists" means "undo". Then the old file is overwritten
   with random bytes and removed (so the old key finds nothing in free blocks).
4. Each ``blobs/<id>`` is overwritten, then ``blobs/.rekey-<id>`` is renamed over it
   (idempotent: redone at unlock if interrupted).
5. ``vault.keys`` is replaced by the next key file (no ``pending``).

``resolve_pending`` is what unlock does with a key file that still has ``pending``.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from amanat.crypto import keyslots
from amanat.crypto.keys import sqlcipher_key
from amanat.crypto.keyslots import KeyFile
from amanat.crypto.stream import StreamWriter
from amanat.domain.errors import DiskFull, VaultCorrupt, VaultError
from amanat.domain.progress import IsCancelled, Progress, check_cancelled
from amanat.storage import blobs, db
from amanat.storage.files import atomic_write, create_private, disk_is_full, fsync_dir

if TYPE_CHECKING:
    from amanat.storage.vault import Vault

REKEY_DB = ".rekey-vault.db"
REKEY_PREFIX = ".rekey-"  # in blobs/: a blob's next ciphertext, until step 4

KEYS_FILE = "vault.keys"
DB_FILE = "vault.db"
BLOBS_DIR = "blobs"


def _step(name: str) -> None:
    """A named point of the procedure (the SIGKILL tests stop a real process here)."""


def rekey(
    vault: Vault,
    key_file: KeyFile,
    vmk: bytes,
    passphrase: str,
    counter: int,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> tuple[KeyFile, bytes, str]:
    """Steps 1 to 5; returns the new key file, the new VMK and the new recovery code.

    The caller (``Vault.rekey``) has checked the passphrase and closed every
    connection but this thread's. ``counter``: the rollback counter the new database and
    key file start with."""
    path = vault.path
    slot = key_file.slot("passphrase")
    if slot is None or slot.argon2 is None:
        raise VaultCorrupt(what="keys")
    next_vmk = keyslots.new_master_key()
    base = KeyFile(vault_id=key_file.vault_id, slots=())
    base = base.with_slot(keyslots.passphrase_slot(base, next_vmk, passphrase, slot.argon2))
    code, recovery = keyslots.recovery_slot(base, next_vmk)
    next_file = base.with_slot(recovery).with_state(next_vmk, counter)
    remove_leftovers(path)
    try:
        _prepare(vault, next_vmk, counter, progress, is_cancelled)
    except BaseException as exc:
        remove_leftovers(path)
        if _is_disk_full(exc, path):
            raise DiskFull() from None
        raise
    _step("prepared")
    atomic_write(path / KEYS_FILE, key_file.with_pending(vmk, next_vmk, next_file).to_bytes())
    _step("pending")
    _commit(path)
    _step("committed")
    scrub_old(path)
    _step("scrubbed")
    install_blobs(path / BLOBS_DIR)
    _step("installed")
    atomic_write(path / KEYS_FILE, next_file.to_bytes())
    _step("done")
    return next_file, next_vmk, code


def _prepare(
    vault: Vault,
    next_vmk: bytes,
    counter: int,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> None:
    path = vault.path
    conn = vault.connection()
    db.checkpoint(conn)
    target = path / REKEY_DB
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(
        f"ATTACH DATABASE ? AS rekey KEY \"x'{sqlcipher_key(next_vmk).hex()}'\"", (str(target),)
    )
    try:
        conn.execute("PRAGMA rekey.cipher_compatibility = 4")
        conn.execute("SELECT sqlcipher_export('rekey')").fetchall()
        conn.execute(f"PRAGMA rekey.user_version = {user_version}")
    finally:
        conn.execute("DETACH DATABASE rekey")
    vault.close_thread()
    _step("exported")
    new_conn = db.connect(target, sqlcipher_key(next_vmk))
    try:
        _reencrypt_blobs(new_conn, path / BLOBS_DIR, progress, is_cancelled)
        with db.transaction(new_conn):
            new_conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (COUNTER_META, str(counter)),
            )
        db.checkpoint(new_conn)
    finally:
        new_conn.close()
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())
    fsync_dir(path / BLOBS_DIR)
    fsync_dir(path)


COUNTER_META = "keys_counter"


class _Memory:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        self.data += data
        return len(data)


def _reencrypt_blobs(
    conn: db.Connection,
    blobs_dir: Path,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> None:
    """Every blob decrypted (and verified: a damaged one stops the rekey with its
    IntegrityError) and encrypted again under a new random key, in one transaction of
    the new database; file blobs go to ``.rekey-<id>`` beside the old file."""
    rows = conn.execute("SELECT id, size, inline IS NOT NULL FROM blob ORDER BY id").fetchall()
    total = max(1, sum(int(r[1]) for r in rows))
    # Blob rows are immutable (a trigger); only the rekey, inside this transaction of
    # the export, may give them new keys: the trigger is dropped and made again.
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'blob'"
        " AND sql LIKE '%UPDATE ON blob%'"
    ).fetchall()
    with db.transaction(conn):
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        _rewrite_rows(conn, blobs_dir, rows, total, progress, is_cancelled)
        for _name, sql in triggers:
            conn.execute(str(sql))


def _rewrite_rows(
    conn: db.Connection,
    blobs_dir: Path,
    rows: list[tuple[str, int, int]],
    total: int,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> None:
    done = 0
    for blob_id, _size, inline in rows:
        blob_id = str(blob_id)
        key = os.urandom(blobs.KEY_SIZE)
        sink: _Memory | None = _Memory() if inline else None
        with contextlib.ExitStack() as stack:
            out = sink or stack.enter_context(create_private(blobs_dir / (REKEY_PREFIX + blob_id)))
            writer = StreamWriter(blobs.stream_key(key, blob_id), out)
            for chunk in blobs.read_chunks(conn, blobs_dir, blob_id):
                check_cancelled(is_cancelled)
                writer.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(min(1.0, done / total))
            writer.close()
            if sink is None:
                os.fsync(out.fileno())  # type: ignore[union-attr]
        conn.execute(
            "UPDATE blob SET key = ?, inline = ? WHERE id = ?",
            (key, bytes(sink.data) if sink is not None else None, blob_id),
        )


def _is_disk_full(exc: BaseException, path: Path) -> bool:
    """The export and the staged blobs need about the vault's size again: a full disk
    stops the rekey before its commit, and says so (nothing was changed)."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    if isinstance(exc, db.DatabaseError):
        return "full" in str(exc).lower() or disk_is_full(path)
    return False


def _commit(path: Path) -> None:
    """Step 3: the export replaces the database (no connection is open: the WAL and its
    index were folded in and removed when the last connection closed). The old file
    keeps a second name, ``.rekey-old.db``, until ``scrub_old`` overwrites it."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (path / (DB_FILE + suffix)).unlink()
    with contextlib.suppress(FileNotFoundError):
        (path / OLD_DB).unlink()
    # No hard links (FAT, exFAT): the old file is then dropped without being scrubbed.
    with contextlib.suppress(OSError):
        os.link(path / DB_FILE, path / OLD_DB)
    fsync_dir(path)
    os.replace(path / REKEY_DB, path / DB_FILE)
    fsync_dir(path)


OLD_DB = ".rekey-old.db"


def _overwrite(target: Path) -> None:
    """Overwrite a file in place with random bytes, then remove it: what the old master
    key could read does not stay behind in the file system's free blocks (an SSD may
    still keep copies of the sectors; docs/keyslots.md, "Rekey")."""
    try:
        _overwrite_in_place(target)
    except FileNotFoundError:
        return
    target.unlink()


def scrub_old(path: Path) -> None:
    """After the commit: the old database file is overwritten and removed."""
    _overwrite(path / OLD_DB)
    fsync_dir(path)


def install_blobs(blobs_dir: Path) -> None:
    """Step 4: every ``.rekey-<id>`` replaces ``<id>`` (the old ciphertext overwritten
    first: the commit made it useless); redone at unlock if cut short."""
    if not blobs_dir.is_dir():
        return
    for staged in sorted(blobs_dir.glob(REKEY_PREFIX + "*")):
        final = blobs_dir / staged.name[len(REKEY_PREFIX) :]
        with contextlib.suppress(FileNotFoundError):
            _overwrite_in_place(final)
        os.replace(staged, final)
        _step("blob_installed")
    fsync_dir(blobs_dir)


def _overwrite_in_place(target: Path) -> None:
    size = target.stat().st_size
    with open(target, "r+b", buffering=0) as fh:
        left = size
        while left > 0:
            n = min(left, 1024 * 1024)
            fh.write(os.urandom(n))
            left -= n
        os.fsync(fh.fileno())


def remove_leftovers(path: Path) -> None:
    """What a rekey stopped before step 3 (or undone) leaves: the export, staged blobs,
    and the second name of the (live) database, only unlinked."""
    for leftover in (path / REKEY_DB, *_suffixed(path / REKEY_DB), path / OLD_DB):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    blobs_dir = path / BLOBS_DIR
    if blobs_dir.is_dir():
        for staged in blobs_dir.glob(REKEY_PREFIX + "*"):
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()


def _suffixed(p: Path) -> tuple[Path, ...]:
    return (p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm"))


def _opens(path: Path, raw_key: bytes) -> bool:
    try:
        db.connect(path, raw_key).close()
    except VaultCorrupt:
        return False
    return True


def resolve_pending(
    path: Path, key_file: KeyFile, vmk: bytes, write: Callable[[KeyFile], None] | None = None
) -> tuple[KeyFile, bytes]:
    """At unlock, before the database is opened: finish or undo an interrupted rekey.

    No ``pending``: leftovers of a rekey stopped in step 1 are removed. ``pending`` and
    the export still there (or the database still opening with the old key): undone
    (the key file loses ``pending`` first, then the leftovers go). Otherwise finished
    (steps 4 and 5). Returns the key file and VMK to open the vault with."""
    save = write or (lambda kf: atomic_write(path / KEYS_FILE, kf.to_bytes()))
    opened = key_file.open_pending(vmk)
    if opened is None:
        remove_leftovers(path)
        return key_file, vmk
    next_vmk, next_file = opened
    committed = not (path / REKEY_DB).exists()
    if committed and not _opens(path / DB_FILE, sqlcipher_key(next_vmk)):
        if not _opens(path / DB_FILE, sqlcipher_key(vmk)):
            raise VaultCorrupt(what="database")
        committed = False
    if not committed:
        undone = key_file.without_pending()
        save(undone)
        remove_leftovers(path)
        return undone, vmk
    scrub_old(path)
    install_blobs(path / BLOBS_DIR)
    save(next_file)
    return next_file, next_vmk


def check_passphrase(key_file: KeyFile, vmk: bytes, passphrase: str) -> None:
    """The passphrase must open this key file to this VMK (WrongPassphrase otherwise):
    whoever finds the app unlocked cannot rekey the vault away from its owner."""
    if not hmac.compare_digest(key_file.unlock_with_passphrase(passphrase), vmk):
        raise VaultError("vault.corrupt", what="keys")
