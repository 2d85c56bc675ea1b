"""Sizes from the screen (``ui/widgets/screen_fit.py``): the first start on a laptop, the
dialogs, the forms that grow with a row shown later, the roster's key columns in view."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication

from coopdesk.services import contract_reads
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.contract_dialogs import RenewDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.models.specialists import COL_END, COL_FEE, COL_NAME, COL_REFERENCE, COL_STATUS
from coopdesk.ui.widgets.list_panel import squeezed
from coopdesk.ui.widgets.screen_fit import FRAME_MARGIN, first_window_size, fitted

LAPTOP = QRect(0, 0, 1366, 728)


def test_the_default_size_is_kept_where_it_fits_and_maximised_where_not() -> None:
    assert first_window_size(QSize(1280, 800), QRect(0, 0, 1920, 1040)) == QSize(1280, 800)
    assert first_window_size(QSize(1280, 800), LAPTOP) is None


def test_a_dialog_is_no_larger_than_the_room_less_its_frame() -> None:
    assert fitted(QSize(900, 700), LAPTOP) == QSize(900, 728 - FRAME_MARGIN.height())
    assert fitted(QSize(500, 300), LAPTOP) == QSize(500, 300)


def test_long_text_columns_give_way_to_the_others() -> None:
    # name, unit, position, then short columns: only the long texts are narrowed
    widths = squeezed([300, 320, 320, 90, 80, 110], [60, 60, 60, 90, 80, 110], 1000)
    assert widths[3:] == [90, 80, 110]
    assert sum(widths) <= 1000
    assert squeezed([100, 90], [60, 60], 500) == [100, 90]


def test_the_first_start_on_a_small_screen_fits_it(qtbot, demo_path: Path) -> None:
    """The offscreen screen (800×600) is smaller than the default 1280×800: the window
    opens maximised, its normal size within the screen, the status bar on it."""
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    window.restore_geometry()
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= room.width() and window.height() <= room.height()


def test_the_renew_form_grows_with_the_validity_exception_row(qtbot, demo_path: Path) -> None:
    """A renewal past the program's end shows the exception row and a message: the form
    grows to hold them instead of pressing its rows on one another."""
    from coopdesk.domain.contracts import OutsideValidityError

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_target(str(demo_path))
    page = window.page("specialists")
    window.show_page("specialists")
    qtbot.waitUntil(lambda: bool(page.roster.all_rows()))
    row = next(r for r in page.roster.all_rows() if r.is_open and r.contract_id is not None)
    dialog = RenewDialog(window.ctx, window.ctx.read(contract_reads.get_contract,
                                                     row.contract_id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_errors(OutsideValidityError({"end_date": "outside"}))
    qtbot.wait(50)
    layout = dialog.layout()
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
    rows = [dialog.form.itemAt(i).widget() for i in range(dialog.form.count())]
    shown = sorted((w.geometry() for w in rows if w is not None and w.isVisible()),
                   key=lambda g: g.top())
    assert all(a.bottom() < b.top() or a.top() == b.top() for a, b in pairwise(shown))
    dialog.reject()


def test_the_rosters_key_columns_are_in_view_on_a_laptop(qtbot, demo_path: Path) -> None:
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_target(str(demo_path))
    window.resize(LAPTOP.size())
    window.show()
    page = window.page("specialists")
    window.show_page("specialists")
    qtbot.waitUntil(lambda: page.roster.model.rowCount() > 0 and not page._stale
                    and not page._refreshing)
    qtbot.wait(50)
    view, header = page.roster.view, page.roster.view.horizontalHeader()
    right = view.viewport().width()
    for column in (COL_NAME, COL_REFERENCE, COL_END, COL_FEE, COL_STATUS):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= right, \
            page.roster.model.headerData(column, Qt.Orientation.Horizontal)


def test_the_scenario_form_shows_its_funds_column(qtbot, demo_path: Path) -> None:
    """The column the user types in ("Funds available") was cut to "Fo…" beside a long
    label; the table now has the form's width."""
    from coopdesk.ui.dialogs.scenario_dialog import ScenarioDialog

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_target(str(demo_path))
    dialog = ScenarioDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.funds.horizontalHeader()
    assert header.sectionViewportPosition(2) + header.sectionSizeHint(2) \
        <= dialog.funds.viewport().width()
    dialog.reject()
