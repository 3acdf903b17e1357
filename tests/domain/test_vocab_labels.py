"""Every vocabulary term has a label in all five languages (English, Russian, Kazakh in
vocab.SCHEMES; Uyghur and Chinese in vocab_labels.py), in the right script, following
the glossary where a label holds one of its terms."""

from __future__ import annotations

import unicodedata

import pytest

from amanat.domain import vocab
from amanat.domain.vocab_labels import LABELS
from support.translations import glossary

SCRIPTS = {"ru": "CYRILLIC", "kk": "CYRILLIC", "ug": "ARABIC", "zh": "CJK"}


def _letters_are(text: str, script: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(script in unicodedata.name(c, "") for c in letters)


def test_every_term_has_a_uyghur_and_a_chinese_label_and_nothing_else_is_labelled() -> None:
    terms = {(scheme, t.code) for scheme, ts in vocab.SCHEMES.items() for t in ts}
    assert sorted(terms - set(LABELS)) == [], "add their ug and zh labels to vocab_labels.py"
    assert sorted(set(LABELS) - terms) == [], "labels of terms that do not exist"


@pytest.mark.parametrize("locale", ["ru", "kk", "ug", "zh"])
def test_every_label_is_written_in_its_language_s_script(locale: str) -> None:
    wrong = [
        (scheme, t.code, vocab.label(scheme, t.code, locale))
        for scheme, ts in vocab.SCHEMES.items()
        for t in ts
        if not _letters_are(vocab.label(scheme, t.code, locale), SCRIPTS[locale])
        and vocab.label(scheme, t.code, locale) not in ("ب د ت",)
    ]
    assert wrong == []


def test_labels_follow_the_glossary() -> None:
    wanted = {"ug": "ug", "zh": "zh_CN", "ru": "ru", "kk": "kk"}
    problems = []
    for term in glossary():
        pattern = term.pattern()
        for scheme, ts in vocab.SCHEMES.items():
            for t in ts:
                if not pattern.search(t.en):
                    continue
                for locale, column in wanted.items():
                    text = vocab.label(scheme, t.code, locale)
                    if not term.followed(column, text):
                        problems.append((term.english, scheme, t.code, locale, text))
    assert problems == []


def test_a_label_in_each_language() -> None:
    assert vocab.label("event_type", "detention", "zh") == "拘留、关押"
    assert vocab.label("person_status", "missing", "ug") == "ئىز-دېرەكسىز"
    assert vocab.label("relation", "mother", "ru") == "Мать"
    assert vocab.label("relation", "mother", "de") == "Mother"  # English otherwise
