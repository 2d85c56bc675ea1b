"""The whole data model of CoopDesk (docs/domain.md), as SQLAlchemy 2.x typed declarative
models, one module per area. Importing the package registers every table on
``Base.metadata``; the names are importable from here, the schema's one public face.
"""

from coopdesk.persistence.models.base import (
    NAMING_CONVENTION,
    Base,
    Entity,
    money,
    new_uid,
    new_uids,
)
from coopdesk.persistence.models.bookkeeping import (
    AuditEntry,
    DatabaseMarker,
    ExchangeRate,
)
from coopdesk.persistence.models.budget import (
    AwardChange,
    BudgetLine,
    Expenditure,
    Revision,
    RevisionLine,
    YearLock,
)
from coopdesk.persistence.models.contracts import (
    Contract,
    ContractAmendment,
    Deliverable,
    Specialist,
)
from coopdesk.persistence.models.monitoring import (
    FundingScenario,
    Milestone,
    MilestoneForecast,
    MilestoneRebaseline,
    Risk,
    RiskAssessment,
    ScenarioFund,
)
from coopdesk.persistence.models.program import (
    Initiative,
    Phase,
    Program,
    Result,
    Unit,
)

__all__ = [
    "AuditEntry",
    "AwardChange",
    "Base",
    "BudgetLine",
    "Contract",
    "ContractAmendment",
    "DatabaseMarker",
    "Deliverable",
    "Entity",
    "ExchangeRate",
    "Expenditure",
    "FundingScenario",
    "Initiative",
    "Milestone",
    "MilestoneForecast",
    "MilestoneRebaseline",
    "NAMING_CONVENTION",
    "Phase",
    "Program",
    "Result",
    "Revision",
    "RevisionLine",
    "Risk",
    "RiskAssessment",
    "ScenarioFund",
    "Specialist",
    "Unit",
    "YearLock",
    "money",
    "new_uid",
    "new_uids",
]
