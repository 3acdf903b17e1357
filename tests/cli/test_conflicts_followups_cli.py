"""The reviewer's round trip through the real CLI between two real vaults: the field
seals a case; both edit the same person (`case edit --json`); the reviewer lists and
resolves the conflict, asks a follow-up and sends it alone (`--followups-only`); the
field imports it and answers; the reviewer imports the answer and the question is
answered on both sides; re-importing any bundle changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.storage.vault import Vault
from support import cli as support_cli
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault, vault_digest


class Cli(support_cli.Cli):
    def __init__(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        super().__init__(capsys, tmp_path)
        self.received: list[tuple[Path, Path]] = []

    def send(self, sender: Path, to: str, case_id: str, receiver: Path, *extra: str) -> Path:
        folder = self.tmp / f"out-{sender.name}"
        folder.mkdir(exist_ok=True)
        sealed = self.json(
            sender, "bundle", "seal", "--to", to, "--case", case_id, "-o", str(folder),
            "--json", *extra,
        )  # fmt: skip
        path = Path(sealed["path"])
        self.ok(receiver, "bundle", "open", str(path))
        self.received.append((receiver, path))
        return path


def digest(path: Path) -> str:
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        return vault_digest(vault)
    finally:
        vault.lock()


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Cli, Path, Path]:
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    c = Cli(capsys, tmp_path)
    paths = []
    for name in ("Field office", "HQ"):
        path = tmp_path / name.replace(" ", "-")
        create_vault(path, name)[0].lock()
        paths.append(path)
    field, hq = paths
    for me, other in ((field, hq), (hq, field)):
        card = tmp_path / f"{me.name}.card"
        c.ok(me, "identity", "export", "-o", str(card))
        c.ok(other, "contact", "add", str(card), "--verified")
    return c, field, hq


def test_the_reviewers_round_trip(cli: tuple[Cli, Path, Path]) -> None:
    c, field, hq = cli
    case_id = c.ok(field, "case", "add", "--json", c.file("case.json", ISSUE_EXAMPLE)).split()[-1]
    c.send(field, "HQ", case_id, hq)

    # Both edit the same person, each with `case edit --json`.
    for vault, change in ((field, {"occupation": "teacher"}), (hq, {"notes": "Seen in 2019"})):
        doc = c.json(vault, "case", "show", case_id, "--json")
        doc["person"].update(change)
        out = c.ok(vault, "case", "edit", case_id, "--json", c.file("edit.json", doc))
        assert "person" in out and ("proposal" in out) == (vault == hq)
        assert c.ok(vault, "case", "edit", case_id, "--json", c.file("same.json", doc)) == (
            "nothing changed\n"
        )
    c.send(field, "HQ", case_id, hq)
    c.send(hq, "Field office", case_id, field)

    # The reviewer sees the conflict and what each side changed.
    [conflict] = c.json(hq, "conflicts", "list", "--json")
    person_id = conflict["record_id"]
    assert (conflict["record_kind"], conflict["state"], conflict["case"]) == (
        "person", "conflict", case_id,
    )  # fmt: skip
    local, incoming = conflict["heads"]
    assert (local["side"], local["author_name"], local["changed"]) == ("local", "HQ", ["notes"])
    assert (incoming["author_name"], incoming["changed"]) == ("Field office", ["occupation"])
    assert incoming["fingerprint"] and conflict["ancestor"]

    # Typed errors: not in conflict, bad JSON, content failing the schema.
    assert "not waiting" in c.fails(hq, "conflicts", "resolve", case_id, "--keep", "local")
    bad = c.tmp / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert "line 1" in c.fails(hq, "conflicts", "resolve", person_id, "--content-json", str(bad))
    wrong = c.file("wrong.json", {**local["content"], "sex": "sometimes"})
    c.fails(hq, "conflicts", "resolve", person_id, "--content-json", wrong)
    assert len(c.json(hq, "conflicts", "list", "--json")) == 1

    merged = {**local["content"], "occupation": "teacher"}
    c.ok(hq, "conflicts", "resolve", person_id, "--content-json", c.file("merged.json", merged))
    assert c.json(hq, "conflicts", "list", "--json") == []

    # A follow-up about the person, sent on its own.
    followup_id = c.ok(hq, "followup", "ask", person_id, "--text", "Which camp in Ghulja?").strip()
    [asked] = c.json(hq, "followup", "list", "--open", "--json")
    assert (asked["id"], asked["state"], asked["asked_here"]) == (followup_id, "open", True)
    c.send(hq, "Field office", case_id, field, "--followups-only")
    # Alone, the bundle carried nothing else: the field's conflict is as it was.
    assert c.json(field, "conflicts", "list", "--json")[0]["state"] == "conflict"
    [received] = c.json(field, "followup", "list", "--open", "--json")
    assert (received["text"], received["asked_by"], received["asked_here"]) == (
        "Which camp in Ghulja?", "HQ", False,
    )  # fmt: skip
    assert (received["target_kind"], received["target"]) == ("person", person_id)
    c.ok(field, "followup", "answer", followup_id, "--text", "Camp No. 3, east of the city")
    assert c.json(field, "followup", "list", "--open", "--json") == []
    c.send(field, "HQ", case_id, hq)

    # The reviewer has the answer: the question is answered on both sides.
    for vault in (field, hq):
        [q] = c.json(vault, "followup", "list", "--json")
        assert q["state"] == "answered"
        assert q["answers"][0]["text"] == "Camp No. 3, east of the city"
        assert q["answers"][0]["answered_by"] == "Field office"
    assert c.json(hq, "followup", "list", "--open", "--json") == []
    # The next bundle of the case brings the reviewer's resolution: at the owner it is a
    # proposal of the result (no longer a conflict); the field accepts it.
    c.send(hq, "Field office", case_id, field)
    [proposal] = c.json(field, "conflicts", "list", "--json")
    assert proposal["state"] == "proposal"
    c.ok(field, "conflicts", "resolve", person_id, "--keep", "incoming")
    c.send(field, "HQ", case_id, hq)
    for vault in (field, hq):
        assert c.json(vault, "conflicts", "list", "--json") == []
        person = c.json(vault, "case", "show", case_id, "--json")["person"]
        assert (person["occupation"], person["notes"]) == ("teacher", "Seen in 2019")

    # Re-importing any bundle changes nothing.
    assert len(c.received) == 7
    for vault in (field, hq):
        before = digest(vault)
        for receiver, path in c.received:
            if receiver == vault:
                assert "already" in c.fails(vault, "bundle", "open", str(path))
        assert digest(vault) == before


def test_followups_only_without_followups_is_refused(cli: tuple[Cli, Path, Path]) -> None:
    c, field, _hq = cli
    case_id = c.ok(field, "case", "add", "--json", c.file("case.json", ISSUE_EXAMPLE)).split()[-1]
    err = c.fails(
        field, "bundle", "seal", "--to", "HQ", "--case", case_id, "-o", str(c.tmp),
        "--followups-only",
    )  # fmt: skip
    assert "no follow-up" in err
    assert "not found: followup" in c.fails(field, "followup", "answer", "0" * 32, "--text", "x")
