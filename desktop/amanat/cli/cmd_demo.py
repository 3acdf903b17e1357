"""`amanat` sub-commands: demo (to be filled in)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's sub-commands to the parser."""
