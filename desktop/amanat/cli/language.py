"""The command line's language: the environment's, as gettext reads it (LANGUAGE, then
LC_ALL, LC_MESSAGES, LANG), one of those Amanat ships (kk, ru, ug, zh_CN) or English.

The words for error codes are in cli/messages.py (English, the source) and
cli/messages_<lang>.py (the same codes, the same ``{placeholders}``;
tests/cli/test_cli_languages.py checks every code has words in every language).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from functools import cache

LANGUAGES = ("kk", "ru", "ug", "zh_CN")


def _code(value: str) -> str | None:
    """ "ru_RU.UTF-8" -> "ru", "zh_CN" / "zh_SG" / "zh_Hans" -> "zh_CN", else None."""
    name = value.split(".", 1)[0].split("@", 1)[0]
    if name in ("", "C", "POSIX"):
        return None
    language, _sep, region = name.replace("-", "_").partition("_")
    if language == "zh":
        # Simplified Chinese only: Taiwan, Hong Kong and Macau write Traditional.
        return None if region in ("TW", "HK", "MO", "Hant") else "zh_CN"
    return language if language in LANGUAGES else ("en" if language == "en" else None)


def environment_language(env: Mapping[str, str] | None = None) -> str:
    """The language code to speak (``"en"`` when the environment names none we have)."""
    env = os.environ if env is None else env
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    # LANGUAGE (a list by preference) counts unless the locale is C, as in gettext.
    is_c = locale.split(".", 1)[0] in ("", "C", "POSIX")
    if env.get("LANGUAGE") and not is_c:
        for item in env["LANGUAGE"].split(":"):
            found = _code(item)
            if found:
                return found
    return _code(locale) or "en"


@cache
def catalogue(language: str) -> dict[str, str]:
    """The words of one language by error code (empty for English and unknown ones)."""
    if language not in LANGUAGES:
        return {}
    module = importlib.import_module(f"amanat.cli.messages_{language}")
    words: dict[str, str] = module.MESSAGES
    return words
