"""Pages of the main window, one per navigation entry, in navigation order.

The window shows the navigation's titles at once but builds a page (and imports its module)
only when it is first shown: importing and building every page at start made up a third of
the start's time. So the registry names each page's module and class as text, and gives its
title without importing it.

To add a page: add its entry to ``PAGES`` at its place. Its title is written here as a literal
``QCoreApplication.translate`` call with the page class's name as context, so lupdate finds it
where ``self.tr`` in the class would put it, and ``Page.title()`` reads it from here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coopdesk.ui.context import AppContext
    from coopdesk.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    """A navigation entry: the page's key, where its class is, and its translated title."""

    key: str
    module: str
    class_name: str
    title: Callable[[], str]

    def page_class(self) -> type[Page]:
        """The page's class, its module imported now if it was not yet."""
        module = importlib.import_module(f"{__name__}.{self.module}")
        page_class: type[Page] = getattr(module, self.class_name)
        return page_class

    def build(self, ctx: AppContext, parent: QWidget | None = None) -> Page:
        return self.page_class()(ctx, parent)


PAGES: tuple[PageEntry, ...] = (
    PageEntry("dashboard", "dashboard", "DashboardPage",
              lambda: QCoreApplication.translate("DashboardPage", "Dashboard")),
    PageEntry("overview", "overview", "OverviewPage",
              lambda: QCoreApplication.translate("OverviewPage", "Overview")),
    PageEntry("specialists", "specialists", "SpecialistsPage",
              lambda: QCoreApplication.translate("SpecialistsPage", "Specialists & contracts")),
    PageEntry("budget", "budget", "BudgetPage",
              lambda: QCoreApplication.translate("BudgetPage", "Budget & revisions")),
    PageEntry("expenditure", "expenditure", "ExpenditurePage",
              lambda: QCoreApplication.translate("ExpenditurePage", "Expenditure")),
    PageEntry("consultancies", "consultancies", "ConsultanciesPage",
              lambda: QCoreApplication.translate("ConsultanciesPage", "Consultancies")),
    PageEntry("milestones", "milestones", "MilestonesPage",
              lambda: QCoreApplication.translate("MilestonesPage", "Milestones")),
    PageEntry("risks", "risks", "RisksPage",
              lambda: QCoreApplication.translate("RisksPage", "Risks")),
    PageEntry("risk_plan", "risk_plan", "RiskPlanPage",
              lambda: QCoreApplication.translate("RiskPlanPage", "Component 1 risk plan")),
    PageEntry("initiatives", "initiatives", "InitiativesPage",
              lambda: QCoreApplication.translate("InitiativesPage", "Initiatives")),
    PageEntry("reports", "reports", "ReportsPage",
              lambda: QCoreApplication.translate("ReportsPage", "Reports")),
    PageEntry("audit", "audit", "AuditPage",
              lambda: QCoreApplication.translate("AuditPage", "Audit")),
)


def entry(key: str) -> PageEntry | None:
    """The navigation entry of the page ``key``, or None."""
    return next((e for e in PAGES if e.key == key), None)
