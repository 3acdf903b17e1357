"""Everything can be corrected, nothing is lost: the person of concern, the case, its
events and attachments are edited through the real dialogs of the case view; each
save is a new revision that the History tab describes in words."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from amanat.services import attachments
from amanat.services import cases as case_service
from amanat.ui.cases.attachment_dialog import AttachmentDialog
from amanat.ui.cases.case_dialog import CaseDialog
from amanat.ui.cases.event_dialog import EventDialog
from amanat.ui.cases.person_dialog import PersonDialog
from amanat.ui.kit import dialogs
from amanat.ui.kit.place_picker import PlacePicker
from support.gui import type_into, unlock
from support.gui_bundles import click, on_worker, script_dialog

NAME = "Ержан Бекболатұлы"
GHULJA = {
    "name": "Ghulja",
    "labels": [{"text": "Құлжа", "script": "kk-Cyrl"}, {"text": "伊宁", "script": "zh-Hans"}],
}
CASE = {
    "title": "Detention",
    "person": {"names": [{"text": NAME, "script": "kk-Cyrl"}], "hometown": "Tacheng"},
    "events": [{"type": "detention", "date": "2018-03", "place": "Tacheng"}],
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


@pytest.fixture
def opened(qtbot, home_vault, window_factory):
    """A window with a case open in the case view (and Ghulja, in three scripts, in
    the gazetteer, from another case)."""
    home_vault("Field team")
    window = window_factory()
    ws = unlock(qtbot, window)
    on_worker(
        qtbot,
        window,
        lambda v: case_service.add_case(
            v, {"title": "Other", "person": {"names": ["Other"], "hometown": GHULJA}}
        ),
    )
    case_id = on_worker(qtbot, window, lambda v: case_service.add_case(v, CASE).id)
    view = ws.cases.case_view
    view.load(case_id)
    qtbot.waitUntil(lambda: view.cd is not None and view.cd.id == case_id, timeout=10000)
    return window, view, case_id


def plain(text: str) -> str:
    """Without the bidi isolation marks around inserted values."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def read(qtbot, window, case_id):
    return on_worker(qtbot, window, lambda v: case_service.get_case(v, case_id))


def history_words(view) -> list[str]:
    column = [c.key for c in view.history.columns].index("changes")
    model = view.history
    return [plain(str(model.index(r, column).data())) for r in range(model.rowCount())]


def wait_saved(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.saved or dialog.notice.isVisible(), timeout=10000)
    assert dialog.saved, dialog.notice.text()


def wait_reloaded(qtbot, view, check) -> None:
    qtbot.waitUntil(lambda: view.cd is not None and check(view.cd.doc), timeout=10000)


def test_the_place_picker_suggests_a_place_in_every_script(qtbot, opened) -> None:
    window, _view, _case_id = opened
    picker = PlacePicker(window.session, "testPicker", "Place")
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.is_loaded, timeout=10000)
    for typed in ("Ghu", "Құл", "伊"):
        found = picker.suggestions(typed)
        assert found == ["Ghulja · Құлжа · 伊宁"], typed
    picker.choose("Ghulja · Құлжа · 伊宁")
    assert picker.text() == "Ghulja"
    value = picker.value()
    assert isinstance(value, dict) and set(value) == {"id"}
    picker.setText("Құлжа")  # one of its labels, typed out: the same place
    assert picker.value() == value
    picker.setText("Chapchal")  # not in the gazetteer: a new place, by its name
    assert picker.value() == "Chapchal"


def test_correct_the_person_names_identifier_and_hometown(qtbot, opened, monkeypatch) -> None:
    window, view, case_id = opened

    def play(dialog: PersonDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.hometown.is_loaded, timeout=10000)
        assert dialog.names.widgets()[0][0].text() == NAME
        assert dialog.hometown.text() == "Tacheng"
        click(qtbot, dialog.names.add_button)
        text, script, _kind = dialog.names.widgets()[1]
        assert dialog.focusWidget() is text
        type_into(qtbot, text, "Erzhan Bekbolatuly")
        script.setCurrentIndex(script.findData("kk-Latn"))
        click(qtbot, dialog.identifiers.add_button)
        value, scheme, _source = dialog.identifiers.widgets()[0]
        scheme.setCurrentIndex(scheme.findData("passport"))
        # Saved without a value: the field is named in words and focused; nothing typed
        # is lost.
        click(qtbot, dialog.save_button)
        assert dialog.notice.isVisible() and not dialog.saved
        assert "identifier 1 has no value" in plain(dialog.notice.text())
        assert "identifiers[0]" not in plain(dialog.notice.text())
        assert dialog.focusWidget() is value
        assert dialog.names.widgets()[1][0].text() == "Erzhan Bekbolatuly"
        type_into(qtbot, value, "E12345678")
        type_into(qtbot, dialog.hometown, "Құл")
        assert dialog.hometown.suggestions("Құл") == ["Ghulja · Құлжа · 伊宁"]
        dialog.hometown.choose("Ghulja · Құлжа · 伊宁")
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return dialog.saved

    seen = script_dialog(qtbot, monkeypatch, PersonDialog, play)
    click(qtbot, view.person_tab.edit_button)
    assert seen and seen[0].saved
    # The broadcast reloads the view.
    wait_reloaded(qtbot, view, lambda d: len(d["person"]["names"]) == 2)
    person = read(qtbot, window, case_id)["person"]
    assert [(n["text"], n["script"]) for n in person["names"]] == [
        (NAME, "kk-Cyrl"),
        ("Erzhan Bekbolatuly", "kk-Latn"),
    ]
    assert person["identifiers"][0]["value"] == "E12345678"
    assert person["hometown"]["name"] == "Ghulja"
    words = " | ".join(history_words(view))
    assert "Name added: Erzhan Bekbolatuly (kk-Latn)" in words
    assert "Identifier added: Passport: E12345678" in words
    assert "Hometown: “Tacheng” → “Ghulja”" in words


