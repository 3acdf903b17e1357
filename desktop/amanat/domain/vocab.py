"""Controlled vocabularies: one hierarchical thesaurus (docs/design.md §4).

After the HURIDOCS micro-thesauri: every term has an ASCII ``code`` (stable, stored in
records and exchanged in bundles), an optional ``parent`` in the same scheme (so a
search for "sibling" can include "sister"), and labels per locale. Labels are for
people and may be corrected at any time; codes never change once released.

This module is the seed data of the ``vocab_term`` / ``vocab_label`` tables (written by
the first migration) and the validation source of the domain.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from amanat.domain.vocab_labels import LABELS as _UG_ZH

LOCALES = ("en", "ru", "kk", "ug", "zh")
# Uyghur and Chinese labels live in vocab_labels.py, so the seed rows (en, ru, kk) of the
# first migration stay as released.
_EXTRA = {"ug": 0, "zh": 1}


@dataclass(frozen=True)
class Term:
    code: str
    parent: str | None
    en: str
    ru: str
    kk: str

    def label(self, locale: str) -> str:
        """English, Russian or Kazakh (Uyghur and Chinese: module-level ``label``)."""
        value: str = getattr(self, locale, self.en) if locale in ("en", "ru", "kk") else self.en
        return value


def _t(code: str, parent: str | None, en: str, ru: str, kk: str) -> Term:
    return Term(code, parent, en, ru, kk)


SCHEMES: dict[str, tuple[Term, ...]] = {
    "event_type": (
        _t(
            "deprivation_of_liberty",
            None,
            "Deprivation of liberty",
            "Лишение свободы",
            "Бостандықтан айыру",
        ),
        _t("arrest", "deprivation_of_liberty", "Arrest", "Арест", "Қамауға алу"),
        _t(
            "detention",
            "deprivation_of_liberty",
            "Detention",
            "Задержание, содержание под стражей",
            "Ұстау, қамауда ұстау",
        ),
        _t("transfer", "deprivation_of_liberty", "Transfer", "Перевод", "Ауыстыру"),
        _t("release", "deprivation_of_liberty", "Release", "Освобождение", "Босату"),
        _t(
            "disappearance",
            "deprivation_of_liberty",
            "Disappearance",
            "Исчезновение",
            "Хабарсыз жоғалу",
        ),
        _t("judicial", None, "Judicial proceedings", "Судебное преследование", "Сот ісі"),
        _t("trial", "judicial", "Trial", "Суд", "Сот"),
        _t("sentencing", "judicial", "Sentencing", "Вынесение приговора", "Үкім шығару"),
        _t("physical_harm", None, "Physical harm", "Физический вред", "Дене жарақаты"),
        _t(
            "torture",
            "physical_harm",
            "Torture or ill-treatment",
            "Пытки или жестокое обращение",
            "Азаптау немесе қатыгез қарау",
        ),
        _t("death", "physical_harm", "Death", "Смерть", "Қайтыс болу"),
        _t("restriction", None, "Restriction of rights", "Ограничение прав", "Құқықты шектеу"),
        _t(
            "confiscation_of_documents",
            "restriction",
            "Confiscation of documents",
            "Изъятие документов",
            "Құжаттарды тәркілеу",
        ),
        _t("travel_ban", "restriction", "Travel ban", "Запрет на выезд", "Шетелге шығуға тыйым"),
        _t("surveillance", "restriction", "Surveillance", "Слежка", "Аңду"),
        _t(
            "forced_labour_transfer",
            "restriction",
            "Forced labour transfer",
            "Перевод на принудительный труд",
            "Мәжбүрлі еңбекке жіберу",
        ),
        _t(
            "family_separation",
            "restriction",
            "Family separation",
            "Разлучение семьи",
            "Отбасын ажырату",
        ),
        _t(
            "property_confiscation",
            "restriction",
            "Confiscation of property",
            "Конфискация имущества",
            "Мүлікті тәркілеу",
        ),
        _t("interrogation", None, "Interrogation", "Допрос", "Жауап алу"),
        _t(
            "harassment_of_relatives",
            None,
            "Harassment of relatives",
            "Давление на родственников",
            "Туыстарына қысым жасау",
        ),
        _t("deportation", None, "Forced return", "Принудительное возвращение", "Күштеп қайтару"),
        _t("other", None, "Other", "Другое", "Басқа"),
    ),
    "relation": (
        _t("self", None, "Self", "Сам(а)", "Өзі"),
        _t("family", None, "Family", "Семья", "Отбасы"),
        _t("spouse", "family", "Spouse", "Супруг(а)", "Жұбайы"),
        _t("wife", "spouse", "Wife", "Жена", "Әйелі"),
        _t("husband", "spouse", "Husband", "Муж", "Күйеуі"),
        _t("parent", "family", "Parent", "Родитель", "Ата-анасы"),
        _t("mother", "parent", "Mother", "Мать", "Анасы"),
        _t("father", "parent", "Father", "Отец", "Әкесі"),
        _t("child", "family", "Child", "Ребёнок", "Баласы"),
        _t("son", "child", "Son", "Сын", "Ұлы"),
        _t("daughter", "child", "Daughter", "Дочь", "Қызы"),
        _t("sibling", "family", "Sibling", "Брат или сестра", "Бауыры"),
        _t("sister", "sibling", "Sister", "Сестра", "Әпкесі, қарындасы"),
        _t("brother", "sibling", "Brother", "Брат", "Ағасы, інісі"),
        _t("other_relative", "family", "Other relative", "Другой родственник", "Басқа туысы"),
        _t("grandparent", "other_relative", "Grandparent", "Дедушка или бабушка", "Атасы, әжесі"),
        _t("grandchild", "other_relative", "Grandchild", "Внук или внучка", "Немересі"),
        _t("uncle_aunt", "other_relative", "Uncle or aunt", "Дядя или тётя", "Ағасы, апасы"),
        _t(
            "nephew_niece", "other_relative", "Nephew or niece", "Племянник или племянница", "Жиені"
        ),
        _t("cousin", "other_relative", "Cousin", "Двоюродный брат или сестра", "Немере туысы"),
        _t(
            "in_law",
            "other_relative",
            "Relative by marriage",
            "Родственник по браку",
            "Құда-жекжат",
        ),
        _t("non_family", None, "Not family", "Не родственник", "Туыс емес"),
        _t("friend", "non_family", "Friend", "Друг", "Досы"),
        _t("neighbour", "non_family", "Neighbour", "Сосед", "Көршісі"),
        _t("colleague", "non_family", "Colleague", "Коллега", "Әріптесі"),
        _t("fellow_detainee", "non_family", "Fellow detainee", "Сокамерник", "Бірге қамалған адам"),
        _t("other", None, "Other", "Другое", "Басқа"),
    ),
    "ethnicity": (
        _t("kazakh", None, "Kazakh", "Казах", "Қазақ"),
        _t("uyghur", None, "Uyghur", "Уйгур", "Ұйғыр"),
        _t("kyrgyz", None, "Kyrgyz", "Киргиз", "Қырғыз"),
        _t("hui", None, "Hui", "Хуэй (дунганин)", "Дүнген"),
        _t("uzbek", None, "Uzbek", "Узбек", "Өзбек"),
        _t("tatar", None, "Tatar", "Татарин", "Татар"),
        _t("tajik", None, "Tajik", "Таджик", "Тәжік"),
        _t("mongol", None, "Mongol", "Монгол", "Моңғол"),
        _t("han", None, "Han", "Ханец", "Хань"),
        _t("other", None, "Other", "Другое", "Басқа"),
    ),
    "place_type": (
        _t(
            "administrative",
            None,
            "Administrative division",
            "Административная единица",
            "Әкімшілік бөлініс",
        ),
        _t("country", "administrative", "Country", "Страна", "Ел"),
        _t(
            "region",
            "administrative",
            "Region (province level)",
            "Регион (уровень провинции)",
            "Аймақ (өлке деңгейі)",
        ),
        _t("prefecture", "administrative", "Prefecture", "Округ (префектура)", "Округ (аймақ)"),
        _t("county", "administrative", "County or city", "Уезд или город", "Аудан немесе қала"),
        _t("township", "administrative", "Township", "Волость (посёлок)", "Ауылдық округ"),
        _t("village", "administrative", "Village", "Село", "Ауыл"),
        _t("facility", None, "Detention facility", "Место заключения", "Қамау орны"),
        _t("address", None, "Exact address", "Точный адрес", "Нақты мекенжай"),
        _t("other", None, "Other place", "Другое место", "Басқа орын"),
    ),
    "facility_type": (
        _t(
            "camp",
            None,
            'Internment camp ("vocational training centre")',
            "Лагерь («центр профессионального обучения»)",
            "Лагерь («кәсіптік оқыту орталығы»)",
        ),
        _t(
            "detention_centre",
            None,
            "Detention centre",
            "Следственный изолятор",
            "Тергеу изоляторы",
        ),
        _t("prison", None, "Prison", "Тюрьма", "Түрме"),
        _t("police_station", None, "Police station", "Полицейский участок", "Полиция бөлімшесі"),
        _t(
            "forced_labour_site",
            None,
            "Forced labour site",
            "Место принудительного труда",
            "Мәжбүрлі еңбек орны",
        ),
        _t("other", None, "Other facility", "Другое учреждение", "Басқа мекеме"),
    ),
    "person_status": (
        _t("detained", None, "Detained", "Под стражей", "Қамауда"),
        _t("sentenced", None, "Sentenced", "Осуждён", "Сотталған"),
        _t("released", None, "Released", "Освобождён", "Босатылған"),
        _t("missing", None, "Missing", "Пропал без вести", "Хабарсыз"),
        _t("dead", None, "Dead", "Умер", "Қайтыс болған"),
        _t("exiled", None, "In exile", "В эмиграции", "Шетелде"),
        _t("unknown", None, "Unknown", "Неизвестно", "Белгісіз"),
    ),
    "case_status": (
        _t("open", None, "Open", "Открыто", "Ашық"),
        _t("under_review", None, "Under review", "На проверке", "Тексерілуде"),
        _t("verified", None, "Verified", "Проверено", "Тексерілген"),
        _t("closed", None, "Closed", "Закрыто", "Жабық"),
    ),
    "role": (
        _t("victim", None, "Victim", "Пострадавший", "Жәбірленуші"),
        _t("witness", None, "Witness", "Свидетель", "Куәгер"),
        _t("relative", None, "Relative", "Родственник", "Туысы"),
        _t("interviewer", None, "Interviewer", "Интервьюер", "Сұхбат алушы"),
        _t("interpreter", None, "Interpreter", "Переводчик", "Аудармашы"),
        _t("perpetrator", None, "Perpetrator", "Исполнитель нарушения", "Құқық бұзушы"),
        _t("source", None, "Other source", "Другой источник", "Басқа дереккөз"),
    ),
    "sex": (
        _t("male", None, "Male", "Мужской", "Ер"),
        _t("female", None, "Female", "Женский", "Әйел"),
        _t("unknown", None, "Unknown", "Неизвестно", "Белгісіз"),
    ),
    "name_type": (
        _t("preferred", None, "Preferred name", "Основное имя", "Негізгі есімі"),
        _t("alias", None, "Alias", "Другое имя", "Басқа есімі"),
        _t("id_document", None, "As on ID document", "Как в документе", "Құжаттағыдай"),
        _t("as_given", None, "As given by the witness", "Со слов свидетеля", "Куәгердің айтуынша"),
    ),
    "identifier_scheme": (
        _t(
            "prc_resident_id",
            None,
            "PRC resident ID number",
            "Номер удостоверения личности КНР",
            "ҚХР жеке куәлік нөмірі",
        ),
        _t("passport", None, "Passport number", "Номер паспорта", "Төлқұжат нөмірі"),
        _t(
            "external_db",
            None,
            "External database entry",
            "Запись во внешней базе",
            "Сыртқы дерекқордағы жазба",
        ),
        _t(
            "org_case_number",
            None,
            "Organisation's case number",
            "Номер дела организации",
            "Ұйымның іс нөмірі",
        ),
    ),
    "contact_kind": (
        _t("phone", None, "Phone", "Телефон", "Телефон"),
        _t("email", None, "E-mail", "Эл. почта", "Эл. пошта"),
        _t("messenger", None, "Messenger", "Мессенджер", "Мессенджер"),
        _t("address", None, "Address", "Адрес", "Мекенжай"),
        _t("other", None, "Other", "Другое", "Басқа"),
    ),
    "testimony_mode": (
        _t("in_person", None, "In person", "Лично", "Бетпе-бет"),
        _t("phone", None, "By phone", "По телефону", "Телефон арқылы"),
        _t("video", None, "By video call", "По видеосвязи", "Бейне байланыс арқылы"),
    ),
    "consent_use": (
        _t("internal", None, "Internal use", "Для внутреннего использования", "Ішкі пайдалану"),
        _t(
            "un_submission",
            None,
            "UN or government submission",
            "Обращение в ООН или к правительствам",
            "БҰҰ-ға немесе үкіметтерге жолдау",
        ),
        _t("legal", None, "Legal proceedings", "Судебные разбирательства", "Сот ісі"),
        _t("public", None, "Publication", "Публикация", "Жариялау"),
    ),
    "sensitivity": (
        _t("public", None, "Public", "Открыто", "Ашық"),
        _t("internal", None, "Internal", "Для внутреннего пользования", "Ішкі"),
        _t("confidential", None, "Confidential", "Конфиденциально", "Құпия"),
        _t("restricted", None, "Restricted", "Строго ограничено", "Қатаң шектеулі"),
    ),
    "attachment_role": (
        _t(
            "evidentiary_original",
            None,
            "Evidentiary original",
            "Оригинал-доказательство",
            "Түпнұсқа дәлел",
        ),
        _t("working_copy", None, "Working copy", "Рабочая копия", "Жұмыс көшірмесі"),
    ),
    "annotation_kind": (
        _t("note", None, "Note", "Заметка", "Ескертпе"),
        _t("verification", None, "Verification", "Проверка", "Тексеру"),
    ),
    "verification_grade": (
        _t("unverified", None, "Unverified", "Не проверено", "Тексерілмеген"),
        _t("plausible", None, "Plausible", "Правдоподобно", "Шындыққа жақын"),
        _t(
            "corroborated",
            None,
            "Corroborated",
            "Подтверждено другими источниками",
            "Басқа дереккөздермен расталған",
        ),
        _t("verified", None, "Verified", "Проверено", "Тексерілген"),
        _t("disputed", None, "Disputed", "Оспаривается", "Даулы"),
    ),
    "custody_action": (
        _t("created", None, "Created", "Создано", "Құрылды"),
        _t("edited", None, "Edited", "Изменено", "Өзгертілді"),
        _t("sealed", None, "Sealed", "Запечатано", "Мөрленді"),
        _t("attached", None, "File attached", "Файл прикреплён", "Файл тіркелді"),
        _t("exported", None, "Exported", "Экспортировано", "Экспортталды"),
        _t("imported", None, "Imported", "Импортировано", "Импортталды"),
        _t("merged", None, "Merged", "Объединено", "Біріктірілді"),
        _t("redacted", None, "Redacted", "Отредактировано (скрыто)", "Жасырылды"),
        _t("deleted", None, "Deleted", "Удалено", "Жойылды"),
    ),
    "date_precision": (
        _t("exact", None, "Exact day", "Точная дата", "Нақты күн"),
        _t("month", None, "Month", "Месяц", "Ай"),
        _t("year", None, "Year", "Год", "Жыл"),
        _t("estimate", None, "Estimate", "Приблизительно", "Шамамен"),
    ),
}

_INDEX: dict[str, dict[str, Term]] = {
    scheme: {term.code: term for term in terms} for scheme, terms in SCHEMES.items()
}


def is_code(scheme: str, code: str) -> bool:
    return code in _INDEX.get(scheme, {})


def term(scheme: str, code: str) -> Term:
    return _INDEX[scheme][code]


def codes(scheme: str) -> tuple[str, ...]:
    return tuple(_INDEX[scheme])


def label(scheme: str, code: str, locale: str = "en") -> str:
    """A term's label in ``locale`` (en, ru, kk, ug, zh; English for any other)."""
    found = _INDEX[scheme][code]
    if locale in _EXTRA:
        extra = _UG_ZH.get((scheme, code))
        return extra[_EXTRA[locale]] if extra else found.en
    return found.label(locale)


def ancestors(scheme: str, code: str) -> tuple[str, ...]:
    """Parents from the nearest up to the root."""
    found: list[str] = []
    parent = _INDEX[scheme][code].parent
    while parent is not None:
        found.append(parent)
        parent = _INDEX[scheme][parent].parent
    return tuple(found)


def descendants(scheme: str, code: str) -> tuple[str, ...]:
    """The code itself and every narrower term (for searches by a broader term)."""
    out = [code]
    for term_ in SCHEMES[scheme]:
        if code in ancestors(scheme, term_.code):
            out.append(term_.code)
    return tuple(out)


def seed_rows() -> Iterator[tuple[str, str, str | None, int, str, str, str]]:
    """(scheme, code, parent, position, en, ru, kk) for the migration."""
    for scheme, terms in SCHEMES.items():
        for position, t in enumerate(terms):
            yield scheme, t.code, t.parent, position, t.en, t.ru, t.kk
