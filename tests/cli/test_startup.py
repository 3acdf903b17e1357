"""Start-up: a command loads only what it uses (issue 15). Checked by the modules a real
``amanat`` process has imported when it exits, never by timing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import amanat
from amanat.cli import main as cli_main

# Run the real entry point, then print the modules it loaded (at exit, also after the
# SystemExit that --help and --version end with).
PROBE = textwrap.dedent(
    """
    import atexit, json, sys
    atexit.register(lambda: sys.__stderr__.write("\\nMODULES " + json.dumps(sorted(sys.modules))))
    sys.argv = ["amanat", *sys.argv[1:]]
    from amanat.main import main
    sys.exit(main())
    """
)

HEAVY = ("PySide6", "sqlcipher3", "amanat.storage.db", "amanat.storage.vault",
         "amanat.domain.model", "amanat.services", "amanat.bundles", "amanat.ui")  # fmt: skip


def loaded_modules(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60
    )
    marker = result.stderr.rindex("MODULES ")
    return result, set(json.loads(result.stderr[marker + len("MODULES ") :]))


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_version_prints_the_version_and_loads_no_command() -> None:
    result, modules = loaded_modules("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"amanat {amanat.__version__}"
    assert heavy_in(modules) == []
    assert not any(m.startswith("amanat.cli.cmd_") for m in modules)
    assert "cryptography" not in modules


@pytest.mark.parametrize("args", [("age", "--help"), ("age", "encrypt", "--help")])
def test_age_help_loads_neither_the_vault_nor_the_cipher(args: tuple[str, ...]) -> None:
    result, modules = loaded_modules(*args)
    assert result.returncode == 0
    assert "age" in result.stdout
    assert heavy_in(modules) == []
    assert "cryptography" not in modules
    assert "amanat.cli.cmd_age" in modules
    assert not any(m.startswith("amanat.cli.cmd_") and m != "amanat.cli.cmd_age" for m in modules)


def test_age_keygen_loads_the_cipher_but_not_the_vault() -> None:
    result, modules = loaded_modules("age", "keygen")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("AGE-SECRET-KEY-1") == 1
    assert "cryptography" in modules
    assert heavy_in(modules) == []


def test_bundle_help_loads_only_the_bundle_command() -> None:
    result, modules = loaded_modules("--vault", "/nonexistent", "bundle", "--help")
    assert result.returncode == 0
    assert not any(
        m.startswith("amanat.cli.cmd_") and m != "amanat.cli.cmd_bundle" for m in modules
    )
    assert "PySide6" not in modules and "amanat.ui" not in modules


def test_the_command_table_names_the_module_of_every_command() -> None:
    for module in cli_main.COMMAND_MODULES:
        parser = cli_main.build_parser([module])
        sub = next(a for a in parser._actions if a.dest == "command")
        for name in sub.choices:  # type: ignore[union-attr]
            assert cli_main.COMMANDS[name] == module, name
    assert set(cli_main.COMMANDS.values()) == set(cli_main.COMMAND_MODULES)


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["age", "encrypt"], "age"),
        (["--vault", "age", "bundle", "open"], "bundle"),
        (["--help"], None),
        (["--", "case"], "case"),
    ],
)
def test_command_word_skips_the_vault_option(argv: list[str], word: str | None) -> None:
    assert cli_main.command_word(argv) == word


def test_help_and_an_unknown_command_still_list_every_command() -> None:
    result, _ = loaded_modules("--help")
    assert result.returncode == 0
    for name in cli_main.COMMANDS:
        assert name in result.stdout
    result, _ = loaded_modules("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