def test_cancel_changes_nothing(qtbot, opened, monkeypatch) -> None:
    window, view, case_id = opened
    before = on_worker(qtbot, window, lambda v: len(case_service.case_history(v, case_id)))

    def play(dialog: PersonDialog) -> bool:
        type_into(qtbot, dialog.names.widgets()[0][0], "Someone else")
        dialog.reject()
        return dialog.saved

    script_dialog(qtbot, monkeypatch, PersonDialog, play)
    click(qtbot, view.person_tab.edit_button)
    after = on_worker(qtbot, window, lambda v: len(case_service.case_history(v, case_id)))
    assert after == before
    assert read(qtbot, window, case_id)["person"]["names"][0]["text"] == NAME


def test_correct_the_case_title(qtbot, opened, monkeypatch) -> None:
    _window, view, _case_id = opened

    def play(dialog: CaseDialog) -> bool:
        dialog.title_edit.clear()
        click(qtbot, dialog.save_button)
        assert "the title is empty" in plain(dialog.notice.text())
        assert dialog.focusWidget() is dialog.title_edit
        type_into(qtbot, dialog.title_edit, "Detention of Erzhan")
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return True

    script_dialog(qtbot, monkeypatch, CaseDialog, play)
    click(qtbot, view.edit_case_button)
    wait_reloaded(qtbot, view, lambda d: d["title"] == "Detention of Erzhan")
    assert view.title.text().strip("\u2068\u2069") == "Detention of Erzhan"
    assert "Title: “Detention” → “Detention of Erzhan”" in history_words(view)


def test_add_correct_and_remove_events(qtbot, opened, monkeypatch) -> None:
    window, view, case_id = opened
    view.tabs.setCurrentIndex(1)
    event_id = view.cd.doc["events"][0]["id"]

    def correct(dialog: EventDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.place.is_loaded, timeout=10000)
        assert dialog.date.text() == "2018-03"
        type_into(qtbot, dialog.date, "2018-13-40")
        click(qtbot, dialog.save_button)
        assert "write a date as" in plain(dialog.notice.text())
        assert dialog.focusWidget() is dialog.date
        type_into(qtbot, dialog.date, "2018-04-02")
        type_into(qtbot, dialog.place, "伊")
        dialog.place.choose("Ghulja · Құлжа · 伊宁")
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return True

    script_dialog(qtbot, monkeypatch, EventDialog, correct)
    view.events_view.setCurrentIndex(view.events.index(0, 0))
    click(qtbot, view.edit_event_button)
    wait_reloaded(qtbot, view, lambda d: d["events"][0]["date"] == "2018-04-02")
    assert view.cd.doc["events"][0]["place"]["name"] == "Ghulja"

    def add(dialog: EventDialog) -> bool:
        combo = dialog.findChild(QComboBox, "eventType")
        combo.setCurrentIndex(combo.findData("disappearance"))
        type_into(qtbot, dialog.findChild(QLineEdit, "eventDate"), "2019")
        type_into(qtbot, dialog.place, "Chapchal")  # a new place for the gazetteer
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return True

    script_dialog(qtbot, monkeypatch, EventDialog, add)
    click(qtbot, view.add_event_button)
    wait_reloaded(qtbot, view, lambda d: len(d["events"]) == 2)
    added = next(e for e in view.cd.doc["events"] if e["id"] != event_id)
    assert added["place"]["name"] == "Chapchal"

    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, *a, **k: asked.append(title) or True),
    )
    row = [e["id"] for e in view.events.rows].index(added["id"])
    view.events_view.setCurrentIndex(view.events.index(row, 0))
    click(qtbot, view.remove_event_button)
    assert asked == ["Remove this event?"]
    wait_reloaded(qtbot, view, lambda d: len(d["events"]) == 1)
    assert [e["id"] for e in read(qtbot, window, case_id)["events"]] == [event_id]
    words = history_words(view)
    assert "Removed (kept in the history)" in words
    assert any(w.startswith("Date: ") and "→" in w for w in words)
    log = on_worker(qtbot, window, lambda v: case_service.custody_log(v, case_id))
    assert log[-1]["action"] == "deleted" and log[-1]["record_id"] == added["id"]


