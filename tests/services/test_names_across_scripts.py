"""Names across scripts, measured (issue 12, docs/search.md): 32 persons recorded in
Kazakh Cyrillic, Uyghur Arabic script or Chinese characters only, among 500 demo cases,
searched by 94 other spellings. A count, not a timing (latencies: tests/bench)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.domain import names
from amanat.services import search
from amanat.storage import search as search_store
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support import names_corpus
from support.vaults import TEST_PASSPHRASE, create_vault


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, str]]]:
    vault, _code = create_vault(tmp_path_factory.mktemp("names") / "vault")
    try:
        yield vault, names_corpus.build(vault)
    finally:
        vault.lock()


def test_the_corpus_is_what_the_issue_measures() -> None:
    assert len(names_corpus.PERSONS) == 32
    assert len(names_corpus.QUERIES) == 94
    assert {p.script for p in names_corpus.PERSONS} == {"kk-Cyrl", "ug-Arab", "zh-Hans"}


def test_other_spellings_find_the_person_in_the_first_five(
    corpus: tuple[Vault, dict[str, str]],
) -> None:
    vault, cases = corpus
    measured = names_corpus.measure(vault, cases)
    assert measured.found >= names_corpus.GOAL, measured.missed
    # No flooding: a full name never brings more than a hundred cases.
    assert measured.most_results <= names_corpus.MAX_RESULTS


def test_pinyin_and_traditional_characters_find_a_name_kept_in_hanzi_only(
    corpus: tuple[Vault, dict[str, str]],
) -> None:
    vault, cases = corpus
    for query in ("Aierken Tuerxun", "Ài'ěrkěn·Tǔ'ěrxùn", "ai4er3ken3 tu3er3xun4"):
        assert cases["c5"] in [h.case_id for h in search.search_cases(vault, query, 5)], query
    assert cases["c1"] in [h.case_id for h in search.search_cases(vault, "王曉明", 5)]
    hit = search.search_persons(vault, "Wang Xiaoming", 5)[0]
    assert (hit.name, hit.script) == ("王小明", "zh-Hans")
    # Pinyin written as one word, or syllable by syllable
    for query in ("Wangxiaoming", "Wang Xiao Ming"):
        assert cases["c1"] in [h.case_id for h in search.search_cases(vault, query, 5)], query


def test_keys_of_the_names_of_an_older_vault_are_renewed_when_it_is_opened(
    tmp_path: Path,
) -> None:
    vault, _code = create_vault(tmp_path / "old")
    cases = names_corpus.add_persons(vault)
    conn = vault.connection()
    # What the keys of Han names were before pinyin was derived: the Han text itself.
    with transaction(conn):
        conn.execute(
            "UPDATE person_name SET match_key = replace(text, '·', ' ') WHERE script = 'zh-Hans'"
        )
        conn.execute("DELETE FROM meta WHERE key = 'search_keys_version'")
    assert cases["c5"] not in [h.case_id for h in search.search_cases(vault, "Aierken", 5)]
    vault.lock()

    reopened = Vault.unlock(tmp_path / "old", TEST_PASSPHRASE)
    try:
        conn = reopened.connection()
        assert search_store.match_keys_current(conn)
        keys = {
            str(text): str(key)
            for text, key in conn.execute("SELECT text, match_key FROM person_name").fetchall()
        }
        assert keys["艾尔肯·吐尔逊"] == names.match_key("Aierken Tuerxun")
        assert keys["ئەركىن تۇرسۇن"] == names.match_key("Erkin Tursun")
        found = [h.case_id for h in search.search_cases(reopened, "Aierken Tuerxun", 5)]
        assert cases["c5"] in found
        assert search.check_index(reopened)[1] == []
        # Opened again: nothing left to renew.
        with transaction(conn):
            assert search_store.refresh_match_keys(conn) == 0
    finally:
        reopened.lock()


def test_keys_made_by_a_newer_program_are_all_made_again(tmp_path: Path) -> None:
    vault, _code = create_vault(tmp_path / "newer")
    cases = names_corpus.add_persons(vault)
    conn = vault.connection()
    with transaction(conn):
        conn.execute("UPDATE person_name SET match_key = 'zzz' WHERE text = 'Ержан Бекболатұлы'")
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'search_keys_version'")
    vault.lock()

    reopened = Vault.unlock(tmp_path / "newer", TEST_PASSPHRASE)
    try:
        assert search_store.match_keys_current(reopened.connection())
        found = [h.case_id for h in search.search_cases(reopened, "Yerzhan Bekbolatuly", 5)]
        assert cases["k1"] in found
    finally:
        reopened.lock()
