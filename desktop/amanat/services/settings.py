"""Settings: each declared once, typed, with a default, and kept inside the vault.

After Electrum's ``ConfigVar`` (docs/design.md §12.6): a :class:`Setting` names its key,
type, default, bounds or choices and the text id of its label; :func:`declare` puts it
in the registry, and :func:`get` / :func:`set` read and write it in the vault's
encrypted ``setting`` table (``Vault.get_setting`` / ``set_setting``), validating on the
way in. Nothing here goes to QSettings or any plaintext file; only the window's
geometry does (ui/window.py). The words for a label id are in the GUI
(``ui/settings/setting_controls.py``), which also builds the control for each
declaration, so a new setting is one ``declare(...)`` here and its words there.

A stored value that no longer fits its declaration (damaged, or written by another
version) reads as the default: a setting never stops a vault from opening.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from amanat.domain.errors import InvalidSetting
from amanat.storage.vault import Vault

T = TypeVar("T", int, bool, str)

_TRUE, _FALSE = "true", "false"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str  # stable: the key in the vault's setting table
    type: builtins.type[T]  # int, bool or str
    default: T
    label: str  # text id of the label; words in ui/settings/setting_controls.py
    minimum: int | None = None  # ints: the bounds, inclusive
    maximum: int | None = None
    choices: tuple[T, ...] = ()  # when given, the only values allowed
    presets: tuple[T, ...] = ()  # values a control offers first (ints within bounds)

    def __post_init__(self) -> None:
        self.validate(self.default)
        for value in self.presets:
            self.validate(value)

    def validate(self, value: object) -> T:
        """The value as this setting's type, or InvalidSetting."""
        # bool is an int in Python: neither may stand for the other.
        if type(value) is not self.type:
            raise InvalidSetting(key=self.key, expected=self.type.__name__)
        if isinstance(value, int) and not isinstance(value, bool):
            too_low = self.minimum is not None and value < self.minimum
            if too_low or (self.maximum is not None and value > self.maximum):
                raise InvalidSetting(key=self.key, minimum=self.minimum, maximum=self.maximum)
        if self.choices and value not in self.choices:
            raise InvalidSetting(key=self.key, choices=len(self.choices))
        return value

    def encode(self, value: T) -> str:
        if isinstance(value, bool):
            return _TRUE if value else _FALSE
        return str(value)

    def decode(self, text: str) -> T:
        """The stored text as a valid value, or InvalidSetting."""
        value: object
        if self.type is bool:
            if text not in (_TRUE, _FALSE):
                raise InvalidSetting(key=self.key, expected="bool")
            value = text == _TRUE
        elif self.type is int:
            try:
                value = int(text)
            except ValueError:
                raise InvalidSetting(key=self.key, expected="int") from None
        else:
            value = text
        return self.validate(value)


_REGISTRY: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    if setting.key in _REGISTRY:
        raise ValueError(f"setting declared twice: {setting.key}")
    _REGISTRY[setting.key] = setting
    return setting


def declared() -> list[Setting[Any]]:
    """Every declared setting, in the order declared (the settings dialog's order)."""
    return list(_REGISTRY.values())


def setting(key: str | Setting[Any]) -> Setting[Any]:
    """The declaration of a key; InvalidSetting("settings.unknown") if there is none."""
    if isinstance(key, Setting):
        key = key.key
    found = _REGISTRY.get(key)
    if found is None:
        raise InvalidSetting("settings.unknown", key=key)
    return found


# -- the declarations ----------------------------------------------------------------------

AUTOLOCK_MINUTES: Setting[int] = declare(
    Setting(
        "ui.autolock_minutes",
        int,
        5,
        label="settings.autolock_minutes",
        minimum=1,
        maximum=24 * 60,
        presets=(1, 2, 5, 10, 15, 30, 60),
    )
)

# docs/forward-secrecy.md: a new generation of encryption keys every N days (0: only
# when asked, ``amanat identity rotate``), and how long replaced keys stay to open
# bundles already on their way before they are destroyed.
ROTATE_EVERY_DAYS: Setting[int] = declare(
    Setting(
        "identity.rotate_every_days",
        int,
        0,
        label="settings.rotate_every_days",
        minimum=0,
        maximum=3650,
        presets=(0, 7, 30, 90, 365),
    )
)

GRACE_DAYS: Setting[int] = declare(
    Setting(
        "identity.grace_days",
        int,
        14,
        label="settings.grace_days",
        minimum=1,
        maximum=365,
        presets=(1, 7, 14, 30, 90),
    )
)

# The recorder (issue 14): the devices last chosen, by their names as the system gives
# them (empty: the system's default), and whether video was last chosen.
RECORDING_MICROPHONE: Setting[str] = declare(
    Setting("recording.microphone", str, "", label="settings.recording_microphone")
)
RECORDING_CAMERA: Setting[str] = declare(
    Setting("recording.camera", str, "", label="settings.recording_camera")
)
RECORDING_VIDEO: Setting[bool] = declare(
    Setting("recording.video", bool, False, label="settings.recording_video")
)

# The interface language (ui/kit/language.py): "system" follows the computer's; the
# others are the languages Amanat ships. Applied when the vault is unlocked.
LANGUAGE: Setting[str] = declare(
    Setting(
        "ui.language",
        str,
        "system",
        label="settings.language",
        choices=("system", "en", "kk", "ru", "ug", "zh_CN"),
    )
)


# docs/review.md §1: the inbox's watched exchange folder (a folder the organisation
# already syncs: Syncthing, Nextcloud, a USB stick); empty: none. Kept in the vault,
# like every setting, so the folder's name is not left in a plaintext file.
INBOX_FOLDER: Setting[str] = declare(
    Setting("review.inbox_folder", str, "", label="settings.inbox_folder")
)

# -- reading and writing -------------------------------------------------------------------


def get(vault: Vault, key: str | Setting[T]) -> Any:
    """The stored value, or the default when none (or none valid) is stored."""
    declared_setting = setting(key)
    raw = vault.get_setting(declared_setting.key)
    if raw is None:
        return declared_setting.default
    try:
        return declared_setting.decode(raw)
    except InvalidSetting:
        return declared_setting.default


def set(vault: Vault, key: str | Setting[T], value: object) -> Any:
    """Validate and store a value (InvalidSetting, and nothing stored, if it does not
    fit); returns the value stored."""
    declared_setting = setting(key)
    valid = declared_setting.validate(value)
    vault.set_setting(declared_setting.key, declared_setting.encode(valid))
    return valid


def read_all(vault: Vault) -> dict[str, Any]:
    """Every declared setting's value (read on the worker right after unlock)."""
    return {s.key: get(vault, s) for s in declared()}