def test_correct_an_attachment(qtbot, opened, monkeypatch) -> None:
    window, view, case_id = opened
    testimony_id = view.cd.doc["testimonies"][0]["id"]
    att = on_worker(
        qtbot,
        window,
        lambda v: (
            attachments.attach_file(
                v, case_id, io.BytesIO(b"scan"), original_name="notice.png", description="Scan"
            ).id
        ),
    )
    view.reload()  # attached outside the app's own screens: no broadcast
    wait_reloaded(qtbot, view, lambda d: len(d["attachments"]) == 1)
    view.tabs.setCurrentIndex(3)
    panel = view.attachments_tab

    def play(dialog: AttachmentDialog) -> bool:
        assert dialog.description.toPlainText() == "Scan"
        dialog.description.setPlainText("Court notice, page 1")
        dialog.role.setCurrentIndex(dialog.role.findData("working_copy"))
        dialog.testimony.setCurrentIndex(dialog.testimony.findData(testimony_id))
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return True

    script_dialog(qtbot, monkeypatch, AttachmentDialog, play)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    click(qtbot, panel.edit_button)
    wait_reloaded(qtbot, view, lambda d: d["attachments"][0]["description"] != "Scan")
    info = on_worker(qtbot, window, lambda v: attachments.attachment_info(v, att))
    assert info["description"] == "Court notice, page 1"
    assert info["role"] == "working_copy" and info["testimony"] == testimony_id
    words = " | ".join(history_words(view))
    assert "Description: “Scan” → “Court notice, page 1”" in words
    assert "Role: “Evidentiary original” → “Working copy”" in words


def test_double_click_on_an_event_opens_its_correction(qtbot, opened, monkeypatch) -> None:
    _window, view, _case_id = opened
    view.tabs.setCurrentIndex(1)
    seen = script_dialog(qtbot, monkeypatch, EventDialog, lambda d: d.reject() or False)
    view.events_view.setCurrentIndex(view.events.index(0, 0))
    qtbot.keyClick(view.events_view, Qt.Key.Key_Return)
    assert len(seen) == 1 and seen[0].event_id == view.cd.doc["events"][0]["id"]


def test_remove_a_working_copy_keeps_the_original(qtbot, opened, monkeypatch) -> None:
    window, view, case_id = opened
    original = on_worker(
        qtbot,
        window,
        lambda v: (
            attachments.attach_file(
                v, case_id, io.BytesIO(b"original"), original_name="scan.png"
            ).id
        ),
    )
    copy_ = on_worker(
        qtbot,
        window,
        lambda v: attachments.attach_file(
            v, case_id, io.BytesIO(b"crop"), original_name="crop.png",
            role="working_copy", derived_from=original,
        ).id,
    )  # fmt: skip
    view.reload()
    wait_reloaded(qtbot, view, lambda d: len(d["attachments"]) == 2)
    view.tabs.setCurrentIndex(3)
    panel = view.attachments_tab
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, *a, **k: asked.append(title) or True),
    )
    ids = [r["id"] for r in panel.model.rows]
    panel.view.setCurrentIndex(panel.model.index(ids.index(original), 0))
    click(qtbot, panel.remove_button)
    assert not asked and "never removed" in plain(panel.notice.text())
    panel.view.setCurrentIndex(panel.model.index(ids.index(copy_), 0))
    click(qtbot, panel.remove_button)
    assert asked == ["Remove this working copy?"]
    wait_reloaded(qtbot, view, lambda d: len(d["attachments"]) == 1)
    assert [a["id"] for a in read(qtbot, window, case_id)["attachments"]] == [original]
    assert on_worker(qtbot, window, lambda v: attachments.read_attachment(v, original)) == (
        b"original"
    )
    entry = view.custody.rows[-1]
    assert entry["action"] == "deleted" and entry["record_id"] == copy_
    assert "Removed (kept in the history)" in history_words(view)


