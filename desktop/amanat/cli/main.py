"""The ``amanat`` command line (docs/design.md §10).

Every sub-command lives in a ``cmd_*`` module with a ``register(subparsers, common)``
function. Errors are one line on stderr and a non-zero exit, never a traceback.

Start-up stays short: only the module of the command given is imported (``COMMANDS``
names it), so ``amanat age ...`` never loads SQLCipher, the vault or the case model, and
``amanat --version`` loads no command at all. The full parser (every module) is built
only when no known command is named (``amanat --help``, a mistyped command).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import sys
from collections.abc import Sequence

import amanat
from amanat.cli.common import add_passphrase_options, escaped_output
from amanat.cli.messages import describe
from amanat.domain.errors import AmanatError, Cancelled, DiskFull

COMMAND_MODULES = (
    "amanat.cli.cmd_vault",
    "amanat.cli.cmd_case",
    "amanat.cli.cmd_identity",
    "amanat.cli.cmd_age",
    "amanat.cli.cmd_contact",
    "amanat.cli.cmd_bundle",
    "amanat.cli.cmd_search",
    "amanat.cli.cmd_demo",
    "amanat.cli.cmd_review",
    "amanat.cli.cmd_conflicts",
    "amanat.cli.cmd_followup",
    "amanat.cli.cmd_persons",
    "amanat.cli.cmd_inbox",
    "amanat.cli.cmd_rekey",
    "amanat.cli.cmd_reports",
)
# Which module registers each top-level command (tests/cli checks it against the
# parser built from every module).
COMMANDS = {
    "init": "amanat.cli.cmd_vault",
    "info": "amanat.cli.cmd_vault",
    "check": "amanat.cli.cmd_vault",
    "passwd": "amanat.cli.cmd_vault",
    "wipe": "amanat.cli.cmd_vault",
    "rekey": "amanat.cli.cmd_rekey",
    "case": "amanat.cli.cmd_case",
    "attach": "amanat.cli.cmd_case",
    "identity": "amanat.cli.cmd_identity",
    "age": "amanat.cli.cmd_age",
    "contact": "amanat.cli.cmd_contact",
    "bundle": "amanat.cli.cmd_bundle",
    "search": "amanat.cli.cmd_search",
    "duplicates": "amanat.cli.cmd_search",
    "demo": "amanat.cli.cmd_demo",
    "review": "amanat.cli.cmd_review",
    "grade": "amanat.cli.cmd_review",
    "annotate": "amanat.cli.cmd_review",
    "conflicts": "amanat.cli.cmd_conflicts",
    "followup": "amanat.cli.cmd_followup",
    "persons": "amanat.cli.cmd_persons",
    "inbox": "amanat.cli.cmd_inbox",
    # reports, submissions, exports, statistics (issue 13)
    "export": "amanat.cli.cmd_reports",
    "report": "amanat.cli.cmd_reports",
    "submission": "amanat.cli.cmd_reports",
    "stats": "amanat.cli.cmd_reports",
}
_HELP = ("-h", "--help")

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 70


def command_word(argv: Sequence[str]) -> str | None:
    """The top-level command in ``argv`` (skipping ``--vault DIR``), or None."""
    words = iter(argv)
    for word in words:
        if word == "--vault":
            next(words, None)
        elif word == "--":
            return next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    word = command_word(argv)
    if word in COMMANDS:
        return (COMMANDS[word],)
    if word is None and "--version" in argv and not any(a in _HELP for a in argv):
        return ()
    return COMMAND_MODULES


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser with the commands of ``modules`` (all by default)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: $AMANAT_HOME/vaults/<name> or the user data folder)",
    )
    add_passphrase_options(common)
    common.add_argument(
        "--accept-rollback",
        action="store_true",
        default=argparse.SUPPRESS,
        help="open a vault.db older than vault.keys (a backup you restored on purpose)",
    )
    parser = argparse.ArgumentParser(
        prog="amanat",
        description="Amanat: encrypted casework for documenting persecution. "
        "With no arguments, opens the desktop app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"amanat {amanat.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in dict.fromkeys(modules):
        importlib.import_module(name).register(sub, common)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser(_modules_for(argv))
    args = parser.parse_args(list(argv))
    if not hasattr(args, "vault"):
        args.vault = None
    with escaped_output():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        result = args.func(args)
    except AmanatError as exc:
        if isinstance(exc, Cancelled):
            print("amanat: cancelled", file=sys.stderr)
            return EXIT_INTERRUPTED
        print(f"amanat: {describe(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("amanat: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            print(f"amanat: {describe(DiskFull())}", file=sys.stderr)
            return EXIT_ERROR
        # strerror only: an OSError's str() may carry a path, never case content,
        # but keep it to what the user needs to act.
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"amanat: {exc.strerror or type(exc).__name__}{where}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: one line, no traceback
        if _is_database_error(exc):
            if "full" in str(exc).lower():  # SQLITE_FULL outside a transaction
                print(f"amanat: {describe(DiskFull())}", file=sys.stderr)
                return EXIT_ERROR
            # A page that fails its HMAC or a damaged structure, found while reading.
            print("amanat: the vault database is damaged (run `amanat check`)", file=sys.stderr)
            return EXIT_ERROR
        # Only the type: an unexpected error's text might quote case content.
        print(f"amanat: internal error ({type(exc).__name__})", file=sys.stderr)
        return EXIT_INTERNAL
    return int(result or 0)


def _is_database_error(exc: Exception) -> bool:
    """Whether ``exc`` is SQLCipher's DatabaseError; only a command that loaded the
    database can raise one, so this never imports it."""
    db = sys.modules.get("amanat.storage.db")
    return db is not None and isinstance(exc, db.DatabaseError)


def main() -> None:  # pragma: no cover - convenience for `python -m amanat.cli.main`
    sys.exit(run_cli(sys.argv[1:]))
