"""Benchmarks are files named ``bench_*.py``: the default test pattern never collects them
(so ``make test`` stays fast), and this hook collects them when pytest is pointed at this
folder (``make bench``)."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Module | None:
    if file_path.suffix != ".py" or not file_path.name.startswith("bench_"):
        return None
    if parent.session.isinitpath(file_path):
        return None  # named on the command line: pytest collects it already
    return pytest.Module.from_parent(parent, path=file_path)
