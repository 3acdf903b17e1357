"""Names across scripts: Latin skeletons and fuzzy comparison (docs/design.md §5).

A person's name reaches us in Kazakh or Russian Cyrillic, in Kazakh Latin, in Uyghur
Arabic script or Uyghur Latin, in Chinese characters and in pinyin, each spelled in
several ways. Every name row stores ``match_key(text)``: its *skeleton*, a lower-case
Latin string in which spelling variants of one name coincide, so that "Ержан",
"Erzhan", "Erjan" and "Yerzhan" all have the key ``erjan``. Comparing two names is a
fuzzy comparison of skeletons (Jaro-Winkler per token, token sets for names whose parts
come in another order or with patronymic suffixes).

Han characters are read in pinyin (``pypinyin``, loaded the first time a Han name is
keyed): the key of "王小明" is the key of "Wang Xiaoming", the key of "艾尔肯·吐尔逊" that
of "Aierken Tuerxun". A Chinese name is read as surname + given name (the given name's
syllables joined, as in passports); each part of a transcribed name, split by ``·``, is
one word. See docs/search.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from amanat.domain.translit import (
    CYRILLIC_TO_LATIN,
    JOINERS,
    LATIN_SPECIALS,
    NAME_DOTS,
    UYGHUR_ARABIC_TO_LATIN,
    UYGHUR_CYRILLIC_OVERRIDES,
)

# Particles written as separate words but belonging to the name before them:
# "Бекболат ұлы" is the same patronymic as "Бекболатұлы". Given as skeletons.
_PATRONYMIC_PARTICLES = frozenset({"uli", "kizi", "ogli", "oglu", "ugli", "ogi"})

# Patronymic and surname endings, as skeletons, longest first. "Bekbolatuly",
# "Bekbolatov", "Bekbolatova" and "Bekbolatovich" share the stem "bekbolat".
_SUFFIXES: tuple[str, ...] = (
    "ovich", "evich", "ovna", "evna", "kizi", "ogli", "oglu", "ugli", "uli",
    "ova", "eva", "ov", "ev",
)  # fmt: skip
_MIN_STEM = 3

_VOWELS = frozenset("aeiou")
_VOWEL_CODES = frozenset("aeiouI")

# Multi-letter spellings of one sound, matched longest first, each mapped to one code.
# Codes are the letters of the final skeleton: "sh", "ch", "j" (zh/dzh/j), "h" (kh/x/h),
# "g" (gh/g), "k" (q/k/c), "v" (w/v), "i" (y/i), "n" (ng/n), "f" (ph/f), "u" (ou/u).
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "S"), ("dzh", "J"), ("sch", "S"), ("tch", "C"),
    ("sh", "S"), ("ch", "C"), ("zh", "J"), ("dj", "J"), ("kh", "H"), ("gh", "G"),
    ("ph", "f"), ("ck", "K"), ("ng", "N"), ("ou", "u"),
)  # fmt: skip
_SINGLE: dict[str, str] = {
    "j": "J", "x": "H", "h": "H", "g": "G", "q": "K", "k": "K", "c": "K",
    "w": "v", "y": "I", "i": "I", "n": "N",
}  # fmt: skip
_EXPAND: dict[str, str] = {
    "S": "sh", "C": "ch", "J": "j", "H": "h", "G": "g", "K": "k", "I": "i", "N": "n",
}  # fmt: skip


def is_han(char: str) -> bool:
    """True for a Chinese character (CJK unified or compatibility ideograph)."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
        or code == 0x3007
    )


def contains_han(text: str) -> bool:
    return any(is_han(c) for c in text)


