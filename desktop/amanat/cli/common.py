"""Helpers shared by the sub-commands: finding the vault, asking for the passphrase,
and the one escaping function every output goes through (``escape``): text from a
bundle or a contact cannot drive the terminal (docs/trust-contacts.md)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amanat.domain.errors import VaultError
from amanat.domain.text_safety import is_invisible

if TYPE_CHECKING:
    from amanat.storage.vault import Vault

PASSPHRASE_ENV = "AMANAT_PASSPHRASE"  # noqa: S105 - a variable name


def vault_dir(args: Any) -> Path:
    """--vault DIR, else the only vault under $AMANAT_HOME/vaults (or the data folder)."""
    if getattr(args, "vault", None):
        return Path(args.vault).expanduser()
    # Imported here: the vault (SQLCipher) is not loaded by commands that need none.
    from amanat.storage.vault import list_vaults, vaults_root

    found = list_vaults()
    if len(found) == 1:
        return found[0]
    if not found:
        raise VaultError("vault.not_found", path=str(vaults_root()))
    raise VaultError("vault.ambiguous")


# Where --passphrase-fd / --passphrase-file (and the --new-... forms) said to read a
# passphrase, and what was read there (once, on first use) (docs/user-guide.md).
_SOURCES: dict[str, tuple[str, bool]] = {}
_GIVEN: dict[str, str] = {}
MAX_SECRET_BYTES = 4096


def _read_secret(source: str, *, fd: bool) -> str:
    """The first line of a file, a file descriptor, or standard input (``-``), without
    its line end. Never echoed; the file is not kept open."""
    try:
        if fd:
            with os.fdopen(int(source), "rb", closefd=False) as stream:
                data = stream.readline(MAX_SECRET_BYTES + 1)
        elif source == "-":
            data = sys.stdin.buffer.readline(MAX_SECRET_BYTES + 1)
        else:
            with open(Path(source).expanduser(), "rb") as fh:
                data = fh.readline(MAX_SECRET_BYTES + 1)
    except (OSError, ValueError):
        raise VaultError("vault.passphrase_source", source="fd" if fd else "file") from None
    if len(data) > MAX_SECRET_BYTES:
        raise VaultError("vault.passphrase_source", source="fd" if fd else "file")
    try:
        return data.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:
        raise VaultError("vault.passphrase_source", source="fd" if fd else "file") from None


class _SecretAction(argparse.Action):
    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        key, fd = self.const
        _SOURCES[key] = (str(values), fd)
        _GIVEN.pop(key, None)
        setattr(namespace, self.dest, True)


def add_passphrase_options(common: argparse.ArgumentParser) -> None:
    """--passphrase-fd N / --passphrase-file FILE (``-``: standard input), and the same
    for the new passphrase of ``init`` and ``passwd``: for scripts, instead of the
    environment (which other processes of the same user may read)."""
    for key, flag, what in (
        ("current", "passphrase", "the passphrase"),
        ("new", "new-passphrase", "the new passphrase (passwd)"),
    ):
        common.add_argument(
            f"--{flag}-fd", metavar="N", action=_SecretAction, const=(key, True),
            default=argparse.SUPPRESS, help=f"read {what} from file descriptor N (first line)",
        )  # fmt: skip
        common.add_argument(
            f"--{flag}-file", metavar="FILE", action=_SecretAction, const=(key, False),
            default=argparse.SUPPRESS, help=f"read {what} from FILE, or - for standard input",
        )  # fmt: skip


def given_passphrase(key: str) -> str | None:
    """A passphrase given by option (``current`` or ``new``), if any."""
    if key not in _GIVEN and key in _SOURCES:
        source, fd = _SOURCES[key]
        _GIVEN[key] = _read_secret(source, fd=fd)
    return _GIVEN.get(key)


def read_passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    given = given_passphrase("current")
    if given is not None:
        return given
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise VaultError("vault.no_passphrase")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise VaultError("vault.passphrase_mismatch")
    return first


@contextlib.contextmanager
def open_vault(args: Any) -> Iterator[Vault]:
    """Unlock the vault named by ``args`` for the duration of a command, then lock it."""

    path = vault_dir(args)
    # Unlocking through the service also rotates keys when due and destroys expired
    # ones (docs/forward-secrecy.md). Imported here: start-up stays light.
    from amanat.services import vault as vault_service

    vault = vault_service.unlock(
        path, read_passphrase(), accept_rollback=bool(getattr(args, "accept_rollback", False))
    )
    try:
        yield vault
    finally:
        vault.lock()


def _escaped(ch: str, json_form: bool) -> str:
    code = ord(ch)
    if json_form:
        if code > 0xFFFF:  # JSON escapes astral characters as a surrogate pair
            code -= 0x10000
            return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
        return f"\\u{code:04x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _needs_escape(ch: str) -> bool:
    return not ch.isprintable() or is_invisible(ch)


def escape(text: object, *, keep: str = "", json_form: bool = False) -> str:
    """``text`` with every character that can move the cursor, change the terminal or
    reorder or hide what is shown (C0/C1 controls, ESC, bidi and other format
    characters, zero-width and invisible fillers, separators but the space,
    private-use and unassigned code points) written as a visible escape: ``\\x1b``,
    ``\\u202e``. ``keep``: characters left as they are (newline, tab in multi-line
    output). ``json_form``: ``\\uXXXX`` only (valid inside JSON strings: the same
    value)."""
    value = str(text)
    plain = value
    for ch in keep:
        plain = plain.replace(ch, "")
    if plain.isprintable() and not any(is_invisible(ch) for ch in plain):
        return value
    return "".join(
        _escaped(ch, json_form) if ch not in keep and _needs_escape(ch) else ch for ch in value
    )


class EscapingStream:
    """stdout/stderr as the commands see them: every write goes through ``escape``
    (newline and tab kept). ``unescaped`` writes as is (the demo's progress bar)."""

    def __init__(self, stream: Any) -> None:
        self.unescaped = stream

    def write(self, text: str) -> int:
        self.unescaped.write(escape(text, keep="\n\t"))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unescaped, name)


@contextlib.contextmanager
def escaped_output() -> Iterator[None]:
    """While a command runs, everything it prints is escaped."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(out), EscapingStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def print_json(value: Any) -> None:
    """JSON as UTF-8 text; characters ``escape`` would hide are \\u escapes (the same
    values for any JSON reader; json.dumps alone leaves DEL, C1 and bidi controls raw)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write(escape(text, keep="\n", json_form=True))
    sys.stdout.write("\n")


def progress_bar() -> Any:
    """A progress callback drawing a bar on stderr when it is a terminal, else None."""
    if not sys.stderr.isatty():
        return None

    shown = [-1]

    def show(fraction: float) -> None:
        if int(fraction * 1000) == shown[0]:
            return  # called per chunk: redraw only when the figure changes
        shown[0] = int(fraction * 1000)
        done = int(fraction * 40)
        getattr(sys.stderr, "unescaped", sys.stderr).write(
            f"\r[{'#' * done}{'.' * (40 - done)}] {fraction * 100:5.1f}%"
        )
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show