def test_the_new_case_form_picks_the_hometown_from_the_gazetteer(
    qtbot, opened, monkeypatch
) -> None:
    from support.gui import add_case

    window, _view, _case_id = opened
    case_id = add_case(qtbot, window, monkeypatch, name="Нұрлан", hometown="Құлжа")
    person = read(qtbot, window, case_id)["person"]
    # Typed as one of Ghulja's labels: the gazetteer's place, not a new one.
    assert person["hometown"]["name"] == "Ghulja"


def test_an_error_found_by_the_core_names_the_field_in_words(qtbot, opened, monkeypatch) -> None:
    window, view, case_id = opened

    def play(dialog: PersonDialog) -> bool:
        click(qtbot, dialog.identifiers.add_button)
        value, scheme, _source = dialog.identifiers.widgets()[0]
        scheme.setCurrentIndex(scheme.findData("prc_resident_id"))
        type_into(qtbot, value, "650102197401010011")  # a wrong check digit
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=10000)
        text = plain(dialog.notice.text())
        assert text.startswith("Please check: identifier 1: "), text
        assert "person." not in text and "[0]" not in text and "Field:" not in text
        assert dialog.focusWidget() is value and value.text() == "650102197401010011"
        assert not dialog.saved
        dialog.reject()
        return False

    script_dialog(qtbot, monkeypatch, PersonDialog, play)
    click(qtbot, view.person_tab.edit_button)
    assert read(qtbot, window, case_id)["person"]["identifiers"] == []


def test_a_record_another_vault_created_is_corrected_as_a_proposal(
    qtbot, amanat_home, window_factory, monkeypatch, tmp_path
) -> None:
    from amanat.services import bundles as bundle_service
    from support.bundles import seal
    from support.gui import PASSPHRASE
    from support.vaults import befriend, create_vault, new_vault

    field, _code = create_vault(amanat_home / "vaults" / "field-team", "Field team", PASSPHRASE)
    hq = new_vault(tmp_path / "hq", "HQ")
    befriend(field, hq)
    theirs = case_service.add_case(hq, CASE).id
    bundle_service.open_bundle(field, seal(hq, ["Field team"], tmp_path, case_ids=[theirs]))
    field.lock()
    hq.lock()
    window = window_factory()
    ws = unlock(qtbot, window)
    view = ws.cases.case_view
    view.load(theirs)
    qtbot.waitUntil(lambda: view.cd is not None and view.cd.id == theirs, timeout=10000)

    def play(dialog: CaseDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.owner_hint.isVisible(), timeout=10000)
        assert "proposal" in dialog.owner_hint.text()
        type_into(qtbot, dialog.title_edit, "Detention of Erzhan")
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return True

    script_dialog(qtbot, monkeypatch, CaseDialog, play)
    click(qtbot, view.edit_case_button)
    wait_reloaded(qtbot, view, lambda d: d["title"] == "Detention of Erzhan")


def test_a_record_this_vault_created_says_nothing_of_proposals(qtbot, opened, monkeypatch) -> None:
    _window, view, _case_id = opened

    def play(dialog: CaseDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.work.session.worker.pending_count == 0, timeout=10000)
        assert not dialog.owner_hint.isVisible()
        dialog.reject()
        return False

    script_dialog(qtbot, monkeypatch, CaseDialog, play)
    click(qtbot, view.edit_case_button)


def test_relations_of_the_person_are_corrected(qtbot, opened, monkeypatch) -> None:
    window, view, case_id = opened
    sister = view.cd.doc["testimonies"][0]["speaker"]["id"]

    def add(dialog: PersonDialog) -> bool:
        click(qtbot, dialog.relations.add_button)
        other, kind, _source = dialog.relations.widgets()[0]
        other.setCurrentIndex(other.findData(sister))
        kind.setCurrentIndex(kind.findData("sister"))
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return True

    script_dialog(qtbot, monkeypatch, PersonDialog, add)
    click(qtbot, view.person_tab.edit_button)
    wait_reloaded(qtbot, view, lambda d: len(d["relationships"]) == 1)
    rel = read(qtbot, window, case_id)["relationships"][0]
    assert (rel["person"], rel["type"]) == (sister, "sister")

    def remove(dialog: PersonDialog) -> bool:
        assert len(dialog.relations.widgets()) == 1
        dialog.relations.remove_row(dialog.relations.rows[0])
        click(qtbot, dialog.save_button)
        wait_saved(qtbot, dialog)
        return True

    script_dialog(qtbot, monkeypatch, PersonDialog, remove)
    click(qtbot, view.person_tab.edit_button)
    wait_reloaded(qtbot, view, lambda d: d["relationships"] == [])
    log = on_worker(qtbot, window, lambda v: case_service.custody_log(v, case_id))
    assert [e["action"] for e in log if e["record_kind"] == "relationship"] == [
        "created",
        "deleted",
    ]
