"""Take screenshots of every screen (for docs/user-guide-app.md and for looking).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_screenshots.py OUT_DIR [--rtl] [--docs]

--docs writes the smaller, 256-colour images used in docs/images/.

Runs the real app on a throw-away demo vault (invented cases only) in a temporary
AMANAT_HOME; writes PNGs into OUT_DIR. Not a test: pytest does not collect it.
"""

from __future__ import annotations

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


def main(out: Path, rtl: bool, docs: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["amanat"])
    from amanat.ui.app import setup_application

    setup_application(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
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
    from amanat.ui.welcome import RecoveryCodePage

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
    from amanat.services import search as search_service
    from amanat.services import ui_support

    pair = search_service.duplicate_candidates(vault, limit=1)[0]
    with_duplicates = ui_support.person_summaries(vault, [pair.person_id])[pair.person_id].cases[0][
        0
    ]
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
    for i, name in enumerate(
        ["case-person", "case-events", "case-testimonies", "case-attachments", "case-notes",
         "case-history", "case-custody"]
    ):  # fmt: skip
        view.tabs.setCurrentIndex(i)
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
    ws.search.setText("Ержан")
    wait_for(lambda: ws.search_panel.cases.rowCount() > 0 or not ws.search_panel.searching)
    pump(600)
    shot(window, "search")
    ws.search.clear()
    ws.show_section("people")
    ws.people.name.setText("Erlan")
    ws.people.find_person()
    ws.people.find_duplicates()
    wait_for(lambda: ws.people._op is None)
    pump(300)
    shot(window, "people")
    ws.show_section("places")
    pump(600)
    shot(window, "places")
    ws.show_section("cases")
    from amanat.ui.case_form import NewCaseDialog

    dialog = NewCaseDialog(window, window.session)
    dialog.show()
    shot(dialog, "new-case")
    dialog.close()
    from amanat.ui.settings import SettingsDialog

    settings = SettingsDialog(window, window.session)
    settings.show()
    wait_for(lambda: settings.vault_name != "")
    shot(settings, "settings")
    settings.close()
    window.session.lock()
    pump(300)
    shot(window, "locked")
    window.close()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--rtl" in sys.argv, "--docs" in sys.argv)
