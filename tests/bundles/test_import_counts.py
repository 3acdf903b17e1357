"""An import's summary adds up: each record counted once by the state the bundle left
it in, and a conflict resolved by a merge the bundle itself carries is no conflict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from amanat.cli.main import run_cli
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.storage.vault import Vault
from support.vaults import TEST_PASSPHRASE, add_case


def send(sender: Vault, to: Vault, folder: Path) -> Any:
    name = to.identity.display_name
    path = bundle_service.seal_bundle(sender, [name], folder, all_cases=True).path
    return bundle_service.open_bundle(to, path)


def adds_up(result: Any) -> None:
    assert sum(result.record_outcomes.values()) == result.records
    assert sum(result.outcomes.values()) == result.revisions
    listed = result.as_json()
    assert listed["record_outcomes"] == result.record_outcomes


def test_hq_resolves_notes_and_seals_back_and_the_field_sees_no_conflict(
    pair: tuple[Vault, Vault], tmp_path: Path, qapp: Any
) -> None:
    from amanat.ui.exchange.bundle_dialogs import import_summary

    field, hq = pair
    folder = tmp_path / "out"
    folder.mkdir()
    case_id = add_case(field, title="Detention of Erzhan")
    first = send(field, hq, folder)
    adds_up(first)
    assert first.record_outcomes == {"added": first.records}
    n = first.records
    summary = import_summary(first)
    assert f"{n} new" in summary and "updated" not in summary and "already here" not in summary
    # Both sides change the case; at HQ the field's change (the owner's) meets HQ's own.
    case_service.update_case(hq, case_id, status="under_review")
    case_service.update_case(field, case_id, title="Detention of Erzhan B.")
    at_hq = send(field, hq, folder)
    adds_up(at_hq)
    assert at_hq.conflicts == [case_id]
    [conflict] = [c for c in case_service.get_case(hq, case_id)["conflicts"]]
    [pending] = conflict["pending"]
    case_service.accept_head(hq, case_id, pending["rev_id"])  # HQ resolves
    case_service.add_annotation(hq, "case", case_id, text="Checked with the family.")
    back = send(hq, field, folder)
    adds_up(back)
    # The field sees HQ's merge as HQ's proposal on its own record, never a conflict.
    assert back.conflicts == []
    assert case_id in back.proposals
    assert back.record_outcomes.get("conflict", 0) == 0
    assert back.record_outcomes.get("proposal") == 1
    summary = import_summary(back)
    assert "Changed on both sides" not in summary and "in conflict" not in summary
    assert "not applied" in summary
    custody = case_service.custody_log(field, case_id)
    merged = [e for e in custody if e["action"] == "merged"]
    assert merged and not any(e["detail"]["conflict"] for e in merged)


def test_the_cli_prints_counts_that_add_up(
    pair: tuple[Vault, Vault],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field, hq = pair
    folder = tmp_path / "out"
    folder.mkdir()
    case_id = add_case(field, title="Detention of Erzhan")
    send(field, hq, folder)
    for n in range(3):  # later revisions of a record HQ already has
        case_service.update_case(field, case_id, title=f"Detention of Erzhan ({n})")
    path = bundle_service.seal_bundle(field, ["HQ"], folder, all_cases=True).path
    hq_path = hq.path
    hq.lock()
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    capsys.readouterr()
    code = run_cli(["bundle", "open", str(path), "--vault", str(hq_path)])
    out = capsys.readouterr().out
    assert code == 0
    found = [s for s in out.splitlines() if "record(s)" in s and "revision(s)" in s]
    assert len(found) == 1, out
    line = found[0]
    records = int(line.split(" record(s)")[0].split(", ")[-1])
    counts = line.split("): ")[1]
    total = sum(int(part.rsplit(" ", 1)[1]) for part in counts.split(", "))
    assert total == records
    assert "fast forward 1" in counts  # the case once, not once per revision
