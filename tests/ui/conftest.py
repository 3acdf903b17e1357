"""Fixtures for the GUI tests (pytest-qt driving real widgets, found by objectName).

Before Qt is imported: the offscreen platform, and every place Qt or the app could
write to (config, cache, data, runtime, temp, QSettings) pointed at one temporary
folder per session, so the canary test can scan all of it. Every test fails on a Qt
warning, and every model goes through qtmodeltester in its own test.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

_ROOT = Path(tempfile.mkdtemp(prefix="amanat-ui-tests-"))
for _name in ("config", "cache", "data", "runtime", "tmp", "home"):
    (_ROOT / _name).mkdir(mode=0o700)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(_ROOT / "config")
os.environ["XDG_CACHE_HOME"] = str(_ROOT / "cache")
os.environ["XDG_DATA_HOME"] = str(_ROOT / "data")
os.environ["XDG_RUNTIME_DIR"] = str(_ROOT / "runtime")
os.environ["TMPDIR"] = str(_ROOT / "tmp")
os.environ["AMANAT_TEST_KDF"] = "1"  # the cheapest KDF the core accepts (64 MiB floor)
tempfile.tempdir = str(_ROOT / "tmp")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from support.gui import PASSPHRASE  # noqa: E402
from support.vaults import create_vault  # noqa: E402

UI_DIR = Path(__file__).parent

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
for _fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
    QSettings.setPath(_fmt, QSettings.Scope.UserScope, str(_ROOT / "config"))
    QSettings.setPath(_fmt, QSettings.Scope.SystemScope, str(_ROOT / "config-system"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if UI_DIR in Path(str(item.fspath)).parents:
            # Any Qt warning (a broken binding, a bad stylesheet, a layout error) fails.
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    # Emitted by the offscreen platform itself, not by Amanat.
                    r"This plugin does not support propagateSizeHints\(\)",
                    r"This plugin does not support raise\(\)",
                    r"This plugin does not support grabbing the keyboard",
                    # No sound server in the test environment (audio still decodes).
                    r"PulseAudioService: pa_context_connect\(\) failed",
                    r"QFont::setPointSizeF: Point size <= 0",
                    # No GPU and no sound card here (video still shows, audio decodes).
                    r"No RHI backend\. Using CPU conversion",
                    r"No audio device detected",
                )
            )


@pytest.fixture(scope="session")
def scratch_root() -> Path:
    """The folder holding every place the app may write to during the tests."""
    return _ROOT


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["amanat-tests"]


@pytest.fixture(scope="session", autouse=True)
def _application(qapp: QApplication) -> Iterator[QApplication]:
    from amanat.ui.app import setup_application

    setup_application(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield qapp
    shutil.rmtree(_ROOT, ignore_errors=True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """The app collects cycles on a GUI-thread timer (ui/ops/collector.py); before
    pytest-qt closes the widgets a test registered, they are collected at once, so a
    closed dialog whose C++ object is gone is gone from Python too, whatever the
    timer's phase."""
    gc.collect()
    return (yield)


@pytest.fixture
def amanat_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "amanat-home"
    home.mkdir()
    monkeypatch.setenv("AMANAT_HOME", str(home))
    return home


@pytest.fixture
def home_vault(amanat_home: Path) -> Callable[..., tuple[Path, str]]:
    """Make a locked vault under the test home (where the unlock page finds it);
    returns (path, recovery code). Vaults are made by ``support.vaults.create_vault``."""

    def make(name: str = "Field team", passphrase: str = PASSPHRASE) -> tuple[Path, str]:
        path = amanat_home / "vaults" / name.lower().replace(" ", "-")
        vault, code = create_vault(path, name, passphrase)
        vault.lock()
        return path, code

    return make


@pytest.fixture
def window(qtbot, amanat_home: Path) -> Iterator[object]:
    from amanat.ui.window import AppWindow

    win = AppWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.shutdown()


@pytest.fixture
def window_factory(qtbot, amanat_home: Path) -> Iterator[object]:
    """Open the app window after the test has prepared vaults on disk."""
    from amanat.ui.window import AppWindow

    opened: list[AppWindow] = []

    def make() -> AppWindow:
        win = AppWindow()
        qtbot.addWidget(win)
        win.show()
        opened.append(win)
        return win

    yield make
    for win in opened:
        win.session.shutdown()
