"""Trust between vaults (docs/trust.md): the attacks of issue 9, each through real vaults,
real bundles and the CLI.

The world: Field A records a case and sends it to HQ; HQ sends it to Field B. B is a
verified contact of HQ and knows A's card, and B is malicious: it controls its own
vault, so it can put anything in its history before sealing a bundle to HQ (that is
what ``plant`` does: a revision written straight into B's storage, as a modified
Amanat would). Each test says what B tries and what HQ must do.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.bundles import sealing
from amanat.bundles.redaction import ALLOWED_FIELDS
from amanat.cli.main import run_cli
from amanat.domain.errors import BundleError, TrustError
from amanat.domain.model import CaseStatus, ConsentUse, RecordKind, Seal
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage import history, records
from amanat.storage.db import transaction
from amanat.storage.history import Author, Revision
from amanat.storage.vault import Vault
from support.bundles import decrypt_payload
from support.paths import DATA
from support.vaults import TEST_PASSPHRASE, add_case, befriend, new_vault, vault_digest


@dataclass
class World:
    a: Vault
    hq: Vault
    b: Vault
    folder: Path
    case_id: str
    testimony_id: str


def send(sender: Vault, to: Vault, world: World, **options: Any) -> Any:
    """Seal every case of ``sender`` for ``to`` and open it there."""
    return bundle_service.open_bundle(to, seal_only(sender, to, world, **options))


def seal_only(sender: Vault, to: Vault, world: World, **options: Any) -> Path:
    name = to.identity.display_name
    options.setdefault("all_cases", True)
    return bundle_service.seal_bundle(sender, [name], world.folder, **options).path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    a = new_vault(tmp_path / "a", "Field A")
    hq = new_vault(tmp_path / "hq", "HQ")
    b = new_vault(tmp_path / "b", "Field B")
    befriend(a, hq)
    befriend(hq, b)
    befriend(a, b, verified=False)  # cards exchanged, never compared
    folder = tmp_path / "out"
    folder.mkdir()
    case_id = add_case(a, title="Detention of Erzhan")
    testimony_id = case_service.get_case(a, case_id)["testimonies"][0]["id"]
    w = World(a, hq, b, folder, case_id, testimony_id)
    send(a, hq, w)
    send(hq, b, w)
    try:
        yield w
    finally:
        for vault in (a, hq, b):
            vault.lock()


def plant(vault: Vault, rev: Revision) -> None:
    """What a modified Amanat in the attacker's vault can do: put any revision in its
    own history as the head, so that its next bundle carries it."""
    conn = vault.connection()
    with transaction(conn):
        history.insert(conn, rev)
        history.set_heads(conn, rev.kind, rev.record_id, [rev.rev_id])
        records.project(conn, records.load_revision_record(rev), rev, first=False)


def edited_case(vault: Vault, case_id: str, **changes: Any) -> tuple[Any, list[str]]:
    conn = vault.connection()
    case = records.load(conn, RecordKind.CASE, case_id)
    return dataclasses.replace(case, **changes), history.heads(conn, case_id)


def refused(vault: Vault, path: Path, code: str) -> BundleError:
    before = vault_digest(vault)
    with pytest.raises(BundleError) as info:
        bundle_service.open_bundle(vault, path)
    assert info.value.code == code, (info.value.code, info.value.params)
    assert vault_digest(vault) == before
    return info.value


# -- 1. authorship is proven, not claimed ----------------------------------------------


def test_local_revisions_are_signed_by_the_vault(world: World) -> None:
    conn = world.a.connection()
    revs = history.revisions(conn, world.case_id)
    assert revs and all(r.signature_valid() for r in revs)
    assert all(r.author == world.a.identity.public.signing for r in revs)
    # and HQ keeps A's signatures as they came
    at_hq = history.revisions(world.hq.connection(), world.case_id)
    assert [r.signature for r in at_hq] == [r.signature for r in revs]
    shown = case_service.case_history(world.hq, world.case_id)
    assert shown and all(entry["signed"] for entry in shown)


def test_an_edit_under_another_authors_name_is_refused(world: World) -> None:
    """B rewrites A's case and names A as the author (old code: HQ fast-forwarded it
    with author = A's key). B cannot sign as A: unsigned, it is refused."""
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    forged = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=world.a.identity.public.signing,
    )
    plant(world.b, forged)
    path = seal_only(world.b, world.hq, world)
    report = bundle_service.inspect_bundle(world.hq, path)  # inspect says so too
    assert not report["verified"] and report["error"] == "bundle.unsigned_author"
    refused(world.hq, path, "bundle.unsigned_author")
    assert case_service.get_case(world.hq, world.case_id)["title"] == "Detention of Erzhan"


