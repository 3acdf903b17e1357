"""Where the test data lives, however deep the test module that asks."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
DATA = TESTS / "data"
INTEROP = TESTS / "interop"
