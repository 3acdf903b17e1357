"""Write the golden rotated identity card (card format version 2, docs/identity-card.md).

Run once from the repository root (``.venv/bin/python tests/data/cards/generate.py``);
the files are committed and must keep parsing: never regenerate them to make a test
pass. ``field-office-rotated.card`` is the card of an identity rotated twice (its key
statement is generation 2); ``field-office-rotated.json`` says what it holds.
"""

from __future__ import annotations

import json
from pathlib import Path

from amanat.crypto.cards import make_card
from amanat.crypto.identity import Identity

OUT = Path(__file__).resolve().parent


def main() -> None:
    identity = Identity.generate("Field office")
    anchor_fingerprint = identity.fingerprint
    identity = identity.rotated("2026-11-01T08:00:00+00:00").rotated("2026-12-01T08:00:00+00:00")
    card = make_card(identity)
    assert card.fingerprint == anchor_fingerprint
    (OUT / "field-office-rotated.card").write_bytes(card.to_bytes())
    (OUT / "field-office-rotated.card.txt").write_text(card.to_text())
    statement = identity.statement
    assert statement is not None
    expected = {
        "display_name": card.display_name,
        "fingerprint": card.fingerprint,
        "signing": card.signing.hex(),
        "anchor_x25519": card.x25519.hex(),
        "generation": statement.generation,
        "generation_created": statement.created,
        "generation_x25519": statement.x25519.hex(),
    }
    (OUT / "field-office-rotated.json").write_text(json.dumps(expected, indent=2) + "\n")


if __name__ == "__main__":
    main()
