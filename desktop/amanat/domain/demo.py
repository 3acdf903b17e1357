"""Synthetic demo cases: realistic in shape, about no real person (``amanat demo``).

Every case is generated from a seed: the same seed and index always give the same
document (except record ids, which the caller supplies). Names are random combinations
of common Kazakh, Uyghur and Hui given names; facilities are invented ("Ghulja camp
No. 3") under real prefectures and counties; identity numbers are synthetic but valid
(check digit, birth date and sex agree). The narratives are assembled from templates in
Kazakh, Russian, English, Uyghur and Chinese.

A small share of cases describe a person who already appears in an earlier case, spelled
differently (another script, another romanisation, a birth year one off), as happens
when two relatives report the same detainee: the duplicate-candidate finder should
propose them.

Output: documents in the case JSON format (docs/case-json.md) plus small synthetic
attachments (a generated PNG "scan", a text note) to attach after import.
"""

from __future__ import annotations

import datetime
import random
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from amanat.domain import prc_id

SEED_DEFAULT = 2024

# -- gazetteer ---------------------------------------------------------------------------


@dataclass(frozen=True)
class County:
    en: str
    kk: str
    ug: str
    zh: str
    code: str  # PRC administrative division code: the first 6 digits of an ID number
    russian: str | None = None  # when the Kazakh label does not give it

    @property
    def ru(self) -> str:
        if self.russian:
            return self.russian
        return kazakh_russian(self.kk.removesuffix(" қаласы"))


@dataclass(frozen=True)
class Prefecture:
    en: str
    kk: str
    ug: str
    zh: str
    counties: tuple[County, ...]


def _c(en: str, kk: str, ug: str, zh: str, code: str, ru: str | None = None) -> County:
    return County(en, kk, ug, zh, code, ru)


PREFECTURES: tuple[Prefecture, ...] = (
    Prefecture("Ili", "Іле", "ئىلى", "伊犁哈萨克自治州", (
        _c("Ghulja", "Құлжа", "غۇلجا", "伊宁市", "654002"),
        _c("Ghulja County", "Құлжа ауданы", "غۇلجا ناھىيىسى", "伊宁县", "654021",
           "Кульджинский район"),
        _c("Chapchal", "Шапшал", "چاپچال", "察布查尔县", "654022"),
        _c("Qorghas", "Қорғас", "قورغاس", "霍城县", "654023"),
        _c("Tokkuztara", "Тоғызтарау", "توققۇزتارا", "巩留县", "654024"),
        _c("Künes", "Күнес", "كۈنەس", "新源县", "654025"),
        _c("Mongghulküre", "Моңғолкүре", "موڭغۇلكۈرە", "昭苏县", "654026"),
        _c("Tekes", "Текес", "تېكەس", "特克斯县", "654027"),
        _c("Nilqa", "Нылқы", "نىلقا", "尼勒克县", "654028"),
    )),
    Prefecture("Tarbagatay", "Тарбағатай", "تارباغاتاي", "塔城地区", (
        _c("Chöchek", "Шәуешек", "چۆچەك", "塔城市", "654201"),
        _c("Shikho", "Шиху", "شىخو", "乌苏市", "654202"),
        _c("Dörbiljin", "Дөрбілжін", "دۆربىلجىن", "额敏县", "654221"),
        _c("Toli", "Толы", "تولى", "托里县", "654224"),
        _c("Chaghantoqay", "Шағантоғай", "چاغانتوقاي", "裕民县", "654225"),
    )),
    Prefecture("Altay", "Алтай", "ئالتاي", "阿勒泰地区", (
        _c("Altay city", "Алтай қаласы", "ئالتاي شەھىرى", "阿勒泰市", "654301"),
        _c("Burchin", "Бурылтоғай", "بۇرچىن", "布尔津县", "654321"),
        _c("Köktoghay", "Көктоғай", "كۆكتوغاي", "富蕴县", "654322"),
        _c("Qaba", "Қаба", "قابا", "哈巴河县", "654324"),
        _c("Chinggil", "Шіңгіл", "چىڭگىل", "青河县", "654325"),
        _c("Jeminay", "Жеменей", "جېمىناي", "吉木乃县", "654326"),
    )),
    Prefecture("Kashgar", "Қашқар", "قەشقەر", "喀什地区", (
        _c("Kashgar city", "Қашқар қаласы", "قەشقەر شەھىرى", "喀什市", "653101"),
        _c("Yengisar", "Жаңасар", "يېڭىسار", "英吉沙县", "653123"),
        _c("Yarkand", "Жаркент", "ياركەند", "莎车县", "653125"),
        _c("Kargilik", "Қарғалық", "قاغىلىق", "叶城县", "653126"),
        _c("Peyziwat", "Пейзиуат", "پەيزىۋات", "伽师县", "653129"),
        _c("Maralbeshi", "Маралбасы", "مارالبېشى", "巴楚县", "653130"),
    )),
    Prefecture("Hotan", "Хотан", "خوتەن", "和田地区", (
        _c("Hotan city", "Хотан қаласы", "خوتەن شەھىرى", "和田市", "653201"),
        _c("Karakax", "Қарақаш", "قاراقاش", "墨玉县", "653222"),
        _c("Guma", "Гума", "گۇما", "皮山县", "653223"),
        _c("Lop", "Лоп", "لوپ", "洛浦县", "653224"),
        _c("Keriya", "Керия", "كېرىيە", "于田县", "653226"),
    )),
    Prefecture("Aksu", "Ақсу", "ئاقسۇ", "阿克苏地区", (
        _c("Aksu city", "Ақсу қаласы", "ئاقسۇ شەھىرى", "阿克苏市", "652901"),
        _c("Kucha", "Күшар", "كۇچا", "库车市", "652902"),
        _c("Uchturpan", "Үштұрпан", "ئۇچتۇرپان", "乌什县", "652927"),
        _c("Awat", "Ауат", "ئاۋات", "阿瓦提县", "652928"),
    )),
    Prefecture("Ürümqi", "Үрімжі", "ئۈرۈمچى", "乌鲁木齐市", (
        _c("Ürümqi city", "Үрімжі қаласы", "ئۈرۈمچى شەھىرى", "乌鲁木齐市天山区", "650102"),
        _c("Dabancheng", "Дабаньчэн", "داۋانچىڭ", "达坂城区", "650107"),
    )),
    Prefecture("Kumul", "Құмыл", "قۇمۇل", "哈密市", (
        _c("Kumul city", "Құмыл қаласы", "قۇمۇل شەھىرى", "哈密市伊州区", "650502"),
        _c("Barköl", "Баркөл", "باركۆل", "巴里坤县", "650521"),
    )),
    Prefecture("Sanji", "Сәнжі", "سانجى", "昌吉回族自治州", (
        _c("Sanji city", "Сәнжі қаласы", "سانجى شەھىرى", "昌吉市", "652301"),
        _c("Mori", "Мори", "مورى", "木垒县", "652328"),
        _c("Qutubi", "Құтыби", "قۇتۇبى", "呼图壁县", "652323"),
    )),
    Prefecture("Bortala", "Бортала", "بۆرتالا", "博尔塔拉蒙古自治州", (
        _c("Bortala city", "Бортала қаласы", "بۆرتالا شەھىرى", "博乐市", "652701"),
        _c("Jing", "Жың", "جىڭ", "精河县", "652722"),
    )),
)  # fmt: skip

# Where Kazakhs and Uyghurs mostly live: weights per prefecture for each group.
_KAZAKH_PREFECTURES = ("Ili", "Tarbagatay", "Altay", "Ürümqi", "Sanji", "Bortala", "Kumul")
_UYGHUR_PREFECTURES = ("Kashgar", "Hotan", "Aksu", "Ürümqi", "Ili", "Kumul")
_HUI_PREFECTURES = ("Sanji", "Ürümqi", "Ili")

# Where testimonies are taken: coarse places, never an address.
TESTIMONY_PLACES: tuple[tuple[str, str, str, str, str], ...] = (
    # en, kk, ru, country en, country kk
    ("Almaty", "Алматы", "Алматы", "Kazakhstan", "Қазақстан"),
    ("Astana", "Астана", "Астана", "Kazakhstan", "Қазақстан"),
    ("Zharkent", "Жаркент", "Жаркент", "Kazakhstan", "Қазақстан"),
    ("Taldykorgan", "Талдықорған", "Талдыкорган", "Kazakhstan", "Қазақстан"),
    ("Bishkek", "Бішкек", "Бишкек", "Kyrgyzstan", "Қырғызстан"),
    ("Istanbul", "Стамбұл", "Стамбул", "Turkey", "Түркия"),
)

_CHINA = {
    "name": "China",
    "labels": [
        {"text": "China", "script": "en-Latn"},
        {"text": "Қытай", "script": "kk-Cyrl"},
        {"text": "جۇڭگو", "script": "ug-Arab"},
        {"text": "中国", "script": "zh-Hans"},
    ],
    "type": "country",
}
_XINJIANG = {
    "name": "Xinjiang",
    "labels": [
        {"text": "Xinjiang", "script": "en-Latn"},
        {"text": "Шыңжаң", "script": "kk-Cyrl"},
        {"text": "شىنجاڭ", "script": "ug-Arab"},
        {"text": "新疆维吾尔自治区", "script": "zh-Hans"},
    ],
    "type": "region",
    "parent": _CHINA,
}


