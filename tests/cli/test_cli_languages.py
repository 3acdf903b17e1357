"""The command line speaks the environment's language (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG): every error code has words in Kazakh, Russian, Uyghur and Chinese, with the same
placeholders as the English, following the glossary."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from amanat.cli import language
from amanat.cli.messages import MESSAGES, describe
from amanat.domain.errors import AmanatError
from support.translations import glossary

LANGUAGES = ("kk", "ru", "ug", "zh_CN")
# Words of the glossary a command-line message may keep in English: flag values and
# command names (`amanat bundle quarantine`, `--case`), not prose.
_CODE = r"`[^`]*`|--[a-z0-9-]+|\{[a-z_]+\}"


def _fields(template: str) -> list[str]:
    return sorted(f for _t, f, _s, _c in string.Formatter().parse(template) if f is not None)


def test_the_four_languages_are_the_ones_the_app_ships() -> None:
    assert language.LANGUAGES == LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_has_words_with_the_same_placeholders(lang: str) -> None:
    words = language.catalogue(lang)
    missing = sorted(set(MESSAGES) - set(words))
    assert missing == [], f"add words for these codes to cli/messages_{lang}.py"
    assert sorted(set(words) - set(MESSAGES)) == [], "codes that do not exist"
    differ = [code for code in MESSAGES if _fields(words[code]) != _fields(MESSAGES[code])]
    assert differ == []
    same = [code for code in MESSAGES if words[code] == MESSAGES[code]]
    assert same == [], "left in English"
    # Commands and flags are kept as they are typed.
    for code, english in MESSAGES.items():
        for command in ("`amanat ", "--"):
            assert english.count(command) <= words[code].count(command), (code, command)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_words_follow_the_glossary(lang: str) -> None:
    words = language.catalogue(lang)
    problems = []
    for term in glossary():
        for code, english in MESSAGES.items():
            prose = re.sub(_CODE, " ", english)
            if term.pattern().search(prose) and not term.followed(lang, words[code]):
                problems.append((term.english, code, words[code]))
    assert problems == []


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"LC_ALL": "ug_CN.UTF-8", "LANG": "en_US.UTF-8"}, "ug"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "de_DE.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional: not shipped
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "ug:ru", "LANG": "en_US.UTF-8"}, "ug"),
        ({"LANGUAGE": "de:ru", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LANGUAGE": "ru", "LANG": "C"}, "en"),  # gettext ignores LANGUAGE under C
        ({}, "en"),
    ],
)
def test_the_language_of_the_environment(env: dict[str, str], expected: str) -> None:
    assert language.environment_language(env) == expected


def test_describe_in_a_language_fills_the_placeholders() -> None:
    error = AmanatError("vault.not_found", path="/tmp/x")
    assert describe(error, "ru") == "по пути /tmp/x нет хранилища"
    assert describe(error, "en") == "no vault at /tmp/x"
    # A code a catalogue lacks (a newer one): the family's words in the language.
    assert describe(AmanatError("bundle.brand_new_code"), "kk") == "бума қатесі"
    assert describe(AmanatError("nothing.known"), "kk") == "nothing.known"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ru_RU.UTF-8", "нет парольной фразы"), ("kk_KZ.UTF-8", "құпия фраза жоқ"),
     ("ug_CN.UTF-8", "مەخپىي جۈملە يوق"), ("zh_CN.UTF-8", "没有口令"),
     ("C.UTF-8", "no passphrase")],
)  # fmt: skip
def test_the_real_command_speaks_the_environment_s_language(
    tmp_path: Path, lang: str, words: str
) -> None:
    env = {**os.environ, "AMANAT_HOME": str(tmp_path), "LANG": lang}
    env.pop("AMANAT_PASSPHRASE", None)
    result = subprocess.run(
        [sys.executable, "-m", "amanat.main", "--vault", str(tmp_path / "none"), "info"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode != 0
    assert words in result.stderr, result.stderr
