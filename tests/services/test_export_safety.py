"""Exports never replace an existing file without the person's choice, and names from
other vaults are only suggested in a safe form (issue 16, item 6)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from amanat.domain.errors import ExportError
from amanat.domain.text_safety import MAX_FILE_NAME_BYTES, safe_file_name
from amanat.services import attachments
from amanat.services import cases as case_service
from amanat.storage.vault import Vault
from support.vaults import add_case


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../.bashrc", "bashrc"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\AppData\\evil.lnk", "evil.lnk"),
        ("...", "attachment"),
        ("", "attachment"),
        ("report\x00.pdf", "report_.pdf"),
        ("photo\u200b.jpg", "photo_.jpg"),
        ("nul", "attachment_nul"),
        ("интервью 2024.pdf", "интервью 2024.pdf"),
        ("trailing. ", "trailing"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_long_names_keep_their_extension() -> None:
    name = safe_file_name("ü" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= MAX_FILE_NAME_BYTES


def _attachment(vault: Vault) -> tuple[str, str]:
    case_id = add_case(vault)
    created = attachments.attach_file(
        vault, case_id, io.BytesIO(b"evidence"), original_name="../../.bashrc"
    )
    return case_id, created.id


def test_an_existing_file_is_never_replaced_unasked(vault: Vault, tmp_path: Path) -> None:
    case_id, attachment_id = _attachment(vault)
    target = tmp_path / "bashrc"
    target.write_bytes(b"the person's own file")
    log_before = len(case_service.custody_log(vault, case_id))
    with pytest.raises(ExportError) as caught:
        attachments.export_attachment(vault, attachment_id, target)
    assert caught.value.code == "export.output_exists"
    assert target.read_bytes() == b"the person's own file"
    assert sorted(os.listdir(tmp_path)) == ["bashrc", "vault"]  # no temp file left
    assert len(case_service.custody_log(vault, case_id)) == log_before
    # A link there is not followed or replaced either.
    link = tmp_path / "link"
    link.symlink_to(target)
    with pytest.raises(ExportError):
        attachments.export_attachment(vault, attachment_id, link)
    assert target.read_bytes() == b"the person's own file"
    # The person's explicit choice replaces it.
    attachments.export_attachment(vault, attachment_id, target, replace=True)
    assert target.read_bytes() == b"evidence"


def test_a_new_file_is_written(vault: Vault, tmp_path: Path) -> None:
    _case_id, attachment_id = _attachment(vault)
    target = tmp_path / safe_file_name("../../.bashrc")
    attachments.export_attachment(vault, attachment_id, target)
    assert target.read_bytes() == b"evidence" and target.name == "bashrc"