def _labels(en: str, kk: str, ug: str, zh: str, ru: str | None = None) -> list[dict[str, str]]:
    labels = [
        {"text": en, "script": "en-Latn"},
        {"text": kk, "script": "kk-Cyrl"},
        {"text": ug, "script": "ug-Arab"},
        {"text": zh, "script": "zh-Hans"},
    ]
    if ru is not None and ru != kk:
        labels.insert(2, {"text": ru, "script": "ru-Cyrl"})
    return labels


def testimony_place(place: tuple[str, str, str, str, str]) -> dict[str, Any]:
    en, kk, ru, country_en, country_kk = place
    labels = [{"text": en, "script": "en-Latn"}, {"text": kk, "script": "kk-Cyrl"}]
    if ru != kk:
        labels.append({"text": ru, "script": "ru-Cyrl"})
    return {
        "name": en,
        "labels": labels,
        "type": "county",
        "parent": {
            "name": country_en,
            "labels": [
                {"text": country_en, "script": "en-Latn"},
                {"text": country_kk, "script": "kk-Cyrl"},
            ],
            "type": "country",
        },
    }


def prefecture_place(prefecture: Prefecture) -> dict[str, Any]:
    return {
        "name": prefecture.en,
        "labels": _labels(prefecture.en, prefecture.kk, prefecture.ug, prefecture.zh),
        "type": "prefecture",
        "parent": _XINJIANG,
    }


def county_place(prefecture: Prefecture, county: County) -> dict[str, Any]:
    return {
        "name": county.en,
        "labels": _labels(county.en, county.kk, county.ug, county.zh, county.ru),
        "type": "county",
        "parent": prefecture_place(prefecture),
    }


_CN_NUMBERS = "〇一二三四五六七八九十"
FACILITY_NUMBERS = 6  # "camp No. 1" .. "No. 6" in each county


@dataclass(frozen=True)
class FacilityKind:
    code: str  # vocab facility_type
    en: str  # "{place} camp No. {n}"
    kk: str
    ug: str
    zh: str
    ru: str


FACILITY_KINDS: tuple[FacilityKind, ...] = (
    FacilityKind("camp", "{p} camp No. {n}", "{p} №{n} лагері", "{p} {n}-نومۇرلۇق لاگېر",
                 "{p}第{c}职业技能教育培训中心", "лагерь №{n} ({p})"),
    FacilityKind("detention_centre", "{p} detention centre No. {n}", "{p} №{n} тергеу изоляторы",
                 "{p} {n}-نومۇرلۇق تۇتۇپ تۇرۇش ئورنى", "{p}第{c}看守所", "СИЗО №{n} ({p})"),
    FacilityKind("prison", "{p} prison No. {n}", "{p} №{n} түрмесі", "{p} {n}-نومۇرلۇق تۈرمە",
                 "{p}第{c}监狱", "тюрьма №{n} ({p})"),
    FacilityKind("police_station", "{p} police station No. {n}", "{p} №{n} полиция бөлімшесі",
                 "{p} {n}-نومۇرلۇق ساقچىخانا", "{p}第{c}派出所", "отделение полиции №{n} ({p})"),
    FacilityKind("forced_labour_site", "{p} industrial park No. {n}",
                 "{p} №{n} өнеркәсіп аймағы", "{p} {n}-نومۇرلۇق سانائەت رايونى",
                 "{p}第{c}工业园区", "промзона №{n} ({p})"),
)  # fmt: skip


def facility_place(
    prefecture: Prefecture, county: County, kind: FacilityKind, number: int
) -> dict[str, Any]:
    cn = _CN_NUMBERS[number] if number <= 10 else str(number)
    en = kind.en.format(p=county.en, n=number)
    return {
        "name": en,
        "labels": _labels(
            en,
            kind.kk.format(p=county.kk, n=number),
            kind.ug.format(p=county.ug, n=number),
            kind.zh.format(p=county.zh, c=cn),
            kind.ru.format(p=county.ru, n=number),
        ),
        "type": "facility",
        "facility_type": kind.code,
        "parent": county_place(prefecture, county),
    }


# -- names -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GivenName:
    native: str  # Kazakh Cyrillic, Uyghur Arabic script, or Han
    latin: str  # ULY for Uyghur, pinyin for Han; Kazakh Latin is derived by style
    zh: str | None  # Chinese transcription, as on a PRC identity card
    pinyin: str | None


def _g(native: str, latin: str = "", zh: str | None = None, pinyin: str | None = None) -> GivenName:
    return GivenName(native, latin, zh, pinyin)


