"""Where a record came from (the case view's History tab) and a contact's key history
(the Contacts section), in the real window with real vaults and bundles
(docs/review.md §7)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import identity as identity_service
from support.bundles import seal
from support.gui import PASSPHRASE
from support.gui_bundles import show_contacts, unlock_vault
from support.vaults import add_case, befriend, create_vault


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def _received(amanat_home: Path, tmp_path: Path) -> tuple[Path, str]:
    """HQ (locked, under the test home) has received one case from Field office twice:
    first as written, then with a new title."""
    hq_path = amanat_home / "vaults" / "hq"
    hq, _ = create_vault(hq_path, "HQ", PASSPHRASE)
    field, _ = create_vault(tmp_path / "field", "Field office", PASSPHRASE)
    befriend(field, hq)
    case_id = add_case(field, title="First")
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path / "a.age", case_ids=[case_id]))
    case_service.update_case(field, case_id, title="Second")
    identity_service.rotate(field, now=datetime(2031, 1, 1, tzinfo=UTC))
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path / "b.age", case_ids=[case_id]))
    field.lock()
    hq.lock()
    return hq_path, case_id


def test_the_history_tab_says_where_each_version_came_from(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path
) -> None:
    hq_path, case_id = _received(amanat_home, tmp_path)
    window = window_factory()
    ws = unlock_vault(qtbot, window, hq_path)
    ws.open_case(case_id)
    qtbot.waitUntil(lambda: ws.cases.case_view.cd is not None, timeout=10000)
    view = ws.cases.case_view
    page = view.provenance_page
    assert page.objectName() == "historyPage"
    view.tabs.setCurrentWidget(page)
    assert "Choose a revision" in page.line.text()
    rows = view.history.rows
    last_case_rev = max(i for i, r in enumerate(rows) if r["record_kind"] == "case")
    view.history_view.setCurrentIndex(view.history.index(last_case_rev, 0))
    qtbot.waitUntil(lambda: "bundle" in page.line.text(), timeout=10000)
    text = _plain(page.line.text())
    assert "written by Field office" in text
    assert "It came in a bundle from Field office, sealed on" in text
    assert "It replaced the version of" in text and "by Field office" in text
    first_case_rev = min(i for i, r in enumerate(rows) if r["record_kind"] == "case")
    view.history_view.setCurrentIndex(view.history.index(first_case_rev, 0))
    qtbot.waitUntil(lambda: "first version" in page.line.text(), timeout=10000)


def test_a_contact_shows_its_key_history(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path
) -> None:
    hq_path, _ = _received(amanat_home, tmp_path)
    window = window_factory()
    unlock_vault(qtbot, window, hq_path)
    section = show_contacts(qtbot, window, "contacts")
    tab = section.contacts_tab
    row = next(i for i, r in enumerate(tab.model.rows) if r["display_name"] == "Field office")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    qtbot.waitUntil(lambda: "Key history" in tab.detail_keys.text(), timeout=10000)
    lines = tab.detail_keys.text().splitlines()
    assert lines[0] == "Key history:"
    assert lines[1].endswith("added, from their card.")
    assert lines[2].endswith("safety number compared and verified.")
    assert "new encryption keys (generation 1)" in lines[3]