def attackers_seal(sender: Vault, to: Vault, world: World, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What a modified Amanat seals: without the check of relayed signatures."""
    with monkeypatch.context() as patched:
        patched.setattr(sealing, "check_relayed", lambda *_a, **_k: None)
        return seal_only(sender, to, world)


def test_a_revision_signed_by_someone_else_than_its_author_is_refused(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    b_key = Author(world.b.identity.ed25519_private)
    forged = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=world.a.identity.public.signing,
        sign=b_key.sign,  # B's signature under A's name
    )
    plant(world.b, forged)
    # An honest Amanat will not pass it on...
    with pytest.raises(BundleError) as info:
        seal_only(world.b, world.hq, world)
    assert info.value.code == "bundle.relay_signature"
    # ...and the receiver refuses it from a modified one.
    path = attackers_seal(world.b, world.hq, world, monkeypatch)
    refused(world.hq, path, "bundle.revision_signature")


def test_a_damaged_signature_on_the_senders_own_revision(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundle's signature proves what its sender wrote (each entry's hash is in the
    signed header), so HQ takes B's own edit without checking its signature one by one
    (it arrives as a proposal: B does not own the case). The damaged signature cannot
    travel further: HQ's seal refuses to relay it, and a third vault refuses it."""
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    b_key = Author(world.b.identity.ed25519_private)
    good = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=b_key.key,
        sign=b_key.sign,
    )
    assert good.signature is not None
    bad = dataclasses.replace(good, signature=bytes([good.signature[0] ^ 1]) + good.signature[1:])
    plant(world.b, bad)
    bundle_service.open_bundle(world.hq, seal_only(world.b, world.hq, world))
    assert case_service.get_case(world.hq, world.case_id)["title"] == "Detention of Erzhan"
    with pytest.raises(BundleError) as info:
        seal_only(world.hq, world.a, world)
    assert info.value.code == "bundle.relay_signature"
    refused(
        world.a, attackers_seal(world.hq, world.a, world, monkeypatch), "bundle.revision_signature"
    )


def test_an_author_nobody_knows_is_refused(world: World) -> None:
    stranger = Author(os.urandom(32))
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    rev = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=stranger.key,
        sign=stranger.sign,
    )
    plant(world.b, rev)
    error = refused(world.hq, seal_only(world.b, world.hq, world), "bundle.unknown_author")
    assert error.params["kind"] == "case"


def test_a_forwarded_record_needs_its_authors_card(world: World, tmp_path: Path) -> None:
    """C knows HQ but not A: A's signed revisions forwarded by HQ are refused."""
    c = new_vault(tmp_path / "c", "Lawyer")
    try:
        befriend(world.hq, c)
        refused(c, seal_only(world.hq, c, world), "bundle.unknown_author")
        contact_service.add_contact(c, contact_service.own_card(world.a), verified=False)
        result = bundle_service.open_bundle(c, seal_only(world.hq, c, world))
        assert result.cases == [world.case_id]
    finally:
        c.lock()


# -- 2. records have an owner ----------------------------------------------------------


def b_writes(world: World, record: Any) -> None:
    """B edits its copy of A's record the ordinary way: a revision B signs."""
    conn = world.b.connection()
    with transaction(conn):
        records.write(conn, record, author=case_service.revision_author(world.b))


def pending_of(vault: Vault, case_id: str, record_id: str) -> list[dict[str, Any]]:
    for conflict in case_service.get_case(vault, case_id)["conflicts"]:
        if conflict["record_id"] == record_id:
            result: list[dict[str, Any]] = conflict["pending"]
            return result
    return []


