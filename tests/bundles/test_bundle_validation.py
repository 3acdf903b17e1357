"""Every bad input from a bundle is a typed error, and ``inspect`` refuses what ``open``
refuses (issue 16, items 4 and 5)."""

from __future__ import annotations

import types
from pathlib import Path
from typing import Any

import pytest

from amanat.bundles import format as fmt
from amanat.bundles import sealing
from amanat.cli.messages import describe
from amanat.domain.errors import BundleError, ValidationError
from amanat.domain.model import RecordKind, record_from_content
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage import history
from amanat.storage.db import transaction
from amanat.storage.history import make_revision
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, new_vault, vault_digest


def _revise(vault: Vault, kind: RecordKind, record_id: str, change: dict[str, Any]) -> None:
    """A new head of the record in the sender's own history, with ``change`` applied to
    its content without any check: what a modified or foreign program could send."""
    conn = vault.connection()
    author = case_service.revision_author(vault)
    (head,) = history.head_revisions(conn, record_id)
    rev = make_revision(
        kind,
        record_id,
        {**head.value(), **change},
        parents=[head.rev_id],
        author=author.key,
        check=False,
        sign=author.sign,
    )
    with transaction(conn):
        history.insert(conn, rev)
        history.set_heads(conn, kind, record_id, [rev.rev_id])


def _open_and_inspect(hq: Vault, path: Path) -> tuple[BundleError, dict[str, Any]]:
    before = vault_digest(hq)
    report = bundle_service.inspect_bundle(hq, path)
    with pytest.raises(BundleError) as caught:
        bundle_service.open_bundle(hq, path)
    assert vault_digest(hq) == before
    return caught.value, report


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def test_nested_content_is_refused_by_inspect_and_open(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    _revise(field, RecordKind.CASE, case_id, {"summary": _nested(40)})
    error, report = _open_and_inspect(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    assert error.code == "bundle.record" and error.params["reason"] == "content"
    assert report["verified"] is False and report["error"] == error.code
    assert "{" not in describe(error)


@pytest.mark.parametrize(
    "change", [{"media_type": 5}, {"size": "12"}, {"size": True}, {"media_type": None}]
)
def test_attachment_fields_of_the_wrong_type(
    pair: tuple[Vault, Vault], tmp_path: Path, change: dict[str, Any]
) -> None:
    field, hq = pair
    case_id = add_case(field, attachment=b"scan" * 100)
    (attachment,) = case_service.get_case(field, case_id)["attachments"]
    _revise(field, RecordKind.ATTACHMENT, attachment["id"], change)
    error, report = _open_and_inspect(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    assert error.code == "bundle.record"
    assert report["verified"] is False and report["error"] == "bundle.record"
    assert "{" not in describe(error)


@pytest.mark.parametrize("value", [5, None, ["text/plain"]])
def test_record_from_content_types_media_type(value: object) -> None:
    content = {
        "case": "1" * 32,
        "original_name": "scan.pdf",
        "media_type": value,
        "size": 10,
        "sha256": "00" * 32,
    }
    with pytest.raises(ValidationError):
        record_from_content(RecordKind.ATTACHMENT, "2" * 32, content)
    with pytest.raises(ValidationError):
        record_from_content(
            RecordKind.ATTACHMENT,
            "2" * 32,
            {**content, "media_type": "application/pdf", "size": str(value)},
        )


def test_far_future_creation_time_from_a_stranger(
    make_vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer with other limits (a foreign or older program) puts 2^53 - 1 ms in the
    header: the reader refuses it as malformed, from a stranger or a contact, for
    ``inspect`` and ``open``, and nothing is kept."""
    hq = make_vault("HQ")
    stranger = new_vault(tmp_path / "stranger", "Stranger")
    try:
        contact_service.add_contact(stranger, contact_service.own_card(hq), verified=True)
        case_id = add_case(stranger)
        with monkeypatch.context() as patch:
            patch.setattr(fmt, "MAX_CREATED_MS", 2**53 - 1)
            patch.setattr(
                sealing, "time", types.SimpleNamespace(time_ns=lambda: (2**53 - 1) * 10**6)
            )
            path = seal(stranger, ["HQ"], tmp_path, case_ids=[case_id])
        before = vault_digest(hq)
        for attempt in (bundle_service.inspect_bundle, bundle_service.open_bundle):
            with pytest.raises(BundleError) as caught:
                attempt(hq, path)
            assert caught.value.code == "bundle.malformed"
            assert caught.value.params["what"] == "created"
        assert vault_digest(hq) == before
        assert bundle_service.list_quarantine(hq) == []
    finally:
        stranger.lock()


def test_messages_never_show_an_unfilled_template() -> None:
    error = BundleError("bundle.record", reason="json", kind="case")
    assert describe(error) == (
        "a record in the bundle is invalid (json, entry unknown); refusing the bundle"
    )
