"""Pages of the main window, one per navigation entry, in navigation order.

To add a page: import its class inside ``page_classes`` and put it in the list at its place.
Imports stay inside the function so that importing this package costs nothing.
"""

from __future__ import annotations

from coopdesk.ui.pages.base import Page


def page_classes() -> list[type[Page]]:
    from coopdesk.ui.pages.audit import AuditPage
    from coopdesk.ui.pages.budget import BudgetPage
    from coopdesk.ui.pages.consultancies import ConsultanciesPage
    from coopdesk.ui.pages.dashboard import DashboardPage
    from coopdesk.ui.pages.expenditure import ExpenditurePage
    from coopdesk.ui.pages.initiatives import InitiativesPage
    from coopdesk.ui.pages.milestones import MilestonesPage
    from coopdesk.ui.pages.overview import OverviewPage
    from coopdesk.ui.pages.reports import ReportsPage
    from coopdesk.ui.pages.risk_plan import RiskPlanPage
    from coopdesk.ui.pages.risks import RisksPage
    from coopdesk.ui.pages.specialists import SpecialistsPage

    return [
        DashboardPage,
        OverviewPage,
        SpecialistsPage,
        BudgetPage,
        ExpenditurePage,
        ConsultanciesPage,
        MilestonesPage,
        RisksPage,
        RiskPlanPage,
        InitiativesPage,
        ReportsPage,
        AuditPage,
    ]