def test_b_edit_of_as_case_arrives_at_hq_as_a_proposal(
    world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old code: a silent fast-forward (title changed, status closed at HQ)."""
    case, _ = edited_case(world.b, world.case_id, title="Nothing happened")
    b_writes(world, dataclasses.replace(case, status=CaseStatus.CLOSED))
    shown_before = case_service.record_heads(world.hq, world.case_id)
    result = send(world.b, world.hq, world)
    assert result.outcomes.get("proposal") == 1 and "fast_forward" not in result.outcomes
    assert result.proposals == [world.case_id]
    doc = case_service.get_case(world.hq, world.case_id)
    assert doc["title"] == "Detention of Erzhan" and doc["status"] == "open"
    (pending,) = pending_of(world.hq, world.case_id, world.case_id)
    assert pending["author_name"] == "Field B" and not pending["author_is_owner"]
    assert pending["signed"]
    assert set(shown_before) < set(case_service.record_heads(world.hq, world.case_id))
    merged = [
        e for e in case_service.custody_log(world.hq, world.case_id) if e["action"] == "merged"
    ]
    assert merged[-1]["detail"]["pending"] is True
    # A person at HQ accepts it with the CLI.
    path = world.hq.path
    world.hq.lock()
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    code = run_cli(["case", "show", world.case_id, "--vault", str(path)])
    out, err = capsys.readouterr()
    assert code == 0 and f"version {pending['rev_id']} by Field B" in out
    code = run_cli(["case", "accept", world.case_id, pending["rev_id"], "--vault", str(path)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "") and "accepted" in out
    code = run_cli(["case", "show", world.case_id, "--json", "--vault", str(path)])
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == "Nothing happened" and shown["conflicts"] == []
    world.hq = Vault.unlock(path, TEST_PASSPHRASE)
    decision = [e for e in case_service.custody_log(world.hq, world.case_id)][-1]
    assert decision["action"] == "merged" and decision["detail"]["decision"] == "accepted"
    # Accepting twice is refused with a typed error.
    with pytest.raises(TrustError) as info:
        case_service.accept_head(world.hq, world.case_id, pending["rev_id"])
    assert info.value.code == "trust.not_pending"


def test_the_owners_edit_still_fast_forwards_through_hq(world: World) -> None:
    case_service.update_case(world.a, world.case_id, status="under_review")
    assert send(world.a, world.hq, world).outcomes.get("fast_forward") == 1
    assert send(world.hq, world.b, world).outcomes.get("fast_forward") == 1
    assert case_service.get_case(world.b, world.case_id)["status"] == "under_review"


def test_a_declined_proposal_stays_in_the_history(world: World) -> None:
    case, _ = edited_case(world.b, world.case_id, title="Nothing happened")
    b_writes(world, case)
    send(world.b, world.hq, world)
    (pending,) = pending_of(world.hq, world.case_id, world.case_id)
    case_service.decline_head(world.hq, world.case_id, pending["rev_id"])
    assert case_service.get_case(world.hq, world.case_id)["title"] == "Detention of Erzhan"
    assert len(case_service.record_heads(world.hq, world.case_id)) == 1
    assert history.exists(world.hq.connection(), pending["rev_id"])


def test_bs_sealed_testimony_never_replaces_as_draft(world: World) -> None:
    """Old code: "sealed wins" put B's sealed version in place of A's draft."""
    testimony = records.load(world.b.connection(), RecordKind.TESTIMONY, world.testimony_id)
    b_key = case_service.revision_author(world.b)
    rewritten = dataclasses.replace(testimony, narrative="He was never detained.")
    sealed_at = history.utc_now()
    signature = b_key.sign(records.seal_message(rewritten, sealed_at, b_key.key))
    sealed = dataclasses.replace(
        rewritten, seal=Seal(sealed_at=sealed_at, signer=b_key.key, signature=signature)
    )
    b_writes(world, sealed)
    result = send(world.b, world.hq, world)
    assert "sealed_wins" not in result.outcomes
    shown = records.load(world.hq.connection(), RecordKind.TESTIMONY, world.testimony_id)
    assert shown.seal is None and shown.narrative == testimony.narrative
    (pending,) = pending_of(world.hq, world.case_id, world.testimony_id)
    assert pending["sealed"] and not pending["author_is_owner"]
    with pytest.raises(TrustError) as info:
        case_service.accept_head(world.hq, world.testimony_id, pending["rev_id"])
    assert info.value.code == "trust.foreign_seal"


def test_only_the_owner_seals(world: World) -> None:
    with pytest.raises(TrustError) as info:
        case_service.seal_testimony(world.hq, world.testimony_id)
    assert info.value.code == "trust.not_owner"
    case_service.seal_testimony(world.a, world.testimony_id)
    result = send(world.a, world.hq, world)
    assert result.outcomes.get("fast_forward") == 1
    assert case_service.verify_testimony(world.hq, world.testimony_id)


def test_the_owners_seal_still_wins_over_a_draft_edited_elsewhere(world: World) -> None:
    testimony = records.load(world.hq.connection(), RecordKind.TESTIMONY, world.testimony_id)
    conn = world.hq.connection()
    with transaction(conn):
        records.write(
            conn,
            dataclasses.replace(testimony, narrative="HQ's reading."),
            author=case_service.revision_author(world.hq),
        )
    case_service.seal_testimony(world.a, world.testimony_id)
    result = send(world.a, world.hq, world)
    assert result.outcomes.get("sealed_wins") == 1
    assert case_service.verify_testimony(world.hq, world.testimony_id)


def test_consent_widening_is_never_silent(world: World) -> None:
    """Old code: B widened consent to public use with the speaker named, and HQ took it
    as a fast-forward with nothing in the custody log."""
    testimony = records.load(world.b.connection(), RecordKind.TESTIMONY, world.testimony_id)
    wider = dataclasses.replace(
        testimony.consent,
        may_name=True,
        uses=frozenset({*testimony.consent.uses, ConsentUse.PUBLIC}),
    )
    b_writes(world, dataclasses.replace(testimony, consent=wider))
    send(world.b, world.hq, world)
    shown = records.load(world.hq.connection(), RecordKind.TESTIMONY, world.testimony_id)
    assert shown.consent == testimony.consent
    (pending,) = pending_of(world.hq, world.case_id, world.testimony_id)
    assert pending["consent_changed"]
    log = case_service.custody_log(world.hq, world.case_id)
    merged = [e for e in log if e["action"] == "merged" and e["record_id"] == world.testimony_id]
    assert merged and merged[-1]["detail"]["consent_changed"] is True
    assert merged[-1]["counterpart"] == world.b.identity.fingerprint
    # Accepting it is its own attributed event: who, from what, to what.
    case_service.accept_head(world.hq, world.testimony_id, pending["rev_id"])
    (event,) = [
        e
        for e in case_service.custody_log(world.hq, world.case_id)
        if e["detail"].get("event") == "consent_changed"
    ]
    assert event["record_id"] == world.testimony_id
    assert event["actor"] == world.hq.identity.public.signing.hex()
    assert "public" in event["detail"]["to"]["uses"]
    assert "public" not in event["detail"]["from"]["uses"]


def test_a_local_consent_change_is_its_own_custody_event(world: World) -> None:
    doc = case_service.get_case(world.a, world.case_id)["testimonies"][0]
    doc = {**doc, "consent": {**doc["consent"], "uses": ["internal", "legal", "public"]}}
    case_service.update_testimony_draft(world.a, world.testimony_id, doc)
    events = [
        e
        for e in case_service.custody_log(world.a, world.case_id)
        if e["detail"].get("event") == "consent_changed"
    ]
    assert len(events) == 1 and events[0]["actor"] == world.a.identity.public.signing.hex()


def test_every_import_leaves_custody_on_the_cases_it_touched(world: World) -> None:
    """Old code: the testimony's change was not named in the case's custody log."""
    doc = case_service.get_case(world.a, world.case_id)["testimonies"][0]
    case_service.update_testimony_draft(
        world.a, world.testimony_id, {**doc, "narrative": "Corrected by the interviewer."}
    )
    result = send(world.a, world.hq, world)
    assert result.outcomes.get("fast_forward") == 1
    imported = [
        e for e in case_service.custody_log(world.hq, world.case_id) if e["action"] == "imported"
    ]
    last = imported[-1]
    assert last["counterpart"] == world.a.identity.fingerprint
    assert last["detail"]["records"] == {world.testimony_id: ["fast_forward"]}
    assert last["detail"]["bundle"] == result.bundle_id


# -- 3. received content is rebuilt from the schema ------------------------------------

HIDDEN = "zz_exact_address"
MARKER = "Building 7, flat 12, Unity Road"


def with_hidden_field(vault: Vault, world: World, author: Author) -> str:
    """The person of concern gains a field no schema knows, in a revision ``author``
    signs; returns the person's id."""
    conn = vault.connection()
    person_id = records.load(conn, RecordKind.CASE, world.case_id).person_id
    (head,) = history.head_revisions(conn, person_id)
    rev = history.make_revision(
        RecordKind.PERSON,
        person_id,
        {**head.value(), HIDDEN: MARKER},
        parents=[head.rev_id],
        author=author.key,
        sign=author.sign,
    )
    plant(vault, rev)
    return person_id


def test_an_unknown_field_refuses_the_bundle(world: World) -> None:
    """Old code: HQ stored the hidden field and sent it on under every profile."""
    with_hidden_field(world.b, world, case_service.revision_author(world.b))
    error = refused(world.hq, seal_only(world.b, world.hq, world), "bundle.unknown_field")
    assert error.params["kind"] == "person"
    assert MARKER not in str(error)


def test_an_unknown_field_already_stored_never_leaves_under_advocacy(
    world: World, tmp_path: Path
) -> None:
    """A vault that stored such a field before this check (or by any other way) still
    never sends it under a redacting profile: redaction is an allow-list."""
    lawyer = new_vault(tmp_path / "lawyer", "Lawyer")
    try:
        befriend(world.hq, lawyer)
        contact_service.add_contact(lawyer, contact_service.own_card(world.a), verified=False)
        with_hidden_field(world.hq, world, case_service.revision_author(world.hq))
        for profile in ("advocacy", "no-contacts"):
            path = seal_only(world.hq, lawyer, world, profile=profile)
            plain = decrypt_payload(path.read_bytes(), lawyer)
            assert HIDDEN.encode() not in plain and MARKER.encode() not in plain
        # Under full everything is sent as it is, and the receiver refuses it.
        refused(lawyer, seal_only(world.hq, lawyer, world), "bundle.unknown_field")
    finally:
        lawyer.lock()


def test_the_allow_lists_name_every_field_of_the_schema(world: World) -> None:
    """A field added to the schema must be added to ALLOWED_FIELDS (or deliberately
    not) before a redacting profile sends it: here the lists and the schema agree."""
    assert set(ALLOWED_FIELDS) == set(RecordKind)
    conn = world.a.connection()
    seen: set[RecordKind] = set()
    for (rev_id,) in conn.execute("SELECT rev_id FROM revision").fetchall():
        rev = history.get(conn, rev_id)
        assert set(rev.value()) == ALLOWED_FIELDS[rev.kind], rev.kind
        seen.add(rev.kind)
    assert {RecordKind.CASE, RecordKind.PERSON, RecordKind.TESTIMONY} <= seen


# -- a malicious verified sender, at random --------------------------------------------

ACTIONS = (
    "title",
    "close",
    "narrative",
    "consent",
    "seal",
    "forge_unsigned",
    "forge_signed",
    "hidden_field",
    "own_case",
)


def _attack(world: World, b: Vault, action: str, n: int) -> None:
    conn = b.connection()
    b_key = case_service.revision_author(b)
    if action in ("title", "close", "forge_unsigned", "forge_signed"):
        case, heads = edited_case(b, world.case_id, title=f"Rewritten {n}")
        if action == "close":
            case = dataclasses.replace(case, status=CaseStatus.CLOSED)
        if action == "title" or action == "close":
            with transaction(conn):
                records.write(conn, case, author=b_key)
            return
        rev = history.make_revision(
            RecordKind.CASE,
            world.case_id,
            case.to_content(),
            parents=heads,
            author=world.a.identity.public.signing,
            sign=b_key.sign if action == "forge_signed" else None,
        )
        plant(b, rev)
        return
    if action == "own_case":
        add_case(b, title=f"B's own case {n}")
        return
    if action == "hidden_field":
        with_hidden_field(b, world, b_key)
        return
    testimony = records.load(conn, RecordKind.TESTIMONY, world.testimony_id)
    if testimony.seal is not None:
        return  # B sealed it already: Amanat refuses to edit a sealed testimony
    if action == "narrative":
        changed = dataclasses.replace(testimony, narrative=f"B's version {n}.")
    elif action == "consent":
        changed = dataclasses.replace(
            testimony,
            consent=dataclasses.replace(
                testimony.consent, may_name=True, uses=frozenset(ConsentUse)
            ),
        )
    else:
        sealed_at = history.utc_now()
        signature = b_key.sign(records.seal_message(testimony, sealed_at, b_key.key))
        changed = dataclasses.replace(
            testimony, seal=Seal(sealed_at=sealed_at, signer=b_key.key, signature=signature)
        )
    with transaction(conn):
        records.write(conn, changed, author=b_key)


def _shown_of_owned_by(vault: Vault, owner: bytes) -> dict[str, str | None]:
    conn = vault.connection()
    result = {}
    for kind, record_id in conn.execute(
        "SELECT DISTINCT record_kind, record_id FROM revision"
    ).fetchall():
        if history.owner(conn, record_id) == owner:
            result[record_id] = records.projected_rev(conn, RecordKind(kind), record_id)
    return result


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(attacks=st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=5))
def test_a_malicious_sender_never_changes_what_it_does_not_own(
    world: World, attacks: list[str]
) -> None:
    """Whatever a verified sender puts in its bundles, every record A owns shows at HQ
    the version it showed before; only a person's decision could change it."""
    a_key = world.a.identity.public.signing
    before = _shown_of_owned_by(world.hq, a_key)
    assert world.case_id in before and world.testimony_id in before
    with tempfile.TemporaryDirectory() as tmp:
        b = new_vault(Path(tmp) / "b", f"Field B {os.urandom(4).hex()}")
        try:
            # B knows the cards of everyone whose revisions HQ holds (earlier Bs too).
            for contact in contact_service.list_contacts(world.hq):
                contact_service.add_contact(b, contact.card, verified=False)
            befriend(world.hq, b)
            bundle_service.open_bundle(b, seal_only(world.hq, b, world))
            for n, action in enumerate(attacks):
                _attack(world, b, action, n)
            try:
                # B's own program seals whatever it planted, unchecked.
                with pytest.MonkeyPatch.context() as patched:
                    patched.setattr(sealing, "check_relayed", lambda *_a, **_k: None)
                    result = send(b, world.hq, world)
            except BundleError as exc:
                assert exc.code in {
                    "bundle.unsigned_author",
                    "bundle.revision_signature",
                    "bundle.unknown_field",
                }
            else:
                assert "sealed_wins" not in result.outcomes
        finally:
            b.lock()
    after = _shown_of_owned_by(world.hq, a_key)
    assert {k: after[k] for k in before} == before
    shown = records.load(world.hq.connection(), RecordKind.TESTIMONY, world.testimony_id)
    assert shown.seal is None


