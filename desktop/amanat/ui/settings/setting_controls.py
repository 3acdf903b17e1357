"""The words and the control for each declared setting (services.settings).

A declaration says what a setting is (key, type, default, bounds or choices, a label
text id); this module says how it looks: the words for its label id (through Qt's
translation), its object name, and the control that fits its type:

- an int with presets: a combo box of the presets (and the current value if it is
  not one of them); an int without: a spin box within the bounds;
- a bool: a check box;
- a str with choices: a combo box of the choices; a free str: a line edit.

The settings dialog lays out one row per declaration, grouped as said here
(docs/architecture.md, "Settings").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from amanat.services.settings import Setting
from amanat.ui.kit import language
from amanat.ui.kit.messages import fill
from amanat.ui.kit.widgets import named


@dataclass(frozen=True)
class Group:
    object_name: str
    title: Callable[[], str]


@dataclass(frozen=True)
class SettingWords:
    object_name: str  # of the control
    group: Group
    label: Callable[[], str]  # the row's label
    accessible: Callable[[], str]  # the control's accessible name
    hint: Callable[[], str] | None = None  # a line under the row
    value: Callable[[Any], str] | None = None  # words for one value (combo items)
    changed: Callable[[Any], str] | None = None  # said once a new value is taken


LOCK_GROUP = Group(
    "autolockGroup", lambda: QCoreApplication.translate("SettingsDialog", "Automatic lock")
)

KEYS_GROUP = Group(
    "keyRotationGroup",
    lambda: QCoreApplication.translate("SettingsDialog", "Key rotation (forward secrecy)"),
)


LANGUAGE_GROUP = Group(
    "languageGroup", lambda: QCoreApplication.translate("SettingsDialog", "Language")
)


def _language(code: Any) -> str:
    # Each language in its own name, so a person finds theirs whatever is shown now.
    if code == language.SYSTEM:
        system = language.NATIVE_NAMES.get(language.code_of(QLocale.system()), "English")
        return fill(QCoreApplication.translate("SettingsDialog", "As the system (%1)"), system)
    return language.NATIVE_NAMES.get(str(code), str(code))


def _language_changed(code: Any) -> str:
    return fill(
        QCoreApplication.translate(
            "SettingsDialog",
            "Amanat will be in %1 the next time this vault is unlocked (lock it with"
            " Ctrl+L, then unlock it).",
        ),
        _language(code),
    )


INBOX_GROUP = Group(
    "inboxGroup", lambda: QCoreApplication.translate("SettingsDialog", "Inbox (review)")
)


def _every(n: Any) -> str:
    if int(n) == 0:
        return QCoreApplication.translate("SettingsDialog", "Never (only when asked)")
    return QCoreApplication.translate("SettingsDialog", "Every %n day(s)", "", int(n))


def _rotation_changed(n: Any) -> str:
    if int(n) == 0:
        return QCoreApplication.translate(
            "SettingsDialog", "The encryption keys will change only when you ask."
        )
    return QCoreApplication.translate(
        "SettingsDialog",
        "New encryption keys will be made every %n day(s), when the vault is unlocked.",
        "",
        int(n),
    )


# By label text id (Setting.label). lupdate sees each literal inside translate().
WORDS: dict[str, SettingWords] = {
    "settings.autolock_minutes": SettingWords(
        object_name="autolockMinutes",
        group=LOCK_GROUP,
        label=lambda: QCoreApplication.translate(
            "SettingsDialog", "Lock the vault after this long without activity:"
        ),
        accessible=lambda: QCoreApplication.translate("SettingsDialog", "Lock after idle minutes"),
        hint=lambda: QCoreApplication.translate(
            "SettingsDialog", "You can always lock at once with Ctrl+L."
        ),
        value=lambda n: QCoreApplication.translate("SettingsDialog", "%n minute(s)", "", int(n)),
        changed=lambda n: QCoreApplication.translate(
            "SettingsDialog", "The vault will lock after %n minute(s) without activity.", "", int(n)
        ),
    ),
    "settings.rotate_every_days": SettingWords(
        object_name="rotateEveryDays",
        group=KEYS_GROUP,
        label=lambda: QCoreApplication.translate("SettingsDialog", "Make new encryption keys:"),
        accessible=lambda: QCoreApplication.translate(
            "SettingsDialog", "Days between new encryption keys"
        ),
        hint=lambda: QCoreApplication.translate(
            "SettingsDialog",
            "Contacts learn the new keys from your next bundle or card; your safety number "
            "stays the same. Once old keys are destroyed, a laptop taken later cannot open "
            "bundles sealed to them.",
        ),
        value=_every,
        changed=_rotation_changed,
    ),
    "settings.grace_days": SettingWords(
        object_name="keyGraceDays",
        group=KEYS_GROUP,
        label=lambda: QCoreApplication.translate(
            "SettingsDialog", "Keep replaced keys for bundles on their way:"
        ),
        accessible=lambda: QCoreApplication.translate(
            "SettingsDialog", "Days replaced keys are kept"
        ),
        hint=lambda: QCoreApplication.translate(
            "SettingsDialog",
            "After this, replaced keys are destroyed: a bundle sealed to them can no "
            "longer be opened, here or anywhere.",
        ),
        value=lambda n: QCoreApplication.translate("SettingsDialog", "%n day(s)", "", int(n)),
        changed=lambda n: QCoreApplication.translate(
            "SettingsDialog",
            "Replaced keys will be destroyed %n day(s) after they were replaced.",
            "",
            int(n),
        ),
    ),
    "settings.language": SettingWords(
        object_name="interfaceLanguage",
        group=LANGUAGE_GROUP,
        label=lambda: QCoreApplication.translate("SettingsDialog", "Language of Amanat:"),
        accessible=lambda: QCoreApplication.translate("SettingsDialog", "Interface language"),
        hint=lambda: QCoreApplication.translate(
            "SettingsDialog",
            "Applied the next time this vault is unlocked. Dates and numbers follow the"
            " language; Uyghur lays the window out from right to left.",
        ),
        value=_language,
        changed=_language_changed,
    ),
    "settings.inbox_folder": SettingWords(
        object_name="inboxFolder",
        group=INBOX_GROUP,
        label=lambda: QCoreApplication.translate("SettingsDialog", "Watched exchange folder:"),
        accessible=lambda: QCoreApplication.translate("SettingsDialog", "Watched inbox folder"),
        hint=lambda: QCoreApplication.translate(
            "SettingsDialog",
            "A folder your organisation already syncs (Syncthing, Nextcloud, a USB stick)."
            " While the vault is unlocked, bundles that arrive there are opened if they come"
            " from verified contacts; the others wait in quarantine. Empty: none.",
        ),
        changed=lambda path: (
            QCoreApplication.translate(
                "SettingsDialog", "The inbox now watches the folder you chose."
            )
            if path
            else QCoreApplication.translate("SettingsDialog", "The inbox watches no folder.")
        ),
    ),
}

RECORDING_GROUP = Group(
    "recordingGroup", lambda: QCoreApplication.translate("SettingsDialog", "Recording")
)
WORDS.update(
    {
        "settings.recording_microphone": SettingWords(
            object_name="recordingMicrophone",
            group=RECORDING_GROUP,
            label=lambda: QCoreApplication.translate("SettingsDialog", "Microphone:"),
            accessible=lambda: QCoreApplication.translate(
                "SettingsDialog", "Microphone to record with"
            ),
            hint=lambda: QCoreApplication.translate(
                "SettingsDialog",
                "The device last chosen in the recorder; empty: the computer's default.",
            ),
        ),
        "settings.recording_camera": SettingWords(
            object_name="recordingCamera",
            group=RECORDING_GROUP,
            label=lambda: QCoreApplication.translate("SettingsDialog", "Camera:"),
            accessible=lambda: QCoreApplication.translate(
                "SettingsDialog", "Camera to record with"
            ),
        ),
        "settings.recording_video": SettingWords(
            object_name="recordingVideo",
            group=RECORDING_GROUP,
            label=lambda: QCoreApplication.translate("SettingsDialog", "Record video too"),
            accessible=lambda: QCoreApplication.translate(
                "SettingsDialog", "Record video as well as sound"
            ),
        ),
    }
)


def words_for(setting: Setting[Any]) -> SettingWords:
    """The words of a declaration; a declaration without words is a programming error
    (tests/ui/test_settings_dialog.py checks every declaration has them)."""
    return WORDS[setting.label]


def make_control(setting: Setting[Any], value: Any, on_change: Callable[[Any], None]) -> QWidget:
    """The control for a declaration, showing ``value``; ``on_change(new value)`` is
    called when the person changes it (not for the value it starts with)."""
    words = words_for(setting)
    text = words.value or str
    control: QWidget
    if setting.type is bool:
        box = QCheckBox()
        box.setChecked(bool(value))
        box.toggled.connect(lambda on: on_change(bool(on)))
        control = box
    elif setting.choices or setting.presets:
        combo = QComboBox()
        for item in setting.choices or setting.presets:
            combo.addItem(text(item), item)
        if combo.findData(value) < 0:  # a value stored outside the presets stays shown
            combo.addItem(text(value), value)
        combo.setCurrentIndex(combo.findData(value))
        combo.currentIndexChanged.connect(lambda _i: on_change(combo.currentData()))
        control = combo
    elif setting.type is int:
        spin = QSpinBox()
        spin.setRange(
            setting.minimum if setting.minimum is not None else -(2**31),
            setting.maximum if setting.maximum is not None else 2**31 - 1,
        )
        spin.setValue(int(value))
        spin.valueChanged.connect(lambda n: on_change(int(n)))
        control = spin
    else:
        edit = QLineEdit(str(value))
        edit.editingFinished.connect(lambda: on_change(edit.text()))
        control = edit
    return named(control, words.object_name, words.accessible())
