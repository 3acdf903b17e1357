"""What a bundle of some cases carries (bundles/selection.py): the ids-only selection
that a full bundle is planned from names exactly the records of the full one."""

from __future__ import annotations

from amanat.bundles.selection import all_case_ids, select_cases
from amanat.domain.model import RecordKind
from amanat.services import demo
from amanat.storage.vault import Vault


def test_ids_only_selection_names_the_same_records_in_the_same_order(vault: Vault) -> None:
    demo.generate_demo(vault, 25, with_attachments=True)
    conn = vault.connection()
    case_ids = all_case_ids(conn)[3:20]
    full = select_cases(conn, case_ids)
    light = select_cases(conn, case_ids, ids_only=True)
    full_ids = {kind: list(records) for kind, records in full.by_kind().items()}
    light_ids = {kind: list(records) for kind, records in light.by_kind().items()}
    assert light_ids == full_ids
    assert light.case_ids == full.case_ids == case_ids
    # The demo gives these cases every kind of record a bundle carries, so the
    # comparison covers them all.
    assert all(full_ids[kind] for kind in (RecordKind.CASE, RecordKind.PERSON,
                                           RecordKind.EVENT, RecordKind.TESTIMONY,
                                           RecordKind.ATTACHMENT))  # fmt: skip
    # No record objects are kept: memory does not grow with their contents.
    assert not light.persons and not light.testimonies and not light.attachments
