"""Import merges histories: add, fast-forward, keep, conflict; sealed testimonies never
conflict; re-import changes nothing; custody log and provenance record every step."""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from amanat.bundles.merge import MergeOutcome, merge_revision
from amanat.domain.model import RecordKind, Testimony
from amanat.services import attachments as attachment_service
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.storage import custody, history, records
from amanat.storage.db import transaction
from amanat.storage.history import make_revision
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, befriend, new_vault, table_digest


@dataclass
class Pair:
    field: Vault
    hq: Vault
    folder: Path

    def send(self, case_ids: list[str], sender: Vault | None = None) -> bundle_service.ImportResult:
        source = sender or self.field
        target = self.hq if source is self.field else self.field
        name = "HQ" if target is self.hq else "Field office"
        path = seal(source, [name], self.folder, case_ids=case_ids)
        return bundle_service.open_bundle(target, path)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    field = new_vault(tmp_path / "field", "Field office")
    hq = new_vault(tmp_path / "hq", "HQ")
    befriend(field, hq)
    try:
        yield Pair(field, hq, tmp_path)
    finally:
        field.lock()
        hq.lock()


def _testimony(vault: Vault, case_id: str) -> Testimony:
    doc = case_service.get_case(vault, case_id)
    loaded: Testimony = records.load(
        vault.connection(), RecordKind.TESTIMONY, doc["testimonies"][0]["id"]
    )
    return loaded


def _edit_draft(vault: Vault, testimony: Testimony, narrative: str) -> None:
    conn = vault.connection()
    with transaction(conn):
        records.write(
            conn,
            dataclasses.replace(testimony, narrative=narrative),
            author=case_service.revision_author(vault),
        )


def test_added_then_fast_forward(pair: Pair) -> None:
    case_id = add_case(pair.field)
    first = pair.send([case_id])
    assert set(first.outcomes) == {"added"} and first.cases == [case_id]
    case_service.update_case(pair.field, case_id, title="Renamed", status="under_review")
    second = pair.send([case_id])
    assert second.outcomes["fast_forward"] == 1 and second.outcomes["duplicate"] >= 4
    shown = case_service.get_case(pair.hq, case_id)
    assert shown["title"] == "Renamed" and shown["status"] == "under_review"
    assert case_service.record_heads(pair.hq, case_id) == case_service.record_heads(
        pair.field, case_id
    )


def test_conflict_keeps_both_heads(pair: Pair) -> None:
    case_id = add_case(pair.field)
    pair.send([case_id])
    case_service.update_case(pair.field, case_id, title="Field's title")
    case_service.update_case(pair.hq, case_id, title="HQ's title")
    result = pair.send([case_id])
    assert result.outcomes["conflict"] == 1 and result.conflicts == [case_id]
    heads = case_service.record_heads(pair.hq, case_id)
    assert len(heads) == 2
    # The projection stays on HQ's own version; both are in the history.
    assert case_service.get_case(pair.hq, case_id)["title"] == "HQ's title"
    titles = {case_service.revision_content(pair.hq, h)["title"] for h in heads}
    assert titles == {"Field's title", "HQ's title"}
    (row,) = case_service.list_cases(pair.hq)
    assert row["in_conflict"]
    merged = [e for e in case_service.custody_log(pair.hq, case_id) if e["action"] == "merged"]
    assert merged and merged[0]["record_id"] == case_id
    # HQ resolves it and sends the resolution back. The field office owns the case, so
    # HQ's resolution waits there as a proposal (docs/trust.md) until a person accepts.
    case_service.update_case(pair.hq, case_id, title="Agreed title")
    back = pair.send([case_id], sender=pair.hq)
    assert back.outcomes["proposal"] == 1 and back.proposals == [case_id]
    assert case_service.get_case(pair.field, case_id)["title"] == "Field's title"
    (pending,) = case_service.get_case(pair.field, case_id)["conflicts"][0]["pending"]
    assert pending["author_name"] == "HQ" and not pending["author_is_owner"]
    case_service.accept_head(pair.field, case_id, pending["rev_id"])
    assert case_service.get_case(pair.field, case_id)["title"] == "Agreed title"
    assert len(case_service.record_heads(pair.field, case_id)) == 1


def test_keep_when_the_local_head_descends(pair: Pair) -> None:
    case_id = add_case(pair.field)
    conn = pair.field.connection()
    (first,) = history.revisions(conn, case_id)
    case_service.update_case(pair.field, case_id, title="Later")
    later = history.head_revisions(conn, case_id)[0]
    # HQ already holds the record (its places and persons via a bundle), then receives a
    # later revision before its ancestor, as a partial (redacted) history can deliver.
    pair.send([case_id])
    hq = pair.hq.connection()
    assert history.exists(hq, later.rev_id) and history.exists(hq, first.rev_id)
    other = make_revision(
        RecordKind.CASE,
        case_id,
        {**first.value(), "title": "An older side branch"},
        parents=[],
        author=first.author,
        created="2000-01-01T00:00:00.000000Z",
    )
    child = make_revision(
        RecordKind.CASE,
        case_id,
        {**first.value(), "title": "Child"},
        parents=[later.rev_id, other.rev_id],
        author=first.author,
    )
    with transaction(hq):
        assert merge_revision(hq, child, origin="test") is MergeOutcome.FAST_FORWARD
        assert merge_revision(hq, other, origin="test") is MergeOutcome.KEPT
    assert history.heads(hq, case_id) == [child.rev_id]