def to_latin(text: str, script: str | None = None) -> str:
    """Text in any of the region's scripts, in lower-case Latin letters and spaces.

    Diacritics are folded, Cyrillic and Uyghur Arabic are transliterated, Han is kept.
    Anything that is neither letter nor digit separates words. ``script`` is a BCP 47
    tag such as ``kk-Cyrl``; it is a hint only: the letters decide, so a name typed in
    a mixed or mislabelled script still gets its key.
    """
    tag = str(script or "").lower()
    table = _table(tag.startswith(("tr", "az")), tag.startswith("ug"))
    text = unicodedata.normalize("NFKC", text).casefold().translate(table)
    if text.isascii():
        return " ".join(_ASCII_SEPARATORS.sub(" ", text).split())
    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(char if char.isalnum() else " ")
        elif is_han(char):
            out.append(char)  # Han words have no spaces inside: a run is one token
        else:
            category = unicodedata.category(char)
            if category[0] == "M":
                continue  # combining marks (Arabic harakat, stray accents)
            if category[0] in "LN":
                # A letter with a mark (ؤ is و with hamza): its base may be in the tables.
                out.append(_fold_latin(char).translate(table))
            else:
                out.append(" ")
    return " ".join("".join(out).split())


_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4)
def _table(turkish: bool, uyghur_cyrillic: bool) -> dict[int, str | None]:
    """One str.translate table for all the fixed mappings (later sources win)."""
    table: dict[int, str | None] = {}
    sources = [LATIN_SPECIALS, UYGHUR_ARABIC_TO_LATIN, CYRILLIC_TO_LATIN]
    if uyghur_cyrillic:
        sources.append(UYGHUR_CYRILLIC_OVERRIDES)
    for source in sources:
        for char, latin in source.items():
            # The tables keep their standards' letters (ä ö ü ë); fold them as well.
            table[ord(char)] = latin if latin.isascii() else "".join(map(_fold_latin, latin))
    if turkish:
        table[ord("c")] = "j"  # Turkish c is dzh: "Ercan" is "Erjan"
    for char in JOINERS:
        table[ord(char)] = None
    return table


@lru_cache(maxsize=512)
def _fold_latin(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if unicodedata.category(c)[0] != "M")
    return LATIN_SPECIALS.get(base, base)


@lru_cache(maxsize=65536)
def skeleton_token(word: str) -> str:
    """The phonetic skeleton of one Latin word (see the module docstring).

    Han text is returned as it is.
    """
    if not word or is_han(word[0]):
        return word
    # One pass can create a new spelling ("n" + "gh" gives "ng"); repeat until stable
    # so that keys are idempotent. Every pass shortens the word or replaces a variant
    # letter (y w q c x) by its canonical one, so this ends after a few passes.
    while True:
        folded = _skeleton_pass(word)
        if folded == word:
            return word
        word = folded


def _skeleton_pass(word: str) -> str:
    if word.startswith("ye") and len(word) > 2:
        word = word[1:]  # Russian and Kazakh initial е: "Yerzhan" is "Erzhan"
    codes: list[str] = []
    i = 0
    length = len(word)
    while i < length:
        for spelling, code in _DIGRAPHS:
            if word.startswith(spelling, i):
                codes.append(code)
                i += len(spelling)
                break
        else:
            char = word[i]
            codes.append(_SINGLE.get(char, char))
            i += 1
    collapsed: list[str] = []
    for code in codes:
        if collapsed and collapsed[-1] == code:
            continue
        # Russian softens a consonant before ю/ё: "Гюлнар" is "Gülnar", "Сёмён" "Semen".
        if (
            code in "uo"
            and len(collapsed) >= 2
            and collapsed[-1] == "I"
            and collapsed[-2] not in _VOWEL_CODES
        ):
            collapsed.pop()
            if collapsed[-1] == code:
                continue
        collapsed.append(code)
    # A final h is silent in most spellings: "Abdullah" is "Abdulla".
    if len(collapsed) > 2 and collapsed[-1] == "H" and collapsed[-2] in "aeiou":
        collapsed.pop()
    return "".join(_EXPAND.get(code, code) for code in collapsed)


@lru_cache(maxsize=65536)
def match_key(text: str, script: str | None = None) -> str:
    """The Latin skeleton of a name, for matching across scripts.

    Space-separated skeleton tokens in the order of the name; patronymic particles
    written apart ("Бекболат ұлы") are joined to the name before them. The function is
    idempotent: ``match_key(match_key(x)) == match_key(x)``.
    """
    tokens: list[str] = []
    transcribed = any(dot in text for dot in NAME_DOTS)
    for word in to_latin(text, script).split():
        if not word.isalpha() and not word.isdigit():
            # Tone numbers of pinyin ("ai4er3ken3"); names have no digits inside words.
            word = "".join(c for c in word if not c.isdigit())
        for part in _split_han(word):
            for piece in _pinyin_words(part, transcribed) if is_han(part[0]) else (part,):
                _add_token(tokens, skeleton_token(piece))
    return " ".join(tokens)