KAZAKH_MALE: tuple[GivenName, ...] = (
    _g("Ержан", "", "叶尔江", "Yeerjiang"), _g("Қайрат", "", "海拉提", "Hailati"),
    _g("Нұрлан", "", "努尔兰", "Nuerlan"), _g("Серік", "", "赛力克", "Sailike"),
    _g("Бауыржан", "", "巴吾尔江", "Bawuerjiang"), _g("Ерлан", "", "叶尔兰", "Yeerlan"),
    _g("Асқар", "", "阿斯卡尔", "Asikaer"), _g("Болат", "", "波拉提", "Bolati"),
    _g("Мұрат", "", "木拉提", "Mulati"), _g("Ғалым", "", "哈里木", "Halimu"),
    _g("Талғат", "", "塔力哈提", "Talihati"), _g("Айбек", "", "艾别克", "Aibieke"),
    _g("Ерболат", "", "叶尔波拉提", "Yeerbolati"), _g("Дархан", "", "达尔汗", "Daerhan"),
    _g("Қанат", "", "哈纳提", "Hanati"), _g("Марат", "", "马拉提", "Malati"),
    _g("Нұржан", "", "努尔江", "Nuerjiang"), _g("Бекзат", "", "别克扎提", "Biekezhati"),
    _g("Сәкен", "", "沙肯", "Shaken"), _g("Олжас", "", "奥勒加斯", "Aolejiasi"),
    _g("Мақсат", "", "马合沙提", "Maheshati"), _g("Қуаныш", "", "库安尼西", "Kuanixi"),
    _g("Арман", "", "阿尔曼", "Aerman"), _g("Өмірзақ", "", "吾木尔扎克", "Wumuerzhake"),
    _g("Тұрсынбек", "", "吐尔逊别克", "Tuerxunbieke"), _g("Бекболат", "", "别克波拉提",
                                                       "Biekebolati"),
    _g("Мұхтар", "", "木合塔尔", "Muhetaer"), _g("Сайлау", "", "赛劳", "Sailao"),
    _g("Жақсылық", "", "加克斯力克", "Jiakesilike"), _g("Жандос"), _g("Дәулет"),
    _g("Ерғали"), _g("Құдайберген"), _g("Әбілқайыр"), _g("Төлеген"), _g("Шәміл"),
)  # fmt: skip
KAZAKH_FEMALE: tuple[GivenName, ...] = (
    _g("Айгүл", "", "阿依古丽", "Ayiguli"), _g("Гүлнар", "", "古丽娜尔", "Gulinaer"),
    _g("Шынар", "", "西娜尔", "Xinaer"), _g("Әсел", "", "阿赛丽", "Asaili"),
    _g("Жаңыл", "", "加尼勒", "Jianile"), _g("Динара", "", "迪娜拉", "Dinala"),
    _g("Сәуле", "", "沙吾列", "Shawulie"), _g("Ақмарал", "", "阿克玛拉勒", "Akemalale"),
    _g("Гүлмира", "", "古丽米拉", "Gulimila"), _g("Жұлдыз", "", "居勒德孜", "Juledezi"),
    _g("Айнұр", "", "阿依努尔", "Ayinuer"), _g("Назгүл", "", "娜孜古丽", "Naziguli"),
    _g("Ботагөз", "", "波塔阔孜", "Botakuozi"), _g("Салтанат", "", "萨勒塔娜提", "Saletanati"),
    _g("Айжан", "", "阿依江", "Ayijiang"), _g("Гүлжан", "", "古丽江", "Gulijiang"),
    _g("Зәуре", "", "扎乌热", "Zhawure"), _g("Қалима", "", "哈丽玛", "Halima"),
    _g("Бақытгүл", "", "巴合提古丽", "Baheti'guli"), _g("Меруерт"), _g("Мөлдір"),
    _g("Ләззат"), _g("Қарлығаш"), _g("Гүлбаршын"),
)  # fmt: skip
UYGHUR_MALE: tuple[GivenName, ...] = (
    _g("ئەركىن", "Erkin", "艾尔肯", "Aierken"), _g("ئابلىمىت", "Ablimit", "阿不力米提",
                                                  "Abulimiti"),
    _g("تۇرسۇن", "Tursun", "吐尔逊", "Tuerxun"), _g("مەمەت", "Memet", "买买提", "Maimaiti"),
    _g("ئەخمەت", "Exmet", "艾合买提", "Aihemaiti"), _g("ئىلھام", "Ilham", "伊力哈木",
                                                     "Yilihamu"),
    _g("پەرھات", "Perhat", "帕尔哈提", "Paerhati"), _g("نۇرمەمەت", "Nurmemet", "努尔买买提",
                                                      "Nuermaimaiti"),
    _g("قادىر", "Qadir", "卡德尔", "Kadeer"), _g("ئەكبەر", "Ekber", "艾克拜尔", "Aikebaier"),
    _g("ئادىل", "Adil", "阿迪力", "Adili"), _g("ياسىن", "Yasin", "亚森", "Yasen"),
    _g("ئىمىن", "Imin", "伊明", "Yiming"), _g("ئەنۋەر", "Enwer", "艾尼瓦尔", "Ainiwaer"),
    _g("تاھىر", "Tahir", "塔依尔", "Tayier"), _g("ئوسمان", "Osman", "吾斯曼", "Wusiman"),
    _g("ئابدۇرېھىم", "Abdurëhim", "阿不都热依木", "Abudureyimu"),
    _g("غەيرەت", "Gheyret", "海热提", "Haireti"), _g("مۇختەر", "Muxter", "木合塔尔",
                                                    "Muhetaer"),
    _g("ئابدۇللا", "Abdulla", "阿不都拉", "Abudula"), _g("رىشات", "Rishat", "热夏提",
                                                        "Rexiati"),
    _g("ھەسەن", "Hesen", "艾山", "Aishan"), _g("ئەلى", "Eli", "艾力", "Aili"),
    _g("ئۆمەر", "Ömer", "吾买尔", "Wumaier"), _g("مەتتۇرسۇن", "Metursun"),
    _g("ئوبۇلقاسىم", "Obulqasim"), _g("جاپپار", "Japar"),
)  # fmt: skip
UYGHUR_FEMALE: tuple[GivenName, ...] = (
    _g("گۈلنار", "Gülnar", "古丽娜尔", "Gulinaer"), _g("مەھرىبان", "Mehriban", "米合日班",
                                                      "Mihereban"),
    _g("ئايگۈل", "Aygül", "阿依古丽", "Ayiguli"), _g("زۆھرە", "Zöhre", "佐合热", "Zuohere"),
    _g("پاتىگۈل", "Patigül", "帕提古丽", "Patiguli"), _g("ئامىنە", "Amine", "阿米娜",
                                                       "Amina"),
    _g("رەيھان", "Reyhan", "热依汗", "Reyihan"), _g("مۇنىرە", "Munire", "木尼热", "Munire"),
    _g("گۈلباھار", "Gülbahar", "古丽巴哈尔", "Gulibahaer"), _g("سەنەم", "Senem", "赛乃姆",
                                                              "Sainaimu"),
    _g("ھەلىمە", "Helime", "哈丽玛", "Halima"), _g("زۇلپىيە", "Zulpiye", "祖丽皮亚",
                                                  "Zulipiya"),
    _g("مېھرىگۈل", "Mëhrigül", "米热古丽", "Mireguli"), _g("ئايشەم", "Ayshem", "阿依先木",
                                                         "Ayixianmu"),
    _g("بۈۋىسارە", "Büwisare"), _g("نۇرانىسا", "Nuranisa"), _g("ساھىبجامال", "Sahibjamal"),
)  # fmt: skip
HUI_FAMILY: tuple[tuple[str, str], ...] = (
    ("马", "Ma"), ("马", "Ma"), ("白", "Bai"), ("李", "Li"), ("杨", "Yang"), ("王", "Wang"),
    ("张", "Zhang"), ("周", "Zhou"), ("苏", "Su"), ("韩", "Han"),
)  # fmt: skip
HUI_MALE: tuple[tuple[str, str], ...] = (
    ("伟", "Wei"), ("强", "Qiang"), ("军", "Jun"), ("明", "Ming"), ("海", "Hai"), ("福", "Fu"),
    ("建国", "Jianguo"), ("志强", "Zhiqiang"), ("学良", "Xueliang"), ("永福", "Yongfu"),
)  # fmt: skip
HUI_FEMALE: tuple[tuple[str, str], ...] = (
    ("芳", "Fang"), ("娜", "Na"), ("兰", "Lan"), ("秀英", "Xiuying"), ("梅", "Mei"),
    ("玲", "Ling"), ("桂花", "Guihua"), ("素珍", "Suzhen"),
)  # fmt: skip
# Russian (Dungan) forms of pinyin syllables in the pools above, Palladius-style.
_PINYIN_TO_RUSSIAN = {
    "Ma": "Ма", "Bai": "Бай", "Li": "Ли", "Yang": "Ян", "Wang": "Ван", "Zhang": "Чжан",
    "Zhou": "Чжоу", "Su": "Су", "Han": "Хань", "Wei": "Вэй", "Qiang": "Цян", "Jun": "Цзюнь",
    "Ming": "Мин", "Hai": "Хай", "Fu": "Фу", "Jianguo": "Цзяньго", "Zhiqiang": "Чжицян",
    "Xueliang": "Сюэлян", "Yongfu": "Юнфу", "Fang": "Фан", "Na": "На", "Lan": "Лань",
    "Xiuying": "Сюин", "Mei": "Мэй", "Ling": "Лин", "Guihua": "Гуйхуа", "Suzhen": "Сучжэнь",
}  # fmt: skip

# Kazakh Cyrillic to Latin in the three spellings met in practice.
_KK_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "ъ": "", "ь": "", "э": "e", "ц": "ts",
}  # fmt: skip
_KK_STYLES: dict[str, dict[str, str]] = {
    # English-language press and most NGO lists
    "english": {
        "ә": "a", "ғ": "g", "е": "e", "ё": "yo", "ж": "zh", "и": "i", "й": "y", "қ": "k",
        "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "х": "kh", "һ": "h", "ч": "ch", "ш": "sh",
        "щ": "shch", "ы": "y", "і": "i", "ю": "yu", "я": "ya",
    },
    # Passports (ICAO 9303 transliteration of the Russian spelling)
    "passport": {
        "ә": "a", "ғ": "g", "е": "e", "ё": "e", "ж": "zh", "и": "i", "й": "i", "қ": "k",
        "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "х": "kh", "һ": "h", "ч": "ch", "ш": "sh",
        "щ": "shch", "ы": "y", "і": "i", "ю": "iu", "я": "ia",
    },
    # Kazakh Latin alphabet of 2021
    "latin2021": {
        "ә": "ä", "ғ": "ğ", "е": "e", "ё": "io", "ж": "j", "и": "i", "й": "i", "қ": "q",
        "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "х": "h", "һ": "h", "ч": "ç", "ш": "ş",
        "щ": "şş", "ы": "y", "і": "ı", "ю": "iu", "я": "ia",
    },
}  # fmt: skip
_KK_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")
# Uyghur Latin (ULY) to Uyghur Cyrillic, longest spellings first.
_ULY_TO_CYRILLIC: tuple[tuple[str, str], ...] = (
    ("ch", "ч"), ("sh", "ш"), ("gh", "ғ"), ("ng", "ң"), ("zh", "ж"), ("a", "а"), ("b", "б"),
    ("d", "д"), ("e", "ә"), ("ë", "е"), ("f", "ф"), ("g", "г"), ("h", "һ"), ("i", "и"),
    ("j", "җ"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("ö", "ө"),
    ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("ü", "ү"),
    ("w", "в"), ("x", "х"), ("y", "й"), ("z", "з"),
)  # fmt: skip


def kazakh_latin(text: str, style: str) -> str:
    """Kazakh Cyrillic in one of the Latin spellings (``english``, ``passport``,
    ``latin2021``)."""
    table = _KK_STYLES[style]
    words = []
    for word in text.split():
        out = []
        for i, char in enumerate(word.lower()):
            if char == "е" and i == 0 and style == "english":
                out.append("ye")  # initial е is pronounced ye: Yerzhan
            else:
                out.append(table.get(char, _KK_COMMON.get(char, char)))
        latin = "".join(out)
        words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)


def kazakh_russian(text: str) -> str:
    """Kazakh Cyrillic as Russian documents spell it (no Kazakh letters)."""
    return text.translate(_KK_TO_RUSSIAN).translate(str.maketrans("ӘҒҚҢӨҰҮҺІ", "АГКНОУУХИ"))


def uyghur_cyrillic(uly: str) -> str:
    out = []
    text = uly.lower()
    i = 0
    while i < len(text):
        for latin, cyrillic in _ULY_TO_CYRILLIC:
            if text.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            out.append(text[i])
            i += 1
    words = "".join(out).split(" ")
    return " ".join(w[:1].upper() + w[1:] for w in words)


