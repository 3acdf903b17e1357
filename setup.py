"""The wheel compiles the translations: build_py runs lrelease over every
resources/translations/amanat_*.ts into the package (the .qm are never committed).

Everything else about the package is in pyproject.toml. An editable install
(``pip install -e``, what ``make`` does) reads the source tree, where ``make`` compiles
the .qm next to the .ts instead.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        spec = importlib.util.spec_from_file_location(
            "update_translations", ROOT / "resources" / "translations" / "update_translations.py"
        )
        assert spec is not None and spec.loader is not None
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
        target = Path(self.build_lib) / "amanat" / "resources" / "translations"
        for qm in tool.compile_catalogues(ROOT / "resources" / "translations", target):
            print(f"compiled {qm.name}")


setup(cmdclass={"build_py": BuildWithTranslations})