def _add_token(tokens: list[str], token: str) -> None:
    if token:
        if tokens and token in _PATRONYMIC_PARTICLES:
            tokens[-1] = skeleton_token(tokens[-1] + token)
        else:
            tokens.append(token)


# Two-character Chinese surnames, Simplified and Traditional.
_COMPOUND_SURNAMES = frozenset(
    {"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟",
     "尉遲", "公孙", "公孫", "慕容", "令狐", "长孙", "長孫", "宇文", "司徒", "夏侯", "轩辕",
     "軒轅", "端木", "西门", "西門", "独孤", "獨孤", "南宫", "南宮", "万俟", "闻人", "聞人"}
)  # fmt: skip
# Common one-character Chinese surnames (Simplified and Traditional). Characters that
# mostly begin transcriptions of Uyghur and Kazakh names (艾 阿 古 买 吐 热 努 巴 ...) are
# left out: "艾尔肯" is one word, Aierken, not the surname Ai and a given name.
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓"
    "冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程魏苏蘇吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸"
    "汪范金石廖贾賈夏韦韋付方邹鄒熊孟秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬"
    "钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯"
    "岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂"
    "成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟"
)
# Surnames whose reading as a surname is not the character's usual one.
_SURNAME_READINGS = {"单": "shan", "單": "shan", "解": "xie", "曾": "zeng", "仇": "qiu",
                     "朴": "piao", "区": "ou", "區": "ou", "查": "zha", "盖": "ge", "蓋": "ge",
                     "乐": "yue", "樂": "yue", "缪": "miao", "繆": "miao"}  # fmt: skip


# Characters that mark the Chinese transcription of a Uyghur or Kazakh name ("叶尔兰" is
# Yerlan, not the surname Ye): a run with one of them is never split into surname and name.
_TRANSCRIPTION_MARKS = frozenset("尔爾提孜买買吐汗")


@lru_cache(maxsize=65536)
def _pinyin_words(run: str, transcribed: bool = False) -> tuple[str, ...]:
    """A run of Han characters as the Latin words of its pinyin, without tones.

    A run of 2-4 characters that starts with a Chinese surname is read as surname and
    given name ("王小明": wang, xiaoming); any other run is one word ("艾尔肯": aierken,
    the way PRC documents write transcribed names), and so is every run of a
    ``transcribed`` name (one with a ``·``). A character without a reading stays.
    """
    surname = ""
    if transcribed or not _TRANSCRIPTION_MARKS.isdisjoint(run):
        pass
    elif 3 <= len(run) <= 4 and run[:2] in _COMPOUND_SURNAMES:
        surname = run[:2]
    elif 2 <= len(run) <= 3 and run[0] in _SURNAMES:
        surname = run[0]
    words = [surname, run[len(surname) :]] if surname else [run]
    out = []
    for word in words:
        reading = _SURNAME_READINGS.get(word) if word == surname else None
        latin = "".join(_fold_latin(c) for c in "".join([reading] if reading else _pinyin(word)))
        if not latin.isascii():
            return (run,)  # a character without a reading: the Han text is its own key
        out.append(latin)
    return tuple(out)


def _pinyin(text: str) -> list[str]:
    # Imported here: pypinyin loads its dictionaries at import (about 0.4 s and 50 MB),
    # which a command that never keys a Chinese name should not pay.
    from pypinyin import Style, lazy_pinyin

    return list(lazy_pinyin(text, style=Style.NORMAL, v_to_u=True))


