"""Issue 9, trust between vaults: each attack of the review reproduced through real
vaults and the real CLI (docs/trust-contacts.md)."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.cli.common import escape
from amanat.cli.main import run_cli
from amanat.crypto import cards
from amanat.crypto.cards import make_card
from amanat.crypto.identity import Identity
from amanat.domain import case_json, model
from amanat.domain.errors import ContactError, ValidationError
from amanat.domain.text_safety import look_alike, name_problem
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage.contacts import AddOutcome, ContactState
from amanat.storage.vault import Vault
from support.bundles import seal, signed_card
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, add_case, befriend, new_vault

ATTACK_TITLE = (
    "Detention\x1b[2K\rFrom:      Field Almaty (verified contact)"
    "\x1b]52;c;ZXZpbA==\x07\x1b]0;owned\x07\u202e"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@dataclasses.dataclass
class Office:
    vault: Vault
    path: Path

    def args(self) -> tuple[str, str]:
        return ("--vault", str(self.path))


@pytest.fixture
def offices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Office]]:
    """Field (the receiver), HQ Istanbul and Field Almaty (verified contacts of Field),
    B (a verified contact turned hostile) and a stranger."""
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    names = {
        "field": "Field",
        "hq": "HQ Istanbul",
        "almaty": "Field Almaty",
        "b": "B office",
        "stranger": "hq istanbul",
    }
    made = {
        key: Office(new_vault(tmp_path / key, name), tmp_path / key) for key, name in names.items()
    }
    for key in ("hq", "almaty", "b"):
        befriend(made["field"].vault, made[key].vault)
    # The stranger holds Field's card (cards are public).
    contact_service.add_contact(
        made["stranger"].vault, contact_service.own_card(made["field"].vault), verified=True
    )
    yield made
    for office in made.values():
        if office.vault.is_open:
            office.vault.lock()


def locked(office: Office) -> Office:
    office.vault.lock()
    return office


# -- 2. a card with the same name is another contact ----------------------------------


@pytest.mark.parametrize("verified", [False, True])
def test_same_name_card_never_replaces_a_verified_contacts_keys(
    offices: dict[str, Office], tmp_path: Path, capsys: pytest.CaptureFixture[str], verified: bool
) -> None:
    field, hq, stranger = offices["field"], offices["hq"], offices["stranger"]
    hq_fingerprint = hq.vault.identity.fingerprint
    card = tmp_path / "stranger.card"
    card.write_bytes(make_card(stranger.vault.identity).to_bytes())
    locked(field)
    flags = ["--verified"] if verified else []
    code, out, err = run(capsys, "contact", "add", str(card), *flags, *field.args())
    assert code == 0 and out.startswith("Added: hq istanbul")
    assert "WARNING: two contacts share a name" in err and '"HQ Istanbul"' in err
    assert hq_fingerprint in err
    code, out, _ = run(capsys, "contact", "list", "--json", *field.args())
    by_fp = {c["fingerprint"]: c for c in json.loads(out)}
    assert by_fp[hq_fingerprint]["display_name"] == "HQ Istanbul"
    assert by_fp[hq_fingerprint]["state"] == "verified"
    assert [k["fingerprint"] for k in by_fp[hq_fingerprint]["keys"]] == [hq_fingerprint]
    theirs = by_fp[stranger.vault.identity.fingerprint]
    assert theirs["state"] == ("verified" if verified else "unverified")
    assert [c["name"] for c in theirs["look_alikes"]] == ["HQ Istanbul"]


def test_stranger_bundle_in_quarantine_is_not_the_contact(
    offices: dict[str, Office], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field, stranger = offices["field"], offices["stranger"]
    case_id = add_case(stranger.vault, title="Report")
    code, out, err = run(
        capsys, "bundle", "seal", "--to", "Field", "--case", case_id, "-o", str(tmp_path),
        *locked(stranger).args(),
    )  # fmt: skip
    assert code == 0, err
    bundle = next(tmp_path.glob("*.age"))
    locked(field)
    code, out, err = run(capsys, "bundle", "inspect", str(bundle), *field.args())
    assert 'From:      a stranger whose card says "hq istanbul" (unknown_sender)' in out
    assert 'looks like your contact "HQ Istanbul"' in err
    code, out, err = run(capsys, "bundle", "open", str(bundle), *field.args())
    assert code == 1 and "unknown_sender" in err
    code, out, _ = run(capsys, "bundle", "quarantine", *field.args())
    assert 'a stranger whose card says "hq istanbul"' in out
    # Adding the sender from the quarantine gives a new contact; HQ keeps its keys.
    quarantine_id = out.split()[0]
    exported = tmp_path / "sender.card"
    run(capsys, "bundle", "quarantine", "--export-card", quarantine_id, "-o", str(exported),
        *field.args())  # fmt: skip
    code, out, err = run(capsys, "contact", "add", str(exported), *field.args())
    assert code == 0 and "Added:" in out and "share a name" in err
    vault = Vault.unlock(field.path, TEST_PASSPHRASE)
    try:
        hq = contact_service.find_contact(vault, offices["hq"].vault.identity.fingerprint)
        assert hq.state is ContactState.VERIFIED and hq.display_name == "HQ Istanbul"
    finally:
        vault.lock()


def test_verified_contact_cannot_rename_itself_to_another_contacts_name(
    offices: dict[str, Office],
) -> None:
    field, b = offices["field"].vault, offices["b"].vault
    for taken in ("Field Almaty", "field almaty", "Fie1d Almaty", "Field \u0410lmaty"):
        renamed = dataclasses.replace(
            b.identity, display_name=taken, created="2099-01-01T00:00:00+00:00"
        )
        added = contact_service.add_contact(field, make_card(renamed))
        assert added.outcome is AddOutcome.NAME_KEPT, taken
        assert added.contact.display_name == "B office"
        assert [c.display_name for c in added.look_alikes] == ["Field Almaty"]
    # An honest rename to a free name is still taken.
    free = dataclasses.replace(
        b.identity, display_name="B office Bishkek", created="2099-01-02T00:00:00+00:00"
    )
    assert contact_service.add_contact(field, make_card(free)).outcome is AddOutcome.RENAMED


# -- 3. the sender shown is the stored contact ------------------------------------------


def test_sender_shown_is_the_stored_contact_not_the_cards_name(
    offices: dict[str, Office], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field, b = offices["field"], offices["b"]
    case_id = add_case(b.vault, title="From B")
    # B's program puts a card named "Field Almaty" (same keys) into its bundle.
    b.vault._identity = dataclasses.replace(b.vault.identity, display_name="Field Almaty")
    bundle = seal(b.vault, ["Field"], tmp_path, case_ids=[case_id])
    locked(field)
    code, out, err = run(capsys, "bundle", "inspect", str(bundle), *field.args())
    assert code == 0
    assert "From:      B office (verified contact)" in out and "Field Almaty (verified" not in out
    assert 'calls this sender "Field Almaty"' in err
    code, out, _ = run(capsys, "bundle", "inspect", "--json", str(bundle), *field.args())
    sender = json.loads(out)["sender"]
    assert sender["name"] == "B office" and sender["card_name"] == "Field Almaty"
    code, out, _ = run(capsys, "bundle", "open", str(bundle), *field.args())
    assert code == 0 and "from B office" in out and "Field Almaty" not in out


# -- 4. names that cannot lie ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Field \u202eytamlA", "format"),  # right-to-left override
        ("\u2067Field \u202eytamlA\u2069", "format"),  # the same inside isolation marks
        ("Field\u200b Almaty", "format"),  # zero-width space
        ("Field Almaty\U000e0041", "format"),  # tag character
        ("Field\u3164Almaty", "invisible"),  # Hangul filler
        ("\u115fField Almaty", "invisible"),
        ("Field Almaty\ue000", "invisible"),  # private use
        ("Field\u00a0Almaty", "space"),
        ("Field\x1b[31m", "control"),
    ],
)
def test_display_names_refuse_invisible_and_reordering_characters(
    offices: dict[str, Office],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    reason: str,
) -> None:
    assert name_problem(name) == reason
    card = tmp_path / "bad.card"
    card.write_bytes(signed_card(Identity.generate("x"), name))
    code, out, err = run(capsys, "contact", "add", str(card), *locked(offices["field"]).args())
    assert code == 1 and out == ""
    assert err.startswith("amanat: the display name holds characters") and reason in err
    with pytest.raises(ContactError) as info:
        cards.parse_card(card.read_bytes())
    assert info.value.code == "contact.bad_name"
    with pytest.raises(ContactError):
        new_vault(tmp_path / "bad-vault", name)


def test_homoglyph_name_is_flagged_at_add_and_verify(
    offices: dict[str, Office], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    homoglyph = "Field \u0410lmaty"  # Cyrillic А
    assert look_alike(homoglyph, "Field Almaty") and not look_alike("Field Astana", "Field Almaty")
    impostor = Identity.generate(homoglyph)
    card = tmp_path / "homoglyph.card"
    card.write_bytes(make_card(impostor).to_bytes())
    field = locked(offices["field"])
    code, _out, err = run(capsys, "contact", "add", str(card), *field.args())
    assert code == 0 and 'looks the same, "Field Almaty"' in err
    code, _out, err = run(capsys, "contact", "verify", impostor.fingerprint, *field.args())
    assert code == 0 and 'looks the same, "Field Almaty"' in err


# -- 5. output that cannot drive a terminal ------------------------------------------


def _no_terminal_controls(text: str) -> None:
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)


def test_stranger_titles_cannot_drive_the_terminal(
    offices: dict[str, Office],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field, stranger = offices["field"], offices["stranger"]
    # The attacker's own program skips the validation.
    with monkeypatch.context() as patched:
        patched.setattr(model, "check_controls", lambda *a, **k: None)
        patched.setattr(case_json, "_unix_line_ends", lambda value: value)
        case_id = add_case(stranger.vault, title=ATTACK_TITLE)
    code, _, err = run(
        capsys, "bundle", "seal", "--to", "Field", "--case", case_id, "-o", str(tmp_path),
        *locked(stranger).args(),
    )  # fmt: skip
    assert code == 0, err
    bundle = next(tmp_path.glob("*.age"))
    locked(field)
    code, out, err = run(capsys, "bundle", "inspect", str(bundle), *field.args())
    _no_terminal_controls(out + err)
    assert [line for line in out.splitlines() if line.startswith("From:")] == [
        'From:      a stranger whose card says "hq istanbul" (unknown_sender)'
    ]
    # Inspect gives open's verdict (the title is not a valid record) and still shows
    # what the bundle says, escaped.
    assert code == 1 and "invalid.control_characters" in err
    assert "\\x1b]52;c;" in out and "\\x1b]0;owned\\x07" in out and "\\u202e" in out
    code, out, _ = run(capsys, "bundle", "inspect", "--json", str(bundle), *field.args())
    _no_terminal_controls(out)
    report = json.loads(out)
    assert not report["verified"] and report["error"] == "bundle.record"
    assert report["cases"][0]["title"] == ATTACK_TITLE
    # Verified, the sender's bundle is still refused: its title is not a valid record.
    opened = Vault.unlock(stranger.path, TEST_PASSPHRASE)
    try:
        stranger_card = contact_service.own_card(opened)
    finally:
        opened.lock()
    vault = Vault.unlock(field.path, TEST_PASSPHRASE)
    try:
        contact_service.add_contact(vault, stranger_card, verified=True)
    finally:
        vault.lock()
    code, out, err = run(capsys, "bundle", "open", str(bundle), *field.args())
    assert code == 1 and "invalid.control_characters" in err


def test_text_fields_refuse_controls_and_every_output_is_escaped(
    offices: dict[str, Office],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field = offices["field"]
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["title"] = ATTACK_TITLE
    with pytest.raises(ValidationError) as info:
        case_service.add_case(field.vault, doc)
    assert info.value.code == "invalid.control_characters"
    assert info.value.params == {"field": "title"}
    source = tmp_path / "case.json"
    source.write_text(json.dumps(doc))
    code, _, err = run(capsys, "case", "add", "--json", str(source), *locked(field).args())
    assert code == 1 and "control characters" in err
    # Narratives keep their lines and tabs.
    model.check_controls("line one\nline\ttwo", "testimony.narrative", limit=model.MAX_TEXT)
    # A vault that holds such a title already (written before this check): escaped.
    vault = Vault.unlock(field.path, TEST_PASSPHRASE)
    try:
        with monkeypatch.context() as patched:
            patched.setattr(model, "check_controls", lambda *a, **k: None)
            case_id = case_service.add_case(vault, doc).id
    finally:
        vault.lock()
    for argv in (
        ("case", "list"),
        ("case", "show", case_id),
        ("search", "Detention"),
        ("case", "list", "--json"),
    ):
        code, out, err = run(capsys, *argv, *field.args())
        assert code == 0, (argv, err)
        _no_terminal_controls(out + err)
        assert "\\x1b" in out or "\\u001b" in out, argv
    assert escape("a\u202eb\x9bc") == "a\\u202eb\\x9bc"


# -- 6. no silent downgrade ------------------------------------------------------------


def test_one_recipient_without_post_quantum_key_needs_x25519(
    offices: dict[str, Office], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field = offices["field"]
    classic = Identity.generate("Classic office")
    contact = contact_service.add_contact(
        field.vault, signed_card(classic, "Classic office", hybrid=False), verified=True
    ).contact
    case_id = add_case(field.vault)
    locked(field)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    base = ("bundle", "seal", "--to", "HQ Istanbul", "Classic office", "--case", case_id)
    code, out, err = run(capsys, *base, "-o", str(out_dir), *field.args())
    assert code == 1 and "no post-quantum key" in err and contact.id in err
    assert list(out_dir.iterdir()) == []
    code, out, err = run(capsys, *base, "--x25519", "--json", "-o", str(out_dir), *field.args())
    assert code == 0, err
    assert json.loads(out)["recipient_type"] == "x25519"


# -- 8. late bundles ---------------------------------------------------------------------


def test_late_bundle_is_accepted_and_gaps_are_shown(
    offices: dict[str, Office], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field, almaty = offices["field"], offices["almaty"]
    bundles = []
    for n in range(3):
        folder = tmp_path / f"b{n + 1}"
        folder.mkdir()
        case_id = add_case(almaty.vault, title=f"Case {n + 1}")
        bundles.append(seal(almaty.vault, ["Field"], folder, case_ids=[case_id]))
    locked(field)
    assert run(capsys, "bundle", "open", str(bundles[2]), *field.args())[0] == 0
    assert run(capsys, "bundle", "open", str(bundles[0]), *field.args())[0] == 0
    code, out, _ = run(capsys, "contact", "show", "Field Almaty", *field.args())
    assert "Missing:     bundle 2 from Field Almaty has not arrived" in out
    code, out, _ = run(capsys, "contact", "list", *field.args())
    assert "Missing: bundle 2 from Field Almaty has not arrived" in out
    code, out, _ = run(capsys, "bundle", "inspect", str(bundles[1]), *field.args())
    assert "Late:" in out and "bundle 2 from Field Almaty has not arrived" in out
    code, out, err = run(capsys, "bundle", "open", str(bundles[1]), *field.args())
    assert code == 0, err
    code, out, _ = run(capsys, "contact", "show", "Field Almaty", *field.args())
    assert "Missing" not in out
    code, out, err = run(capsys, "bundle", "open", str(bundles[1]), *field.args())
    assert code == 1 and "already imported" in err


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_escape_leaves_nothing_that_drives_a_terminal_and_json_keeps_the_value(text: str) -> None:
    shown = escape(text)
    assert shown.isprintable() and not any(name_problem(ch) == "invisible" for ch in shown)
    kept = escape(text, keep="\n\t")
    assert all(ch.isprintable() or ch in "\n\t" for ch in kept)
    as_json = escape(json.dumps({"t": text}, ensure_ascii=False), keep="\n", json_form=True)
    assert as_json.isprintable() and json.loads(as_json) == {"t": text}