_ULY_TO_RUSSIAN: tuple[tuple[str, str], ...] = (
    ("ch", "ч"), ("sh", "ш"), ("gh", "г"), ("ng", "н"), ("zh", "ж"), ("j", "дж"), ("x", "х"),
    ("q", "к"), ("k", "к"), ("g", "г"), ("h", "х"), ("w", "в"), ("y", "й"), ("a", "а"),
    ("b", "б"), ("d", "д"), ("e", "е"), ("ë", "е"), ("i", "и"), ("o", "о"), ("ö", "о"),
    ("u", "у"), ("ü", "ю"), ("f", "ф"), ("l", "л"), ("m", "м"), ("n", "н"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("z", "з"),
)  # fmt: skip


def uyghur_russian(uly: str) -> str:
    """A Uyghur name in ULY as Russian documents spell it ("Gülnar" -> "Гюлнар")."""
    words = []
    for word in uly.lower().split():
        out = []
        i = 0
        while i < len(word):
            for latin, cyrillic in _ULY_TO_RUSSIAN:
                if word.startswith(latin, i):
                    if i == 0 and cyrillic == "е":
                        cyrillic = "э"  # Russian writes an initial e as э
                    elif i == 0 and cyrillic == "ю":
                        cyrillic = "у"
                    out.append(cyrillic)
                    i += len(latin)
                    break
            else:
                out.append(word[i])
                i += 1
        text = "".join(out)
        words.append(text[:1].upper() + text[1:])
    return " ".join(words)


# -- people ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    """A synthetic person, reproducible from (seed, index)."""

    ethnicity: str  # kazakh, uyghur, hui
    sex: str
    given: GivenName
    father: GivenName
    born: datetime.date
    prefecture: Prefecture
    county: County
    id_number: str | None
    hui_family: tuple[str, str] | None = None
    hui_given: tuple[str, str] | None = None


def _choose_prefecture(rng: random.Random, ethnicity: str) -> Prefecture:
    names = {
        "kazakh": _KAZAKH_PREFECTURES,
        "uyghur": _UYGHUR_PREFECTURES,
        "hui": _HUI_PREFECTURES,
    }[ethnicity]
    wanted = rng.choice(names)
    return next(p for p in PREFECTURES if p.en == wanted)


def make_identity(
    rng: random.Random, *, ethnicity: str | None = None, sex: str | None = None,
    born_between: tuple[int, int] = (1945, 2002),
) -> Identity:  # fmt: skip
    if ethnicity is None:
        ethnicity = rng.choices(("kazakh", "uyghur", "hui"), weights=(60, 34, 6))[0]
    if sex is None:
        sex = rng.choices(("male", "female"), weights=(70, 30))[0]
    if ethnicity == "uyghur":
        pool_m, pool_f = UYGHUR_MALE, UYGHUR_FEMALE
    else:
        pool_m, pool_f = KAZAKH_MALE, KAZAKH_FEMALE
    given = rng.choice(pool_m if sex == "male" else pool_f)
    father = rng.choice(pool_m)
    year = rng.randint(*born_between)
    born = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    prefecture = _choose_prefecture(rng, ethnicity)
    county = rng.choice(prefecture.counties)
    sequence = rng.randrange(0, 1000)
    # The 17th digit is odd for men and even for women (GB 11643-1999).
    if (sequence % 2 == 1) != (sex == "male"):
        sequence = (sequence + 1) % 1000
    id_number = prc_id.make(county.code, born, sequence) if rng.random() < 0.55 else None
    hui_family = hui_given = None
    if ethnicity == "hui":
        hui_family = rng.choice(HUI_FAMILY)
        hui_given = rng.choice(HUI_MALE if sex == "male" else HUI_FEMALE)
    return Identity(
        ethnicity, sex, given, father, born, prefecture, county, id_number, hui_family, hui_given
    )


@dataclass(frozen=True)
class NameForms:
    """One person's name in the scripts a document may use."""

    native: str  # kk-Cyrl, ug-Arab or zh-Hans
    native_script: str
    latin: str
    latin_script: str
    russian: str | None
    russian_script: str
    chinese: str | None
    pinyin: str | None
    extra: tuple[tuple[str, str], ...] = ()  # (text, script) seen less often


def name_forms(identity: Identity, rng: random.Random) -> NameForms:
    sex = identity.sex
    if identity.ethnicity == "kazakh":
        particle = "ұлы" if sex == "male" else "қызы"
        native = f"{identity.given.native} {identity.father.native}{particle}"
        style = rng.choices(("english", "passport", "latin2021"), weights=(60, 30, 10))[0]
        latin = kazakh_latin(native, style)
        suffix = ("ов", "ович") if sex == "male" else ("ова", "овна")
        father_ru = kazakh_russian(identity.father.native)
        russian = f"{father_ru}{suffix[0]} {kazakh_russian(identity.given.native)}"
        if rng.random() < 0.4:
            russian += f" {father_ru}{suffix[1]}"
        chinese = pinyin = None
        if identity.given.zh and identity.father.zh:
            chinese = f"{identity.given.zh}·{identity.father.zh}"
            pinyin = f"{identity.given.pinyin} {identity.father.pinyin}"
        return NameForms(native, "kk-Cyrl", latin, "kk-Latn", russian, "ru-Cyrl", chinese, pinyin)
    if identity.ethnicity == "uyghur":
        native = f"{identity.given.native} {identity.father.native}"
        latin = f"{identity.given.latin} {identity.father.latin}"
        chinese = pinyin = None
        if identity.given.zh and identity.father.zh:
            chinese = f"{identity.given.zh}·{identity.father.zh}"
            pinyin = f"{identity.given.pinyin} {identity.father.pinyin}"
        return NameForms(
            native, "ug-Arab", latin, "ug-Latn", uyghur_russian(latin), "ru-Cyrl", chinese,
            pinyin, ((uyghur_cyrillic(latin), "ug-Cyrl"),),
        )  # fmt: skip
    assert identity.hui_family is not None and identity.hui_given is not None
    family, given = identity.hui_family, identity.hui_given
    native = family[0] + given[0]
    pinyin = f"{family[1]} {given[1]}"
    russian = f"{_PINYIN_TO_RUSSIAN[family[1]]} {_PINYIN_TO_RUSSIAN[given[1]]}"
    return NameForms(native, "zh-Hans", pinyin, "zh-Latn", russian, "ru-Cyrl", native, pinyin)


def person_names(forms: NameForms, rng: random.Random, *, full: bool) -> list[dict[str, Any]]:
    """The name rows of a person; ``full`` gives the victim every form we know."""
    names: list[dict[str, Any]] = [
        {"text": forms.native, "script": forms.native_script, "type": "preferred"}
    ]
    if forms.native_script == "zh-Hans":
        names.append({"text": forms.latin, "script": "zh-Latn", "type": "alias"})
    elif full or rng.random() < 0.5:
        names.append({"text": forms.latin, "script": forms.latin_script, "type": "alias"})
    if forms.russian and (rng.random() < (0.5 if full else 0.15)):
        names.append({"text": forms.russian, "script": forms.russian_script, "type": "as_given"})
    for text, script in forms.extra:
        if full and rng.random() < 0.2:
            names.append({"text": text, "script": script, "type": "alias"})
    if forms.chinese and forms.native_script != "zh-Hans" and full and rng.random() < 0.6:
        names.append({"text": forms.chinese, "script": "zh-Hans", "type": "id_document"})
        if forms.pinyin:
            names.append({"text": forms.pinyin, "script": "zh-Latn", "type": "id_document"})
    return names


# -- narratives --------------------------------------------------------------------------

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
           "сентябре", "октябре", "ноябре", "декабре"),
    "ru_gen": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря"),
    "kk": ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде",
           "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"),
    "kk_nom": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
               "қыркүйек", "қазан", "қараша", "желтоқсан"),
}  # fmt: skip


