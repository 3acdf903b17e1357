"""Fixed transliteration tables into a common Latin spelling (docs/design.md §5).

The tables aim at the spelling people actually meet in passports, lists and news
reports, not at a reversible standard: Kazakh and Russian Cyrillic follow the usual
English-language romanisation (ж zh, ш sh, х kh, қ q, ғ gh, ң ng, ы y, і i), Uyghur
Arabic script follows Uyghur Latin (ULY, Uyghur Latin Yëziqi, 2006). The phonetic
skeleton in ``amanat.domain.names`` then folds the remaining spelling variants.
"""

from __future__ import annotations

# Kazakh Cyrillic is a superset of Russian Cyrillic; one table serves both, plus the
# Ukrainian and Kyrgyz letters that appear in names of the region.
CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "ü", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
    # Ukrainian, Kyrgyz, Tatar letters seen in names of the region
    "є": "ye", "ї": "yi", "ґ": "g", "ҙ": "z", "ҡ": "q", "ҫ": "s", "ӊ": "ng",
    "ӑ": "a", "ӗ": "e", "ҷ": "j", "ӯ": "u", "ӣ": "i", "ҳ": "h",
    # Uyghur Cyrillic (used in Kazakhstan): җ is ULY j; its ә is ULY e, see below
    "җ": "j",
}  # fmt: skip

# Uyghur Cyrillic writes ULY e as ә; in Kazakh ә is closer to a (Әсел is "Asel").
UYGHUR_CYRILLIC_OVERRIDES: dict[str, str] = {"ә": "e"}

# Uyghur Arabic script (UEY) to Uyghur Latin (ULY). The hamza carrier ئ marks a vowel
# at the start of a syllable; ULY writes nothing at a word start and an apostrophe
# between vowels, which the skeleton drops anyway.
UYGHUR_ARABIC_TO_LATIN: dict[str, str] = {
    "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "x",
    "د": "d", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "گ": "g", "ڭ": "ng", "ل": "l", "م": "m", "ن": "n", "ھ": "h",
    "و": "o", "ۇ": "u", "ۆ": "ö", "ۈ": "ü", "ۋ": "w", "ې": "ë", "ى": "i", "ي": "y",
    "ئ": "",
    # Letters typed on Arabic or Persian keyboards in place of the Uyghur ones
    "ه": "e", "ہ": "h", "ک": "k", "ی": "y", "ێ": "ë", "ء": "", "أ": "a", "إ": "i",
    "آ": "a", "ة": "e", "ٶ": "ö", "ٷ": "ü", "ۅ": "ö", "ۉ": "ü", "ث": "s", "ح": "h",
    "ذ": "z", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "", "ڠ": "ng",
    # Kazakh Arabic script (used by Kazakhs in China): the high hamza marks front vowels
    "ٴ": "", "ٵ": "ä", "ٸ": "i",
}  # fmt: skip

# Latin letters whose base letter alone would lose a sound: Turkish, Kazakh Latin
# (2021), Azerbaijani and Slavic letters. Applied before diacritics are stripped.
LATIN_SPECIALS: dict[str, str] = {
    "ş": "sh", "ș": "sh", "š": "sh", "ç": "ch", "č": "ch", "ğ": "gh", "ǧ": "gh",
    "ı": "i", "ñ": "ng", "ŋ": "ng", "ž": "zh", "ǰ": "j", "ə": "e", "ł": "l",
    "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
    "ʻ": "", "ʼ": "", "'": "", "’": "", "‘": "", "`": "", "´": "",
}  # fmt: skip

# The dots between the parts of a transcribed name ("艾尔肯·吐尔逊"): word breaks, and the
# sign that the Han text is a transcription (read part by part, no Chinese surname).
NAME_DOTS = frozenset({"\u00b7", "\u2022", "\u30fb", "\uff65", "\u2027", "\u22c5"})

# Characters that are neither letters nor digits but must not split a name in two.
JOINERS = frozenset({"\u200c", "\u200d", "\u0640", "\u00ad"})