# -- existing vaults -------------------------------------------------------------------


def test_an_old_vault_migrates_and_its_revisions_show_unsigned(tmp_path: Path) -> None:
    """The schema 1 golden vault gains the signature column (schema 3): its revisions stay
    readable, shown as unsigned; a new edit is signed; its own unsigned revisions still
    travel (vouched for by the bundle's signature, being the sender's own)."""
    golden = tmp_path / "golden"
    shutil.copytree(DATA / "golden-vault-v1", golden)
    vault = Vault.unlock(golden, "golden passphrase v1")
    hq = new_vault(tmp_path / "hq", "HQ")
    try:
        (row,) = case_service.list_cases(vault)
        shown = case_service.case_history(vault, row["id"])
        assert shown and not any(entry["signed"] for entry in shown)
        case_service.update_case(vault, row["id"], status="under_review")
        here = case_service.case_history(vault, row["id"])
        signed = [e["signed"] for e in here]
        assert signed[-1] and not any(signed[:-1])
        befriend(vault, hq)
        path = bundle_service.seal_bundle(vault, ["HQ"], tmp_path, all_cases=True).path
        result = bundle_service.open_bundle(hq, path)
        assert result.cases == [row["id"]]
        at_hq = case_service.case_history(hq, row["id"])
        assert {e["rev_id"]: e["signed"] for e in at_hq} == {e["rev_id"]: e["signed"] for e in here}
    finally:
        vault.lock()
        hq.lock()


def test_the_app_says_that_proposals_were_not_applied(world: World, qapp: Any) -> None:
    from amanat.ui.exchange.bundle_dialogs import import_summary

    case, _ = edited_case(world.b, world.case_id, title="Nothing happened")
    b_writes(world, case)
    summary = import_summary(send(world.b, world.hq, world))
    assert "not applied" in summary and "accept or decline" in summary
