"""Driving the real command line (``amanat.cli.main.run_cli``) from a test, a vault at a
time: ``ok`` (exit 0, nothing on stderr), ``fails`` (exit 1, the words on stderr),
``json`` (``--json`` output parsed), ``file`` (a JSON document to pass by path)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from amanat.cli.main import run_cli


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        self.capsys = capsys
        self.tmp = tmp_path

    def run(self, vault: Path, *argv: str) -> tuple[int, str, str]:
        code = run_cli([*argv, "--vault", str(vault)])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, vault: Path, *argv: str) -> str:
        code, out, err = self.run(vault, *argv)
        assert (code, err) == (0, ""), (argv, err)
        return out

    def fails(self, vault: Path, *argv: str) -> str:
        code, _out, err = self.run(vault, *argv)
        assert code == 1, argv
        return err

    def json(self, vault: Path, *argv: str) -> Any:
        return json.loads(self.ok(vault, *argv))

    def file(self, name: str, doc: Any) -> str:
        path = self.tmp / name
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return str(path)