def say_date(date: str, language: str) -> str:
    """A partial date ("2018", "2018-03", "2018-03-05", "~2018") said in a language."""
    approximate = date.startswith("~")
    parts = [int(p) for p in date.lstrip("~").split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    if language == "en":
        if month and day:
            text = f"on {day} {_MONTHS['en'][month - 1]} {year}"
        elif month:
            text = f"in {_MONTHS['en'][month - 1]} {year}"
        else:
            text = f"in {year}"
        return f"around {year}" if approximate else text
    if language == "ru":
        if month and day:
            text = f"{day} {_MONTHS['ru_gen'][month - 1]} {year} года"
        elif month:
            text = f"в {_MONTHS['ru'][month - 1]} {year} года"
        else:
            text = f"в {year} году"
        return f"примерно в {year} году" if approximate else text
    if language == "kk":
        if month and day:
            text = f"{year} жылы {day} {_MONTHS['kk_nom'][month - 1]}да"
        elif month:
            text = f"{year} жылы {_MONTHS['kk'][month - 1]}"
        else:
            text = f"{year} жылы"
        return f"шамамен {year} жылы" if approximate else text
    if language == "ug":
        if month and day:
            text = f"{year}-يىلى {month}-ئاينىڭ {day}-كۈنى"
        elif month:
            text = f"{year}-يىلى {month}-ئايدا"
        else:
            text = f"{year}-يىلى"
        return f"تەخمىنەن {year}-يىلى" if approximate else text
    if month and day:
        text = f"{year}年{month}月{day}日"
    elif month:
        text = f"{year}年{month}月"
    else:
        text = f"{year}年"
    return f"大约{year}年" if approximate else text


# Pronouns and Russian verb endings, so that sentences after the first mention of the
# name need no case endings on names (Kazakh and Uyghur decline them).
_GRAMMAR: dict[str, dict[str, dict[str, str]]] = {
    "en": {"male": {"he": "he", "him": "him", "his": "his"},
           "female": {"he": "she", "him": "her", "his": "her"}},
    "ru": {"male": {"he": "он", "him": "его", "his": "его", "sya": "ся", "a": "", "la": ""},
           "female": {"he": "она", "him": "её", "his": "её", "sya": "ась", "a": "а",
                      "la": "ла"}},
    "kk": {"male": {"he": "ол", "him": "оны", "his": "оның"},
           "female": {"he": "ол", "him": "оны", "his": "оның"}},
    "ug": {"male": {"he": "ئۇ", "him": "ئۇنى", "his": "ئۇنىڭ"},
           "female": {"he": "ئۇ", "him": "ئۇنى", "his": "ئۇنىڭ"}},
    "zh": {"male": {"he": "他", "him": "他", "his": "他的"},
           "female": {"he": "她", "him": "她", "his": "她的"}},
}  # fmt: skip

# How the speaker names the victim ("my brother"), keyed by the speaker's relation to
# the victim and the victim's sex: a sister speaking of a man says "my brother".
_KIN_WORDS: dict[str, dict[str, str]] = {
    "brother": {"en": "My brother", "ru": "Мой брат", "kk": "Менің ағам",
                "ug": "مېنىڭ ئاكام", "zh": "我的哥哥"},
    "sister": {"en": "My sister", "ru": "Моя сестра", "kk": "Менің әпкем",
               "ug": "مېنىڭ ھەدەم", "zh": "我的姐姐"},
    "father": {"en": "My father", "ru": "Мой отец", "kk": "Менің әкем",
               "ug": "مېنىڭ دادام", "zh": "我的父亲"},
    "mother": {"en": "My mother", "ru": "Моя мать", "kk": "Менің анам",
               "ug": "مېنىڭ ئاپام", "zh": "我的母亲"},
    "husband": {"en": "My husband", "ru": "Мой муж", "kk": "Менің күйеуім",
                "ug": "مېنىڭ يولدىشىم", "zh": "我的丈夫"},
    "wife": {"en": "My wife", "ru": "Моя жена", "kk": "Менің әйелім",
             "ug": "مېنىڭ ئايالىم", "zh": "我的妻子"},
    "son": {"en": "My son", "ru": "Мой сын", "kk": "Менің ұлым",
            "ug": "مېنىڭ ئوغلۇم", "zh": "我的儿子"},
    "daughter": {"en": "My daughter", "ru": "Моя дочь", "kk": "Менің қызым",
                 "ug": "مېنىڭ قىزىم", "zh": "我的女儿"},
    "cousin_m": {"en": "My cousin", "ru": "Мой двоюродный брат", "kk": "Менің немере ағам",
                 "ug": "مېنىڭ نەۋرە ئاكام", "zh": "我的表哥"},
    "cousin_f": {"en": "My cousin", "ru": "Моя двоюродная сестра",
                 "kk": "Менің немере әпкем", "ug": "مېنىڭ نەۋرە ھەدەم", "zh": "我的表姐"},
    "neighbour_m": {"en": "Our neighbour", "ru": "Наш сосед", "kk": "Біздің көршіміз",
                    "ug": "قوشنىمىز", "zh": "我们的邻居"},
    "neighbour_f": {"en": "Our neighbour", "ru": "Наша соседка", "kk": "Біздің көршіміз",
                    "ug": "قوشنىمىز", "zh": "我们的邻居"},
}  # fmt: skip
_VICTIM_AS_SEEN = {
    # speaker's relation -> (victim male, victim female)
    "sister": ("brother", "sister"), "brother": ("brother", "sister"),
    "wife": ("husband", "husband"), "husband": ("wife", "wife"),
    "son": ("father", "mother"), "daughter": ("father", "mother"),
    "mother": ("son", "daughter"), "father": ("son", "daughter"),
    "cousin": ("cousin_m", "cousin_f"), "neighbour": ("neighbour_m", "neighbour_f"),
}  # fmt: skip

_INTRO = {
    "en": "{kin} {victim} was born in {hometown} and lived there with the family.",
    "ru": "{kin} {victim} родил{sya} в {hometown} и жил{a} там с семьёй.",
    "kk": "{kin} {victim} {hometown} өңірінде туып-өсті, отбасымен сонда тұрды.",
    "ug": "{kin} {victim} {hometown} دېگەن يەردە تۇغۇلغان، ئائىلىسى بىلەن شۇ يەردە تۇراتتى.",
    "zh": "{kin}{victim}出生在{hometown}，一直和家人住在那里。",
}
_INTRO_SELF = {
    "en": "My name is {victim}. I was born in {hometown}.",
    "ru": "Меня зовут {victim}. Я родил{sya} в {hometown}.",
    "kk": "Менің атым {victim}. Мен {hometown} өңірінде туылдым.",
    "ug": "مېنىڭ ئىسمىم {victim}. مەن {hometown} دېگەن يەردە تۇغۇلدۇم.",
    "zh": "我叫{victim}，出生在{hometown}。",
}

# Third-person event sentences (the victim is "he"/"she" after the introduction).
_EVENT_SENTENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "detention": {
        "en": ("{date} the police came at night and took {him} away. {He} was held in "
               "{facility}.", "{date} {he} was summoned to the police station and did not "
               "come back. Later we learned that {he} was in {facility}."),
        "ru": ("{date} ночью пришла полиция и забрала {him}. Место содержания: {facility}.",
               "{date} {him} вызвали в полицию, и {he} не вернул{sya}. Позже мы узнали, "
               "где {he}: {facility}."),
        "kk": ("{date} түнде полиция келіп, {him} алып кетті. Ұсталған жері: {facility}.",
               "{date} {him} полицияға шақырды, {he} қайтып оралмады. Кейін ұсталған "
               "жерін білдік: {facility}."),
        "ug": ("{date} كېچىدە ساقچىلار كېلىپ {him} ئېلىپ كەتتى. تۇتۇپ تۇرۇلغان يېرى: "
               "{facility}.", "{date} {him} ساقچىخانىغا چاقىردى، {he} قايتىپ كەلمىدى."),
        "zh": ("{date}，警察在夜里把{him}带走了，关押在{facility}。",
               "{date}，{he}被叫到派出所，再也没有回来。后来我们才知道{he}被关在{facility}。"),
    },
    "transfer": {
        "en": ("{date} {he} was moved to {facility}.",),
        "ru": ("{date} {him} перевели. Новое место содержания: {facility}.",),
        "kk": ("{date} {him} басқа жерге ауыстырды: {facility}.",),
        "ug": ("{date} {him} باشقا يەرگە يۆتكىدى: {facility}.",),
        "zh": ("{date}，{he}被转移到{facility}。",),
    },
    "sentencing": {
        "en": ("{date} a court sentenced {him} to {years} years in prison. We never saw any "
               "papers.",),
        "ru": ("{date} суд приговорил {him} к {years} годам лишения свободы. Документов "
               "мы не видели.",),
        "kk": ("{date} сот {him} {years} жылға бас бостандығынан айырды. Ешқандай құжат "
               "көрмедік.",),
        "ug": ("{date} سوت {him} {years} يىللىق قاماق جازاسىغا ھۆكۈم قىلدى.",),
        "zh": ("{date}，法院判处{him}{years}年有期徒刑，我们从未见过判决书。",),
    },
    "release": {
        "en": ("{date} {he} was released but must report to the neighbourhood committee "
               "every week.",),
        "ru": ("{date} {him} отпустили, но {he} каждую неделю отмечается в комитете.",),
        "kk": ("{date} {he} босатылды, бірақ әр апта сайын комитетке барып белгіленеді.",),
        "ug": ("{date} {he} قويۇپ بېرىلدى، لېكىن ھەر ھەپتە مەھەللە كومىتېتىغا بېرىپ "
               "تىزىملىتىدۇ.",),
        "zh": ("{date}，{he}被释放，但每周都要到社区报到。",),
    },
    "disappearance": {
        "en": ("{date} {he} disappeared. Nobody tells us where {he} is.",),
        "ru": ("{date} {he} пропал{a}. Нам никто не говорит, где {he}.",),
        "kk": ("{date} {he} хабарсыз жоғалды. {He} қайда екенін ешкім айтпайды.",),
        "ug": ("{date} {he} غايىب بولدى. ھېچكىم بىزگە {his} قەيەردە ئىكەنلىكىنى "
               "ئېيتمايدۇ.",),
        "zh": ("{date}，{he}失踪了，没有人告诉我们{he}在哪里。",),
    },
    "confiscation_of_documents": {
        "en": ("{date} the authorities took {his} passport \"for safekeeping\".",),
        "ru": ("{date} власти забрали {his} паспорт «на хранение».",),
        "kk": ("{date} билік {his} төлқұжатын «сақтауға» алып қойды.",),
        "ug": ("{date} ھۆكۈمەت {his} پاسپورتىنى «ساقلاپ قويۇش» ئۈچۈن ئېلىۋالدى.",),
        "zh": ("{date}，当局以“代为保管”为由收走了{his}护照。",),
    },
    "forced_labour_transfer": {
        "en": ("{date} {he} was sent to work at {facility} and is paid almost nothing.",),
        "ru": ("{date} {him} отправили на принудительные работы: {facility}.",),
        "kk": ("{date} {him} мәжбүрлі жұмысқа жіберді: {facility}.",),
        "ug": ("{date} {him} مەجبۇرىي ئەمگەككە ئەۋەتتى: {facility}.",),
        "zh": ("{date}，{he}被送到{facility}干活，几乎没有工资。",),
    },
    "death": {
        "en": ("{date} we were told that {he} had died in custody. The body was not given "
               "to the family.",),
        "ru": ("{date} нам сообщили, что {he} умер{la} под стражей. Тело семье не отдали.",),
        "kk": ("{date} бізге {his} қамауда қайтыс болғанын айтты. Денесін отбасына "
               "бермеді.",),
        "ug": ("{date} بىزگە {his} قاماقتا ۋاپات بولغانلىقىنى ئېيتتى.",),
        "zh": ("{date}，我们被告知{he}在羁押期间死亡，遗体没有交还家属。",),
    },
    "interrogation": {
        "en": ("{date} {he} was questioned for two days about relatives abroad.",),
        "ru": ("{date} {him} два дня допрашивали о родственниках за границей.",),
        "kk": ("{date} {him} шетелдегі туыстары туралы екі күн бойы жауапқа алды.",),
        "ug": ("{date} {him} چەت ئەلدىكى تۇغقانلىرى توغرۇلۇق ئىككى كۈن سوراق قىلدى.",),
        "zh": ("{date}，{he}因海外亲属问题被审问了两天。",),
    },
}  # fmt: skip

