"""Take screenshots of every screen (for docs/user-guide-app.md and for looking).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_screenshots.py OUT_DIR [--rtl] [--docs]
        [--language kk|ru|ug|zh_CN]

--docs writes the smaller, 256-colour images used in docs/images/.

Runs the real app on a throw-away demo vault (invented cases only) in a temporary
AMANAT_HOME; writes PNGs into OUT_DIR. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="amanat-shots-")
os.environ["AMANAT_HOME"] = _home
os.environ["AMANAT_TEST_KDF"] = "1"
os.environ["XDG_CONFIG_HOME"] = str(Path(_home) / "config")

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from amanat.crypto.kdf import TEST_PARAMS  # noqa: E402
from amanat.services import demo  # noqa: E402
from amanat.storage.vault import Vault, vaults_root  # noqa: E402

PASSPHRASE = "quiet river under seven bridges"
SIZE = (1180, 740)


def pump(ms: int = 100) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout_ms: int = 20000) -> None:
    waited = 0
    while not condition():
        pump(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("condition not met")


def prepare_contacts(vault: Vault, home: Path) -> dict[str, Path]:
    """Contacts in every state, a bundle waiting in quarantine, a bundle from HQ to open
    and a tampered copy of it (invented vaults, like the demo's cases)."""
    from amanat.crypto.cards import make_card
    from amanat.domain.errors import BundleError
    from amanat.services import bundles as bundle_service
    from amanat.services import cases as case_service
    from amanat.services import contacts as contact_service

    def other(name: str, folder: str) -> Vault:
        made, _ = Vault.create(home / folder, PASSPHRASE, name=name, kdf=TEST_PARAMS)
        return made

    hq = other("HQ Berlin", "hq")
    lawyer = other("Lawyer, Istanbul", "lawyer")
    desk = other("Almaty desk", "desk")
    desk2 = other("Almaty desk", "desk2")
    contact_service.add_contact(vault, contact_service.own_card(hq), verified=True)
    contact_service.add_contact(hq, contact_service.own_card(vault), verified=True)
    contact_service.add_contact(vault, contact_service.own_card(lawyer))
    contact_service.add_contact(lawyer, contact_service.own_card(vault), verified=True)
    contact_service.add_contact(vault, contact_service.own_card(desk), verified=True)
    # Same name, other keys: another contact, with a look-alike warning.
    contact_service.add_contact(vault, contact_service.own_card(desk2))
    # The desk's own key signs a card with other encryption keys: keys changed.
    rotated = dataclasses.replace(desk.identity, x25519_private=os.urandom(32))
    contact_service.add_contact(vault, make_card(rotated))
    out = home / "exchange"
    out.mkdir()
    doc = {"title": "Nurlan S., detained 2019", "person": {"names": [{"text": "Нұрлан С."}]}}
    sent = bundle_service.seal_bundle(
        lawyer, [vault.identity.display_name], out,
        case_ids=[case_service.add_case(lawyer, doc).id],
    )  # fmt: skip
    with contextlib.suppress(BundleError):  # kept in quarantine: the lawyer is not verified
        bundle_service.open_bundle(vault, sent.path)
    ids = [case_service.add_case(hq, {"title": t, "person": {"names": [{"text": n}]}}).id
           for t, n in (("Gulbahar J., sentenced 2018", "Гүлбахар Ж."),
                        ("Erkin T., missing since 2017", "ئەركىن ت."))]  # fmt: skip
    from_hq = bundle_service.seal_bundle(hq, [vault.identity.display_name], out, case_ids=ids)
    data = bytearray(from_hq.path.read_bytes())
    data[len(data) - 100] ^= 0x01
    tampered = out / "tampered.age"
    tampered.write_bytes(bytes(data))
    # The inbox's watched folder (review-inbox.png): a new bundle from HQ, one still being
    # copied, the lawyer's (not verified: quarantine) and the tampered copy.
    inbox = home / "inbox"
    inbox.mkdir()
    new = case_service.add_case(hq, {"title": "Mihray A., detained 2020",
                                     "person": {"names": [{"text": "Меһрай А."}]}}).id  # fmt: skip
    bundle_service.seal_bundle(hq, [vault.identity.display_name], inbox / "2f4e9a1c.age",
                               case_ids=[new])  # fmt: skip
    arriving = bundle_service.seal_bundle(hq, [vault.identity.display_name], out, case_ids=ids)
    half = arriving.path.read_bytes()
    (inbox / "7b03d5e8.age").write_bytes(half[: len(half) // 2])
    (inbox / "c91a0f37.age").write_bytes(sent.path.read_bytes())
    (inbox / "e5d26b40.age").write_bytes(tampered.read_bytes())
    for v in (hq, lawyer, desk, desk2):
        v.lock()
    return {
        "from_hq": from_hq.path,
        "tampered": tampered,
        "out": out,
        "inbox": inbox,
        "new_case": Path(new),
    }


def shoot_inbox(window, ws, shot, files: dict[str, Path]) -> None:
    """The Inbox tab watching a folder; where a received record came from; a contact's
    key history."""
    from amanat.services.settings import INBOX_FOLDER

    window.session.change_setting(INBOX_FOLDER, str(files["inbox"]))
    ws.show_review()
    panel = ws.review.panel("inboxPanel")
    ws.review.tabs.setCurrentWidget(panel)
    wait_for(lambda: len(panel.model.rows) == 4)
    panel.table.resizeColumnsToContents()
    shot(window, "review-inbox")
    ws.show_cases()
    view = ws.cases.case_view
    case_id = str(files["new_case"])
    ws.open_case(case_id)
    wait_for(lambda: view.cd is not None and view.cd.id == case_id)
    view.tabs.setCurrentWidget(view.provenance_page)
    before = view.provenance_page.line.text()
    view.history_view.setCurrentIndex(view.history.index(0, 0))
    wait_for(lambda: view.provenance_page.line.text() != before)  # in any language
    shot(window, "case-provenance")
    ws.show_section("contacts")
    tab = ws.contacts.contacts_tab
    # The desk whose keys changed: added, verified, then new keys (verify again).
    row = next(i for i, r in enumerate(tab.model.rows) if r["state"] == "key_changed")
    if tab.view.currentIndex().row() != row:
        keys_before = tab.detail_keys.text()
        tab.view.setCurrentIndex(tab.model.index(row, 0))
        wait_for(lambda: tab.detail_keys.text() not in ("", keys_before))  # in any language
    wait_for(lambda: bool(tab.detail_keys.text()))
    pump(300)
    shot(window, "contacts-key-history")


def prepare_review(vault: Vault, case_id: str, testimony_id: str) -> None:
    """The reviewer's records on one case (docs/user-guide-review.md): a review state
    and assignee, two grades of its first testimony, a note answered in a thread."""
    from amanat.services import reviews as review_service

    review_service.set_review(vault, case_id, state="under_review")
    review_service.set_review(vault, case_id, assignee=vault.identity.display_name)
    review_service.add_grade(
        vault, testimony_id, source="B", info=3, reason="The speaker is known to us; the"
        " camp's name is not confirmed yet.",
    )  # fmt: skip
    review_service.add_grade(
        vault, testimony_id, source="B", info=2, reason="The sister's account names the"
        " same camp and month.",
    )  # fmt: skip
    note = review_service.annotate(
        vault, case_id, text="A second source for the camp is needed."
    ).id
    review_service.annotate(
        vault, case_id, text="The sister's testimony names it: Camp No. 3.", reply_to=note
    )


def shoot_review(window, ws, shot, case_id: str) -> None:
    """The review queue (after HQ's bundle brought two new cases), the case view's
    Review tab, the Add grade dialog, and the notes in a thread."""
    from amanat.ui.cases.review_tab import GradeDialog

    ws.show_review()
    queue = ws.review.panel("queuePanel")
    ws.review.tabs.setCurrentWidget(queue)
    wait_for(lambda: not queue.model.is_loading and queue.model.rowCount() > 0)
    wait_for(lambda: queue.model.row_data(0) is not None)
    pump(300)
    shot(window, "review-queue")
    ws.open_case(case_id)
    view = ws.cases.case_view
    wait_for(lambda: view.cd is not None and view.cd.id == case_id)
    view.tabs.setCurrentWidget(view.review_tab)
    wait_for(lambda: view.review_tab.grade_history.rowCount() > 0)
    pump(300)
    shot(window, "case-review")
    claim = view.review_tab.claims.rows[0]["label"]
    dialog = GradeDialog(window, claim)
    dialog.source.setCurrentIndex(dialog.source.findData("B"))
    dialog.info.setCurrentIndex(dialog.info.findData(2))
    dialog.reason.setPlainText("Two relatives name the same camp and month.")
    dialog.show()
    dialog.adjustSize()
    shot(dialog, "grade-dialog")
    dialog.close()
    view.tabs.setCurrentWidget(view.notes_tab)
    pump(200)
    shot(window, "case-notes-thread")


def prepare_conflicts(vault: Vault, home: Path, case_id: str) -> str:
    """A field desk that received a case from this vault: both edited its person (a
    conflict here), the desk answered one of two follow-up questions. Returns the case."""
    from amanat.services import bundles as bundle_service
    from amanat.services import cases as case_service
    from amanat.services import contacts as contact_service
    from amanat.services import edits
    from amanat.services import followups as followup_service

    desk, _ = Vault.create(home / "ghulja", PASSPHRASE, name="Ghulja field desk", kdf=TEST_PARAMS)
    contact_service.add_contact(vault, contact_service.own_card(desk), verified=True)
    contact_service.add_contact(desk, contact_service.own_card(vault), verified=True)
    out = home / "review-exchange"
    out.mkdir()

    def send(sender: Vault, receiver: Vault) -> None:
        name = receiver.identity.display_name
        path = bundle_service.seal_bundle(sender, [name], out, case_ids=[case_id]).path
        bundle_service.open_bundle(receiver, path)

    send(vault, desk)
    for who, change in (
        (desk, {"occupation": "Teacher at School No. 4", "notes": None}),
        (vault, {"notes": "Her brother says she was moved to Camp No. 3 in 2019."}),
    ):
        person = {**case_service.get_case(who, case_id)["person"], **change}
        edits.update_person(who, str(person["id"]), person, case_id=case_id)
    asked = followup_service.ask(vault, case_id, "Which camp in Ghulja was she held in?").id
    send(vault, desk)
    send(desk, vault)
    followup_service.answer(desk, asked, "Camp No. 3, east of the city, says her sister.")
    followup_service.ask(vault, str(person["id"]), "Do we have her date of birth from a document?")
    send(desk, vault)
    desk.lock()
    return case_id


def shoot_conflicts(window, ws, shot, case_id: str) -> None:
    from amanat.services import conflicts as conflict_service
    from amanat.ui.review.conflict_dialog import ConflictDialog

    ws.show_review()
    tabs = ws.review.tabs
    conflicts = ws.review.panel("conflictsPanel")
    tabs.setCurrentWidget(conflicts)
    wait_for(lambda: conflicts.loaded and conflicts.model.rowCount() > 0)
    shot(window, "review-conflicts")
    views: list[object] = []
    record_id = conflicts.model.row(0)["id"]
    window.session.op(
        lambda v, _s: conflict_service.conflict_view(v, record_id), on_success=views.append
    )
    wait_for(lambda: bool(views))
    dialog = ConflictDialog(window, window.session, views[0])  # type: ignore[arg-type]
    dialog.show()
    shot(dialog, "conflict-dialog")
    dialog.close()
    followups = ws.review.panel("followupsPanel")
    tabs.setCurrentWidget(followups)
    wait_for(lambda: followups.loaded and followups.model.rowCount() > 0)
    answered = next(i for i, r in enumerate(followups.model.rows) if r["state"] == "answered")
    followups.view.setCurrentIndex(followups.model.index(answered, 0))
    shot(window, "review-followups")
    ws.show_section("cases")
    ws.open_case(case_id)
    view = ws.cases.case_view
    wait_for(lambda: view.cd is not None and view.cd.id == case_id)
    view.tabs.setCurrentWidget(view.followups_tab)
    wait_for(lambda: view.followups_tab.model.rowCount() > 0)
    shot(window, "case-followups")


def shoot_bundles(window, ws, shot, files: dict[str, Path]) -> None:
    from amanat.ui.exchange.bundle_dialogs import OpenBundleDialog, SealDialog
    from amanat.ui.exchange.trust import VerifyContactDialog

    ws.show_section("contacts")
    section = ws.contacts
    wait_for(lambda: section.loaded and section.contacts_tab.model.rowCount() > 0)
    tab = section.contacts_tab
    states = [r["state"] for r in tab.model.rows]
    row = states.index("key_changed") if "key_changed" in states else 0
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    shot(window, "contacts")
    section.show_tab("identity")
    shot(window, "contacts-identity")
    section.show_tab("quarantine")
    pump(200)
    shot(window, "quarantine")
    entry = section.quarantine_tab.model.rows[0]
    verify = VerifyContactDialog(
        window, entry["sender"]["name"], entry["sender"]["fingerprint"],
        section.identity.fingerprint,
    )  # fmt: skip
    verify.show()
    verify.confirm.setChecked(True)
    shot(verify, "contacts-verify")
    verify.typed.setText("12345 67890")  # not what they read: the error, numbers intact
    verify.accept()
    shot(verify, "contacts-verify-mismatch")
    verify.close()
    section.show_tab("contacts")

    ws.show_section("cases")
    wait_for(lambda: all(ws.cases.model.row_data(i) is not None for i in range(3)))
    rows = [ws.cases.model.row_data(i) or {} for i in range(3)]
    cases = [(str(r["id"]), str(r["title"])) for r in rows]
    seal = SealDialog(window, window.session, cases)
    seal.show()
    wait_for(lambda: seal.recipients.count() > 0)
    seal.set_recipient_checked("HQ Berlin")
    seal.destination = files["out"] / "3f9c0a1d2b4e5f60.age"
    seal.destination_edit.setText(str(seal.destination))
    seal._update_ready()
    seal.adjustSize()
    shot(seal, "seal")
    seal.seal()
    wait_for(lambda: seal.sealed is not None or seal.notice.isVisible())
    shot(seal, "seal-done")
    seal.close()
    every = SealDialog(window, window.session, None)  # Vault > Seal all cases
    every.show()
    wait_for(lambda: every.recipients.count() > 0)
    every.adjustSize()
    shot(every, "seal-all")
    every.close()

    opened = OpenBundleDialog(window, window.session, files["from_hq"])
    opened.show()
    wait_for(lambda: opened.report is not None or opened.error is not None)
    opened.adjustSize()
    shot(opened, "open-bundle")
    opened.start_import()
    wait_for(lambda: opened.close_button.isVisible())
    shot(opened, "open-bundle-done")
    opened.close()
    broken = OpenBundleDialog(window, window.session, files["tampered"])
    broken.show()
    wait_for(lambda: broken.error is not None)
    shot(broken, "open-bundle-error")
    broken.close()


def shoot_recorder(window, view, shot, testimony_id: str) -> None:
    """The recorder during a recording, fed generated sound and pictures (this machine
    has neither microphone nor camera: tests/support/media.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from amanat.ui.recording.recorder_dialog import RecorderDialog
    from support.media import GeneratedSources

    consent = {"may_use_voice": True, "may_show_face": True}
    dialog = RecorderDialog(
        window, window.session, view.cd.id, testimony_id, consent, GeneratedSources()
    )
    dialog.resize(720, 560)
    dialog.show()
    dialog.with_video.setChecked(True)
    from amanat.ui.kit import dialogs

    asked = dialogs.ConfirmDialog.ask
    dialogs.ConfirmDialog.ask = classmethod(lambda cls, *a, **k: True)  # type: ignore[method-assign]
    try:
        dialog.record()
        wait_for(lambda: dialog.recorder is not None)
        wait_for(lambda: dialog.timer_label.text() >= "0:02")
        pump(300)
        shot(dialog, "recorder")
        dialog.stop()
        wait_for(lambda: dialog.attachment_id is not None)
    finally:
        dialogs.ConfirmDialog.ask = asked  # type: ignore[method-assign]
    dialog.close()


def on_worker(window, fn: Callable[[Vault], object]) -> object:
    out: list[object] = []
    window.session.op(lambda v, _s: fn(v), on_success=out.append)
    wait_for(lambda: bool(out))
    return out[0]


def shoot_merging(window, ws, shot) -> None:
    """The merge dialog for the first duplicate candidate, then the merged person in the
    People section ("merged from ..."); the merge is undone after (docs/review.md §5)."""
    from amanat.services import persons as person_service
    from amanat.ui.people.merge_dialog import MergeDialog

    people = ws.people
    row = people.duplicates.row(0)
    if row is None:
        return

    def load(v: Vault) -> object:
        a = person_service.merged_person(v, row["id"])
        b = person_service.merged_person(v, row["other_id"])
        return a, b, person_service.case_titles(v, [*a.cases, *b.cases])

    first, second, titles = on_worker(window, load)  # type: ignore[misc]
    dialog = MergeDialog(window, first, second, titles)
    dialog.show()
    shot(dialog, "people-merge")
    dialog.close()
    merge = on_worker(window, lambda v: person_service.merge_persons(v, first.id, second.id))
    people.name.setText(first.names[0].value["text"])
    people.find_person()
    wait_for(lambda: any(
        (people.found.row(i) or {}).get("merges") for i in range(people.found.rowCount())
    ))  # fmt: skip
    merged = next(
        i for i in range(people.found.rowCount()) if (people.found.row(i) or {}).get("merges")
    )
    people.found_view.selectRow(merged)
    people.find_duplicates()
    wait_for(lambda: not people.duplicates_work.running)
    pump(300)
    shot(window, "people-merged")
    on_worker(window, lambda v: person_service.unmerge_persons(v, merge.id))  # type: ignore[attr-defined]
    people.name.setText("Erlan")
    people.find_person()
    pump(300)


def shoot_dossier(vault: Vault, case_id: str, out: Path) -> None:
    """The first two pages of a demo case's dossier (reports-dossier-N.png), with
    pdftoppm; the PDF itself is made in memory and removed."""
    import subprocess

    from amanat.render.pdf import html_to_pdf
    from amanat.services import dossier

    pdf = out / "reports-dossier.pdf"
    pdf.write_bytes(html_to_pdf(dossier.build(vault.connection(), [case_id], use="legal").html))
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "2",
            "-png",
            str(pdf),
            str(out / "reports-dossier"),
        ],
        check=True,
    )
    pdf.unlink()
    print("wrote", out / "reports-dossier-1.png")


def main(out: Path, rtl: bool, docs: bool = False, language: str = "") -> None:
    """``language`` (kk, ru, ug, zh_CN): the screens in that language, each image named
    ``<name>-<language>.png``."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["amanat"])
    from amanat.ui.app import setup_application

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    setup_application(app, QLocale(language) if language else english)
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    from amanat.ui.window import AppWindow

    def shot(widget: QWidget, name: str) -> None:
        pump(150)
        image = widget.grab().toImage()
        if docs:
            image = image.convertToFormat(
                QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
            )
        if language:
            name = f"{name}-{language}"
        image.save(str(out / f"{name}.png"), "PNG", 9 if docs else -1)
        print("wrote", out / f"{name}.png")

    window = AppWindow()
    window.resize(*SIZE)
    window.show()
    shot(window, "welcome")
    window.show_create()
    page = window.page
    page.name_edit.setText("Almaty team")
    page.pass_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    shot(window, "create-vault")
    from amanat.ui.vault.welcome_pages import RecoveryCodePage

    code_page = RecoveryCodePage(
        "ladder rocket mango clip ozone ticket lunar voice swarm demand cabin eager "
        "frost habit kidney arrow patrol umbrella bamboo canal dizzy eternal famous galaxy"
    )
    window._set_page(code_page)
    shot(window, "recovery-code")

    vault, _code = Vault.create(vaults_root() / "demo", PASSPHRASE, name="Demo", kdf=TEST_PARAMS)
    demo.generate_demo(vault, 120)
    from amanat.services import cases as case_service

    with_files = next(
        row["id"] for row in case_service.list_cases(vault, limit=120) if row["attachments"]
    )
    # Its first testimony sealed, with notes: the read-only review (app-testimony.png).
    first = (case_service.get_case(vault, with_files).get("testimonies") or [None])[0]
    if first is not None:
        if first.get("state") != "sealed":
            case_service.seal_testimony(vault, first["id"])
        case_service.add_annotation(
            vault, "testimony", first["id"], text="Dates match the sister's account."
        )
        prepare_review(vault, with_files, first["id"])
    from amanat.services import search as search_service

    pair = search_service.duplicate_candidates(vault, limit=1)[0]
    with_duplicates = search_service.person_summaries(vault, [pair.person_id])[
        pair.person_id
    ].cases[0][0]
    bundle_files = prepare_contacts(vault, Path(_home))
    review_case = prepare_conflicts(
        vault, Path(_home), str(case_service.list_cases(vault, limit=3)[1]["id"])
    )
    shoot_dossier(vault, with_files, out)
    vault.lock()
    window.show_unlock()
    shot(window, "unlock")
    window.page.pass_edit.setText(PASSPHRASE)
    window.page.submit()
    wait_for(lambda: window.workspace is not None)
    ws = window.workspace
    wait_for(lambda: ws.cases.model.rowCount() > 0)
    # setCurrentIndex, not selectRow: in a right-to-left layout selectRow finds no
    # column before the header is laid out, and selects nothing.
    ws.cases.table.setCurrentIndex(ws.cases.model.index(0, 0))
    wait_for(lambda: ws.cases.case_view.cd is not None)
    shot(window, "cases")
    view = ws.cases.case_view
    for tab, name in (
        (view.person_tab, "case-person"), (view.events_view.parentWidget(), "case-events"),
        (view.testimonies_tab, "case-testimonies"), (view.attachments_tab, "case-attachments"),
        (view.notes_tab, "case-notes"), (view.history_view, "case-history"),
        (view.custody_page, "case-custody"),
    ):  # fmt: skip
        view.tabs.setCurrentWidget(tab)
        shot(window, name)
    ws.open_case(with_duplicates)
    wait_for(lambda: view.cd is not None and view.cd.id == with_duplicates)
    view.tabs.setCurrentIndex(0)
    pump(200)
    scroll = view.person_tab.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    shot(window, "case-duplicates")
    scroll.setValue(0)
    ws.open_case(with_files)
    wait_for(lambda: view.cd is not None and view.cd.id == with_files)
    view.tabs.setCurrentIndex(3)
    view.attachments_tab.view.setCurrentIndex(view.attachments_tab.model.index(0, 0))
    view.attachments_tab.show_selected()
    wait_for(lambda: view.attachments_tab.viewer is not None)
    shot(window, "case-attachment-view")
    view.tabs.setCurrentIndex(2)
    testimonies = view.testimonies_tab
    if testimonies.model.rowCount():
        view.open_testimony(testimonies.model.row(0)["id"])
        wait_for(lambda: view.editor is not None and not view.editor._loading)
        shot(window, "testimony")
        view.close_editor()
    view.new_testimony()
    editor = view.editor
    editor.speaker.setCurrentIndex(1)
    editor.language.setCurrentIndex(editor.language.findData("kk"))
    editor.narrative.setPlainText("Ол түнде үйден алып кетілді. Біз оны содан бері көрмедік.")
    shot(window, "testimony-new")
    view.close_editor()
    if testimonies.model.rowCount():
        shoot_recorder(window, view, shot, str(testimonies.model.row(0)["id"]))
    ws.search.setText("Ержан")
    wait_for(lambda: ws.search_panel.cases.rowCount() > 0 or not ws.search_panel.searching)
    pump(600)
    shot(window, "search")
    ws.search.clear()
    ws.show_section("people")
    ws.people.name.setText("Erlan")
    ws.people.find_person()
    ws.people.find_duplicates()
    wait_for(lambda: not ws.people.duplicates_work.running)
    pump(300)
    shot(window, "people")
    shoot_merging(window, ws, shot)
    ws.show_section("reports")
    wait_for(lambda: ws.stats.result is not None)
    ws.stats.chart_choice.setCurrentIndex(ws.stats.chart_choice.findData("facility"))
    shot(window, "reports-dashboard")
    ws.show_section("places")
    pump(600)
    shot(window, "places")
    from amanat.ui.cases.event_dialog import EventDialog
    from amanat.ui.cases.person_dialog import PersonDialog

    case_doc = ws.cases.case_view.cd
    assert case_doc is not None
    person = PersonDialog(window, window.session, case_doc)
    person.show()
    wait_for(lambda: person.hometown.is_loaded)
    shot(person, "correct-person")
    person.close()
    events = case_doc.doc.get("events") or []
    if events:
        event = EventDialog(window, window.session, case_doc, events[0]["id"])
        event.show()
        wait_for(lambda: event.place.is_loaded)
        shot(event, "correct-event")
        event.close()
    from amanat.ui.cases.attachment_dialog import AttachmentDialog
    from amanat.ui.cases.case_dialog import CaseDialog

    case_dialog = CaseDialog(window, window.session, case_doc)
    case_dialog.show()
    shot(case_dialog, "correct-case")
    case_dialog.close()
    files_of_case = case_doc.doc.get("attachments") or []
    if files_of_case:
        attachment = AttachmentDialog(window, window.session, case_doc, files_of_case[0]["id"])
        attachment.show()
        shot(attachment, "correct-attachment")
        attachment.close()
    shoot_bundles(window, ws, shot, bundle_files)
    shoot_review(window, ws, shot, with_files)
    shoot_inbox(window, ws, shot, bundle_files)
    shoot_conflicts(window, ws, shot, review_case)
    ws.show_section("cases")
    from amanat.ui.cases.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(window, window.session)
    dialog.show()
    shot(dialog, "new-case")
    dialog.close()
    from amanat.ui.settings.settings_dialog import SettingsDialog

    settings = SettingsDialog(window, window.session)
    settings.show()
    wait_for(lambda: settings.vault_name != "")
    shot(settings, "settings")
    settings.close()
    from amanat.ui.vault.lock_dialog import BusyLockDialog

    busy = BusyLockDialog(window)
    busy.show()
    shot(busy, "lock-busy")
    busy.close()
    window.session.lock()
    pump(300)
    shot(window, "locked")
    window.close()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    chosen = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
    main(Path(sys.argv[1]), "--rtl" in sys.argv, "--docs" in sys.argv, chosen)
