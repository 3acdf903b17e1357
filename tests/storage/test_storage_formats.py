"""Golden files and pinned encodings: case JSON v1, revision envelopes, custody hashes.

If one of these fails, a format changed: bump its version and keep reading the old one
(docs/design.md §12.9), do not just update the expected values.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.domain import canonical
from amanat.domain.model import RecordKind
from amanat.services import cases as service
from amanat.storage import custody, history
from amanat.storage.vault import Vault
from support.paths import DATA

CASE_JSON = DATA / "case-json"
ID = re.compile(r"^[0-9a-f]{32}$")


def _load(name: str) -> Any:
    return json.loads((CASE_JSON / name).read_text(encoding="utf-8"))


def _normalise_ids(value: Any, seen: dict[str, str] | None = None) -> Any:
    """Replace ids by their order of first appearance (ids are random per vault)."""
    seen = {} if seen is None else seen
    if isinstance(value, dict):
        return {k: _normalise_ids(v, seen) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise_ids(v, seen) for v in value]
    if isinstance(value, str) and ID.match(value):
        return seen.setdefault(value, f"id{len(seen)}")
    return value


def _without_times(doc: dict[str, Any]) -> dict[str, Any]:
    return {**doc, "created": None, "updated": None}


def test_golden_full_form_reproduces_exactly(vault: Vault) -> None:
    golden = _load("v1-full.json")
    case_id = service.add_case(vault, copy.deepcopy(golden)).id
    assert case_id == golden["id"]
    assert _without_times(service.get_case(vault, case_id)) == golden


def test_golden_input_gives_the_golden_full_form(vault: Vault) -> None:
    shown = service.get_case(vault, service.add_case(vault, _load("v1-input.json")).id)
    golden = _load("v1-full.json")
    golden["relationships"] = []  # added to the golden full form by hand
    assert _normalise_ids(_without_times(shown)) == _normalise_ids(golden)


def test_issue_example_file(vault: Vault) -> None:
    shown = service.get_case(vault, service.add_case(vault, _load("issue-example.json")).id)
    assert shown["testimonies"][0]["relation"] == "sister"


def test_revision_envelope_is_pinned() -> None:
    content = {"names": [{"text": "Ержан", "script": "kk-Cyrl"}], "n": 1, "ok": True, "none": None}
    rev = history.make_revision(
        RecordKind.PERSON,
        "0190a1b2c3d4e5f60718293a4b5c6d7e",
        content,
        parents=["b" * 64, "a" * 64],
        author=bytes(range(32)),
        created="2024-05-01T12:00:00.000000Z",
    )
    body = '{"n":1,"names":[{"script":"kk-Cyrl","text":"Ержан"}],"none":null,"ok":true}'
    assert rev.content == body.encode("utf-8")
    envelope = (
        '{"author":"' + bytes(range(32)).hex() + '",'
        '"content_sha256":"' + hashlib.sha256(body.encode()).hexdigest() + '",'
        '"created":"2024-05-01T12:00:00.000000Z",'
        '"id":"0190a1b2c3d4e5f60718293a4b5c6d7e","kind":"person",'
        '"parents":["' + "a" * 64 + '","' + "b" * 64 + '"],"v":1}'
    )
    assert rev.rev_id == hashlib.sha256(envelope.encode()).hexdigest()
    assert rev.rev_id == "08fa850c62fe0ef944c29fe76111268ed25e1b96d4d67a263f0ce0c345b565cc"


def test_custody_entry_hash_is_pinned() -> None:
    fields = dict(
        seq=1,
        time="2024-05-01T12:00:00.000000Z",
        actor=bytes(range(32)),
        action="created",
        record_kind="case",
        record_id="0190a1b2c3d4e5f60718293a4b5c6d7e",
        case_id="0190a1b2c3d4e5f60718293a4b5c6d7e",
        counterpart=None,
        detail='{"events":1}',
        prev_hash=bytes(32),
    )
    expected = hashlib.sha256(
        b"amanat/custody/v1\x00"
        + (
            '[1,"2024-05-01T12:00:00.000000Z","' + bytes(range(32)).hex() + '","created",'
            '"case","0190a1b2c3d4e5f60718293a4b5c6d7e","0190a1b2c3d4e5f60718293a4b5c6d7e",'
            'null,"{\\"events\\":1}","' + "00" * 32 + '"]'
        ).encode()
    ).hexdigest()
    assert custody.compute_hash(**fields).hex() == expected  # type: ignore[arg-type]
    assert expected == "ed9e338c8a11d58b6a0d6a8ba540d0c1dd567b6687a71603f98bec97d013d9a3"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.text(st.characters(blacklist_categories=("Cs",))),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200)
@given(json_values)
def test_canonical_round_trip(value: Any) -> None:
    data = canonical.encode(value)
    assert canonical.decode(data) == value
    assert canonical.encode(json.loads(data)) == data
