"""Reading Qt Linguist ``.ts`` catalogues and checking one translation against its
source (tests/test_translations.py, tests/ui/test_languages.py).

A message is keyed by (context, source, comment): the same English sentence in two
contexts is two messages. Each check returns a list of problems, one line each, naming
the language, the context and the beginning of the source, so a translator can find
the entry in Linguist.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from support.paths import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
# The languages shipped besides English, and the plural forms Qt gives each
# (Russian: one, few, many; Kazakh and Uyghur: one, other; Chinese: one form).
LANGUAGES = ("kk", "ru", "ug", "zh_CN")
PLURAL_FORMS = {"kk": 2, "ru": 3, "ug": 2, "zh_CN": 1, "en": 2}

Key = tuple[str, str, str]


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type: "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation (one text, or the plural forms)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def live(self) -> bool:
        """Still in the code (lupdate marks strings gone from it vanished/obsolete)."""
        return self.kind not in ("vanished", "obsolete")

    def where(self, language: str) -> str:
        short = self.source if len(self.source) <= 60 else self.source[:57] + "..."
        return f"{language} [{self.context}] {short!r}"


def read(path: Path) -> tuple[str, list[Message]]:
    """The catalogue's language attribute and its messages."""
    root = ET.parse(path).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.findall("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                )
            )
    return root.get("language", ""), messages


def catalogue(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"amanat_{language}.ts"


def shipped(folder: Path = TRANSLATIONS) -> set[str]:
    """The languages with a catalogue besides English."""
    return {p.stem.removeprefix("amanat_") for p in folder.glob("amanat_*.ts")} - {"en"}


# -- what must match between a source and its translation --------------------------------

_NUMBERED = re.compile(r"%([1-9])")
_TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>")
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def placeholders(text: str) -> dict[str, object]:
    """What a translation must keep of its source: the numbered placeholders (each as
    often), %n, the HTML tags (by name, opening and closing) and the & accelerators."""
    tags = Counter(
        ("/" if tag.group(0).startswith("</") else "") + tag.group(1).lower()
        for tag in _TAG.finditer(text)
    )
    return {
        "%1..%9": sorted(Counter(_NUMBERED.findall(text)).items()),
        "%n": "%n" in text,
        "tags": sorted(tags.items()),
        "&": len(_ACCELERATOR.findall(text.replace("&&", ""))),
    }


def _message_problems(language: str, message: Message, source: Message) -> list[str]:
    where = message.where(language)
    if message.kind == "unfinished":
        return [f"{where}: unfinished"]
    if not message.forms or any(not form.strip() for form in message.forms):
        return [f"{where}: empty"]
    problems: list[str] = []
    if source.numerus:
        wanted = PLURAL_FORMS.get(language)
        if not message.numerus or (wanted is not None and len(message.forms) != wanted):
            problems.append(f"{where}: {len(message.forms)} plural form(s), wants {wanted}")
    expected = placeholders(source.source)
    for form in message.forms:
        got = placeholders(form)
        for part, value in expected.items():
            if got[part] != value:
                problems.append(f"{where}: {part} differs ({got[part]} for {value}) in {form!r}")
    return problems


def catalogue_problems(path: Path, english: Path | None = None) -> list[str]:
    """Everything wrong with one language's catalogue: a message of the English source
    missing, unfinished or empty; placeholders, tags, accelerators or plural forms that
    differ from the source; a language attribute that is not the file's."""
    language = path.stem.removeprefix("amanat_")
    declared, messages = read(path)
    problems = []
    if declared != language:
        problems.append(f"{path.name}: language attribute {declared!r}, wants {language!r}")
    _english, sources = read(english or catalogue("en", path.parent))
    by_key = {m.key: m for m in messages if m.live}
    for source in sources:
        if not source.live:
            continue
        message = by_key.get(source.key)
        if message is None:
            problems.append(f"{source.where(language)}: missing (run update_translations.py)")
            continue
        problems.extend(_message_problems(language, message, source))
    return problems


# -- the glossary -------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    english: str
    cells: dict[str, tuple[tuple[str, ...], ...]]  # language: alternatives, each its stems

    def pattern(self) -> re.Pattern[str]:
        words = r"[\s-]+".join(re.escape(w) for w in self.english.split())
        return re.compile(rf"(?<![\w-]){words}(?:s|es)?(?![\w-])", re.IGNORECASE)

    def followed(self, language: str, translation: str) -> bool:
        alternatives = self.cells.get(language, ())
        if not alternatives:
            return True
        folded = translation.casefold()
        return any(all(stem.casefold() in folded for stem in alt) for alt in alternatives)


def glossary(path: Path = TRANSLATIONS / "glossary.tsv") -> list[Term]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    terms = []
    for line in lines[1:]:
        if not line.strip():
            continue
        row = dict(zip(header, line.split("\t"), strict=False))
        cells = {
            language: tuple(
                tuple(s.strip() for s in alt.split("+") if s.strip())
                for alt in row.get(language, "").split(" | ")
                if alt.strip()
            )
            for language in header[1:]
            if language != "note"
        }
        terms.append(Term(row["term"], cells))
    return terms


def glossary_problems(path: Path, terms: list[Term]) -> list[str]:
    """Where a source holds a glossary term as a word, every form of the translation
    holds one of the term's alternatives in this language (all the stems of it)."""
    language = path.stem.removeprefix("amanat_")
    _declared, messages = read(path)
    problems = []
    for message in messages:
        if not message.live or message.kind == "unfinished":
            continue
        for term in terms:
            if not term.pattern().search(message.source):
                continue
            for form in message.forms:
                if not term.followed(language, form):
                    cell = " | ".join("+".join(alt) for alt in term.cells.get(language, ()))
                    problems.append(
                        f"{message.where(language)}: {term.english!r} should be {cell!r}"
                        f" in {form!r}"
                    )
    return problems


# -- the sources --------------------------------------------------------------------------


def lupdate_keys(target: Path) -> set[Key]:
    """The messages lupdate finds in ui/ today (written to ``target``, a scratch .ts)."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "amanat" / "ui").rglob("*.py"))
    subprocess.run([str(tool), "-silent", *sources, "-ts", str(target)], check=True)
    return {m.key for m in read(target)[1]}
