"""The build backend: setuptools', plus PySide6-Essentials for a wheel (its lrelease
compiles the translations, setup.py). An editable install does not need it: ``make``
compiles the translations in the source tree."""

from __future__ import annotations

from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403

LRELEASE = "PySide6-Essentials>=6.7"


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE]
