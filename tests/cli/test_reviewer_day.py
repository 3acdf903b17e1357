"""The issue's round trip between two real vaults, driven only through the real CLI, with
every bundle delivered through a watched exchange folder (`amanat inbox scan`): the field
seals a case; the reviewer's folder picks it up and the case is in the queue; both edit
the same person; the reviewer sees and resolves the conflict; grades a testimony twice
(both grades kept); asks a follow-up; the field's folder picks it up and the field
answers; the reviewer's folder brings the answer back and the question is answered;
scanning the folders again, and re-opening any bundle, changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from amanat.storage.vault import Vault
from support import cli as support_cli
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault, vault_digest


class Cli(support_cli.Cli):
    def __init__(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        super().__init__(capsys, tmp_path)
        self.sent: list[tuple[Path, Path]] = []  # (receiver's folder, bundle)

    def deliver(self, sender: Path, to: str, case_id: str, folder: Path, *extra: str) -> Path:
        """Seal for ``to`` and copy the bundle into the receiver's exchange folder, as a
        sync tool would."""
        out = self.tmp / f"out-{sender.name}"
        out.mkdir(exist_ok=True)
        sealed = self.json(
            sender, "bundle", "seal", "--to", to, "--case", case_id, "-o", str(out),
            "--json", *extra,
        )  # fmt: skip
        path = Path(sealed["path"])
        shutil.copy(path, folder / path.name)
        self.sent.append((folder, path))
        return path

    def scan(self, vault: Path, folder: Path) -> list[dict[str, Any]]:
        """The files this scan looked at for the first time."""
        return [f for f in self.json(vault, "inbox", "scan", str(folder), "--json") if f["fresh"]]


@pytest.fixture
def day(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Cli, Path, Path, Path, Path]:
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    c = Cli(capsys, tmp_path)
    vaults = []
    for name in ("Field office", "HQ"):
        path = tmp_path / name.replace(" ", "-")
        create_vault(path, name)[0].lock()
        vaults.append(path)
    field, hq = vaults
    for me, other in ((field, hq), (hq, field)):
        card = tmp_path / f"{me.name}.card"
        c.ok(me, "identity", "export", "-o", str(card))
        c.ok(other, "contact", "add", str(card), "--verified")
    field_inbox, hq_inbox = tmp_path / "sync-field", tmp_path / "sync-hq"
    field_inbox.mkdir()
    hq_inbox.mkdir()
    return c, field, hq, field_inbox, hq_inbox


def test_a_reviewers_day_through_the_command_line(day: tuple[Cli, Path, Path, Path, Path]) -> None:
    c, field, hq, field_inbox, hq_inbox = day
    case_id = c.ok(field, "case", "add", "--json", c.file("case.json", ISSUE_EXAMPLE)).split()[-1]

    # The reviewer's watched folder picks the bundle up; the case waits in the queue.
    c.deliver(field, "HQ", case_id, hq_inbox)
    [arrived] = c.scan(hq, hq_inbox)
    assert (arrived["outcome"], arrived["sender"]["name"]) == ("opened", "Field office")
    assert arrived["sender"]["state"] == "verified"
    assert arrived["brought"]["cases"] == 1 and arrived["brought"]["new"] > 0
    [queued] = c.json(hq, "review", "list", "--json")
    assert (queued["case"], queued["state"]) == (case_id, "unreviewed")
    assert "new" in queued["reasons"] or "changed" in queued["reasons"]
    c.ok(hq, "review", "set", case_id, "--state", "under_review", "--assignee", "Aigul")
    [queued] = c.json(hq, "review", "list", "--assignee", "Aigul", "--json")
    assert (queued["state"], queued["assignee"]) == ("under_review", "Aigul")

    # Both edit the same person; the folders carry both edits across.
    for vault, change in ((field, {"occupation": "teacher"}), (hq, {"notes": "Seen in 2019"})):
        doc = c.json(vault, "case", "show", case_id, "--json")
        doc["person"].update(change)
        c.ok(vault, "case", "edit", case_id, "--json", c.file("edit.json", doc))
    c.deliver(field, "HQ", case_id, hq_inbox)
    assert [f["brought"]["conflicts"] for f in c.scan(hq, hq_inbox)] == [1]
    [conflict] = c.json(hq, "conflicts", "list", "--json")
    assert conflict["state"] == "conflict"
    person_id = conflict["record_id"]
    assert "conflict" in c.json(hq, "review", "list", "--json")[0]["reasons"]
    local = next(h for h in conflict["heads"] if h["side"] == "local")
    merged = {**local["content"], "occupation": "teacher"}
    c.ok(hq, "conflicts", "resolve", person_id, "--content-json", c.file("merged.json", merged))
    assert c.json(hq, "conflicts", "list", "--json") == []

    # Two grades of the testimony: both kept, the latest is current.
    testimony_id = c.json(hq, "case", "show", case_id, "--json")["testimonies"][0]["id"]
    first = c.ok(hq, "grade", "add", testimony_id, "--source", "C", "--info", "3",
                 "--reason", "One witness so far").strip()  # fmt: skip
    second = c.ok(hq, "grade", "add", testimony_id, "--source", "B", "--info", "2",
                  "--reason", "The sister names the same camp").strip()  # fmt: skip
    graded = c.json(hq, "grade", "history", testimony_id, "--json")
    assert [g["id"] for g in graded["grades"]] == [second, first]
    assert (graded["current"]["code"], graded["current"]["by_you"]) == ("B2", True)

    # A follow-up travels to the field through its folder and is answered there.
    followup_id = c.ok(hq, "followup", "ask", person_id, "--text", "Which camp in Ghulja?").strip()
    c.deliver(hq, "Field office", case_id, field_inbox)
    [came] = c.scan(field, field_inbox)
    assert came["outcome"] == "opened"
    [question] = c.json(field, "followup", "list", "--open", "--json")
    assert (question["id"], question["asked_by"]) == (followup_id, "HQ")
    c.ok(field, "followup", "answer", followup_id, "--text", "Camp No. 3, east of the city")
    # The field received the grades with the case; both kept there too.
    assert len(c.json(field, "grade", "history", testimony_id, "--json")["grades"]) == 2
    c.deliver(field, "HQ", case_id, hq_inbox)
    assert [f["outcome"] for f in c.scan(hq, hq_inbox)] == ["opened"]
    [closed] = c.json(hq, "followup", "list", "--json")
    assert closed["state"] == "answered"
    assert closed["answers"][0]["text"] == "Camp No. 3, east of the city"
    assert c.json(hq, "followup", "list", "--open", "--json") == []

    # Nothing comes twice: scanning again, a second copy of a bundle under another name
    # and re-opening any bundle change nothing (but the inbox's own row for the copy).
    assert len(c.sent) == 4
    for vault, folder in ((field, field_inbox), (hq, hq_inbox)):
        before = digest(vault)
        assert c.scan(vault, folder) == []
        for into, path in c.sent:
            if into != folder:
                continue
            assert "already" in c.fails(vault, "bundle", "open", str(path))
            copy = folder / f"again-{path.name}"
            shutil.copy(path, copy)
            [again] = c.scan(vault, folder)
            assert again["outcome"] == "already_received"
        assert digest(vault) == before


def digest(path: Path) -> str:
    """The vault's digest, leaving out the inbox's own bookkeeping of the files it saw."""
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        return vault_digest(vault, exclude=("inbox_file",))
    finally:
        vault.lock()
