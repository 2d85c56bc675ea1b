"""Budget & revisions: the budget grid with time travel, the draft editor, the revision log.

The selector shows the budget as of any revision; choosing a draft turns the grid into its
editor (cells typed in are the draft's new amounts) and enables the helpers, the diff and
approval. Approval asks for confirmation: an approved revision never changes again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.services import budget_diff, changes, revision_lines, revisions
from coopdesk.services.budget_state import Cell
from coopdesk.services.revision_reads import RevisionDTO
from coopdesk.services.views.budget import BudgetShown, BudgetView, budget_shown, budget_view
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.revision_dialogs import (
    AdjustToCdrDialog,
    AwardChangeDialog,
    CarryRemainderDialog,
    DiffDialog,
    NewLineDialog,
    RevisionDialog,
    TransferDialog,
)
from coopdesk.ui.formatting import fmt_date, fmt_money
from coopdesk.ui.messages import explain
from coopdesk.ui.models.budget import (
    BudgetGridModel,
    PasteRefused,
    ledger_columns,
    revision_columns,
)
from coopdesk.ui.operations import change
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.budget_grid import BudgetGridView
from coopdesk.ui.widgets.forms import confirm
from coopdesk.ui.widgets.list_panel import ListPanel

#: Selector entry meaning "the latest approved revision".
LATEST = None


class BudgetPage(Page):
    """The budget grid as of a revision, the draft editor, the revisions and the award ledger."""

    key = "budget"
    help_section = "page-budget"
    kinds = frozenset({changes.BUDGET, changes.PROGRAM, changes.EXPENDITURE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.currency = "USD"
        #: What the page shows (``services/views/budget.py``), None before a program.
        self.view: BudgetView | None = None
        self.shown: BudgetShown | None = None

        self.selector = QComboBox(self)
        self.selector.setAccessibleName(self.tr("Budget as of"))
        self.selector.currentIndexChanged.connect(self._show_selected)
        self.compare_with = QComboBox(self)
        self.compare_with.setAccessibleName(self.tr("Compare with"))
        self.new_button = QPushButton(self.tr("&New revision…"), self)
        self.new_button.clicked.connect(self.new_revision)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_revision)
        self.delete_button = QPushButton(self.tr("&Delete draft…"), self)
        self.delete_button.clicked.connect(self.delete_revision)
        self.helpers_button = QToolButton(self)
        self.helpers_button.setText(self.tr("&Helpers"))
        self.helpers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.helpers_button.setMenu(self._helpers_menu())
        self.diff_button = QPushButton(self.tr("Show &changes…"), self)
        self.diff_button.clicked.connect(self.show_diff)
        self.approve_button = QPushButton(self.tr("&Approve…"), self)
        self.approve_button.clicked.connect(self.approve)
        self.compare_button = QPushButton(self.tr("Co&mpare"), self)
        self.compare_button.clicked.connect(self.compare)
        self.guard({changes.BUDGET}, self.new_button, self.edit_button, self.delete_button,
                   self.helpers_button, self.approve_button)

        for combo in (self.selector, self.compare_with):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Budget as of:"), self))
        bar.addWidget(self.selector, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.helpers_button, self.diff_button, self.approve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        compare_bar = QHBoxLayout()
        compare_bar.addWidget(QLabel(self.tr("Compare with:"), self))
        compare_bar.addWidget(self.compare_with, 1)
        compare_bar.addWidget(self.compare_button)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.grid_model = BudgetGridModel(self)
        self.grid_view = BudgetGridView(BudgetGridModel.FIXED, self)
        self.grid_view.setModel(self.grid_model)
        self.grid_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.grid_view.sig_paste.connect(self.paste)

        self.revision_panel: ListPanel = ListPanel(revision_columns(lambda: self.currency), self)
        self.revision_panel.sig_activated.connect(self._select_revision)
        self.revision_panel.sig_selection_changed.connect(self._update_buttons)
        self.ledger_panel: ListPanel = ListPanel(ledger_columns(lambda: self.currency), self)

        self.tabs = QTabWidget(self)
        grid_tab = QWidget(self)
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.addWidget(self.status)
        grid_layout.addWidget(self.grid_view, 1)
        grid_layout.addLayout(compare_bar)
        self.tabs.addTab(grid_tab, self.tr("Budget"))
        self.tabs.addTab(self.revision_panel, self.tr("Revisions"))
        self.tabs.addTab(self.ledger_panel, self.tr("Award ledger"))
        self.tabs.currentChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def _helpers_menu(self) -> QMenu:
        menu = QMenu(self)
        self.helper_actions = {
            "carry": menu.addAction(self.tr("Carry the remainder of a closed year…")),
            "cdr": menu.addAction(self.tr("Adjust a closed year to the CDR…")),
            "transfer": menu.addAction(self.tr("Transfer between lines…")),
            "award": menu.addAction(self.tr("Increase or decrease the award…")),
            "line": menu.addAction(self.tr("Add a budget line…")),
        }
        self.helper_actions["carry"].triggered.connect(lambda: self.run_helper("carry"))
        self.helper_actions["cdr"].triggered.connect(lambda: self.run_helper("cdr"))
        self.helper_actions["transfer"].triggered.connect(lambda: self.run_helper("transfer"))
        self.helper_actions["award"].triggered.connect(lambda: self.run_helper("award"))
        self.helper_actions["line"].triggered.connect(lambda: self.run_helper("line"))
        return menu

    # -- loading ---------------------------------------------------------------------------
    @property
    def revisions(self) -> tuple[RevisionDTO, ...]:
        """Every revision of the program, in the order they take effect."""
        return self.view.revisions if self.view is not None else ()

    def refresh(self) -> None:
        """One read (``budget_view``) for the log, the ledger and the grid shown."""
        if not self.ready:
            self.view = self.shown = None
            self.grid_model.on_edit = None
            self.selector.clear()
            return
        view = self.ctx.read(budget_view, self.ctx.program_id, self.selected_revision_id())
        self.view, self.currency = view, view.currency
        self._fill_selectors(view.shown.revision.id if view.shown.revision else LATEST)
        self.revision_panel.set_rows(list(reversed(view.revisions)))
        self.ledger_panel.set_rows(view.ledger)
        self._show(view.shown)

    def _fill_selectors(self, keep: int | None) -> None:
        """Offer every revision, newest first, keeping ``keep`` chosen (no signal: the grid
        shown is already read)."""
        for combo in (self.selector, self.compare_with):
            chosen = keep if combo is self.selector else combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Latest approved revision"), LATEST)
            for rev in reversed(self.revisions):
                state = self.tr("approved") if rev.is_approved else self.tr("DRAFT")
                combo.addItem(f"{rev.label} · {fmt_date(rev.revision_date)} · {state}", rev.id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def selected_revision_id(self) -> int | None:
        return self.selector.currentData() if self.selector.count() else None

    def selected_revision(self) -> RevisionDTO | None:
        """The revision the grid shows (None: the latest approved state)."""
        return self.shown.revision if self.shown is not None else None

    def select_revision(self, revision_id: int | None) -> None:
        self.selector.setCurrentIndex(max(self.selector.findData(revision_id), 0))

    def _select_revision(self, revision: RevisionDTO) -> None:
        self.select_revision(revision.id)
        self.tabs.setCurrentIndex(0)

    @property
    def draft(self) -> RevisionDTO | None:
        """The draft shown, whose editor the grid is (None for an approved state)."""
        return self.shown.draft if self.shown is not None else None

    def _show_selected(self, *_: Any) -> None:
        """Another revision was chosen: one read of its grid."""
        if self.ready:
            self._show(self.ctx.read(budget_shown, self.ctx.program_id,
                                     self.selected_revision_id()))

    def _show(self, shown: BudgetShown) -> None:
        self.shown = shown
        draft, grid = shown.draft, shown.grid
        self.grid_model.on_edit = self._edit_cells if draft is not None else None
        self.grid_view.keeping_place(lambda: self.grid_model.set_grid(grid, shown.years,
                                                                      shown.draft_cells))
        text = self.tr("Award %s · budget %s") % (
            fmt_money(shown.award, grid.currency, True), fmt_money(grid.total, grid.currency, True)
        )
        if draft is not None:
            text += " · " + self.tr(
                "Editing draft %s: type new amounts in the grid; highlighted cells are the "
                "draft's lines. Clear a cell to drop it from the draft."
            ) % draft.label
        self.status.setText(text)
        self._update_buttons()

    def chosen_revision(self) -> RevisionDTO | None:
        """The revision the buttons act on: the one selected in the log while the log is
        shown (None with no row selected), else the one the grid shows."""
        if self.tabs.currentWidget() is self.revision_panel:
            return self.revision_panel.current_row()
        return self.selected_revision()

    def chosen_draft(self) -> RevisionDTO | None:
        """The chosen revision when it is a draft, which Edit, Delete and Approve need."""
        chosen = self.chosen_revision()
        return chosen if chosen is not None and not chosen.is_approved else None

    def _update_buttons(self) -> None:
        """What needs a revision is enabled only when one that allows it is chosen."""
        has_program = self.ready
        self.new_button.setEnabled(has_program)
        is_draft = self.chosen_draft() is not None
        for widget in (self.edit_button, self.delete_button, self.approve_button):
            widget.setEnabled(is_draft)
        self.helpers_button.setEnabled(self.draft is not None)
        in_log = self.tabs.currentWidget() is self.revision_panel
        self.diff_button.setEnabled(self.chosen_revision() is not None or (
            not in_log and self._latest_approved_id() is not None))
        self.compare_button.setEnabled(has_program and bool(self.revisions))

    # -- writing ---------------------------------------------------------------------------
    def _edit_cells(self, cells: Mapping[Cell, str]) -> bool:
        """Write typed or pasted amounts into the draft shown: all of them or, if one is no
        amount, none (the message names that cell's line and year)."""
        draft = self.draft
        if draft is None:
            return False
        result = change(
            self, self.ctx,
            lambda uow: revision_lines.set_revision_amounts(uow, draft.id, cells),
        )
        if result.ok:
            self.ctx.tell(self.tr("Saved %n cells of %s", "", len(cells)) % draft.label)
        return result.ok

    def paste(self, top_left: QModelIndex, block: Sequence[Sequence[str]]) -> None:
        """A block copied from a spreadsheet, pasted at ``top_left``, in one write."""
        try:
            cells = self.grid_model.pasted_cells(top_left, block)
        except PasteRefused as refusal:
            QMessageBox.warning(self, self.tr("Paste"), str(refusal))
            return
        if self._edit_cells(cells):
            self.grid_view.select_block(top_left, block)

    def new_revision(self) -> None:
        dialog = RevisionDialog(self.ctx, None, self)
        if dialog.exec():
            self.select_revision(dialog.result_value)

    def edit_revision(self) -> None:
        draft = self.chosen_draft()
        if draft is not None:
            RevisionDialog(self.ctx, draft, self).exec()

    def delete_revision(self) -> None:
        draft = self.chosen_draft()
        if draft is None:
            return
        if confirm(
            self, self.tr("Delete draft"),
            self.tr("Delete the draft %s with its %n lines and award changes?", "",
                    draft.line_count) % draft.label,
        ):
            change(self, self.ctx, lambda uow: revisions.delete_revision(
                uow, draft.id, expected_version=draft.version))

    def run_helper(self, name: str) -> None:
        draft = self.draft
        if draft is None:
            return
        year = draft.revision_date.year
        dialogs: dict[str, Callable[[], QDialog]] = {
            "carry": lambda: CarryRemainderDialog(self.ctx, draft.id, year - 1, self),
            "cdr": lambda: AdjustToCdrDialog(self.ctx, draft.id, year - 1, self),
            "transfer": lambda: TransferDialog(self.ctx, draft.id, year, self.currency, self),
            "award": lambda: AwardChangeDialog(self.ctx, draft.id, year, self.currency, self),
            "line": lambda: NewLineDialog(self.ctx, draft.id, year, self.currency, self),
        }
        dialogs[name]().exec()

    def diff_dialog(self) -> DiffDialog | None:
        """The changes of the revision selected in the revision log when the log is shown,
        else of the revision the grid shows (the latest approved one by default)."""
        latest = self._latest_approved_id()
        revision = self.chosen_revision()
        if revision is None and self.tabs.currentWidget() is not self.revision_panel:
            revision = next((r for r in self.revisions if r.id == latest), None)
        if revision is None:
            return None
        diff = self.ctx.read(budget_diff.revision_diff, revision.id)
        return DiffDialog(diff, self.tr("Changes made by %s") % revision.label, self)

    def show_diff(self) -> None:
        dialog = self.diff_dialog()
        if dialog is not None:
            dialog.exec()

    def approve(self) -> None:
        draft = self.chosen_draft()
        if draft is None:
            return
        diff = self.ctx.read(budget_diff.revision_diff, draft.id)
        if not confirm(
            self, self.tr("Approve %s") % draft.label,
            self.tr(
                "Approve %s dated %s?\n\n%d line(s) change; the award goes from %s to %s.\n\n"
                "An approved revision can never be changed: a mistake is corrected by a new "
                "revision."
            ) % (
                draft.label, fmt_date(draft.revision_date), len(diff.lines),
                fmt_money(diff.award_before, diff.currency, True),
                fmt_money(diff.award_after, diff.currency, True),
            ),
        ):
            return
        change(
            self, self.ctx,
            lambda uow: revisions.approve_revision(uow, draft.id, expected_version=draft.version),
        )

    def compare_dialog(self) -> DiffDialog | None:
        first = self.selected_revision_id() or self._latest_approved_id()
        second = self.compare_with.currentData() or self._latest_approved_id()
        if first is None or second is None:
            return None
        try:
            diff = self.ctx.read(budget_diff.compare_revisions, self.ctx.program_id, first, second)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Compare"), explain(exc))
            return None
        return DiffDialog(diff, self.tr("Comparison of two revisions"), self)

    def compare(self) -> None:
        dialog = self.compare_dialog()
        if dialog is not None:
            dialog.exec()

    def _latest_approved_id(self) -> int | None:
        return self.view.latest_approved_id if self.view is not None else None
