"""`amanat age keygen|encrypt|decrypt`: age-compatible files, no vault needed.

For interoperability and emergencies: these behave like ``age-keygen``, ``age -e`` and
``age -d`` for X25519 (``age1...``) and ML-KEM-768+X25519 hybrid (``age1pq1...``) keys.
Output files (``-o``) only appear when complete. They are written to an anonymous
file (Linux ``O_TMPFILE``, mode 0600) in the target's folder, fsynced, and linked into
place only on success: on an error, and even on SIGKILL or a power cut, no partial
output is left behind. Where ``O_TMPFILE`` is unavailable (some filesystems), a named
temp file created 0600 in the same folder is used and removed on failure (a hard kill
can leave that one behind, under a neutral ``.tmp-`` name).
"""

from __future__ import annotations

import argparse
import datetime
import errno
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from amanat.domain.errors import AgeError, DiskFull

if TYPE_CHECKING:
    from amanat.crypto import age
    from amanat.crypto.stream import Writable

# The age implementation (and `cryptography`) is imported by the commands that use it,
# not by `amanat age --help`.

# Key and recipient files are a few lines; refusing huge ones keeps a mistaken
# argument (a video instead of a key file) from being read into memory.
_KEY_FILE_LIMIT = 1 << 20
_COPY_BUFFER = 1 << 20  # 16 STREAM chunks per read


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``age keygen``, ``age encrypt`` and ``age decrypt``."""
    parser = sub.add_parser(
        "age",
        help="age-compatible encryption (no vault needed)",
        description="Create age keys and encrypt or decrypt age files, compatible with "
        "the age tool (X25519 and post-quantum hybrid keys). No vault is needed.",
    )
    commands = parser.add_subparsers(dest="age_command", metavar="COMMAND", required=True)

    keygen = commands.add_parser(
        "keygen",
        help="generate an age identity (like age-keygen)",
        description="Generate an age identity file. The public key is printed on stderr "
        "when the output is not a terminal.",
    )
    keygen.add_argument(
        "--pq", action="store_true", help="post-quantum hybrid key (age1pq1..., age >= 1.3)"
    )
    keygen.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (created 0600; must not exist)"
    )
    keygen.set_defaults(func=_keygen)

    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt to age recipients (like age -e)",
        description="Encrypt IN (default: stdin) to the given recipients.",
    )
    encrypt.add_argument(
        "-r", "--recipient", metavar="RECIPIENT", action="append", default=[],
        help="an age1... or age1pq1... public key (repeatable)",
    )  # fmt: skip
    encrypt.add_argument(
        "-R", "--recipients-file", metavar="FILE", action="append", default=[],
        help="a file of recipients, one per line, # comments (repeatable)",
    )  # fmt: skip
    encrypt.add_argument("-a", "--armor", action="store_true", help="ASCII-armored output")
    encrypt.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    encrypt.add_argument("input", metavar="IN", nargs="?", help="input file (default: stdin)")
    encrypt.set_defaults(func=_encrypt)

    decrypt = commands.add_parser(
        "decrypt",
        help="decrypt an age file (like age -d)",
        description="Decrypt IN (default: stdin; binary or armored) with identity files.",
    )
    decrypt.add_argument(
        "-i", "--identity", metavar="IDENTITY_FILE", action="append", required=True,
        help="an identity file as written by age-keygen (repeatable)",
    )  # fmt: skip
    decrypt.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    decrypt.add_argument("input", metavar="IN", nargs="?", help="input file (default: stdin)")
    decrypt.set_defaults(func=_decrypt)


def _read_key_file(name: str) -> str:
    with open(name, "rb") as fh:
        data = fh.read(_KEY_FILE_LIMIT + 1)
    if len(data) > _KEY_FILE_LIMIT:
        raise AgeError("age.bad_key", reason="file_too_large")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise AgeError("age.bad_key", reason="not_text") from None


def _is_stdio(name: str | None) -> bool:
    return name is None or name == "-"


@contextmanager
def _input(name: str | None) -> Iterator[BinaryIO]:
    if _is_stdio(name):
        yield sys.stdin.buffer
        return
    assert name is not None
    # Unbuffered: the reads are 1 MiB (or a whole STREAM chunk), straight into the
    # caller's buffer, without a second copy through a file buffer.
    with open(name, "rb", buffering=0) as fh:
        yield fh


def _anonymous_file(folder: Path) -> int | None:
    """An unnamed 0600 file in ``folder`` that vanishes unless linked, or None."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOTSUP):
            return None  # the filesystem cannot do it: use a named temp file
        raise


