"""Entry point of the ``amanat`` command: the GUI with no arguments, else the CLI."""

from __future__ import annotations

import sys

from amanat.hardening import harden_process


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    harden_process()
    if not args or args[0] == "gui" or (len(args) == 2 and args[0] == "--vault"):
        from amanat.ui.app import run_gui  # Qt is imported only on this path

        return run_gui(args)
    from amanat.cli.main import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
