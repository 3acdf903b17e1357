"""Names across scripts, measured (issue 12): 32 persons recorded in one script only
(Kazakh Cyrillic, Uyghur Arabic script, Chinese characters) among 500 demo cases, and 94
other spellings of them that a caseworker may type (Latin transliterations, Russian
Cyrillic, Uyghur Latin and Cyrillic, Latin spellings whose vowels differ from Uyghur
Latin, pinyin with and without tones, Traditional characters).

The names are invented (common given names in uncommon combinations), about no real
person. Used by tests/services/test_names_across_scripts.py (the goal as a count) and
tests/bench/bench_search.py (the figure "N of 94" beside the latencies); see
docs/search.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from amanat.services import cases as case_service
from amanat.services import demo as demo_service
from amanat.services import search
from amanat.storage.vault import Vault

DEMO_CASES = 500
DEMO_SEED = 1212
TOP = 5
GOAL = 93
MAX_RESULTS = 100  # a full name must not flood the list


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    script: str
    queries: tuple[str, ...]


PERSONS: tuple[Person, ...] = (
    # Kazakh, recorded in Kazakh Cyrillic only
    Person("k1", "Ержан Бекболатұлы", "kk-Cyrl",
           ("Yerzhan Bekbolatuly", "Бекболатов Ержан", "Erjan Bekbolatuly")),
    Person("k2", "Гүлнар Сейітқызы", "kk-Cyrl",
           ("Gulnar Seitkyzy", "Сеитова Гульнар", "Gülnar Seyitqızı")),
    Person("k3", "Мұхтар Жақыпұлы", "kk-Cyrl",
           ("Mukhtar Zhakypuly", "Жакыпов Мухтар", "Muhtar Jakipuli")),
    Person("k4", "Айгерім Нұрланқызы", "kk-Cyrl",
           ("Aigerim Nurlankyzy", "Нурланова Айгерим", "Aygerim Nurlanqyzy")),
    Person("k5", "Серік Әбдірахманұлы", "kk-Cyrl",
           ("Serik Abdirakhmanuly", "Абдрахманов Серик", "Serik Äbdiraxmanulı")),
    Person("k6", "Ләззат Төлеуқызы", "kk-Cyrl",
           ("Lazzat Toleukyzy", "Толеуова Ляззат", "Läzzat Töleuqyzy")),
    Person("k7", "Бауыржан Қасымұлы", "kk-Cyrl",
           ("Bauyrzhan Kasymuly", "Касымов Бауржан", "Baurzhan Qasymuly")),
    Person("k8", "Әсел Оразбекқызы", "kk-Cyrl",
           ("Asel Orazbekkyzy", "Оразбекова Асель", "Assel Orazbekqyzy")),
    Person("k9", "Нұрлан Ермекұлы", "kk-Cyrl",
           ("Nurlan Yermekuly", "Ермеков Нурлан", "Nurlan Ermekuly")),
    Person("k10", "Жанар Құдайбергенқызы", "kk-Cyrl",
           ("Zhanar Kudaibergenkyzy", "Кудайбергенова Жанар", "Janar Qudaybergenqyzy")),
    Person("k11", "Қанат Сәрсенбайұлы", "kk-Cyrl",
           ("Kanat Sarsenbayuly", "Сарсенбаев Канат", "Qanat Sársenbaiuly")),
    # Uyghur, recorded in Uyghur Arabic script only
    Person("u1", "ئەركىن تۇرسۇن", "ug-Arab",
           ("Erkin Tursun", "Эркин Турсун", "Әркин Турсун", "Arkin Tursun")),
    Person("u2", "مەمەت ئىمىن", "ug-Arab", ("Memet Imin", "Мамат Имин", "Mamat Imin")),
    Person("u3", "گۈلنىسا ئابدۇللا", "ug-Arab",
           ("Gulnisa Abdulla", "Гульниса Абдулла", "Гүлниса Абдулла")),
    Person("u4", "ئۆمەر قاسىم", "ug-Arab",
           ("Ömer Qasim", "Umar Kasim", "Омар Касым", "Өмәр Қасим")),
    Person("u5", "رەھىمە توختى", "ug-Arab",
           ("Rehime Toxti", "Rahima Tokhti", "Рахима Тохти", "Рәһимә Тохти")),
    Person("u6", "ئابلەت نىياز", "ug-Arab", ("Ablet Niyaz", "Ablat Niyaz", "Аблет Нияз")),
    Person("u7", "زۆھرە مامۇت", "ug-Arab", ("Zöhre Mamut", "Zuhra Mamut", "Зухра Мамут")),
    Person("u8", "ئىلھام ئەخمەت", "ug-Arab", ("Ilham Exmet", "Ilham Ahmet", "Ильхам Ахмет")),
    Person("u9", "تۇرسۇناي ھوشۇر", "ug-Arab",
           ("Tursunay Hoshur", "Tursunai Khoshur", "Турсунай Хошур")),
    Person("u10", "قۇربان مۇھەممەت", "ug-Arab",
           ("Qurban Muhemmet", "Kurban Muhammet", "Курбан Мухаммет")),
    Person("u11", "مۇكەررەم ياسىن", "ug-Arab",
           ("Mukerrem Yasin", "Mukarram Yasin", "Мукаррам Ясин")),
    Person("u12", "غەيرەت ئوسمان", "ug-Arab",
           ("Gheyret Osman", "Gayrat Usman", "Гайрат Осман")),
    # Recorded in Chinese characters only (a Chinese name, or the Chinese transcription
    # of a Uyghur or Kazakh name as on a PRC identity card)
    Person("c1", "王小明", "zh-Hans", ("Wang Xiaoming", "Wáng Xiǎomíng", "王曉明")),
    Person("c2", "马建国", "zh-Hans", ("Ma Jianguo", "Mǎ Jiànguó", "馬建國")),
    Person("c3", "李秀英", "zh-Hans", ("Li Xiuying", "Lǐ Xiùyīng", "Li Xiu-ying")),
    Person("c4", "欧阳娜", "zh-Hans", ("Ouyang Na", "歐陽娜")),
    Person("c5", "艾尔肯·吐尔逊", "zh-Hans",
           ("Aierken Tuerxun", "Ài'ěrkěn·Tǔ'ěrxùn")),
    Person("c6", "古丽娜尔·买买提", "zh-Hans",
           ("Gulinaer Maimaiti", "Gǔlìnà'ěr Mǎimǎití", "古麗娜爾·買買提")),
    Person("c7", "努尔兰·叶尔兰", "zh-Hans", ("Nuerlan Yeerlan", "Nu2er3lan2 Ye4er3lan2")),
    Person("c8", "阿依古丽·热合曼", "zh-Hans", ("Ayiguli Reheman", "Āyīgǔlì Rèhémàn")),
    Person("c9", "杨桂花", "zh-Hans", ("Yang Guihua", "Yáng Guìhuā")),
)  # fmt: skip

QUERIES: tuple[tuple[str, str], ...] = tuple((q, p.key) for p in PERSONS for q in p.queries)


def build(vault: Vault) -> dict[str, str]:
    """Fill ``vault`` with the demo cases and the 32 persons; person key -> case id."""
    demo_service.generate_demo(vault, DEMO_CASES, DEMO_SEED, with_attachments=False)
    return add_persons(vault)


def add_persons(vault: Vault) -> dict[str, str]:
    cases: dict[str, str] = {}
    for number, person in enumerate(PERSONS, start=1):
        doc = {
            "title": f"Names across scripts {number}",
            "person": {"names": [{"text": person.name, "script": person.script}]},
            "events": [{"type": "detention", "date": "2018-05"}],
        }
        cases[person.key] = case_service.add_case(vault, doc).id
    return cases


@dataclass(frozen=True)
class Measured:
    found: int
    total: int
    missed: tuple[str, ...]  # the queries not found in the first TOP results
    most_results: int  # the most results any query returned (limit MAX_RESULTS + 1)


def measure(vault: Vault, cases: dict[str, str], *, flood_limit: int = MAX_RESULTS + 1) -> Measured:
    found = 0
    missed: list[str] = []
    most = 0
    for query, key in QUERIES:
        top = [hit.case_id for hit in search.search_cases(vault, query, TOP)]
        if cases[key] in top:
            found += 1
        else:
            missed.append(query)
        most = max(most, len(search.search_cases(vault, query, flood_limit)))
    return Measured(found, len(QUERIES), tuple(missed), most)
