"""Write the golden bundles of the current format version, 2 (run once; the files are
committed).

    .venv/bin/python tests/data/bundles/generate.py

The format 1 files beside this script (``v1-*.age`` with their ``field-office.card``,
``hq-keys.json`` and ``expected.json``) were written by this script before format 2
(git history: the commit that added them); they are kept as they are, so that every
later Amanat is checked to open them. Today the script writes the same set for format
2 into ``v2/``, with names starting ``v2-``, in which every revision is signed by its
author (docs/trust.md, "Authorship").

Two throw-away vaults: "Field office" seals one synthetic case (Kazakh Cyrillic and
Uyghur Arabic names, an edited case, a sealed testimony, a consent withdrawal, a
two-chunk attachment) for "HQ", once in full with hybrid post-quantum encryption and
once with the no-contacts profile and X25519. Written into ``v2/``:

- ``v2-full-hybrid.age``, ``v2-no-contacts-x25519.age``: the bundles;
- ``field-office.card``: the sender's identity card (binary), ``field-office.card.txt``
  its text form;
- ``hq-keys.json``: HQ's secret keys (test keys, never used for anything else) and its
  age X25519 secret key in the age tool's format;
- ``expected.json``: what a reader must find in them.

tests/bundles/test_bundle_golden.py checks that every later Amanat still opens them.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "v2"
sys.path.insert(0, str(HERE.parent.parent))  # tests/, for conftest's passphrase

from amanat.crypto.kdf import TEST_PARAMS  # noqa: E402
from amanat.services import attachments as attachment_service  # noqa: E402
from amanat.services import bundles as bundle_service  # noqa: E402
from amanat.services import cases as case_service  # noqa: E402
from amanat.services import contacts as contact_service  # noqa: E402
from amanat.storage.vault import Vault  # noqa: E402

PASSPHRASE = "golden"
ATTACHMENT = b"".join(f"golden attachment line {i:06d}\n".encode() for i in range(3000))
CASE = {
    "title": "Golden case: detention of Ержан",
    "person": {
        "names": [
            {"text": "Ержан Бекболатұлы", "script": "kk-Cyrl"},
            {"text": "ئەركىن", "script": "ug-Arab", "type": "alias"},
        ],
        "birth_year": 1974,
        "hometown": {"name": "Ghulja", "type": "county"},
        "contacts": [{"kind": "phone", "value": "+7 700 000 00 00"}],
    },
    "events": [{"type": "detention", "date": "2018-03", "place": "Ghulja camp No. 3"}],
    "testimonies": [
        {
            "narrative": "My brother was taken at night.",
            "language": "kk",
            "speaker": {"names": [{"text": "Айгүл", "script": "kk-Cyrl"}]},
            "relation": "sister",
            "consent": {"informed": True, "voluntary": True, "uses": ["internal", "legal"]},
        }
    ],
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        field, _ = Vault.create(root / "field", PASSPHRASE, name="Field office", kdf=TEST_PARAMS)
        hq, _ = Vault.create(root / "hq", PASSPHRASE, name="HQ", kdf=TEST_PARAMS)
        contact_service.add_contact(field, contact_service.own_card(hq), verified=True)
        case_id = case_service.add_case(field, CASE).id
        case_service.update_case(field, case_id, status="under_review")
        doc = case_service.get_case(field, case_id)
        testimony_id = doc["testimonies"][0]["id"]
        case_service.seal_testimony(field, testimony_id)
        case_service.withdraw_consent(field, testimony_id, "2024-01", uses=["legal"])
        attachment_id = attachment_service.attach_file(
            field, case_id, io.BytesIO(ATTACHMENT), original_name="letter.txt",
            testimony_id=testimony_id,
        ).id  # fmt: skip
        outputs = {}
        for name, profile, classic in (
            ("v2-full-hybrid.age", "full", False),
            ("v2-no-contacts-x25519.age", "no-contacts", True),
        ):
            target = OUT / name
            target.unlink(missing_ok=True)
            result = bundle_service.seal_bundle(
                field, ["HQ"], target, case_ids=[case_id], profile=profile, x25519=classic
            )
            outputs[name] = {
                "bundle_id": result.bundle_id,
                "sequence": result.sequence,
                "profile": profile,
                "recipient_type": "x25519" if classic else "hybrid",
                "records": result.records,
                "revisions": result.revisions,
            }
        card = contact_service.own_card(field)
        (OUT / "field-office.card").write_bytes(card.to_bytes())
        (OUT / "field-office.card.txt").write_text(card.to_text())
        identity = hq.identity
        keys = {
            "display_name": identity.display_name,
            "created": identity.created,
            "ed25519_private": identity.ed25519_private.hex(),
            "x25519_private": identity.x25519_private.hex(),
            "hybrid_seed": identity.hybrid_seed.hex(),
            "age_secret_key": contact_service.age_secret_text(hq),
            "fingerprint": identity.fingerprint,
        }
        (OUT / "hq-keys.json").write_text(json.dumps(keys, indent=2) + "\n")
        expected = {
            "format_version": 2,
            "bundles": outputs,
            "sender_fingerprint": card.fingerprint,
            "sender_name": card.display_name,
            "case_id": case_id,
            "title": CASE["title"],
            "testimony_id": testimony_id,
            "attachment": {
                "id": attachment_id,
                "size": len(ATTACHMENT),
                "sha256": hashlib.sha256(ATTACHMENT).hexdigest(),
            },
        }
        (OUT / "expected.json").write_text(
            json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
        )
        field.lock()
        hq.lock()


if __name__ == "__main__":
    main()
