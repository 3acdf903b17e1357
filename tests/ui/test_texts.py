"""Words on screen that tell the truth: the consent banner states every restriction,
search names the field that matched, counts and dates read as a person writes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyleOptionViewItem,
)

from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.ui.cases import new_case_dialog as case_form
from amanat.ui.cases import testimony_editor as testimony
from amanat.ui.exchange.contacts_section import card_file_name
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.labels import duplicate_reason, label
from amanat.ui.kit.messages import field_words
from amanat.ui.kit.text import partial_date
from amanat.ui.places import places_section
from support.gui import add_case, fill_new_case, find, type_into, unlock
from support.gui_bundles import (
    add_contact_from_file,
    click,
    export_card,
    on_worker,
    open_in,
    show_contacts,
    unlock_vault,
    verify_contact,
)

NAME = "Ержан Бекболатұлы"


@pytest.fixture
def workspace(qtbot, home_vault, window_factory, monkeypatch):
    home_vault("Field team")
    window = window_factory()
    ws = unlock(qtbot, window)
    monkeypatch.setattr(testimony, "AUTOSAVE_MS", 150)
    return window, ws


def new_testimony(qtbot, window, ws) -> testimony.TestimonyEditor:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.editor is not None)
    editor = view.editor
    editor.findChild(QComboBox, "speaker").setCurrentIndex(1)
    return editor


def test_the_consent_banner_names_every_use_not_permitted(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME)
    editor = new_testimony(qtbot, window, ws)
    for key in ("informed", "voluntary", "may_name", "may_show_face", "may_use_voice"):
        editor.consent_boxes[key].setChecked(True)
    editor.use_boxes["un_submission"].setChecked(True)
    banner = editor.consent_notice.text()
    assert "restricted" in banner
    # Internal use and the UN are allowed; a court and a publication are not.
    assert label("consent_use", "legal") in banner and label("consent_use", "public") in banner
    assert label("consent_use", "un_submission") not in banner
    editor.use_boxes["un_submission"].setChecked(False)
    banner = editor.consent_notice.text()
    assert "internal use only" in banner and label("consent_use", "legal") in banner
    for code in ("un_submission", "legal", "public"):
        editor.use_boxes[code].setChecked(True)
    assert "restricted" not in editor.consent_notice.text()


def test_counts_dates_and_the_vault_name_read_as_words(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    # The vault's name is in the workspace (two open vaults never look the same), and
    # never in the window title (taskbars show it).
    qtbot.waitUntil(lambda: ws.vault_name.text() == "Field team")
    assert "Field team" not in window.windowTitle()
    add_case(qtbot, window, monkeypatch, name=NAME, event="detention")
    count = ws.cases.count_label
    qtbot.waitUntil(lambda: count.text() == "1 case")
    view = ws.cases.case_view
    # The event's "2018-03" in words of the locale, never digits that read both ways.
    cells = [view.events.data(view.events.index(0, c)) for c in range(view.events.columnCount())]
    assert "March 2018" in cells and "2018-03" not in cells
    add_case(qtbot, window, monkeypatch, name="Айгүл Серікқызы")
    qtbot.waitUntil(lambda: count.text() == "2 cases")
    # One "New testimony" button on a case, not two.
    buttons = [b for b in view.findChildren(QPushButton) if "New testimony" in b.text()]
    assert len(buttons) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2026-12-02", "December 2, 2026"),
        ("2018-03", "March 2018"),
        ("~2018-03", "about \u2068March 2018\u2069"),
        ("2018", "2018"),
        ("2018-13-40", "2018-13-40"),
    ],
)
def test_partial_dates_in_words(qapp, text: str, words: str) -> None:
    assert partial_date(text) == words


def test_the_interviewer_is_not_offered_as_the_speaker(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    doc = {
        "title": "Detention",
        "person": {"names": [{"text": NAME, "script": "kk-Cyrl"}]},
        "testimonies": [
            {
                "narrative": "...",
                "language": "kk",
                "speaker": {"names": [{"text": "Айгүл", "script": "kk-Cyrl"}]},
                "interviewers": [{"names": [{"text": "Staff Member", "script": "en-Latn"}]}],
                "consent": {"informed": True, "voluntary": True, "uses": ["internal"]},
            }
        ],
    }
    out: list[str] = []
    window.session.op(lambda v, _s: case_service.add_case(v, doc).id, on_success=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    ws.cases.show_case(out[0])
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None and view.cd.id == out[0], timeout=10000)
    editor = new_testimony(qtbot, window, ws)
    speaker = editor.findChild(QComboBox, "speaker")
    offered = [speaker.itemText(i) for i in range(speaker.count())]
    assert "Айгүл" in offered and not any("Staff Member" in t for t in offered)


def test_each_identity_card_is_saved_under_its_vault_name(qtbot, workspace, monkeypatch) -> None:
    window, _ws = workspace
    suggested: list[str] = []

    def save_as(cls, parent, title, name):
        suggested.append(name)
        return None

    monkeypatch.setattr(FileDialogs, "save_as", classmethod(save_as))
    section = show_contacts(qtbot, window, "identity")
    qtbot.waitUntil(lambda: section.identity_tab.identity is not None, timeout=10000)
    click(qtbot, find(section.identity_tab, QPushButton, "exportCardButton"))
    assert suggested == ["amanat-field-team.card"]
    assert card_file_name("Алматы офис") == "amanat-identity.card"  # no ASCII letters
    assert card_file_name("Almaty / Field: 2") == "amanat-almaty-field-2.card"


def test_duplicate_reasons_do_not_claim_another_script(qapp) -> None:
    assert duplicate_reason("name", "1.00") == "Names match"
    assert duplicate_reason("name", "0.87") == "Names are similar (\u20680.87\u2069)"


def test_a_validation_error_names_the_field_in_words_and_focuses_it(
    qtbot, workspace, monkeypatch
) -> None:
    window, _ws = workspace
    seen: list[tuple[str, bool]] = []

    def ask(cls, parent, session):
        dialog = cls(parent, session)
        qtbot.addWidget(dialog)
        dialog.show()
        fill_new_case(qtbot, dialog, name=NAME)
        value = dialog.findChild(QLineEdit, "identifierValue")
        value.setText("7" * 250)  # longer than an identifier may be
        dialog.findChild(QLineEdit, "personHometown").setFocus()
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "createCaseButton"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=10000)
        seen.append((dialog.notice.text(), value.hasFocus()))
        dialog.close()
        return None

    monkeypatch.setattr(case_form.NewCaseDialog, "ask", classmethod(ask))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    [(text, focused)] = seen
    assert "the first identifier's value" in text
    assert "person." not in text and "[0]" not in text
    assert focused


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("person.identifiers[0].value", "the first identifier's value"),
        ("person.names[1].text", "the second name's text"),
        ("person.birth_date", "the date of birth"),
        ("events[0]", "the first event"),
        ("testimonies[12].narrative", "testimony number 13's narrative"),
        ("title", "the title"),
        ("a.b[x]", "one of the fields"),
    ],
)
def test_field_paths_in_words(qapp, path: str, words: str) -> None:
    assert field_words(path) == words


UYGHUR = "ئاكام ئۈرۈمچىدە تۇتۇلدى"


def test_each_narrative_paragraph_sits_on_its_own_side(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME)
    editor = new_testimony(qtbot, window, ws)
    language = editor.findChild(QComboBox, "language")
    language.setCurrentIndex(language.findData("kk"))
    narrative = editor.narrative
    narrative.setPlainText(f"My brother was taken.\n{UYGHUR}")
    qtbot.waitUntil(lambda: narrative.document().blockCount() == 2)
    width = narrative.viewport().width()
    english, uyghur = (narrative.document().findBlockByNumber(i) for i in range(2))

    def start_x(block) -> int:
        cursor = narrative.textCursor()
        cursor.setPosition(block.position())
        return narrative.cursorRect(cursor).x()

    # The English paragraph starts at the left edge, the Uyghur one at the right edge.
    assert start_x(english) < width / 4
    assert start_x(uyghur) > width * 3 / 4
    assert narrative.toPlainText() == f"My brother was taken.\n{UYGHUR}"


def test_a_cell_is_laid_out_and_cut_in_its_own_reading_direction(
    qtbot, workspace, monkeypatch
) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name="ئەركىن ئابدۇللا")
    add_case(qtbot, window, monkeypatch, name=NAME)
    table = ws.cases.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    directions = {}
    for row in range(2):
        index = model.index(row, 1)
        option = QStyleOptionViewItem()
        table.itemDelegate().initStyleOption(option, index)
        directions[str(index.data())] = (option.direction, option.textElideMode)
    assert directions["ئەركىن ئابدۇللا"] == (
        Qt.LayoutDirection.RightToLeft,
        Qt.TextElideMode.ElideRight,  # the end in the reading direction of the cell
    )
    assert directions[NAME][0] == Qt.LayoutDirection.LeftToRight


def test_places_show_totals_and_whole_names(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    ili = {"name": "Ili Kazakh Autonomous Prefecture", "type": "prefecture"}
    ghulja = {"name": "Ghulja", "type": "county", "parent": ili}
    camp = {"name": "Ghulja camp No. 3", "facility_type": "camp", "parent": ghulja}
    for who, place in ((NAME, camp), ("Айгүл Серікқызы", ghulja)):
        doc = {
            "title": "Detention",
            "person": {"names": [{"text": who, "script": "kk-Cyrl"}]},
            "events": [{"type": "detention", "date": "2018-03", "place": place}],
        }
        out: list[str] = []
        window.session.op(
            lambda v, _s, d=doc: case_service.add_case(v, d).id, on_success=out.append
        )
        qtbot.waitUntil(lambda out=out: bool(out), timeout=10000)
    ws.show_section("places")
    places = ws.places
    qtbot.waitUntil(lambda: places.loaded and places.model.rowCount() > 0, timeout=10000)
    OWN = places_section.OWN_ROLE
    parents_with_totals = 0

    def check(parent) -> int:
        nonlocal parents_with_totals
        total = 0
        for row in range(parent.rowCount()):
            name, count = parent.child(row, 0), parent.child(row, 2)
            inner = check(name)
            own = int(count.data(OWN) or 0)
            shown = int(count.text() or 0)
            assert shown == own + inner, name.text()
            if inner:
                parents_with_totals += 1
            total += shown
        return total

    assert check(places.model.invisibleRootItem()) >= 1
    assert parents_with_totals >= 2  # the county and the prefecture count their places
    [prefecture] = places.model.findItems("Ili Kazakh Autonomous Prefecture")
    assert places.model.item(prefecture.row(), 2).text() == "2"
    # The names have the room the pane has: none is cut while there is space.
    tree = places.tree
    tree.resize(900, 500)
    qtbot.wait(10)
    header = tree.header()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSize(0) > tree.viewport().width() / 2


def test_the_open_bundle_rows_are_never_clipped(
    qtbot, home_vault, window_factory, tmp_path, monkeypatch
) -> None:
    field_path, _ = home_vault("Field team")
    hq_path, _ = home_vault("HQ Berlin")
    field = window_factory()
    unlock_vault(qtbot, field, field_path)
    hq = window_factory()
    unlock_vault(qtbot, hq, hq_path)
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    card_field = export_card(qtbot, field, monkeypatch, exchange / "field.card")
    card_hq = export_card(qtbot, hq, monkeypatch, exchange / "hq.card")
    add_contact_from_file(qtbot, field, monkeypatch, card_hq)
    add_contact_from_file(qtbot, hq, monkeypatch, card_field)
    verify_contact(qtbot, field, monkeypatch, "HQ Berlin")
    verify_contact(qtbot, hq, monkeypatch, "Field team")
    for n in range(8):  # many long titles: the "Cases" row wraps over several lines
        doc = {
            "title": f"Detention of Ержан Бекболатұлы and his brother, number {n}",
            "person": {"names": [{"text": f"Ержан {n}", "script": "kk-Cyrl"}]},
        }
        on_worker(qtbot, field, lambda v, d=doc: case_service.add_case(v, d).id)
    bundle = on_worker(
        qtbot,
        field,
        lambda v: bundle_service.seal_bundle(v, ["HQ Berlin"], exchange, all_cases=True).path,
    )
    opened = open_in(qtbot, hq, monkeypatch, bundle, confirm=False)
    opened.show()
    opened.resize(opened.minimumWidth(), 420)
    qtbot.wait(20)
    for key, value in opened.fields.items():
        if not value.text():
            continue
        # Each row has the height its wrapped lines need at the width it has.
        assert value.height() >= value.heightForWidth(value.width()), key
    assert "number 7" in opened.fields["cases"].text() or "…" in opened.fields["cases"].text()
    opened.close()


def test_search_says_which_field_was_found(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    doc = {
        "title": "Detention",
        "summary": "Taken from the Kunes sheep farm",
        "person": {"names": [{"text": NAME, "script": "kk-Cyrl"}]},
    }
    on_worker(qtbot, window, lambda v: case_service.add_case(v, doc).id)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = ws.search_panel
    type_into(qtbot, ws.search, "Kunes")
    qtbot.waitUntil(lambda: panel.cases.rowCount() == 1, timeout=10000)
    [why] = panel.cases.row(0)["why"]
    # A match in the summary is "Summary: ...", never "Title".
    assert why.startswith("Summary: ") and "Kunes" in why


LOCAL_TIME = r"""
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
app = QApplication(["amanat"])
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
from amanat.ui.kit.text import local_time
print(local_time("2026-12-02T21:24:05Z"))
"""


def test_times_are_shown_in_the_local_zone_with_the_month_in_words(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "TZ": "Asia/Almaty", "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", LOCAL_TIME], capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # 21:24 UTC is 2:24 the next morning in Almaty (UTC+5), and the month is a word.
    assert result.stdout.strip() == "Dec 3, 2026 2:24\u202fAM" or result.stdout.strip() == (
        "Dec 3, 2026 2:24 AM"
    ), result.stdout
