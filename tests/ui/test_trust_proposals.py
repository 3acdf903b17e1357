"""The case view says when another vault's edits of a case's records wait as proposals
(docs/trust.md, "Proposals and conflicts"): not applied, named, for a person to decide."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from amanat.domain.model import RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.storage import records
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.gui import PASSPHRASE, unlock
from support.vaults import befriend, create_vault


def new_vault(path: Path, name: str) -> Vault:
    """A vault the window can unlock with the GUI tests' passphrase."""
    return create_vault(path, name, PASSPHRASE)[0]


def test_the_case_view_names_who_proposed_changes(
    qtbot, home_vault, window_factory, tmp_path: Path
) -> None:
    path, _code = home_vault("HQ")
    hq = Vault.unlock(path, PASSPHRASE)
    a = new_vault(tmp_path / "a", "Field A")
    b = new_vault(tmp_path / "b", "Field B")
    try:
        befriend(a, hq)
        befriend(hq, b)
        befriend(a, b, verified=False)
        doc = {"title": "Detention of Erzhan", "person": {"names": [{"text": "Erzhan"}]}}
        case_id = case_service.add_case(a, doc).id
        for sender, receiver, to in ((a, hq, "HQ"), (hq, b, "Field B")):
            out = bundle_service.seal_bundle(sender, [to], tmp_path, all_cases=True).path
            bundle_service.open_bundle(receiver, out)
        conn = b.connection()
        with transaction(conn):
            case = records.load(conn, RecordKind.CASE, case_id)
            records.write(
                conn,
                dataclasses.replace(case, title="Nothing happened"),
                author=case_service.revision_author(b),
            )
        out = bundle_service.seal_bundle(b, ["HQ"], tmp_path, all_cases=True).path
        assert bundle_service.open_bundle(hq, out).proposals == [case_id]
    finally:
        hq.lock()
        a.lock()
        b.lock()
    window = window_factory()
    ws = unlock(qtbot, window)
    ws.cases.table.setCurrentIndex(ws.cases.model.index(0, 0))
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None and "Erzhan" in view.title.text(), timeout=10000)
    qtbot.waitUntil(lambda: "Field B" in view.notice.text(), timeout=10000)
    assert "not applied" in view.notice.text()
