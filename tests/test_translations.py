"""The translations: complete, faithful to their sources' placeholders, following the
glossary, compiled by the build (never committed), shipped in exactly the languages
promised (docs/user-guide-app.md, "Keyboard, languages and accessibility").

The checks run over every ``amanat_<lang>.ts`` present: a new string in ui/ makes them
fail for each language until a translator finishes it (CONTRIBUTING.md, "Translations").
The checker itself is tested on small catalogues made here, so it is known to catch
each kind of mistake whatever catalogues exist.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from support.paths import ROOT
from support.translations import (
    LANGUAGES,
    TRANSLATIONS,
    catalogue,
    catalogue_problems,
    glossary,
    glossary_problems,
    lupdate_keys,
    read,
    shipped,
)

sys.path.insert(0, str(TRANSLATIONS))
import update_translations


def test_the_shipped_languages_are_exactly_kazakh_russian_uyghur_and_chinese() -> None:
    # None yet (before the translators' work lands) or all four: never a part, never
    # another language the settings would not offer.
    found = shipped()
    assert found <= set(LANGUAGES), f"unexpected catalogues: {sorted(found - set(LANGUAGES))}"
    assert not found or found == set(LANGUAGES), f"missing: {sorted(set(LANGUAGES) - found)}"
    assert tuple(update_translations.LANGUAGES) == LANGUAGES


def test_the_english_source_holds_every_string_of_the_code(tmp_path: Path) -> None:
    _language, messages = read(catalogue("en"))
    in_catalogue = {m.key for m in messages if m.live}
    in_code = lupdate_keys(tmp_path / "scratch.ts")
    assert in_code, "lupdate found no strings at all"
    missing = sorted(in_code - in_catalogue)
    stale = sorted(in_catalogue - in_code)
    assert not missing and not stale, (
        "run .venv/bin/python resources/translations/update_translations.py: "
        f"{len(missing)} new string(s), e.g. {missing[:3]}; {len(stale)} gone, e.g. {stale[:3]}"
    )


def test_every_catalogue_is_complete_and_keeps_its_placeholders() -> None:
    problems = [p for lang in sorted(shipped()) for p in catalogue_problems(catalogue(lang))]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:80])


def test_every_catalogue_follows_the_glossary() -> None:
    terms = glossary()
    problems = [p for lang in sorted(shipped()) for p in glossary_problems(catalogue(lang), terms)]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:80])


def test_the_glossary_has_every_term_in_every_language() -> None:
    terms = glossary()
    names = {t.english for t in terms}
    for key in ("vault", "bundle", "seal", "testimony", "consent", "recovery code"):
        assert key in names
    for key in ("safety number", "contact", "verified", "quarantine", "case"):
        assert key in names
    assert {"person of concern", "custody log"} <= names
    for term in terms:
        for language in LANGUAGES:
            assert term.cells.get(language), f"{term.english!r} has no {language} words"


def test_no_compiled_catalogue_is_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert tracked == [], "the build compiles .qm from .ts (make translations): git rm them"


def test_every_catalogue_compiles_to_one_qt_loads(tmp_path: Path) -> None:
    written = update_translations.compile_catalogues(TRANSLATIONS, tmp_path)
    assert {p.stem for p in written} == {p.stem for p in TRANSLATIONS.glob("amanat_*.ts")}
    for qm in written:
        translator = QTranslator()
        assert translator.load(str(qm)), qm.name
        assert not translator.isEmpty(), qm.name
    english = QTranslator()
    english.load(str(tmp_path / "amanat_en.qm"))
    assert english.translate("SettingsDialog", "%n day(s)", "", 1) == "%n day"
    assert english.translate("SettingsDialog", "%n day(s)", "", 2) == "%n days"


@pytest.mark.slow
def test_the_wheel_carries_a_compiled_catalogue_for_every_source(tmp_path: Path) -> None:
    # The real packaging build (pip, setup.py's build_py running lrelease).
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("amanat-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for ts in TRANSLATIONS.glob("amanat_*.ts"):
        assert f"amanat/resources/translations/{ts.stem}.qm" in names, ts.name


# -- the checker, on catalogues made here ------------------------------------------------

_ENGLISH = """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="en" sourcelanguage="en"><context><name>Demo</name>
<message><source>Open the vault</source><translation type="unfinished"/></message>
<message><source>Sealed for %1 on %2.</source><translation type="unfinished"/></message>
<message><source>&lt;b&gt;Careful&lt;/b&gt;: check first</source>
<translation type="unfinished"/></message>
<message><source>&amp;Save</source><translation type="unfinished"/></message>
<message numerus="yes"><source>%n file(s)</source>
<translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform>
</translation></message>
</context></TS>
"""


def _russian(*entries: str) -> str:
    body = "".join(entries)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="ru" '
        f'sourcelanguage="en"><context><name>Demo</name>{body}</context></TS>'
    )


_GOOD = (
    "<message><source>Open the vault</source><translation>Открыть хранилище"
    "</translation></message>",
    "<message><source>Sealed for %1 on %2.</source><translation>Запечатано %2 для %1."
    "</translation></message>",
    "<message><source>&lt;b&gt;Careful&lt;/b&gt;: check first</source>"
    "<translation>&lt;b&gt;Осторожно&lt;/b&gt;: сначала проверьте</translation></message>",
    "<message><source>&amp;Save</source><translation>&amp;Сохранить</translation></message>",
    '<message numerus="yes"><source>%n file(s)</source><translation>'
    "<numerusform>%n файл</numerusform><numerusform>%n файла</numerusform>"
    "<numerusform>%n файлов</numerusform></translation></message>",
)


def _problems(tmp_path: Path, *entries: str) -> list[str]:
    (tmp_path / "amanat_en.ts").write_text(_ENGLISH, encoding="utf-8")
    path = tmp_path / "amanat_ru.ts"
    path.write_text(_russian(*entries), encoding="utf-8")
    return catalogue_problems(path) + glossary_problems(path, glossary())


def _with(index: int, replacement: str) -> tuple[str, ...]:
    entries = list(_GOOD)
    entries[index] = replacement
    return tuple(entries)


def test_the_checker_passes_a_faithful_catalogue(tmp_path: Path) -> None:
    assert _problems(tmp_path, *_GOOD) == []


@pytest.mark.parametrize(
    ("index", "replacement", "complaint"),
    [
        (0, "", "missing"),
        (0, '<message><source>Open the vault</source><translation type="unfinished">'
            "Открыть хранилище</translation></message>", "unfinished"),
        (0, "<message><source>Open the vault</source><translation> </translation></message>",
         "empty"),
        (1, "<message><source>Sealed for %1 on %2.</source><translation>Запечатано для %1."
            "</translation></message>", "%1..%9 differs"),
        (1, "<message><source>Sealed for %1 on %2.</source><translation>Запечатано %1 %1 %2."
            "</translation></message>", "%1..%9 differs"),
        (2, "<message><source>&lt;b&gt;Careful&lt;/b&gt;: check first</source>"
            "<translation>Осторожно: сначала проверьте</translation></message>", "tags differs"),
        (3, "<message><source>&amp;Save</source><translation>Сохранить</translation></message>",
         "& differs"),
        (4, '<message numerus="yes"><source>%n file(s)</source><translation>'
            "<numerusform>%n файл</numerusform><numerusform>%n файлов</numerusform>"
            "</translation></message>", "2 plural form(s), wants 3"),
        (4, '<message numerus="yes"><source>%n file(s)</source><translation>'
            "<numerusform>один файл</numerusform><numerusform>%n файла</numerusform>"
            "<numerusform>%n файлов</numerusform></translation></message>", "%n differs"),
        (0, "<message><source>Open the vault</source><translation>Открыть сейф"
            "</translation></message>", "'vault' should be"),
    ],
)  # fmt: skip
def test_the_checker_catches_each_kind_of_mistake(
    tmp_path: Path, index: int, replacement: str, complaint: str
) -> None:
    problems = _problems(tmp_path, *_with(index, replacement))
    assert problems, "the mistake went unnoticed"
    assert any(complaint in p for p in problems), problems


def test_a_glossary_term_is_matched_as_a_word_in_any_case_and_plural() -> None:
    terms = {t.english: t for t in glossary()}
    vault, case = terms["vault"], terms["case"]
    assert vault.pattern().search("Two Vaults found")
    assert case.pattern().search("CASES")
    assert not case.pattern().search("Use lower-casehold")
    assert not terms["verified"].pattern().search("an unverified sender")
    assert terms["recovery code"].pattern().search("Print the recovery  code")
    assert vault.followed("ru", "Хранилище открыто")
    assert not vault.followed("ru", "Сейф открыт")
    # Every stem of one alternative must appear.
    code = terms["recovery code"]
    assert code.followed("ru", "Новый код восстановления")
    assert not code.followed("ru", "Новый код")
