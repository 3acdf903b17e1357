"""Text that cannot lie or drive a terminal (docs/trust-contacts.md).

Three rules, used by every layer above:

- ``name_problem``: a display name (a contact's, this vault's) holds only visible
  characters: no control (Cc), format (Cf: bidi overrides and isolates, zero-width
  characters, tags), surrogate, private-use or unassigned code points, no invisible
  fillers (U+3164 HANGUL FILLER, U+115F, U+1160, U+FFA0, U+2800, variation selectors,
  the combining grapheme joiner) and no space but U+0020.
- ``control_problem``: a text field of a record holds no C0/C1 control character
  (newline and tab are allowed in multi-line texts such as narratives). Bidi marks stay
  allowed in records: Uyghur and Kazakh in Arabic script need them.
- ``skeleton``: the Unicode TR39 skeleton of a name, case-folded, from the confusables
  data of ``confusable_homoglyphs`` (the Unicode consortium's confusables.txt): two
  names with the same skeleton look alike ("HQ Istanbul", "HQ lstanbul", "НQ Istanbul"
  with a Cyrillic Н).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_NAME_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Letters and symbols that show as nothing (default-ignorable or blank by design).
_INVISIBLE = frozenset(
    {0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D}
    | set(range(0xFE00, 0xFE10))
    | set(range(0xE0100, 0xE01F0))
)


def is_invisible(ch: str) -> bool:
    """Letters that show as nothing (fillers, variation selectors)."""
    return ord(ch) in _INVISIBLE


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a display name (a reason word), or None."""
    for ch in name:
        category = unicodedata.category(ch)
        if category == "Cc":
            return "control"
        if category in _NAME_CATEGORIES:
            return "format" if category == "Cf" else "invisible"
        if ord(ch) in _INVISIBLE:
            return "invisible"
        if category == "Zs" and ch != " ":
            return "space"
    return None


def is_control(ch: str) -> bool:
    """C0 and C1 control characters and DEL."""
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F


# What is_control matches, as one search (checked for every text field of every record a
# bundle brings: a regular expression instead of a Python loop per character).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab, LF allowed


def control_problem(value: str, *, multiline: bool) -> bool:
    """True when ``value`` holds a control character (newline and tab allowed when
    ``multiline``)."""
    return (_CONTROL_BUT_LINES if multiline else _CONTROL).search(value) is not None


@functools.cache
def _prototypes() -> dict[str, str]:
    """Each confusable character to the representative of its class.

    confusable_homoglyphs keeps confusables.txt in both directions (a source lists its
    prototype, a prototype lists its sources). A class is a prototype and its sources;
    its representative is the multi-character prototype if there is one (sources are
    always single code points), else the member listed with most glyphs (the
    prototype), ties broken by code point. Equal skeletons stay equal either way.
    """
    from confusable_homoglyphs.confusables import confusables_data

    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # The data wraps right-to-left glyphs in LRM marks: they are not part of them.
    counts: dict[str, int] = {}
    for raw_key, glyphs in confusables_data.items():
        key = raw_key.replace("\u200e", "")
        counts[key] = counts.get(key, 0) + len(glyphs)
        for glyph in glyphs:
            a, b = root(key), root(glyph["c"].replace("\u200e", ""))
            if a != b:
                parent[a] = b

    def rank(member: str) -> tuple[int, int, str]:
        return (len(member) > 1, counts.get(member, 0), member)

    best: dict[str, str] = {}
    for member in list(parent):
        r = root(member)
        if r not in best or rank(member) > rank(best[r]):
            best[r] = member
    return {member: best[root(member)] for member in parent if len(member) == 1}


def skeleton(name: str) -> str:
    """TR39 skeleton (NFD, each character to its prototype, NFD), then case-folded and
    blank space collapsed."""
    table = _prototypes()
    mapped = unicodedata.normalize("NFD", name)
    # Our representative of a class may itself hold characters of other classes (the
    # real prototype would not): map until nothing changes.
    for _round in range(4):
        again = unicodedata.normalize("NFD", "".join(table.get(ch, ch) for ch in mapped))
        if again == mapped:
            break
        mapped = again
    return " ".join(unicodedata.normalize("NFD", mapped).casefold().split())


@functools.lru_cache(maxsize=4096)  # contacts are compared with each other: few names
def look_alike_keys(name: str) -> frozenset[str]:
    """The skeletons of the name as written and case-folded: "HQ Istanbul" (capital I)
    and "HQ lstanbul" meet in the first, "hq istanbul" and "HQ İstanbul" in the second."""
    return frozenset({skeleton(name), skeleton(name.casefold())})


def look_alike(a: str, b: str) -> bool:
    return bool(look_alike_keys(a) & look_alike_keys(b))


# -- file names suggested for exports (issue 16, item 6) ----------------------------------
_FILE_NAME_UNSAFE = frozenset('/\\:*?"<>|')
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
)
MAX_FILE_NAME_BYTES = 200


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """A name to suggest for a file written from untrusted data (an attachment's
    original name, from another vault): one path component, never hidden (no leading
    dot: ``../../.bashrc`` gives ``bashrc``), no separators, control, format or invisible
    characters (each becomes ``_``), no name Windows reserves, at most 200 UTF-8 bytes
    with the extension kept. Empty or nothing left: ``fallback``."""
    base = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    cleaned = "".join(
        "_"
        if ch in _FILE_NAME_UNSAFE
        or unicodedata.category(ch) in _NAME_CATEGORIES
        or ord(ch) in _INVISIBLE
        or (unicodedata.category(ch) == "Zs" and ch != " ")
        else ch
        for ch in base
    )
    cleaned = cleaned.strip().lstrip(".").strip().rstrip(". ")
    if not cleaned.strip("_"):
        return fallback
    stem, dot, ext = cleaned.rpartition(".")
    if not dot:
        stem, ext = cleaned, ""
    if stem.upper() in _RESERVED_NAMES:
        cleaned = f"{fallback}_{cleaned}"
    encoded = cleaned.encode("utf-8")
    if len(encoded) > MAX_FILE_NAME_BYTES:
        tail = ("." + ext).encode("utf-8") if dot and len(ext.encode("utf-8")) <= 16 else b""
        head = encoded[: MAX_FILE_NAME_BYTES - len(tail)].decode("utf-8", "ignore")
        cleaned = head + tail.decode("utf-8")
    return cleaned
