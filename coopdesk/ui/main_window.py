"""The main window: navigation, pages, program selector, as-of date, menus, status bar."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from coopdesk.services import changes
from coopdesk.ui import settings, shortcuts
from coopdesk.ui.context import AppContext
from coopdesk.ui.database_files import DatabaseFiles, menu_action
from coopdesk.ui.dialogs.first_start import FirstStartChoice, FirstStartDialog
from coopdesk.ui.dialogs.iati_dialog import iati_export_action
from coopdesk.ui.first_paint import AfterFirstPaint
from coopdesk.ui.help_viewer import guide_action
from coopdesk.ui.messages import explain, word
from coopdesk.ui.offline_actions import OfflineActions
from coopdesk.ui.operations import background
from coopdesk.ui.pages import PAGES, entry
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.inputs import DateEdit
from coopdesk.ui.widgets.screen_fit import place_first_window
from coopdesk.ui.window_status import WindowStatus
from coopdesk.ui.worker import Progress, Task

if TYPE_CHECKING:
    from coopdesk.services.database import UnitOfWork
    from coopdesk.services.programs import ProgramDTO

# The database code (SQLAlchemy, the tables) is imported where it is first used, after the
# window's frame has shown (``ui/app.py``): importing it takes longer than showing the frame.


class MainWindow(QMainWindow):
    """One window working on one database and one selected program at a time."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *,
        first_page: str | None = "dashboard",
    ) -> None:
        """The window, showing ``first_page``; with ``None``, only its frame (navigation,
        menus, status bar), until a page is chosen (``show_page``)."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("CoopDesk")
        #: The pages built so far, by key: a page is built when it is first shown.
        self._pages: dict[str, Page] = {}
        #: What waits for the window's first paint (opening the database, at a start).
        self.after_first_paint = AfterFirstPaint(self)

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget(self)
        for navigation in PAGES:
            item = QListWidgetItem(navigation.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, navigation.key)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self.status = WindowStatus(self, ctx)
        self._build_menus()

        ctx.sig_database_changed.connect(self._database_changed)
        ctx.sig_program_changed.connect(self._update_status)
        ctx.sig_as_of_changed.connect(self._sync_as_of_edit)
        ctx.sig_data_changed.connect(self._data_changed)
        ctx.sig_navigate.connect(self.show_page)
        if first_page is None:
            # A frame: the navigation waits for the first page (enabled, it would choose
            # one itself on taking the focus, building that page before the frame shows).
            self.nav.setEnabled(False)
        else:
            self.nav.setCurrentRow(self._row(first_page))
        self._database_changed()

    # -- building --------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Program"), self)
        bar.setObjectName("program_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr("Program: "), self))
        self.program_combo = QComboBox(self)
        self.program_combo.setAccessibleName(self.tr("Program"))
        self.program_combo.setMinimumContentsLength(28)
        self.program_combo.currentIndexChanged.connect(self._program_chosen)
        bar.addWidget(self.program_combo)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("As of: "), self))
        self.as_of_edit = DateEdit(self.ctx.as_of, self)
        self.as_of_edit.setAccessibleName(self.tr("As-of date"))
        self.as_of_edit.dateChanged.connect(self._as_of_chosen)
        bar.addWidget(self.as_of_edit)
        today = QAction(self.tr("Today"), self)
        today.setToolTip(self.tr("Show everything as of today (or the program's end)"))
        today.triggered.connect(self._as_of_default)
        bar.addAction(today)

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
        return menu_action(self, text, slot, shortcut)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        files = self.database_files = DatabaseFiles(self)
        self.new_program_action = self._action(self.tr("New &program…"), self.new_program)
        self.demo_action = self._action(self.tr("Load the &demo program"), self.load_demo)
        self.edit_program_action = self._action(self.tr("&Edit program…"), self.edit_program)
        self.audit_action = self._action(self.tr("&Audit log (history of changes)"),
                                         lambda: self.show_page("audit"))
        quit_action = self._action(self.tr("&Quit"), self.close,
                                   shortcuts.standard(QKeySequence.StandardKey.Quit))
        file_menu.addActions([files.new_action, files.open_action])
        file_menu.addMenu(files.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.new_program_action, self.edit_program_action, self.demo_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([files.backup_action, files.restore_action, self.audit_action])
        file_menu.addMenu(self.tr("E&xport")).addAction(iati_export_action(self, self.ctx))
        self.offline = OfflineActions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences,
            shortcuts.standard(QKeySequence.StandardKey.Preferences),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        keys = QKeySequence.StandardKey
        view_menu.addAction(self._action(self.tr("&Refresh"), self.refresh_current, keys.Refresh))
        view_menu.addAction(self._action(self.tr("&Find in list"), self.focus_filter, keys.Find))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(guide_action(self, self.stack))
        help_menu.addAction(self._action(self.tr("&About CoopDesk"), self.about))

    # -- pages -----------------------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in navigation order."""
        return [self._pages[e.key] for e in PAGES if e.key in self._pages]

    def current_page(self) -> Page:
        page = self._shown_page()
        assert page is not None  # a page is chosen as soon as the frame has shown
        return page

    def _shown_page(self) -> Page | None:
        """The page shown; None while the window shows only its frame."""
        page = self.stack.currentWidget()
        return page if isinstance(page, Page) else None

    def page(self, key: str) -> Page | None:
        """The page ``key``, built now if it was not yet (it refreshes when shown)."""
        if key not in self._pages:
            found = entry(key)
            if found is None:
                return None
            self._pages[key] = page = found.build(self.ctx, self.stack)
            self.stack.addWidget(page)
        return self._pages[key]

    @staticmethod
    def _row(key: str) -> int:
        return next(row for row, e in enumerate(PAGES) if e.key == key)

    def _page_chosen(self, row: int) -> None:
        page = self.page(PAGES[row].key)
        assert page is not None  # every row is an entry of the registry
        self.stack.setCurrentWidget(page)
        page.refresh_if_stale()

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        """Show (or hide) the window, then bring the page shown up to date (not while Qt
        shows the widgets: ``Page.showEvent``)."""
        super().setVisible(visible)
        page = self._shown_page()
        if visible and page is not None:
            page.refresh_if_stale()

    def show_page(self, key: str, payload: object = None) -> None:
        if entry(key) is None:
            return
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(self._row(key))
        self.current_page().show_payload(payload)

    def refresh_current(self) -> None:
        page = self._shown_page()
        if page is not None and page.ready:
            page.refresh()

    def edit_preferences(self) -> None:
        """Preferences; a new language or date format rebuilds the window (see the dialog)."""
        from coopdesk.ui.dialogs.preferences import edit_preferences

        edit_preferences(self)

    def focus_filter(self) -> None:
        page = self._shown_page()
        if page is not None:
            page.focus_filter()

    # -- database --------------------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        """Open a database, asking what the situation needs (``ui/database_opening.py``);
        on failure keep working on the current one."""
        from coopdesk.services.database import without_password
        from coopdesk.ui.database_opening import open_interactively

        database = open_interactively(
            self, target, keep_backups=settings.get(settings.BACKUPS_KEPT)
        )
        if database is None:
            return False
        self.ctx.set_database(database)
        settings.remember_database(without_password(target))
        if self.isVisible():
            self.back_up_today()
        return True

    def back_up_today(self) -> Task | None:
        """Take the first open of the day's backup behind the window (a window not shown
        yet takes it once shown: ``ui/app.py``)."""
        return self.database_files.back_up_today()

    # -- programs --------------------------------------------------------------------------
    def _database_changed(self) -> None:
        self._fill_programs()
        writable = self.ctx.database is not None and self._may_change_programs()
        for action in (self.new_program_action, self.edit_program_action, self.demo_action):
            action.setEnabled(writable)
        self.database_files.backup_action.setEnabled(self.ctx.database is not None)
        self._update_status()

    def _may_change_programs(self) -> bool:
        from coopdesk.services.database import may_change

        return may_change(self.ctx.database, {changes.PROGRAM})

    def _programs(self) -> list[ProgramDTO]:
        from coopdesk.services.programs import list_programs

        return self.ctx.read(list_programs)

    def _fill_programs(self, select_id: int | None = None) -> None:
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        rows = self._programs() if self.ctx.database else []
        for program in rows:
            self.program_combo.addItem(f"{program.code} — {program.title}", program)
        self.program_combo.blockSignals(False)
        if not rows:
            self.ctx.set_program(None)
            return
        wanted = select_id
        if wanted is None:
            last = settings.get(settings.LAST_PROGRAM)
            wanted = next((p.id for p in rows if p.code == last), rows[0].id)
        index = next(i for i, p in enumerate(rows) if p.id == wanted)
        if index == self.program_combo.currentIndex():
            self._program_chosen(index)
        else:
            self.program_combo.setCurrentIndex(index)

    def _program_chosen(self, index: int) -> None:
        program = self.program_combo.itemData(index)
        if program is None:
            self.ctx.set_program(None)
            return
        settings.put(settings.LAST_PROGRAM, program.code)
        self.ctx.set_program(program.id, program.end_date)
        self._sync_as_of_edit()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if changes.PROGRAM in kinds:
            self._fill_programs(self.ctx.program_id)

    def new_program(self) -> None:
        from coopdesk.ui.dialogs.program_dialog import ProgramDialog

        dialog = ProgramDialog(self.ctx, None, self)
        if dialog.exec():
            self._fill_programs(dialog.result_value)

    def edit_program(self) -> None:
        if self.ctx.program_id is None:
            return
        from coopdesk.services.programs import get_program
        from coopdesk.ui.dialogs.program_dialog import ProgramDialog

        program = self.ctx.read(get_program, self.ctx.program_id)
        ProgramDialog(self.ctx, program, self).exec()

    def offer_first_start(self) -> None:
        """On an empty database, offer the demo program or a new one."""
        if self.ctx.database is None or self.program_combo.count():
            return
        dialog = FirstStartDialog(self)
        dialog.exec()
        if dialog.choice is FirstStartChoice.DEMO:
            self.load_demo()
        elif dialog.choice is FirstStartChoice.NEW_PROGRAM:
            self.new_program()

    def load_demo(self) -> Task | None:
        """Load the demo program in the background, then select it."""
        from coopdesk.services.demo import load_demo

        if self.ctx.database is None:
            return None

        def work(uow: UnitOfWork, progress: Progress) -> int:
            return load_demo(
                uow, lambda done, total, step: progress.report(done, total, word(step)))

        return background(
            self, self.ctx, self.tr("Loading the demo program"), work, self._fill_programs,
            on_error=self._demo_failed, writes=True, cancellable=False,
        )

    def _demo_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Demo program"), explain(error))

    # -- as of -----------------------------------------------------------------------------
    def _as_of_chosen(self, qdate: QDate) -> None:
        day: date = qdate.toPython()  # type: ignore[assignment]
        if day != self.ctx.as_of:
            self.ctx.set_as_of(day)

    def _as_of_default(self) -> None:
        self.ctx.set_as_of(None)
        self._sync_as_of_edit()

    def _sync_as_of_edit(self) -> None:
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.set_value(self.ctx.as_of)
        self.as_of_edit.blockSignals(False)
        self._update_status()

    def _update_status(self) -> None:
        program = self.program_combo.currentData()
        self.status.update(program.code if program else None)

    # -- help and closing ------------------------------------------------------------------
    def about(self) -> None:
        from coopdesk.ui.dialogs.about import show_about

        show_about(self, self.ctx.database)

    def restore_geometry(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            place_first_window(self, QSize(1280, 800))
        self.restoreState(settings.get(settings.WINDOW_STATE))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.window_activated()

    def window_activated(self) -> None:
        """Coming back to the window on a shared server: show what colleagues changed."""
        if self.ctx.database is not None and self.ctx.database.is_server:
            self.refresh_current()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        super().closeEvent(event)