# First-person sentences for survivors' own testimonies (only events before a release).
_EVENT_SENTENCES_SELF: dict[str, dict[str, str]] = {
    "detention": {
        "en": "{date} the police took me from my home. I was held in {facility}.",
        "ru": "{date} полиция забрала меня из дома. Место содержания: {facility}.",
        "kk": "{date} полиция мені үйімнен алып кетті. Ұсталған жерім: {facility}.",
        "ug": "{date} ساقچىلار مېنى ئۆيۈمدىن ئېلىپ كەتتى. تۇتۇپ تۇرۇلغان يېرىم: {facility}.",
        "zh": "{date}，警察把我从家里带走，关押在{facility}。",
    },
    "transfer": {
        "en": "{date} I was moved to {facility}. We were forty people in one room.",
        "ru": "{date} меня перевели: {facility}. В одной комнате нас было сорок человек.",
        "kk": "{date} мені басқа жерге ауыстырды: {facility}. Бір бөлмеде қырық адам болдық.",
        "ug": "{date} مېنى باشقا يەرگە يۆتكىدى: {facility}. بىر ئۆيدە قىرىق ئادەم ئىدۇق.",
        "zh": "{date}，我被转到{facility}，一个房间里关着四十个人。",
    },
    "release": {
        "en": "{date} I was released. I had to sign a paper promising never to speak about "
        "the camp.",
        "ru": "{date} меня отпустили. Я подписал{a} бумагу, что никогда не буду говорить о "
        "лагере.",
        "kk": "{date} мені босатты. Лагерь туралы ешқашан айтпаймын деп қол қойдым.",
        "ug": "{date} مېنى قويۇپ بەردى. لاگېر توغرۇلۇق ھەرگىز گەپ قىلمايمەن دەپ "
        "ئىمزا قويدۇم.",
        "zh": "{date}，我被释放了。我被迫签字保证永远不谈论营地的事。",
    },
    "confiscation_of_documents": {
        "en": "{date} the authorities took my passport \"for safekeeping\".",
        "ru": "{date} власти забрали мой паспорт «на хранение».",
        "kk": "{date} билік менің төлқұжатымды «сақтауға» алып қойды.",
        "ug": "{date} ھۆكۈمەت مېنىڭ پاسپورتۇمنى ئېلىۋالدى.",
        "zh": "{date}，当局以“代为保管”为由收走了我的护照。",
    },
    "interrogation": {
        "en": "{date} I was questioned for two days about my relatives abroad.",
        "ru": "{date} меня два дня допрашивали о родственниках за границей.",
        "kk": "{date} мені шетелдегі туыстарым туралы екі күн бойы жауапқа алды.",
        "ug": "{date} مېنى چەت ئەلدىكى تۇغقانلىرىم توغرۇلۇق ئىككى كۈن سوراق قىلدى.",
        "zh": "{date}，我因为海外亲属的问题被审问了两天。",
    },
}  # fmt: skip

_REASONS: dict[str, dict[str, str]] = {
    "travel": {"en": "travel to Kazakhstan", "ru": "поездка в Казахстан",
               "kk": "Қазақстанға барғаны", "ug": "قازاقىستانغا بارغانلىقى",
               "zh": "去过哈萨克斯坦"},
    "whatsapp": {"en": "having WhatsApp on the phone", "ru": "WhatsApp в телефоне",
                 "kk": "телефонында WhatsApp болғаны", "ug": "تېلېفونىدا WhatsApp بارلىقى",
                 "zh": "手机里有WhatsApp"},
    "prayer": {"en": "praying at home", "ru": "молитва дома", "kk": "үйде намаз оқығаны",
               "ug": "ئۆيدە ناماز ئوقۇغانلىقى", "zh": "在家做礼拜"},
    "relatives": {"en": "contact with relatives abroad",
                  "ru": "связь с родственниками за границей",
                  "kk": "шетелдегі туыстарымен байланысы",
                  "ug": "چەت ئەلدىكى تۇغقانلىرى بىلەن ئالاقىسى", "zh": "与海外亲属联系"},
    "children": {"en": "having too many children", "ru": "слишком много детей",
                 "kk": "балалары көп болғаны", "ug": "بالىلىرى كۆپ بولغانلىقى",
                 "zh": "超生"},
    "untrustworthy": {"en": "being \"untrustworthy\"", "ru": "«неблагонадёжность»",
                      "kk": "«сенімсіз» деп табылғаны", "ug": "«ئىشەنچسىز» دەپ قارالغانلىقى",
                      "zh": "“不放心人员”"},
}  # fmt: skip
_REASON_SENTENCE = {
    "en": "The reason they gave was {reason}.",
    "ru": "Причиной назвали: {reason}.",
    "kk": "Себебі ретінде {reason} айтылды.",
    "ug": "سەۋەبى {reason} دەپ ئېيتىلدى.",
    "zh": "给出的理由是{reason}。",
}
_CLOSING: dict[str, tuple[str, ...]] = {
    "en": ("We ask for help to find out where {he} is and whether {he} is alive.",
           "I am afraid that speaking out will harm my relatives who are still there.",
           "The children are now raised by their grandmother."),
    "ru": ("Мы просим помочь узнать, где {he} и что с {him} сейчас.",
           "Я боюсь, что мои слова навредят родственникам, которые остались там.",
           "Детей теперь растит бабушка."),
    "kk": ("{His} қайда екенін білуге көмектесуіңізді сұраймыз.",
           "Сол жақта қалған туыстарыма зиян келеді деп қорқамын.",
           "Балаларды қазір әжесі бағып отыр."),
    "ug": ("{his} قەيەردە ئىكەنلىكىنى بىلىشكە ياردەم سورايمىز.",
           "ئۇ يەردە قالغان تۇغقانلىرىمغا زىيان يېتىشىدىن قورقىمەن."),
    "zh": ("我们请求帮助查明{he}现在在哪里。", "我担心说出来会连累还在那里的亲人。"),
}  # fmt: skip
_CLOSING_SELF: dict[str, tuple[str, ...]] = {
    "en": ("I am telling this so that the others who are still inside are not forgotten.",),
    "ru": ("Я рассказываю это, чтобы не забыли тех, кто всё ещё там.",),
    "kk": ("Әлі сонда отырғандарды ұмытпасын деп айтып отырмын.",),
    "ug": ("ئۇ يەردە قالغانلار ئۇنتۇلۇپ قالمىسۇن دەپ سۆزلەۋاتىمەن.",),
    "zh": ("我说出这些，是为了不让还在里面的人被遗忘。",),
}  # fmt: skip


def _county_label(county: County, language: str) -> str:
    return {"en": county.en, "ru": county.ru, "kk": county.kk, "ug": county.ug,
            "zh": county.zh}[language]  # fmt: skip


def _facility_label(facility: dict[str, Any], language: str) -> str:
    script = {"en": "en-Latn", "ru": "ru-Cyrl", "kk": "kk-Cyrl", "ug": "ug-Arab",
              "zh": "zh-Hans"}[language]  # fmt: skip
    for label in facility["labels"]:
        if label["script"] == script:
            return str(label["text"])
    return str(facility["name"])


def _name_in(forms: NameForms, language: str) -> str:
    if language == "kk":
        return forms.native if forms.native_script == "kk-Cyrl" else (forms.russian or forms.latin)
    if language == "ug":
        return forms.native if forms.native_script == "ug-Arab" else forms.latin
    if language == "zh":
        return forms.chinese or forms.native
    if language == "ru":
        return forms.russian or forms.latin
    return forms.latin


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- attachments -------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoAttachment:
    name: str
    media_type: str
    data: bytes
    description: str
    testimony_index: int | None = None