def _split_han(word: str) -> list[str]:
    """Split a word where it changes between Han and other letters."""
    if word.isascii():
        return [word]
    parts: list[str] = []
    current = ""
    for char in word:
        if current and is_han(char) != is_han(current[-1]):
            parts.append(current)
            current = ""
        current += char
    if current:
        parts.append(current)
    return parts


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The token without a patronymic or surname ending, if what is left is a name."""
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= _MIN_STEM:
            return token[: -len(suffix)]
    return token


def consonant_code(token: str) -> str:
    """First letter plus the consonants: "erjan" -> "erjn" (a coarse blocking key)."""
    if not token or is_han(token[0]):
        return token
    return token[0] + "".join(c for c in token[1:] if c not in _VOWELS)


def blocking_keys(key: str) -> set[str]:
    """Keys under which a name is filed for candidate lookups (never compared directly).

    For each token: the token, its stem, and the consonant code of the stem. Two names
    that a person would call "the same name, spelled differently" share at least one.
    """
    keys: set[str] = set()
    for token in key.split():
        keys.add(token)
        if is_han(token[0]):
            continue
        base = stem(token)
        keys.add(base)
        code = consonant_code(base)
        if len(code) >= 3:
            keys.add("~" + code)  # prefix: a code never collides with a real token
    return keys


# --- fuzzy comparison -------------------------------------------------------------


@lru_cache(maxsize=262144)
def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity in [0, 1], symmetric (prefix scale 0.1, up to 4)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a  # Jaro is symmetric; this order keeps the loops short
    len_a, len_b = len(a), len(b)
    window = max(max(len_a, len_b) // 2 - 1, 0)
    matched_b = [False] * len_b
    a_matches: list[str] = []
    for i, char in enumerate(a):
        lo = max(0, i - window)
        hi = min(i + window + 1, len_b)
        for j in range(lo, hi):
            if not matched_b[j] and b[j] == char:
                matched_b[j] = True
                a_matches.append(char)
                break
    matches = len(a_matches)
    if matches == 0:
        return 0.0
    b_matches = [b[j] for j in range(len_b) if matched_b[j]]
    transpositions = sum(1 for x, y in zip(a_matches, b_matches, strict=True) if x != y) // 2
    jaro = (matches / len_a + matches / len_b + (matches - transpositions) / matches) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return min(1.0, jaro + prefix * 0.1 * (1 - jaro))


# The vowels that Latin spellings of one Uyghur name exchange: ULY e is a or e, ULY o and
# ö are o or u (ü and ö are u and o in the skeleton already, ï is i).
_VOWEL_FOLD = str.maketrans("eo", "au")
VOWEL_VARIANT_WEIGHT = 0.95
VOWEL_CLASSES: dict[str, str] = {"a": "ae", "e": "ae", "o": "ou", "u": "ou"}


def vowel_fold(token: str) -> str:
    """``token`` with e as a and o as u: Uyghur Latin vowel variants coincide."""
    return token.translate(_VOWEL_FOLD)


@lru_cache(maxsize=262144)
def token_similarity(a: str, b: str) -> float:
    """Similarity of two skeleton tokens in [0, 1], symmetric."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if len(a) == 1 or len(b) == 1:
        # An initial ("E. Bekbolatuly") agrees with any name that starts with it.
        return 0.8 if a[0] == b[0] else 0.0
    score = _string_similarity(a, b)
    folded_a, folded_b = vowel_fold(a), vowel_fold(b)
    if (
        score < VOWEL_VARIANT_WEIGHT
        and (folded_a != a or folded_b != b)
        and min(len(a), len(b)) > 2
    ):
        # Uyghur vowels written the Turkish, Russian or English way: "Ömer" / "Umar",
        # "Gheyret" / "Gayrat", "Mukerrem" / "Mukarram".
        score = max(score, VOWEL_VARIANT_WEIGHT * _string_similarity(folded_a, folded_b))
    stem_a, stem_b = stem(a), stem(b)
    if (stem_a != a or stem_b != b) and stem_a and stem_b:
        # Same stem, different ending: Bekbolatuly / Bekbolatov / Bekbolatovich.
        score = max(score, 0.95 * _string_similarity(stem_a, stem_b))
    return score


def _string_similarity(a: str, b: str) -> float:
    # Jaro-Winkler alone is generous to a shared prefix ("Nurlan" / "Nursultan" 0.92);
    # averaging with the edit distance keeps different names with one root apart.
    jaro = jaro_winkler(a, b)
    if jaro < 0.6:
        return jaro / 2  # clearly different: skip the quadratic edit distance
    return (jaro + edit_similarity(a, b)) / 2


