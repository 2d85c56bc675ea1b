"""The window's shared colours, named once, and the one style sheet that applies them.

Text that reports a problem takes its colour from the application's style sheet through
the widget's role (``set_role(label, ERROR)``), so an error reads the same in every form and
dialog and a colour changes in one place. ``ui/app.py`` applies ``STYLE_SHEET`` once, at
start. List cells are coloured through the table models' data (Qt's background role), not
by the style sheet; their colours are named here too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.monitoring import RiskLevel

#: Text of an error: a refused value, a file that cannot be read, a failed sign-in.
ERROR_TEXT = "#b00020"
#: Text of a warning that does not stop the user (money left unallocated).
WARNING_TEXT = "#8a5300"

#: Background of a cell that needs attention (late, overdue, expired, over budget, refused).
ALERT = "#fde2e1"
#: Background of a cell that deserves a look (at risk, ending soon, changed by an import).
WARN = "#fff4d6"
#: Background of a cell that is fine (accepted, done, new in an import).
GOOD = "#e3f4e1"
#: Background of a budget cell a draft revision sets.
DRAFT = "#fff4c2"
#: Background of a row that is over (a terminated contract, a specialist without one).
CLOSED = "#ececec"
#: Background of a risk by level, in the register and the heat map.
RISK_LEVELS = {
    RiskLevel.LOW: "#cfe8cf", RiskLevel.MEDIUM: "#fff0b3", RiskLevel.HIGH: "#ffcc99",
    RiskLevel.CRITICAL: "#f4a3a3",
}

#: The roles a widget may take (the ``role`` property the style sheet selects on).
ERROR = "error"
WARNING = "warning"

STYLE_SHEET = f"""
*[role="{ERROR}"] {{ color: {ERROR_TEXT}; }}
*[role="{WARNING}"] {{ color: {WARNING_TEXT}; }}
"""


def apply(app: QApplication) -> None:
    """Give the whole application the style sheet (once, at start)."""
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str = "") -> None:
    """Style ``widget`` as ``role`` (``ERROR``, ``WARNING``), or plainly with no role.

    Qt applies a style sheet's property selectors when a widget is polished, so a widget
    whose role changes while shown is polished again.
    """
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
