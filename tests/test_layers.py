"""The core must be usable without Qt (docs/design.md §2)."""

import subprocess
import sys


def test_services_do_not_load_qt() -> None:
    code = (
        "import sys, amanat.services, amanat.cli.main, amanat.storage, amanat.bundles;"
        "import amanat.cli.main as m; m.build_parser();"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