def test_reimport_of_the_same_revisions_changes_no_record(pair: Pair) -> None:
    case_id = add_case(pair.field, attachment=os.urandom(100_000))
    first = pair.send([case_id])
    assert first.attachments_stored == 1
    tables = ("revision", "record_head", "case_file", "person", "testimony", "attachment", "blob")
    before = {t: table_digest(pair.hq, t) for t in tables}
    files = sorted(p.name for p in pair.hq.blobs_dir.iterdir())
    again = pair.send([case_id])  # a new bundle with the same content
    assert set(again.outcomes) == {"duplicate"} and again.attachments_known == 1
    assert again.attachments_stored == 0
    assert {t: table_digest(pair.hq, t) for t in tables} == before
    assert sorted(p.name for p in pair.hq.blobs_dir.iterdir()) == files


def test_sealed_testimony_wins_over_a_local_draft(pair: Pair) -> None:
    case_id = add_case(pair.field)
    pair.send([case_id])
    testimony = _testimony(pair.hq, case_id)
    _edit_draft(pair.hq, testimony, "HQ edited the draft.")
    case_service.seal_testimony(pair.field, testimony.id)
    result = pair.send([case_id])
    assert result.outcomes.get("sealed_wins") == 1 and "conflict" not in result.outcomes
    received = _testimony(pair.hq, case_id)
    assert received.seal is not None and received.narrative == testimony.narrative
    assert case_service.verify_testimony(pair.hq, testimony.id)
    assert len(case_service.record_heads(pair.hq, testimony.id)) == 1
    # HQ's draft edit is still in the history.
    narratives = {
        r.value()["narrative"] for r in history.revisions(pair.hq.connection(), testimony.id)
    }
    assert "HQ edited the draft." in narratives


def test_a_sealed_head_is_never_moved(pair: Pair) -> None:
    # Only the owner seals (docs/trust.md): the field office seals its testimony while
    # HQ, which holds a copy of the draft, goes on editing it.
    case_id = add_case(pair.field)
    pair.send([case_id])
    testimony = _testimony(pair.field, case_id)
    case_service.seal_testimony(pair.field, testimony.id)
    sealed_heads = case_service.record_heads(pair.field, testimony.id)
    _edit_draft(pair.hq, _testimony(pair.hq, case_id), "HQ kept drafting.")
    result = pair.send([case_id], sender=pair.hq)
    assert result.outcomes.get("sealed_kept") == 1 and "conflict" not in result.outcomes
    assert case_service.record_heads(pair.field, testimony.id) == sealed_heads
    assert _testimony(pair.field, case_id).narrative == testimony.narrative
    assert not case_service.list_cases(pair.field)[0]["in_conflict"]


def test_sealed_testimony_travels_and_verifies(pair: Pair) -> None:
    case_id = add_case(pair.field)
    testimony_id = _testimony(pair.field, case_id).id
    case_service.seal_testimony(pair.field, testimony_id)
    pair.send([case_id])
    assert case_service.verify_testimony(pair.hq, testimony_id)
    assert case_service.record_heads(pair.hq, testimony_id) == case_service.record_heads(
        pair.field, testimony_id
    )


def test_custody_and_provenance(pair: Pair) -> None:
    case_a = add_case(pair.field, attachment=os.urandom(5000))
    case_b = add_case(pair.field, title="Second")
    result = pair.send([case_a, case_b])
    hq_fp = pair.hq.identity.fingerprint
    field_fp = pair.field.identity.fingerprint
    for case_id in (case_a, case_b):
        sent = [
            e for e in case_service.custody_log(pair.field, case_id) if e["action"] == "exported"
        ]
        assert len(sent) == 1 and sent[0]["counterpart"] == hq_fp
        assert sent[0]["detail"]["bundle"] == result.bundle_id
        got = case_service.custody_log(pair.hq, case_id)
        assert [e["action"] for e in got] == ["imported"]
        assert got[0]["counterpart"] == field_fp and got[0]["detail"]["bundle"] == result.bundle_id
    assert case_service.verify_custody(pair.field) == []
    assert case_service.verify_custody(pair.hq) == []
    # Every record that arrived can say where it came from.
    hq = pair.hq.connection()
    imported = [r[0] for r in hq.execute("SELECT DISTINCT record_id FROM revision")]
    assert len(imported) == result.records
    for record_id in imported:
        (origin,) = bundle_service.provenance(pair.hq, record_id)
        assert origin["bundle_id"] == result.bundle_id
        assert origin["sender"] == {"fingerprint": field_fp, "name": "Field office"}
    assert bundle_service.received_bundles(pair.hq)[0]["bundle_id"] == result.bundle_id
    assert bundle_service.sent_bundles(pair.field)[0]["sequence"] == 1
    # The revision table records the bundle as each revision's origin.
    origins = {r[0] for r in hq.execute("SELECT DISTINCT origin FROM revision")}
    assert origins == {result.bundle_id}
    # Provenance is append-only.
    with pytest.raises(Exception, match="append-only"):
        hq.execute("DELETE FROM record_provenance")
    assert custody.verify_custody_chain(hq) == []


def test_shared_body_is_sent_once_and_attached(pair: Pair) -> None:
    body = os.urandom(70_000)
    case_a = add_case(pair.field)
    case_b = add_case(pair.field, title="Second")
    for case_id in (case_a, case_b):
        attachment_service.attach_file(
            pair.field, case_id, io.BytesIO(body), original_name="same.bin"
        )
    path = seal(pair.field, ["HQ"], pair.folder, case_ids=[case_a, case_b])
    report = bundle_service.inspect_bundle(pair.hq, path)
    assert report["entries"]["body"] == 1 and report["entries"]["attachment"] == 2
    bundle_service.open_bundle(pair.hq, path)
    for case_id in (case_a, case_b):
        (attachment,) = case_service.get_case(pair.hq, case_id)["attachments"]
        data = b"".join(attachment_service.open_attachment(pair.hq, attachment["id"]))
        assert data == body
