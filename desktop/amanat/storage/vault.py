"""The vault: a folder with ``vault.keys``, ``vault.db`` and ``blobs/`` (docs/design.md §3.1).

Life cycle: ``Vault.create`` / ``Vault.unlock`` / ``Vault.unlock_with_recovery`` return
an open vault that holds an exclusive lock on the folder (a second process gets
VaultInUse); ``lock()`` checkpoints and closes every connection, drops the keys and
releases the folder. Changing the passphrase rewrites only ``vault.keys``, atomically;
``rekey`` replaces the master key itself (storage.rekey).

Rollback detection (docs/keyslots.md, "State"): ``vault.keys`` holds a counter MAC'd
under the VMK, the database holds the same counter in ``meta`` (``keys_counter``).
``advance_counter`` raises both (the database first, so a kill in between leaves the
database ahead, which is accepted); unlock refuses a database behind the key file
(VaultRolledBack) unless the caller passes ``accept_rollback``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from amanat.crypto import keyslots
from amanat.crypto.cards import check_display_name
from amanat.crypto.identity import Identity
from amanat.crypto.kdf import Argon2Params, calibrate
from amanat.crypto.keys import sqlcipher_key
from amanat.crypto.keyslots import KeyFile
from amanat.domain.errors import (
    AmanatError,
    DiskFull,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultRolledBack,
)
from amanat.domain.progress import IsCancelled, Progress
from amanat.storage import blobs, db, keyring, migrations, recordings
from amanat.storage import rekey as rekey_store
from amanat.storage import search as search_index
from amanat.storage.files import atomic_write, fsync_dir

KEYS_FILE = "vault.keys"
DB_FILE = "vault.db"
BLOBS_DIR = "blobs"
COUNTER_META = rekey_store.COUNTER_META


def home() -> Path:
    """Where Amanat keeps its vaults: $AMANAT_HOME, else the user data folder."""
    env = os.environ.get("AMANAT_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("Amanat", appauthor=False))


def vaults_root() -> Path:
    return home() / "vaults"


def new_vault_folder(root: Path | None = None) -> Path:
    """A new, neutral folder for a vault: ``vault-1``, ``vault-2``, ... (the first free).

    The name says nothing about the vault: its display name lives only inside the
    encrypted database (docs/design.md §3.1). Vaults made before this rule keep their
    folders; any folder holding a key file is a vault.
    """
    base = root or vaults_root()
    n = 1
    while (base / f"vault-{n}").exists():
        n += 1
    return base / f"vault-{n}"


def list_vaults(root: Path | None = None) -> list[Path]:
    base = root or vaults_root()
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if (p / KEYS_FILE).is_file())


def is_vault(path: Path) -> bool:
    return (path / KEYS_FILE).is_file()


class _FolderLock:
    """An exclusive flock on the vault folder; released by the kernel if we die."""

    def __init__(self, path: Path) -> None:
        self._fd: int | None = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self._fd)
            self._fd = None
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise VaultInUse() from None
            raise

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


class Vault:
    def __init__(self, path: Path, key_file: KeyFile, vmk: bytes, lock: _FolderLock) -> None:
        self.path = path
        self._key_file = key_file
        self._vmk: bytes | None = vmk
        self._db_key: bytes | None = sqlcipher_key(vmk)
        self._lock = lock
        self._local = threading.local()
        self._connections: list[db.Connection] = []
        self._connections_guard = threading.Lock()
        self._identity: Identity | None = None
        # Set once the rollback check passed: only then may lock() advance the counter
        # (advancing after a refused check would adopt the rolled-back database).
        self._counter_checked = False
        self._counter_guard = threading.Lock()

    # -- creating and opening ----------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        name: str,
        kdf: Argon2Params | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault; returns it open, and the recovery code (show it once)."""
        check_display_name(name)  # contacts see it: visible characters only
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExists(path=str(path))
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = _FolderLock(path)
        try:
            params = kdf or calibrate()
            vmk = keyslots.new_master_key()
            key_file, code = keyslots.new_key_file(vmk, passphrase, params)
            key_file = key_file.with_state(vmk, 1)
            (path / BLOBS_DIR).mkdir(mode=0o700, exist_ok=True)
            conn = db.connect(path / DB_FILE, sqlcipher_key(vmk), create=True)
            try:
                migrations.migrate(conn)
                identity = Identity.generate(name)
                with db.transaction(conn):
                    _put_meta(conn, "vault_id", key_file.vault_id.hex())
                    _put_meta(conn, "name", name)
                    _put_meta(conn, "created", datetime.now(UTC).isoformat(timespec="seconds"))
                    _put_meta(conn, COUNTER_META, "1")
                    search_index.refresh_match_keys(conn)  # no names yet: marks the version
                    keyring.install(conn, identity)
                db.checkpoint(conn)
            finally:
                conn.close()
            # The key file is written last: until it exists the folder is not a vault,
            # so a crash during creation never leaves a half-made vault that "opens".
            atomic_write(path / KEYS_FILE, key_file.to_bytes())
        except BaseException:
            lock.release()
            raise
        vault = cls(path, key_file, vmk, lock)
        try:
            vault._check_database()
            vault._check_rollback(accept=False)
        except BaseException:
            vault.lock()
            raise
        return vault, code

    @classmethod
    def unlock(cls, path: Path, passphrase: str, *, accept_rollback: bool = False) -> Vault:
        """``accept_rollback``: open a database older than the key file (a backup the
        user restored on purpose) instead of raising VaultRolledBack."""
        return cls._open(path, lambda kf: kf.unlock_with_passphrase(passphrase), accept_rollback)

    @classmethod
    def unlock_with_recovery(cls, path: Path, code: str, *, accept_rollback: bool = False) -> Vault:
        return cls._open(path, lambda kf: kf.unlock_with_recovery(code), accept_rollback)

    @classmethod
    def _open(
        cls, path: Path, unwrap: Callable[[KeyFile], bytes], accept_rollback: bool = False
    ) -> Vault:
        if not is_vault(path):
            raise VaultNotFound(path=str(path))
        lock = _FolderLock(path)
        try:
            _remove_stale_temp_files(path)
            key_file = read_key_file(path)
            vmk = unwrap(key_file)
            # An interrupted rekey is finished or undone before anything else.
            key_file, vmk = rekey_store.resolve_pending(path, key_file, vmk)
            vault = cls(path, key_file, vmk, lock)
        except BaseException:
            lock.release()
            raise
        try:
            vault._check_database()
            vault._check_rollback(accept_rollback)
            # Recordings cut short by a crash are kept, marked interrupted (issue 14).
            recordings.salvage(vault.connection(), vault.blobs_dir)
            # A crash between a blob's rename and its row's commit (storage.blobs).
            blobs.remove_crash_orphans(vault.connection(), vault.blobs_dir)
            # On a full disk the vault still opens (to read, or to free space); the
            # counter then advances at the next commit point that finds room.
            with contextlib.suppress(DiskFull):
                vault.advance_counter()
        except BaseException:
            vault.lock()
            raise
        return vault

    def _check_rollback(self, accept: bool) -> None:
        """The database must not be behind the key file (docs/keyslots.md, "State")."""
        vmk = self._require_vmk()
        in_db = self._db_counter()
        try:
            in_file = self._key_file.checked_counter(vmk)
            if in_file is None and in_db is not None:
                # A key file stripped of its state, beside a database that had one.
                raise VaultRolledBack(reason="state_missing", database=in_db)
            if in_file is not None and (in_db or 0) < in_file:
                raise VaultRolledBack(reason="database_older", database=in_db or 0, keys=in_file)
        except VaultRolledBack:
            if not accept:
                raise
        self._counter_checked = True

    def _db_counter(self) -> int | None:
        row = (
            self.connection()
            .execute("SELECT value FROM meta WHERE key = ?", (COUNTER_META,))
            .fetchone()
        )
        return int(row[0]) if row else None

    def advance_counter(self) -> int:
        """Raise the rollback counter: the database first (one small transaction), then
        ``vault.keys`` (an atomic rewrite). Done at unlock and lock, after every bundle
        import and every change of consent; a copy of ``vault.db`` taken before the
        last advance is then refused at unlock. Returns the new counter."""
        vmk = self._require_vmk()
        if not self._counter_checked:
            raise VaultLocked()
        with self._counter_guard:
            value = self._next_counter()
            conn = self.connection()
            with db.durable(conn), db.transaction(conn):
                _put_meta(conn, COUNTER_META, str(value))
            new_file = self._key_file.with_state(vmk, value)
            atomic_write(self.path / KEYS_FILE, new_file.to_bytes())
            self._key_file = new_file
        return value

    def _next_counter(self) -> int:
        state = self._key_file.state
        return max(self._db_counter() or 0, state.counter if state else 0) + 1

    def _check_database(self) -> None:
        conn = self.connection()
        _check_not_truncated(conn, self.db_path)
        migrations.migrate(conn)
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != self._key_file.vault_id.hex():
            raise VaultCorrupt(what="foreign_database")
        if not search_index.match_keys_current(conn):
            # Keys made by an older match_key (docs/search.md): all new, or none.
            with db.transaction(conn):
                search_index.refresh_match_keys(conn)

    # -- using ---------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._db_key is not None

    @property
    def vault_id(self) -> str:
        return self._key_file.vault_id.hex()

    @property
    def blobs_dir(self) -> Path:
        return self.path / BLOBS_DIR

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE

    @property
    def kdf_params(self) -> Argon2Params | None:
        slot = self._key_file.slot("passphrase")
        return slot.argon2 if slot else None

    def connection(self) -> db.Connection:
        """This thread's connection (SQLCipher connections are per thread)."""
        if self._db_key is None:
            raise VaultLocked()
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = db.connect(self.db_path, self._db_key)
            self._local.conn = conn
            with self._connections_guard:
                self._connections.append(conn)
        return conn

    @property
    def identity(self) -> Identity:
        """The signing key, the anchor's public keys and every live generation's
        secrets (storage.keyring); read again after ``forget_identity``."""
        if self._identity is None:
            self._identity = keyring.load(self.connection())
        return self._identity

    def forget_identity(self) -> None:
        """Drop the cached identity (after a rotation or a destruction of keys)."""
        self._identity = None

    @property
    def name(self) -> str:
        row = self.connection().execute("SELECT value FROM meta WHERE key = 'name'").fetchone()
        return str(row[0]) if row else ""

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = (
            self.connection().execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        )
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        conn = self.connection()
        with db.transaction(conn):
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- keys ----------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf: Argon2Params | None = None) -> None:
        """Rewrap the master key under a new passphrase; the database is not touched."""
        vmk = self._require_vmk()
        params = kdf or self.kdf_params or calibrate()
        slot = keyslots.passphrase_slot(self._key_file, vmk, new_passphrase, params)
        new_file = self._key_file.with_slot(slot)
        atomic_write(self.path / KEYS_FILE, new_file.to_bytes())
        self._key_file = new_file

    def new_recovery_code(self) -> str:
        """Replace the recovery slot; the old code stops working. Returns the new code."""
        vmk = self._require_vmk()
        code, slot = keyslots.recovery_slot(self._key_file, vmk)
        new_file = self._key_file.with_slot(slot)
        atomic_write(self.path / KEYS_FILE, new_file.to_bytes())
        self._key_file = new_file
        return code

    def rekey(
        self,
        passphrase: str,
        *,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> str:
        """Replace the master key (storage.rekey): the database and every blob are
        encrypted again, ``vault.keys`` gets new slots under the same ``passphrase``
        (which must be this vault's: WrongPassphrase) and a new recovery code, which
        is returned (show it once; the old one opens nothing any more). Cancelled
        before its commit, nothing changed. Only this thread may hold a connection
        (VaultError("vault.busy") otherwise)."""
        vmk = self._require_vmk()
        rekey_store.check_passphrase(self._key_file, vmk, passphrase)
        self.close_thread()
        with self._connections_guard:
            busy = bool(self._connections)
        if busy:
            raise VaultError("vault.busy")
        counter = self._next_counter()
        try:
            new_file, new_vmk, code = rekey_store.rekey(
                self, self._key_file, vmk, passphrase, counter,
                progress=progress, is_cancelled=is_cancelled,
            )  # fmt: skip
        except BaseException:
            self.close_thread()
            if _rekey_pending(self.path):
                # Stopped after step 2: what is in memory may no longer match the disk,
                # and lock() must not write the old key file back. The next unlock
                # finishes or undoes the rekey from what is on disk.
                self._counter_checked = False
                self.lock()
            raise
        self.close_thread()
        self._key_file = new_file
        self._vmk = new_vmk
        self._db_key = sqlcipher_key(new_vmk)
        self._identity = None
        return code

    def _require_vmk(self) -> bytes:
        if self._vmk is None:
            raise VaultLocked()
        return self._vmk

    # -- closing -------------------------------------------------------------------------
    def lock(self) -> None:
        """Checkpoint and close every connection, drop the keys, release the folder.

        Connections of other threads are closed here too; sqlcipher3 objects are
        created with check_same_thread, so closing from another thread is refused:
        callers close their worker's connection on that worker first (close_thread).
        """
        if self._counter_checked and self._db_key is not None:
            # Best effort: a full disk or a damaged file must not keep the vault open.
            with contextlib.suppress(AmanatError, OSError, db.DatabaseError):
                self.advance_counter()
        self._counter_checked = False
        with self._connections_guard:
            conns, self._connections = self._connections, []
        for conn in conns:
            with contextlib.suppress(Exception):
                db.checkpoint(conn)
            with contextlib.suppress(Exception):
                conn.close()
        self._local = threading.local()
        # Python cannot scrub immutable bytes; dropping every reference is what we can do.
        self._vmk = None
        self._db_key = None
        self._identity = None
        self._lock.release()

    def close_thread(self) -> None:
        """Close this thread's connection (call from the thread that used it)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            with self._connections_guard:
                self._connections = [c for c in self._connections if c is not conn]
            with contextlib.suppress(Exception):
                db.checkpoint(conn)
            conn.close()
            self._local.conn = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.is_open:
            self.lock()


def _rekey_pending(path: Path) -> bool:
    try:
        return read_key_file(path).pending is not None
    except Exception:  # unreadable: assume the worst, and lock
        return True


def _remove_stale_temp_files(path: Path) -> None:
    """A write killed mid-way leaves a temp file; we hold the lock, so none is live."""
    for folder in (path, path / BLOBS_DIR):
        if folder.is_dir():
            for stale in folder.glob(".tmp-*"):
                with contextlib.suppress(OSError):
                    stale.unlink()


def _check_not_truncated(conn: db.Connection, db_path: Path) -> None:
    """Cheap truncation check at open (a full check is ``amanat check``).

    After a clean lock the WAL is checkpointed and empty, so the file must hold every
    page the header counts. With WAL frames pending (after a crash) pages may live in
    the WAL, and SQLite's own recovery applies.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    if db_path.stat().st_size < page_size * page_count:
        raise VaultCorrupt(what="database_truncated")


def _put_meta(conn: db.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def read_key_file(path: Path) -> KeyFile:
    try:
        with open(path / KEYS_FILE, "rb") as fh:
            data = fh.read(keyslots.MAX_FILE_SIZE + 1)
    except FileNotFoundError:
        raise VaultNotFound(path=str(path)) from None
    return KeyFile.from_bytes(data)


def wipe(path: Path) -> None:
    """Travel mode: crypto-erase, then delete.

    ``vault.keys`` is overwritten with random bytes, synced and removed first: without
    it the database and blobs are random noise even if their sectors survive (SSDs may
    keep old copies of any sector, so the key file, not the overwrite, is what counts).
    The folder must not be in use by another process.
    """
    if not path.is_dir():
        raise VaultNotFound(path=str(path))
    lock = _FolderLock(path)
    try:
        keys = path / KEYS_FILE
        if keys.exists():
            size = max(keys.stat().st_size, 4096)
            with open(keys, "r+b") as fh:
                fh.write(os.urandom(size))
                fh.flush()
                os.fsync(fh.fileno())
            keys.unlink()
            fsync_dir(path)
        for child in path.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    finally:
        lock.release()
    try:
        path.rmdir()
    except OSError as exc:  # pragma: no cover - someone wrote into it meanwhile
        raise VaultError("vault.wipe_incomplete") from exc