@lru_cache(maxsize=262144)
def edit_similarity(a: str, b: str) -> float:
    """1 - (Damerau-Levenshtein distance, optimal string alignment) / longer length."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    len_a, len_b = len(a), len(b)
    before_previous: list[int] = []
    previous = list(range(len_b + 1))
    for i in range(1, len_a + 1):
        current = [i] + [0] * len_b
        char_a = a[i - 1]
        for j in range(1, len_b + 1):
            cost = 0 if char_a == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before_previous[j - 2] + 1)
            current[j] = value
        before_previous, previous = previous, current
    return 1.0 - previous[len_b] / max(len_a, len_b)


def _coverage(left: Sequence[str], right: Sequence[str]) -> float:
    """Mean over ``left`` tokens of their best match among ``right`` tokens."""
    if not left or not right:
        return 0.0
    return sum(max(token_similarity(a, b) for b in right) for a in left) / len(left)


# Each word one name has beyond the other costs this much (a missing patronymic is
# common, so little; but "Erzhan" alone is not quite "Erzhan Bekbolatuly").
EXTRA_TOKEN_PENALTY = 0.08


def key_similarity(key_a: str, key_b: str) -> float:
    """Similarity of two match keys in [0, 1]; symmetric; 1.0 for equal keys.

    Words are paired one to one, best pairs first, in any order (so "Tursun Erkin" is
    "Erkin Tursun" and one word cannot stand for two: "Qanat Qanatuly" is not
    "Erlan Qanatuly"); the mean of the pairs, less a little per unpaired word. When the
    numbers of words differ, the joined words are compared too, so that "Abdu Rahman"
    and "Abdurahman" still agree.
    """
    if key_a == key_b:
        return 1.0 if key_a else 0.0
    tokens_a, tokens_b = key_a.split(), key_b.split()
    if not tokens_a or not tokens_b:
        return 0.0
    token_set = _paired(tokens_a, tokens_b)
    if len(tokens_a) == len(tokens_b):
        return token_set
    joined = 0.97 * _string_similarity("".join(tokens_a), "".join(tokens_b))
    return max(token_set, joined)


def _paired(tokens_a: Sequence[str], tokens_b: Sequence[str]) -> float:
    candidates = sorted(
        (
            (-token_similarity(a, b), min(a, b), max(a, b), i, j)
            for i, a in enumerate(tokens_a)
            for j, b in enumerate(tokens_b)
        ),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    total = 0.0
    pairs = min(len(tokens_a), len(tokens_b))
    for negative, _low, _high, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        total -= negative
        if len(used_a) == pairs:
            break
    extra = abs(len(tokens_a) - len(tokens_b))
    return max(0.0, total / pairs - EXTRA_TOKEN_PENALTY * extra)


def query_score(query_key: str, name_key: str) -> float:
    """How well a stored name answers a search query, in [0, 1] (not symmetric).

    Every word of the query should find itself in the name; words of the name that
    the query does not mention cost a little (a query "Erzhan" ranks "Erzhan" above
    "Erzhan Bekbolatuly", but both highly).
    """
    if query_key == name_key:
        return 1.0 if query_key else 0.0
    query, name = query_key.split(), name_key.split()
    if not query or not name:
        return 0.0
    covered = _coverage(query, name)
    score = 0.9 * covered + 0.1 * _coverage(name, query)
    if len(query) != len(name):
        score = max(score, 0.97 * _string_similarity("".join(query), "".join(name)))
    return min(score, 1.0)


def similarity(name_a: str, name_b: str) -> float:
    """Similarity of two names as typed, in any scripts: ``key_similarity`` of keys."""
    return key_similarity(match_key(name_a), match_key(name_b))


def best_similarity(keys_a: Iterable[str], keys_b: Iterable[str]) -> float:
    """The best ``key_similarity`` between any name of one person and any of another."""
    list_b = [k for k in keys_b if k]
    best = 0.0
    for key_a in keys_a:
        if not key_a:
            continue
        for key_b in list_b:
            best = max(best, key_similarity(key_a, key_b))
            if best == 1.0:
                return best
    return best
