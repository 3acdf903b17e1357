"""Cut the golden vault of schema version 1 (run once; the output is committed).

    .venv/bin/python tests/data/make_golden_vault.py tests/data/golden-vault-v1

The vault is written at schema 1 exactly (later migrations are held back), so the test
that opens it exercises every migration since. Passphrase: "golden passphrase v1".
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from amanat.crypto.kdf import TEST_PARAMS
from amanat.services import attachments, cases
from amanat.storage import migrations
from amanat.storage.vault import Vault

PASSPHRASE = "golden passphrase v1"
CASE = {
    "title": "Detention of Ержан Бекболатұлы",
    "person": {
        "names": [{"text": "Ержан Бекболатұлы", "script": "kk-Cyrl"}],
        "birth_year": 1974,
        "hometown": "Ghulja",
    },
    "events": [{"type": "detention", "date": "2018-03", "place": "Ghulja camp No. 3"}],
    "testimonies": [
        {
            "narrative": "My brother was taken at night.",
            "language": "kk",
            "speaker": {"names": [{"text": "Айгүл", "script": "kk-Cyrl"}]},
            "relation": "sister",
            "consent": {"informed": True, "voluntary": True, "uses": ["internal"]},
        }
    ],
}
ATTACHMENT = b"golden attachment v1\n" * 50000


def main(out: Path) -> None:
    migrations.MIGRATIONS = tuple(m for m in migrations.MIGRATIONS if m.version == 1)
    migrations.LATEST = 1
    vault, code = Vault.create(out, PASSPHRASE, name="Golden v1", kdf=TEST_PARAMS)
    try:
        case_id = cases.add_case(vault, CASE).id
        attachments.attach_file(
            vault,
            case_id,
            io.BytesIO(ATTACHMENT),
            original_name="scan.txt",
            media_type="text/plain",
        )
    finally:
        vault.lock()
    (out.parent / (out.name + ".recovery")).write_text(code + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