def synthetic_scan_png(rng: random.Random, width: int = 96, height: int = 128) -> bytes:
    """A small greyscale PNG that looks like a page of text lines (no real content)."""
    line_height = 9
    blank = b"\x00" + b"\xff" * width  # filter byte 0, then a white row
    rows = []
    for band in range(height // line_height):
        line = bytearray(b"\xff" * width)
        if 1 <= band < height // line_height - 1:
            x = 8
            end = width - 8 - (rng.randrange(30) if band % 4 == 3 else 0)
            while x < end:
                word = rng.randint(3, 12)
                stop = min(x + word, end)
                line[x:stop] = bytes([rng.randint(20, 90)]) * (stop - x)
                x += word + rng.randint(2, 4)
        text_row = b"\x00" + bytes(line)
        rows.extend([blank, blank, text_row, text_row, text_row, text_row] + [blank] * 3)
    rows.extend([blank] * (height - len(rows)))
    raw = zlib.compress(b"".join(rows[:height]), 6)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# -- cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoCase:
    index: int
    document: dict[str, Any]  # case JSON (docs/case-json.md)
    attachments: tuple[DemoAttachment, ...]
    duplicate_of: int | None  # index of the earlier case about the same person, if any


IdFactory = Callable[[], str]
# How a place appears in a document: by default the place itself (labels, type, parent),
# or, once the caller has created the gazetteer, a reference {"id": ...} to it.
PlaceRef = Callable[[dict[str, Any]], Any]


def _inline(place: dict[str, Any]) -> Any:
    return place


def place_key(place: dict[str, Any]) -> str:
    """A stable name for a demo place: its English names up the tree, and its type."""
    parts = []
    node: dict[str, Any] | None = place
    while node is not None:
        parts.append(f"{node['type']}:{node['name']}")
        node = node.get("parent")
    return "/".join(parts)


def gazetteer() -> Iterator[dict[str, Any]]:
    """Every place a demo document can name (counties, facilities, interview places)."""
    for prefecture in PREFECTURES:
        for county in prefecture.counties:
            yield county_place(prefecture, county)
            for kind in FACILITY_KINDS:
                for number in range(1, FACILITY_NUMBERS + 1):
                    yield facility_place(prefecture, county, kind, number)
    for place in TESTIMONY_PLACES:
        yield testimony_place(place)


def _partial_date(rng: random.Random, day: datetime.date) -> str:
    roll = rng.random()
    if roll < 0.3:
        return day.isoformat()
    if roll < 0.75:
        return f"{day.year:04d}-{day.month:02d}"
    if roll < 0.9:
        return f"{day.year:04d}"
    return f"~{day.year:04d}"


def _day_between(rng: random.Random, start: datetime.date, end: datetime.date) -> datetime.date:
    span = max((end - start).days, 0)
    return start + datetime.timedelta(days=rng.randint(0, span))


def _identity_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"amanat-demo/{seed}/person/{index}")


def _case_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"amanat-demo/{seed}/case/{index}")


def _victim_document(
    identity: Identity,
    forms: NameForms,
    rng: random.Random,
    person_id: str,
    *,
    variant: bool,
    place_ref: PlaceRef,
) -> dict[str, Any]:
    names = person_names(forms, rng, full=not variant)
    if variant:
        # A second report of the same person: other spellings, a less certain birth date.
        names = [n for n in names if n["type"] != "preferred"] or names
        names[0] = dict(names[0], type="preferred")
    person: dict[str, Any] = {
        "id": person_id,
        "names": names,
        "sex": identity.sex,
        "ethnicity": identity.ethnicity,
        "hometown": place_ref(county_place(identity.prefecture, identity.county)),
    }
    has_id = identity.id_number is not None and (not variant or rng.random() < 0.4)
    if has_id:
        person["birth_date"] = identity.born.isoformat()
        person["identifiers"] = [
            {"scheme": "prc_resident_id", "value": identity.id_number, "source": "ID card copy"}
        ]
    else:
        year = identity.born.year + (rng.choice((-1, 0, 1)) if variant else 0)
        roll = rng.random()
        if roll < 0.5:
            person["birth_year"] = year
        elif roll < 0.65:
            person["birth_date"] = f"{year:04d}"
        elif roll < 0.8:
            person["birth_date"] = f"~{year:04d}"
        else:
            age = 2019 - year
            person["age_range"] = {"min": max(age - 3, 0), "max": age + 3, "as_of": "2019"}
    if rng.random() < 0.3:
        person.setdefault("identifiers", []).append(
            {"scheme": "org_case_number", "value": f"AMN-{rng.randint(2018, 2024)}-"
             f"{rng.randint(1, 99999):05d}", "source": "intake"}
        )  # fmt: skip
    if rng.random() < 0.2:
        person["occupation"] = rng.choice(
            ("farmer", "teacher", "imam", "driver", "herder", "trader", "doctor", "student")
        )
    return person


def _event_plan(
    rng: random.Random, identity: Identity
) -> list[tuple[str, datetime.date, dict[str, Any] | None]]:
    """(event type, day, place) in time order: one detainee's path through the system."""
    pref, county = identity.prefecture, identity.county
    hometown = county_place(pref, county)

    def facility(kind: str) -> dict[str, Any]:
        fk = next(k for k in FACILITY_KINDS if k.code == kind)
        where = county if rng.random() < 0.7 else rng.choice(pref.counties)
        return facility_place(pref, where, fk, rng.randint(1, FACILITY_NUMBERS))

    plan: list[tuple[str, datetime.date, dict[str, Any] | None]] = []
    start = _day_between(rng, datetime.date(2016, 6, 1), datetime.date(2020, 12, 31))
    if rng.random() < 0.25:
        before = _day_between(rng, datetime.date(2016, 1, 1), start)
        plan.append((rng.choice(("confiscation_of_documents", "interrogation")), before, hometown))
    if rng.random() < 0.12:
        plan.append(("disappearance", start, hometown))
        return plan
    plan.append(("detention", start, facility(rng.choice(("camp", "camp", "detention_centre")))))
    day = start
    if rng.random() < 0.35:
        day = _day_between(rng, day, day + datetime.timedelta(days=400))
        plan.append(("transfer", day, facility(rng.choice(("camp", "detention_centre")))))
    roll = rng.random()
    if roll < 0.35:
        day = _day_between(rng, day, day + datetime.timedelta(days=500))
        plan.append(("sentencing", day, facility("prison")))
    elif roll < 0.75:
        day = _day_between(rng, day, day + datetime.timedelta(days=700))
        plan.append(("release", day, hometown))
        if rng.random() < 0.35:
            day = _day_between(rng, day, day + datetime.timedelta(days=200))
            plan.append(("forced_labour_transfer", day, facility("forced_labour_site")))
    elif roll < 0.8:
        day = _day_between(rng, day, day + datetime.timedelta(days=900))
        plan.append(("death", day, None))
    return plan


_STATUS_AFTER = {
    "detention": "detained", "transfer": "detained", "sentencing": "sentenced",
    "release": "released", "forced_labour_transfer": "released", "disappearance": "missing",
    "death": "dead", "confiscation_of_documents": "unknown", "interrogation": "unknown",
}  # fmt: skip


def _speaker_relation(rng: random.Random, victim: Identity) -> str:
    if victim.sex == "male":
        choices = ("sister", "brother", "wife", "son", "daughter", "mother", "cousin",
                   "neighbour")  # fmt: skip
    else:
        choices = ("sister", "brother", "husband", "son", "daughter", "mother", "cousin",
                   "neighbour")  # fmt: skip
    return rng.choice(choices)


def _speaker_sex(relation: str, rng: random.Random) -> str:
    female = {"sister", "wife", "mother", "daughter"}
    male = {"brother", "husband", "son", "father"}
    if relation in female:
        return "female"
    if relation in male:
        return "male"
    return rng.choice(("male", "female"))


def _narrative(
    rng: random.Random,
    language: str,
    relation: str,
    victim_forms: NameForms,
    identity: Identity,
    plan: list[tuple[str, datetime.date, dict[str, Any] | None]],
    dates: list[str],
    reason: str | None,
    sentence_years: int | None,
) -> str:
    own = relation == "self"
    grammar = dict(_GRAMMAR[language][identity.sex])
    for key in ("he", "his"):
        grammar[key.capitalize()] = _capitalise(grammar[key])
    grammar["He_"] = _capitalise(grammar["him"])  # Russian impersonal: "Его держали"
    hometown = _county_label(identity.county, language)
    name = _name_in(victim_forms, language)
    parts = []
    if own:
        parts.append(_INTRO_SELF[language].format(victim=name, hometown=hometown, **grammar))
    else:
        seen_as = _VICTIM_AS_SEEN[relation][0 if identity.sex == "male" else 1]
        kin = _KIN_WORDS[seen_as][language]
        parts.append(_INTRO[language].format(kin=kin, victim=name, hometown=hometown, **grammar))
    for (kind, _day, place), date in zip(plan, dates, strict=True):
        facility = _facility_label(place, language) if place else hometown
        values = dict(grammar, date=say_date(date, language), facility=facility,
                      years=sentence_years or 10)  # fmt: skip
        if own:
            template = _EVENT_SENTENCES_SELF.get(kind, {}).get(language)
        else:
            choices = _EVENT_SENTENCES.get(kind, {}).get(language)
            template = rng.choice(choices) if choices else None
        if template is None:
            continue
        parts.append(_capitalise(template.format(**values)))
        if kind == "detention" and reason:
            parts.append(_REASON_SENTENCE[language].format(reason=_REASONS[reason][language]))
    closing = rng.choice((_CLOSING_SELF if own else _CLOSING)[language]).format(**grammar)
    parts.append(_capitalise(closing))
    return ("" if language == "zh" else " ").join(parts)


