"""Declared settings (services.settings): types, defaults, bounds, the registry, and
values kept inside a real vault across lock and unlock."""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.domain.errors import InvalidSetting
from amanat.services import settings
from amanat.services.settings import AUTOLOCK_MINUTES, Setting
from amanat.storage.vault import Vault
from support.vaults import TEST_PASSPHRASE, create_vault


def test_autolock_is_declared_with_its_type_default_and_bounds() -> None:
    assert settings.setting("ui.autolock_minutes") is AUTOLOCK_MINUTES
    assert AUTOLOCK_MINUTES in settings.declared()
    assert (AUTOLOCK_MINUTES.type, AUTOLOCK_MINUTES.default) == (int, 5)
    assert AUTOLOCK_MINUTES.validate(1) == 1 and AUTOLOCK_MINUTES.validate(24 * 60) == 24 * 60
    for bad in (0, -5, 24 * 60 + 1, "5", 5.0, True, None):
        with pytest.raises(InvalidSetting) as caught:
            AUTOLOCK_MINUTES.validate(bad)
        assert caught.value.code == "settings.invalid"
        assert caught.value.params["key"] == "ui.autolock_minutes"


def test_types_are_strict_and_choices_closed() -> None:
    flag = Setting("test.flag", bool, False, label="x")
    assert flag.validate(True) is True
    with pytest.raises(InvalidSetting):
        flag.validate(1)  # an int is not a bool here, nor a bool an int
    assert flag.decode(flag.encode(True)) is True and flag.encode(False) == "false"
    with pytest.raises(InvalidSetting):
        flag.decode("yes")
    mode = Setting("test.mode", str, "plain", label="x", choices=("plain", "dense"))
    assert mode.validate("dense") == "dense"
    with pytest.raises(InvalidSetting):
        mode.validate("fancy")
    with pytest.raises(InvalidSetting):  # a default must fit its own declaration
        Setting("test.bad", int, 0, label="x", minimum=1)
    with pytest.raises(InvalidSetting):
        AUTOLOCK_MINUTES.decode("five")


def test_a_key_is_declared_once() -> None:
    with pytest.raises(ValueError):
        settings.declare(Setting("ui.autolock_minutes", int, 5, label="x"))


def test_values_are_kept_in_the_vault_across_lock_and_unlock(vault_path: Path) -> None:
    vault, _code = create_vault(vault_path, "Settings")
    try:
        assert settings.get(vault, AUTOLOCK_MINUTES) == 5  # nothing stored: the default
        assert settings.set(vault, AUTOLOCK_MINUTES, 30) == 30
        assert settings.get(vault, "ui.autolock_minutes") == 30
    finally:
        vault.lock()
    vault = Vault.unlock(vault_path, TEST_PASSPHRASE)
    try:
        assert settings.read_all(vault) == {
            "ui.autolock_minutes": 30,
            "identity.rotate_every_days": 0,  # never, unless set
            "identity.grace_days": 14,
            "ui.language": "system",  # the computer's language (ui/kit/language.py)
            "review.inbox_folder": "",  # no watched folder, unless chosen
            "recording.microphone": "",  # the recorder's devices: the system's default
            "recording.camera": "",
            "recording.video": False,
        }
        assert vault.get_setting("ui.autolock_minutes") == "30"  # the encrypted table
        # A refused value changes nothing.
        with pytest.raises(InvalidSetting):
            settings.set(vault, AUTOLOCK_MINUTES, 0)
        assert settings.get(vault, AUTOLOCK_MINUTES) == 30
        # A stored value that no longer fits reads as the default, never stops an unlock.
        vault.set_setting("ui.autolock_minutes", "0")
        assert settings.get(vault, AUTOLOCK_MINUTES) == 5
    finally:
        vault.lock()


def test_an_unknown_key_is_refused(vault: Vault) -> None:
    for call in (
        lambda: settings.get(vault, "ui.colour"),
        lambda: settings.set(vault, "ui.colour", "red"),
        lambda: settings.setting("ui.colour"),
    ):
        with pytest.raises(InvalidSetting) as caught:
            call()
        assert caught.value.code == "settings.unknown"
        assert caught.value.params == {"key": "ui.colour"}
    assert vault.get_setting("ui.colour") is None


def test_the_errors_have_words() -> None:
    from amanat.cli.messages import describe

    assert "not allowed" in describe(InvalidSetting(key="ui.autolock_minutes"))
    assert "no setting" in describe(InvalidSetting("settings.unknown", key="ui.colour"))


def test_the_language_is_the_system_s_or_one_amanat_ships(vault: Vault) -> None:
    assert settings.get(vault, settings.LANGUAGE) == "system"
    assert settings.set(vault, settings.LANGUAGE, "ug") == "ug"
    for refused in ("de", "", "zh", "UG"):
        with pytest.raises(InvalidSetting):
            settings.set(vault, settings.LANGUAGE, refused)
    assert settings.get(vault, settings.LANGUAGE) == "ug"
    vault.set_setting("ui.language", "xx")  # damaged or from another version: the default
    assert settings.get(vault, settings.LANGUAGE) == "system"
