"""The ``amanat`` command line (docs/design.md §10).

Every sub-command lives in a ``cmd_*`` module with a ``register(subparsers, common)``
function. Errors are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import sys
from collections.abc import Sequence

from amanat.cli.common import add_passphrase_options, escaped_output
from amanat.cli.messages import describe
from amanat.domain.errors import AmanatError, Cancelled, DiskFull
from amanat.storage.db import DatabaseError

COMMAND_MODULES = (
    "amanat.cli.cmd_vault",
    "amanat.cli.cmd_case",
    "amanat.cli.cmd_identity",
    "amanat.cli.cmd_age",
    "amanat.cli.cmd_contact",
    "amanat.cli.cmd_bundle",
    "amanat.cli.cmd_search",
    "amanat.cli.cmd_demo",
)

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: $AMANAT_HOME/vaults/<name> or the user data folder)",
    )
    add_passphrase_options(common)
    parser = argparse.ArgumentParser(
        prog="amanat",
        description="Amanat: encrypted casework for documenting persecution. "
        "With no arguments, opens the desktop app.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
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
    except DatabaseError as exc:
        if "full" in str(exc).lower():  # SQLITE_FULL outside a transaction (issue 16)
            print(f"amanat: {describe(DiskFull())}", file=sys.stderr)
            return EXIT_ERROR
        # A page that fails its HMAC or a damaged structure, found while reading.
        print("amanat: the vault database is damaged (run `amanat check`)", file=sys.stderr)
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
        # Only the type: an unexpected error's text might quote case content.
        print(f"amanat: internal error ({type(exc).__name__})", file=sys.stderr)
        return EXIT_INTERNAL
    return int(result or 0)


def main() -> None:  # pragma: no cover - convenience for `python -m amanat.cli.main`
    sys.exit(run_cli(sys.argv[1:]))