def _consent(rng: random.Random) -> dict[str, Any]:
    uses = ["internal"]
    roll = rng.random()
    if roll > 0.3:
        uses.append("un_submission")
    if roll > 0.6:
        uses.append("legal")
    if roll > 0.8:
        uses.append("public")
    return {
        "informed": rng.random() > 0.03,
        "voluntary": True,
        "may_name": rng.random() < 0.5,
        "may_show_face": rng.random() < 0.2,
        "may_use_voice": rng.random() < 0.3,
        "uses": uses,
    }


_LANGUAGES = {
    "kazakh": (("kk", "ru", "en", "zh"), (55, 28, 14, 3)),
    "uyghur": (("ug", "ru", "en", "zh"), (55, 17, 22, 6)),
    "hui": (("zh", "ru", "en"), (60, 30, 10)),
}
_TITLES = {
    "detention": "Detention of {name}",
    "disappearance": "Disappearance of {name}",
    "sentencing": "Sentencing of {name}",
    "death": "Death in custody of {name}",
    "release": "Detention and release of {name}",
}


def _duplicate_draw(rng: random.Random, index: int, rate: float) -> int | None:
    """The earlier case this one reports again, if any: the first draws of a case."""
    if index > 0 and rng.random() < rate:
        return rng.randrange(index)
    return None


def _person_index(seed: int, index: int, rate: float) -> int:
    """The index of the identity that case ``index`` is about (following re-reports)."""
    while True:
        earlier = _duplicate_draw(_case_rng(seed, index), index, rate)
        if earlier is None:
            return index
        index = earlier


def generate_case(
    seed: int,
    index: int,
    *,
    new_id: IdFactory,
    duplicate_rate: float = 0.04,
    attachment_rate: float = 0.3,
    place_ref: PlaceRef = _inline,
) -> DemoCase:
    """The demo case number ``index`` for ``seed`` (ids from ``new_id``)."""
    rng = _case_rng(seed, index)
    duplicate_of = _duplicate_draw(rng, index, duplicate_rate)
    person_index = index
    if duplicate_of is not None:
        person_index = _person_index(seed, duplicate_of, duplicate_rate)
    identity = make_identity(_identity_rng(seed, person_index))
    forms = name_forms(identity, _identity_rng(seed, person_index) if duplicate_of is None else rng)
    victim_id = new_id()
    victim = _victim_document(
        identity, forms, rng, victim_id, variant=duplicate_of is not None, place_ref=place_ref
    )

    plan = _event_plan(rng, identity)
    dates = [_partial_date(rng, day) for _kind, day, _place in plan]
    reason = rng.choice(tuple(_REASONS)) if rng.random() < 0.6 else None
    sentence_years = rng.choice((3, 5, 7, 10, 12, 15, 17, 20)) if any(
        k == "sentencing" for k, _d, _p in plan
    ) else None  # fmt: skip
    events: list[dict[str, Any]] = []
    for (kind, _day, place), date in zip(plan, dates, strict=True):
        event: dict[str, Any] = {"type": kind, "date": date, "sources": [0]}
        if place is not None:
            event["place"] = place_ref(place)
        if kind == "detention" and reason:
            event["stated_reason"] = _REASONS[reason]["en"]
        if kind == "sentencing" and sentence_years:
            event["sentence"] = {"years": sentence_years}
        events.append(event)
    last_kind = plan[-1][0]
    victim["status"] = [
        {"status": _STATUS_AFTER[last_kind], "date": dates[-1], "source": "testimony"}
    ]

    languages, weights = _LANGUAGES[identity.ethnicity]
    testimonies: list[dict[str, Any]] = []
    relationships: list[dict[str, Any]] = []
    count = rng.choices((1, 2, 3), weights=(65, 28, 7))[0]
    last_day = max(day for _k, day, _p in plan)
    for number in range(count):
        relation = _speaker_relation(rng, identity)
        if number > 0 and last_kind == "release" and rng.random() < 0.3:
            relation = "self"
        language = rng.choices(languages, weights=weights)[0]
        if relation == "self":
            speaker: dict[str, Any] = {"id": victim_id}
        else:
            kin = make_identity(
                rng,
                ethnicity=identity.ethnicity,
                sex=_speaker_sex(relation, rng),
                born_between=(identity.born.year - 25, min(identity.born.year + 30, 2004)),
            )
            if relation in {"sister", "brother", "son", "daughter"}:
                # Children and siblings share the patronymic source or take the victim's name.
                father = identity.father if relation in {"sister", "brother"} else identity.given
                kin = Identity(
                    kin.ethnicity, kin.sex, kin.given, father, kin.born, kin.prefecture,
                    kin.county, None, kin.hui_family, kin.hui_given,
                )  # fmt: skip
            kin_forms = name_forms(kin, rng)
            speaker_id = new_id()
            speaker = {
                "id": speaker_id,
                "names": person_names(kin_forms, rng, full=False),
                "sex": kin.sex,
                "ethnicity": kin.ethnicity,
            }
            if rng.random() < 0.6:
                speaker["birth_year"] = kin.born.year
            if rng.random() < 0.3:
                speaker["contacts"] = [
                    {"kind": "phone", "value": f"+7 70{rng.randint(0, 9)} 555 "
                     f"{rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"}
                ]  # fmt: skip
            if relation not in {"neighbour", "fellow_detainee"}:
                relationships.append(
                    {"person": speaker_id, "other": victim_id, "type": relation,
                     "source": "testimony"}
                )  # fmt: skip
        taken = _day_between(
            rng, max(last_day, datetime.date(2018, 1, 1)), datetime.date(2024, 12, 31)
        )
        testimonies.append(
            {
                "id": new_id(),
                "narrative": _narrative(
                    rng, language, relation, forms, identity, plan, dates, reason, sentence_years
                ),
                "language": language,
                "speaker": speaker,
                "relation": relation,
                "date": taken.isoformat() if rng.random() < 0.8 else f"{taken:%Y-%m}",
                "place": place_ref(testimony_place(rng.choice(TESTIMONY_PLACES))),
                "mode": rng.choices(("in_person", "video", "phone"), weights=(70, 20, 10))[0],
                "consent": _consent(rng),
            }
        )

    name = forms.native if duplicate_of is None else victim["names"][0]["text"]
    first_kind = next((k for k, _d, _p in reversed(plan) if k in _TITLES), "detention")
    document: dict[str, Any] = {
        "id": new_id(),
        "title": _TITLES[first_kind].format(name=name),
        "status": rng.choices(
            ("open", "under_review", "verified", "closed"), weights=(55, 25, 15, 5)
        )[0],
        "person": victim,
        "events": events,
        "testimonies": testimonies,
        "relationships": relationships,
    }
    if rng.random() < 0.5:
        document["reference"] = f"DEMO-{seed}-{index:06d}"

    attachments: list[DemoAttachment] = []
    if rng.random() < attachment_rate:
        attachments.append(
            DemoAttachment(
                name=f"scan-{index:06d}.png",
                media_type="image/png",
                data=synthetic_scan_png(rng),
                description="Synthetic scan of a notice (demo data, not a real document)",
                testimony_index=0,
            )
        )
    if rng.random() < attachment_rate / 2:
        note = (
            f"Interview notes for demo case {index}.\n"
            "SYNTHETIC DEMO DATA: no real person is described here.\n"
            f"Events recorded: {', '.join(k for k, _d, _p in plan)}.\n"
        )
        attachments.append(
            DemoAttachment(
                name=f"notes-{index:06d}.txt",
                media_type="text/plain",
                data=note.encode(),
                description="Interviewer's notes (demo data)",
            )
        )
    return DemoCase(index, document, tuple(attachments), duplicate_of)


def generate(
    count: int,
    seed: int = SEED_DEFAULT,
    *,
    new_id: IdFactory,
    start: int = 0,
    duplicate_rate: float = 0.04,
    attachment_rate: float = 0.3,
    place_ref: PlaceRef = _inline,
) -> Iterator[DemoCase]:
    """Demo cases ``start`` .. ``start + count - 1`` for ``seed``."""
    for index in range(start, start + count):
        yield generate_case(
            seed,
            index,
            new_id=new_id,
            duplicate_rate=duplicate_rate,
            attachment_rate=attachment_rate,
            place_ref=place_ref,
        )
