"""The application window: one window whose pages follow the vault's state.

Welcome / create / recovery code / unlock / recover pages are shown while no vault is
open; the workspace (cases, people, places) exists only while a vault is unlocked. At
lock the workspace and everything in it (models, views, editors, viewers) is deleted,
so nothing of a case stays in memory held by a widget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from amanat.services import settings as settings_service
from amanat.services import vault as vault_service
from amanat.storage.vault import Vault, is_vault, list_vaults
from amanat.ui.kit import language
from amanat.ui.kit.messages import describe_error, fill
from amanat.ui.kit.style import icon
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState, set_unhandled_error_handler
from amanat.ui.vault.lock_dialog import NOW, WAIT, BusyLockDialog
from amanat.ui.vault.unlock_pages import RecoverPage, UnlockPage
from amanat.ui.vault.welcome_pages import CreateVaultPage, RecoveryCodePage, WelcomePage

# Imported at start, not at the first unlock: importing the case screens takes a
# noticeable moment, and it must not freeze the window just after unlocking.
from amanat.ui.workspace import Workspace

GEOMETRY_KEY = "window/geometry"


class AppWindow(QMainWindow):
    def __init__(self, session: Session | None = None, extra_vault: Path | None = None) -> None:
        super().__init__()
        # A vault named on the command line (--vault DIR) outside the vaults folder.
        self.extra_vault = extra_vault
        self.setObjectName("appWindow")
        self.session = session or Session(self)
        self.setWindowIcon(icon("app"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.workspace: Workspace | None = None
        self._page: QWidget | None = None
        self._last_vault: Path | None = None
        self._quit_when_locked = False
        self._build_actions()
        self._build_menus()
        self.statusBar().setObjectName("statusBar")
        self.session.locked.connect(self._on_locked)
        set_unhandled_error_handler(self.show_error)
        self._update_title()
        self._update_actions()
        self.resize(1100, 720)
        self._restore_geometry()
        self.show_start()

    # -- actions and menus ---------------------------------------------------------------
    def _action(
        self,
        text: str,
        name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Shortcuts work wherever the focus is in the window (docs/design.md §11).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new_case = a("", "actionNewCase", QKeySequence.StandardKey.New)
        self.act_new_testimony = a("", "actionNewTestimony", "Ctrl+T")
        self.act_attach = a("", "actionAttach", "Ctrl+Shift+A")
        self.act_find = a("", "actionSearch", QKeySequence.StandardKey.Find)
        self.act_cases = a("", "actionShowCases", "Ctrl+1")
        self.act_people = a("", "actionShowPeople", "Ctrl+2")
        self.act_places = a("", "actionShowPlaces", "Ctrl+3")
        self.act_contacts = a("", "actionShowContacts", "Ctrl+4")
        self.act_review = a("", "actionShowReview", "Ctrl+5")
        self.act_seal = a("", "actionSealBundle", "Ctrl+E")
        self.act_seal.setIcon(icon("seal"))
        self.act_seal_all = a("", "actionSealAllCases")
        self.act_open_bundle = a("", "actionOpenBundle", QKeySequence.StandardKey.Open)
        self.act_open_bundle.setIcon(icon("open-bundle"))
        self.act_settings = a("", "actionSettings", "Ctrl+,")
        self.act_lock = a("", "actionLock", "Ctrl+L")
        self.act_lock.setIcon(icon("lock"))
        self.act_quit = a("", "actionQuit", QKeySequence.StandardKey.Quit)
        self.act_guide = a("", "actionUserGuide", QKeySequence.StandardKey.HelpContents)
        self.act_about = a("", "actionAbout")
        for act, text in self._action_texts().items():
            act.setText(text)
        self.act_lock.triggered.connect(self.request_lock)
        self.act_quit.triggered.connect(self.request_quit)
        self.act_settings.triggered.connect(self.open_settings)
        self.act_about.triggered.connect(self.show_about)
        self.act_guide.triggered.connect(self.show_guide)
        self._vault_actions = [
            self.act_new_case,
            self.act_new_testimony,
            self.act_attach,
            self.act_find,
            self.act_cases,
            self.act_people,
            self.act_places,
            self.act_contacts,
            self.act_review,
            self.act_seal,
            self.act_seal_all,
            self.act_open_bundle,
            self.act_settings,
            self.act_lock,
        ]

    def _action_texts(self) -> dict[QAction, str]:
        """The words of each action, in the language applied now (again after a change)."""
        return {
            self.act_new_case: self.tr("&New case..."),
            self.act_new_testimony: self.tr("New &testimony..."),
            self.act_attach: self.tr("&Attach files..."),
            self.act_find: self.tr("&Search"),
            self.act_cases: self.tr("&Cases"),
            self.act_people: self.tr("&People"),
            self.act_places: self.tr("P&laces"),
            self.act_contacts: self.tr("C&ontacts"),
            self.act_review: self.tr("&Review"),
            self.act_seal: self.tr("&Seal bundle..."),
            self.act_seal_all: self.tr("Seal a&ll cases..."),
            self.act_open_bundle: self.tr("&Open bundle..."),
            self.act_settings: self.tr("&Settings..."),
            self.act_lock: self.tr("&Lock"),
            self.act_quit: self.tr("&Quit"),
            self.act_guide: self.tr("&User guide"),
            self.act_about: self.tr("&About Amanat"),
        }

    def _workspace_actions(self) -> dict[str, QAction]:
        """The menu actions that act on the workspace, by the names it binds."""
        return {
            "find": self.act_find,
            "new_case": self.act_new_case,
            "new_testimony": self.act_new_testimony,
            "attach": self.act_attach,
            "cases": self.act_cases,
            "people": self.act_people,
            "places": self.act_places,
            "contacts": self.act_contacts,
            "review": self.act_review,
            "seal": self.act_seal,
            "seal_all": self.act_seal_all,
            "open_bundle": self.act_open_bundle,
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        vault_menu = self.menu_vault = bar.addMenu("")
        vault_menu.setObjectName("menuVault")
        for act in (self.act_new_case, self.act_new_testimony, self.act_attach):
            vault_menu.addAction(act)
        vault_menu.addSeparator()
        vault_menu.addAction(self.act_seal)
        vault_menu.addAction(self.act_seal_all)
        vault_menu.addAction(self.act_open_bundle)
        vault_menu.addSeparator()
        vault_menu.addAction(self.act_settings)
        vault_menu.addAction(self.act_lock)
        vault_menu.addSeparator()
        vault_menu.addAction(self.act_quit)
        view_menu = self.menu_view = bar.addMenu("")
        view_menu.setObjectName("menuView")
        for act in (
            self.act_find,
            self.act_cases,
            self.act_review,
            self.act_people,
            self.act_places,
            self.act_contacts,
        ):
            view_menu.addAction(act)
        help_menu = self.menu_help = bar.addMenu("")
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.act_guide)
        help_menu.addAction(self.act_about)
        self._title_menus()

    def _title_menus(self) -> None:
        self.menu_vault.setTitle(self.tr("&Vault"))
        self.menu_view.setTitle(self.tr("V&iew"))
        self.menu_help.setTitle(self.tr("&Help"))

    def _update_actions(self) -> None:
        unlocked = self.session.is_open and self.workspace is not None
        for act in self._vault_actions:
            act.setEnabled(unlocked)

    def _update_title(self) -> None:
        # Never case content, never the vault's name (it may name a person or a team).
        if self.session.is_open:
            self.setWindowTitle(self.tr("Amanat"))
        else:
            self.setWindowTitle(self.tr("Amanat (locked)"))

    # -- pages ---------------------------------------------------------------------------
    def _set_page(self, page: QWidget) -> None:
        old = self._page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self._page = page
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        if page.focusProxy() is not None:
            # Where one types first (the passphrase field): at start, after a lock.
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_title()
        self._update_actions()

    @property
    def page(self) -> QWidget | None:
        return self._page

    def known_vaults(self) -> list[Path]:
        found = list_vaults()
        extra = self.extra_vault
        if extra is not None and is_vault(extra) and extra not in found:
            found.insert(0, extra)
        return found

    def show_start(self) -> None:
        if self.known_vaults():
            self.show_unlock()
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        page = WelcomePage(has_vaults=bool(self.known_vaults()))
        page.create_requested.connect(lambda: self.show_create(demo=False))
        page.demo_requested.connect(lambda: self.show_create(demo=True))
        page.unlock_requested.connect(self.show_unlock)
        self._set_page(page)

    def show_create(self, demo: bool = False) -> None:
        page = CreateVaultPage(self.session, demo=demo)
        page.cancelled.connect(self.show_start)
        page.created.connect(lambda v, c, m: self._on_created(v, c, m, demo))
        self._set_page(page)

    def _on_created(self, vault: Vault, code: str, settings: dict[str, Any], demo: bool) -> None:
        self._last_vault = vault.path
        self.session.open(vault, settings)
        if demo:
            self.enter_workspace(generate_demo=True)
            return
        page = RecoveryCodePage(code)
        page.confirmed.connect(self.enter_workspace)
        self._set_page(page)

    def show_unlock(self, note: str = "") -> None:
        page = UnlockPage(
            self.session,
            self.known_vaults(),
            selected=self._last_vault or self.extra_vault,
            note=note,
        )
        page.unlocked.connect(self._on_unlocked)
        page.recover_requested.connect(self.show_recover)
        page.create_requested.connect(lambda: self.show_create(demo=False))
        page.demo_requested.connect(lambda: self.show_create(demo=True))
        self._set_page(page)

    def show_recover(self, path: Path) -> None:
        page = RecoverPage(self.session, path)
        page.cancelled.connect(self.show_unlock)
        page.recovered.connect(self._on_unlocked)
        self._set_page(page)

    def _on_unlocked(self, vault: Vault, settings: dict[str, Any]) -> None:
        if self.session.is_open:  # pragma: no cover - a second unlock raced the first
            self.session.lock()
        self._last_vault = vault.path
        self.session.open(vault, settings)
        self.enter_workspace()

    def _apply_vault_language(self) -> None:
        """The language the vault's settings choose (services.settings.LANGUAGE), applied
        before the workspace is built; the menus are retranslated (ui/kit/language.py)."""
        chosen = language.locale_for(self.session.setting(settings_service.LANGUAGE))
        rtl = language.is_right_to_left(chosen)
        now_rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if language.code_of(chosen) == language.active() and rtl == now_rtl:
            return
        language.apply(chosen)
        self.retranslate()

    def retranslate(self) -> None:
        """The window's own words (actions, menus, title) in the language now applied."""
        for act, text in self._action_texts().items():
            act.setText(text)
        self._title_menus()
        self._update_title()

    def enter_workspace(self, generate_demo: bool = False) -> None:
        if not self.session.is_open:
            self.show_unlock()
            return
        self._apply_vault_language()
        workspace = Workspace(self.session)
        workspace.bind_actions(self._workspace_actions())
        workspace.status_message.connect(self.statusBar().showMessage)
        workspace.error_occurred.connect(self.show_error)
        workspace.lock_requested.connect(self.request_lock)
        self.workspace = workspace
        self._set_page(workspace)
        self.statusBar().showMessage(self.tr("Vault unlocked."), 4000)
        self._report_after_lock()
        if generate_demo:
            workspace.generate_demo()

    # -- locking while a file is being attached ---------------------------------------------
    def request_lock(self) -> None:
        """Ctrl+L, the Lock button: an attachment being added is waited for, or the
        person locks anyway knowing it is not saved (never dropped without a word)."""
        if not self.session.held:
            self.session.lock()
            return
        choice = BusyLockDialog.ask(self)
        if choice == WAIT:
            self.session.lock_when_done()
            self.statusBar().showMessage(
                self.tr("The vault locks as soon as the attachment is saved."), 0
            )
        elif choice == NOW:
            self.session.lock()

    def request_quit(self) -> None:
        if self.session.held:
            choice = BusyLockDialog.ask(self, quitting=True)
            if choice is None:
                return
            if choice == WAIT:
                self._quit_when_locked = True
                self.session.lock_when_done()
                self.statusBar().showMessage(
                    self.tr("Amanat quits as soon as the attachment is saved."), 0
                )
                return
        self.close()

    def _lock_note(self) -> str:
        note = self.tr("The vault was locked. Unlock it to continue.")
        met = self.session.after_lock
        if any(work.dropped for work in met):
            note += " " + self.tr(
                "An attachment was still being added when the vault was locked: the file"
                " being written was not saved. After unlocking, check the case's attachments"
                " and add what is missing."
            )
        elif met:
            note += " " + self.tr("The lock waited until the attachment being added was saved.")
        return note

    def _report_after_lock(self) -> None:
        """After unlock: what the last lock saved, or did not, of the files being added."""
        for work in self.session.take_after_lock():
            if work.dropped and work.lost:
                text = self.tr(
                    "Locked while files were being attached: %n file(s) not saved. Add them again.",
                    "",
                    work.lost,
                )
            else:
                text = self.tr("Saved before the lock: %n file(s) being attached.", "", work.done)
            self.statusBar().showMessage(text, 30000)

    def _on_locked(self) -> None:
        workspace = self.workspace
        self.workspace = None
        if workspace is not None:
            workspace.clear()
        # Close any dialog or viewer that might show case content.
        for widget in self.findChildren(QWidget):
            if widget.isWindow() and widget is not self and widget.isVisible():
                widget.close()
        self.statusBar().clearMessage()
        if self._quit_when_locked:
            self._quit_when_locked = False
            self.close()
            return
        self.show_unlock(note=self._lock_note())

    # -- dialogs ---------------------------------------------------------------------------
    def open_settings(self) -> None:
        from amanat.ui.settings.settings_dialog import SettingsDialog

        if self.session.is_open:
            SettingsDialog.ask(self, self.session, on_wipe=self.wipe_current_vault)

    def wipe_current_vault(self) -> None:
        """Travel mode: lock, then crypto-erase and delete the folder on the worker."""
        vault = self.session.vault
        if vault is None:
            return
        path = vault.path
        self.session.lock()
        self._last_vault = None

        def wipe(_state: TaskState) -> None:
            vault_service.wipe(path)

        self.session.run(wipe, on_success=self._on_wiped, on_failure=self._on_wipe_failed)

    def _on_wiped(self, _result: object) -> None:
        self.show_start()
        self.statusBar().showMessage(self.tr("The vault was wiped."), 8000)

    def _on_wipe_failed(self, error: BaseException) -> None:
        self.show_start()
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        if not self.isVisible():
            return
        QMessageBox.warning(self, self.tr("Amanat"), describe_error(error))

    def show_about(self) -> None:
        from amanat import __version__

        QMessageBox.about(
            self,
            self.tr("About Amanat"),
            fill(
                self.tr(
                    "Amanat %1\n\nAn offline, encrypted casework tool for documenting"
                    " persecution. Free software under the GNU AGPL, version 3 or later."
                ),
                __version__,
            ),
        )

    def show_guide(self) -> None:
        self.statusBar().showMessage(
            self.tr("The user guide is in docs/user-guide-app.md of the Amanat folder."), 8000
        )

    # -- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        value = QSettings().value(GEOMETRY_KEY)
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self.session.held:  # the window's close button
            event.ignore()
            self.request_quit()
            return
        # Only the window's geometry goes to QSettings (docs/design.md §12.6, §9).
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.session.shutdown()
        set_unhandled_error_handler(None)
        super().closeEvent(event)