def _link_into_place(fd: int, target: Path, *, replace: bool) -> None:
    """Give the anonymous file ``fd`` the name ``target``."""
    # linkat(AT_SYMLINK_FOLLOW) on /proc/self/fd/N names an O_TMPFILE file; Python only
    # uses linkat (not link) when a dir_fd is given, hence the folder descriptor.
    source = f"/proc/self/fd/{fd}"
    folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        if not replace:
            try:
                os.link(source, target.name, dst_dir_fd=folder, follow_symlinks=True)
            except FileExistsError:
                raise AgeError("age.output_exists", path=str(target)) from None
            return
        temp = f".tmp-{secrets.token_hex(8)}"
        os.link(source, temp, dst_dir_fd=folder, follow_symlinks=True)
        try:
            os.replace(temp, target.name, src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException:
            os.unlink(temp, dir_fd=folder)
            raise
    finally:
        os.close(folder)


@contextmanager
def _complete_file(target: Path, *, replace: bool) -> Iterator[BinaryIO]:
    """Yield a file that becomes ``target`` only when the block ends without error.

    ``replace=False`` refuses an existing ``target`` (atomically, where O_TMPFILE works).
    """
    from amanat.storage.files import atomic_writer, fsync_dir

    folder = target.parent
    fd = _anonymous_file(folder)
    try:
        if fd is None:
            if not replace and (target.exists() or target.is_symlink()):
                raise AgeError("age.output_exists", path=str(target))
            with atomic_writer(target) as fh:
                yield fh
            return
        with os.fdopen(fd, "wb", buffering=0) as fh:
            fd = None
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            _link_into_place(fh.fileno(), target, replace=replace)
        fsync_dir(folder)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise
    finally:
        if fd is not None:
            os.close(fd)


@contextmanager
def _output(name: str | None) -> Iterator[BinaryIO]:
    """stdout, or a file that appears at ``name`` only once complete.

    A device or a pipe given as ``-o`` (``/dev/null``, a FIFO) is written directly:
    renaming a file over it would replace the device node itself.
    """
    if _is_stdio(name):
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    assert name is not None
    # Through symlinks, so the link stays and its target gets the new content.
    target = Path(os.path.realpath(name))
    if target.exists() and not target.is_file():
        with open(target, "wb") as fh:
            yield fh
        return
    with _complete_file(target, replace=True) as fh:
        yield fh


@contextmanager
def _behind(dst: BinaryIO, name: str | None) -> Iterator[Writable]:
    """``dst`` written on a helper thread (``WriteBehind``): the cipher on this thread
    and the kernel's copying on the other run at once (2 cores: 512 MiB on tmpfs in
    about 0.4 s instead of 0.6). A regular output file is flushed to the disk every
    64 MiB as it grows, so the final fsync waits only for the tail."""
    from amanat.storage.files import SYNC_EVERY, WriteBehind

    regular = not _is_stdio(name) and _is_regular(dst)
    with WriteBehind(dst, sync_every=SYNC_EVERY if regular else 0, name="amanat-age-write") as out:
        yield out


def _is_regular(fh: BinaryIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(fh.fileno()).st_mode)
    except (OSError, ValueError):
        return False


def _timestamp() -> str:
    # age-keygen writes Go's RFC 3339 local time: seconds, and "Z" for UTC.
    now = datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()
    return now.replace("+00:00", "Z")


def _keygen(args: argparse.Namespace) -> int:
    from amanat.crypto import age

    identity: age.X25519Identity | age.HybridIdentity
    identity = age.HybridIdentity.generate() if args.pq else age.X25519Identity.generate()
    public = identity.to_public().to_string()
    text = f"# created: {_timestamp()}\n# public key: {public}\n{identity.to_string()}\n"
    if _is_stdio(args.output):
        sys.stdout.write(text)
        sys.stdout.flush()
        to_terminal = sys.stdout.isatty()
    else:
        # Never overwrite a key: that would destroy access to everything encrypted to it.
        with _complete_file(Path(args.output), replace=False) as fh:
            fh.write(text.encode("ascii"))
        to_terminal = False
    if not to_terminal:
        print(f"Public key: {public}", file=sys.stderr)
    return 0


def _encrypt(args: argparse.Namespace) -> int:
    from amanat.crypto import age
    from amanat.crypto.stream import read_full

    recipients: list[age.AnyRecipient] = [age.parse_recipient(r) for r in args.recipient]
    for name in args.recipients_file:
        recipients += age.parse_recipients_file(_read_key_file(name))
    if not recipients:
        raise AgeError("age.no_recipients")
    if _is_stdio(args.output) and not args.armor and sys.stdout.isatty():
        raise AgeError("age.binary_to_terminal")
    buffer = bytearray(_COPY_BUFFER)
    view = memoryview(buffer)
    with (
        _input(args.input) as src,
        _output(args.output) as dst,
        _behind(dst, args.output) as out,
        age.encrypt(recipients, out, armor=args.armor) as writer,
    ):
        while n := read_full(src, view):
            writer.write(view[:n])
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from amanat.crypto import age

    identities: list[age.Identity] = []
    for name in args.identity:
        identities += age.parse_identity_file(_read_key_file(name))
    with _input(args.input) as src:
        # The header is checked and authenticated before any output file is created.
        reader = age.open_decryptor(identities, src)
        with _output(args.output) as dst, _behind(dst, args.output) as out:
            reader.copy_to(out)
    return 0
