"""What the Risks page shows, read in one snapshot: the register and its heat map.

A heat-map cell counts the active risks of its likelihood and impact, and a click on it
lists the same risks (``RisksView.in_cell``), so the list never disagrees with the count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.monitoring import ACTIVE_RISK_STATUSES
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import risks
from coopdesk.services.risks import HeatMap, RiskDTO


@dataclass(frozen=True)
class RisksView:
    """A program's risks as of a date, by score, and the heat map of the active ones."""

    risks: tuple[RiskDTO, ...]
    heat_map: HeatMap

    def in_cell(self, likelihood: int, impact: int) -> tuple[RiskDTO, ...]:
        """The risks one heat-map cell counts: active, of that likelihood and impact."""
        return tuple(
            r for r in self.risks
            if r.data.status in ACTIVE_RISK_STATUSES
            and (r.data.likelihood, r.data.impact) == (likelihood, impact)
        )


def risks_view(uow: UnitOfWork, program_id: int, as_of: date) -> RisksView:
    """The Risks page's data for a program as of a day."""
    rows = tuple(risks.list_risks(uow, program_id, as_of))
    return RisksView(rows, risks.heat_map(list(rows)))
