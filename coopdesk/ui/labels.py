"""What the window calls each value of the domain's vocabularies, in the user's language.

The domain names its values in English and knows nothing of Qt; lupdate cannot read a label
computed at run time (``translate("Enums", value.label)``), so each value is written here
once as a literal under the context "Enums", and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.enums import (
    AuditAction,
    ContractKind,
    Dimension,
    DisseminationScope,
    ExpenditureSource,
    FeeBasis,
    IncidenceLevel,
    InitiativeStatus,
    LabelledEnum,
    ResultKind,
    RevisionKind,
    RevisionPurpose,
    RevisionStatus,
    RiskCategory,
    RiskStatus,
)
from coopdesk.domain.monitoring import DeliverableStatus, MilestoneStatus, RiskLevel
from coopdesk.domain.scenario import AffectedReason

#: The English label of every value, per vocabulary (values of two vocabularies may be equal
#: strings, such as "late", so one flat dictionary would mix them up).
LABELS: dict[type[LabelledEnum], dict[LabelledEnum, str]] = {
    ResultKind: {
        ResultKind.COMPONENT: QT_TRANSLATE_NOOP("Enums", "Component"),
        ResultKind.RESULT: QT_TRANSLATE_NOOP("Enums", "Result"),
        ResultKind.OUTPUT: QT_TRANSLATE_NOOP("Enums", "Output"),
    },
    ContractKind: {
        ContractKind.SERVICE: QT_TRANSLATE_NOOP("Enums", "Service contract"),
        ContractKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Enums", "Individual contract"),
    },
    FeeBasis: {
        FeeBasis.MONTHLY: QT_TRANSLATE_NOOP("Enums", "Monthly"),
        FeeBasis.LUMP_SUM: QT_TRANSLATE_NOOP("Enums", "Lump sum"),
    },
    RevisionKind: {
        RevisionKind.GENERAL: QT_TRANSLATE_NOOP("Enums", "General"),
        RevisionKind.SUBSTANTIVE: QT_TRANSLATE_NOOP("Enums", "Substantive"),
    },
    RevisionStatus: {
        RevisionStatus.DRAFT: QT_TRANSLATE_NOOP("Enums", "Draft"),
        RevisionStatus.APPROVED: QT_TRANSLATE_NOOP("Enums", "Approved"),
    },
    RevisionPurpose: {
        RevisionPurpose.OPEN_BUDGET: QT_TRANSLATE_NOOP("Enums", "Open multi-year budget"),
        RevisionPurpose.INCREASE_AWARD: QT_TRANSLATE_NOOP("Enums", "Increase award"),
        RevisionPurpose.DECREASE_AWARD: QT_TRANSLATE_NOOP("Enums", "Decrease award"),
        RevisionPurpose.ADJUST_TO_CDR: QT_TRANSLATE_NOOP("Enums", "Adjust to CDR"),
        RevisionPurpose.CARRY_REMAINDER:
            QT_TRANSLATE_NOOP("Enums", "Carry remainder between years"),
        RevisionPurpose.EXTEND_VALIDITY: QT_TRANSLATE_NOOP("Enums", "Extend validity"),
        RevisionPurpose.TRANSFER_FROM_PROJECT:
            QT_TRANSLATE_NOOP("Enums", "Transfer from another project"),
        RevisionPurpose.CORRECT_FUND_DONOR: QT_TRANSLATE_NOOP("Enums", "Correct fund/donor"),
        RevisionPurpose.MODIFY_ACTIVITIES: QT_TRANSLATE_NOOP("Enums", "Modify activities"),
        RevisionPurpose.SCHEDULE_YEARS: QT_TRANSLATE_NOOP("Enums", "Schedule years"),
        RevisionPurpose.CLOSE_YEAR: QT_TRANSLATE_NOOP("Enums", "Close year"),
    },
    Dimension: {
        Dimension.INSTRUMENTS:
            QT_TRANSLATE_NOOP("Enums", "Strengthening of instruments and methodologies"),
        Dimension.TRAINING: QT_TRANSLATE_NOOP("Enums", "Staff training"),
        Dimension.OPERATIONAL: QT_TRANSLATE_NOOP("Enums", "Operational support"),
        Dimension.SYSTEMATIZATION: QT_TRANSLATE_NOOP("Enums", "Systematization of good practices"),
        Dimension.NETWORKS: QT_TRANSLATE_NOOP("Enums", "Network facilitation"),
        Dimension.DIRECT_SSC: QT_TRANSLATE_NOOP("Enums", "Direct support to SSC"),
        Dimension.FORUMS: QT_TRANSLATE_NOOP("Enums", "Positioning in forums"),
    },
    DisseminationScope: {
        DisseminationScope.INTERNAL: QT_TRANSLATE_NOOP("Enums", "Internal"),
        DisseminationScope.FOCUSED: QT_TRANSLATE_NOOP("Enums", "Focused"),
        DisseminationScope.PUBLIC: QT_TRANSLATE_NOOP("Enums", "Public"),
        DisseminationScope.REGIONAL_GLOBAL: QT_TRANSLATE_NOOP("Enums", "Regional/global"),
    },
    IncidenceLevel: {
        IncidenceLevel.INDIVIDUAL: QT_TRANSLATE_NOOP("Enums", "Individual"),
        IncidenceLevel.ORGANIZATIONAL: QT_TRANSLATE_NOOP("Enums", "Organizational"),
        IncidenceLevel.SYSTEMIC: QT_TRANSLATE_NOOP("Enums", "Systemic"),
        IncidenceLevel.POLITICAL: QT_TRANSLATE_NOOP("Enums", "Political"),
    },
    InitiativeStatus: {
        InitiativeStatus.PLANNED: QT_TRANSLATE_NOOP("Enums", "Planned"),
        InitiativeStatus.ONGOING: QT_TRANSLATE_NOOP("Enums", "Ongoing"),
        InitiativeStatus.COMPLETED: QT_TRANSLATE_NOOP("Enums", "Completed"),
        InitiativeStatus.SUSPENDED: QT_TRANSLATE_NOOP("Enums", "Suspended"),
    },
    RiskCategory: {
        RiskCategory.FINANCIAL: QT_TRANSLATE_NOOP("Enums", "Financial"),
        RiskCategory.INSTITUTIONAL: QT_TRANSLATE_NOOP("Enums", "Institutional"),
        RiskCategory.CONTRACTUAL: QT_TRANSLATE_NOOP("Enums", "Contractual"),
        RiskCategory.POLITICAL: QT_TRANSLATE_NOOP("Enums", "Political"),
        RiskCategory.OPERATIONAL: QT_TRANSLATE_NOOP("Enums", "Operational"),
    },
    RiskStatus: {
        RiskStatus.OPEN: QT_TRANSLATE_NOOP("Enums", "Open"),
        RiskStatus.MITIGATED: QT_TRANSLATE_NOOP("Enums", "Mitigated"),
        RiskStatus.CLOSED: QT_TRANSLATE_NOOP("Enums", "Closed"),
        RiskStatus.MATERIALISED: QT_TRANSLATE_NOOP("Enums", "Materialised"),
    },
    ExpenditureSource: {
        ExpenditureSource.MANUAL: QT_TRANSLATE_NOOP("Enums", "Manual"),
        ExpenditureSource.CDR: QT_TRANSLATE_NOOP("Enums", "CDR"),
        ExpenditureSource.IMPORT: QT_TRANSLATE_NOOP("Enums", "Import"),
    },
    AuditAction: {
        AuditAction.INSERT: QT_TRANSLATE_NOOP("Enums", "Insert"),
        AuditAction.UPDATE: QT_TRANSLATE_NOOP("Enums", "Update"),
        AuditAction.DELETE: QT_TRANSLATE_NOOP("Enums", "Delete"),
    },
    DeliverableStatus: {
        DeliverableStatus.PENDING: QT_TRANSLATE_NOOP("Enums", "Pending"),
        DeliverableStatus.LATE: QT_TRANSLATE_NOOP("Enums", "Late"),
        DeliverableStatus.SUBMITTED: QT_TRANSLATE_NOOP("Enums", "Submitted"),
        DeliverableStatus.ACCEPTED: QT_TRANSLATE_NOOP("Enums", "Accepted"),
        DeliverableStatus.REJECTED: QT_TRANSLATE_NOOP("Enums", "Rejected"),
    },
    MilestoneStatus: {
        MilestoneStatus.ON_TRACK: QT_TRANSLATE_NOOP("Enums", "On track"),
        MilestoneStatus.AT_RISK: QT_TRANSLATE_NOOP("Enums", "At risk"),
        MilestoneStatus.LATE: QT_TRANSLATE_NOOP("Enums", "Late"),
        MilestoneStatus.DONE: QT_TRANSLATE_NOOP("Enums", "Done"),
    },
    RiskLevel: {
        RiskLevel.LOW: QT_TRANSLATE_NOOP("Enums", "Low"),
        RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Enums", "Medium"),
        RiskLevel.HIGH: QT_TRANSLATE_NOOP("Enums", "High"),
        RiskLevel.CRITICAL: QT_TRANSLATE_NOOP("Enums", "Critical"),
    },
    ContractStatus: {
        ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("Enums", "Active"),
        ContractStatus.ENDING_SOON: QT_TRANSLATE_NOOP("Enums", "Ending soon"),
        ContractStatus.EXPIRED: QT_TRANSLATE_NOOP("Enums", "Expired"),
        ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("Enums", "Terminated"),
        ContractStatus.UPCOMING: QT_TRANSLATE_NOOP("Enums", "Upcoming"),
        ContractStatus.NO_CONTRACT: QT_TRANSLATE_NOOP("Enums", "No contract"),
    },
    AffectedReason: {
        AffectedReason.NOT_FUNDED: QT_TRANSLATE_NOOP("Enums", "Renewal cannot be funded"),
        AffectedReason.PAST_END: QT_TRANSLATE_NOOP("Enums", "Runs past the end of the program"),
    },
}


def enum_label(value: LabelledEnum | None) -> str:
    """The label of ``value`` in the window's language; "" for no value.

    A vocabulary missing here still shows, in English, rather than break the window; a test
    keeps the table complete.
    """
    if value is None:
        return ""
    english = LABELS.get(type(value), {}).get(value, value.label)
    return QCoreApplication.translate("Enums", english)


#: The record types the audit trail names (each table's ``audit_name``).
RECORD_TYPES: dict[str, str] = {
    "program": QT_TRANSLATE_NOOP("Records", "program"),
    "phase": QT_TRANSLATE_NOOP("Records", "phase"),
    "result": QT_TRANSLATE_NOOP("Records", "result"),
    "unit": QT_TRANSLATE_NOOP("Records", "unit"),
    "initiative": QT_TRANSLATE_NOOP("Records", "initiative"),
    "specialist": QT_TRANSLATE_NOOP("Records", "specialist"),
    "contract": QT_TRANSLATE_NOOP("Records", "contract"),
    "contract amendment": QT_TRANSLATE_NOOP("Records", "contract amendment"),
    "deliverable": QT_TRANSLATE_NOOP("Records", "deliverable"),
    "budget line": QT_TRANSLATE_NOOP("Records", "budget line"),
    "revision": QT_TRANSLATE_NOOP("Records", "revision"),
    "revision line": QT_TRANSLATE_NOOP("Records", "revision line"),
    "award change": QT_TRANSLATE_NOOP("Records", "award change"),
    "year lock": QT_TRANSLATE_NOOP("Records", "year lock"),
    "expenditure": QT_TRANSLATE_NOOP("Records", "expenditure"),
    "milestone": QT_TRANSLATE_NOOP("Records", "milestone"),
    "milestone re-baseline": QT_TRANSLATE_NOOP("Records", "milestone re-baseline"),
    "risk": QT_TRANSLATE_NOOP("Records", "risk"),
    "funding scenario": QT_TRANSLATE_NOOP("Records", "funding scenario"),
    "scenario fund": QT_TRANSLATE_NOOP("Records", "scenario fund"),
    "exchange rate": QT_TRANSLATE_NOOP("Records", "exchange rate"),
}


def record_label(entity: str) -> str:
    """The name of an audited record type ("budget line") in the window's language."""
    return QCoreApplication.translate("Records", RECORD_TYPES.get(entity, entity))


def action_label(action: str) -> str:
    """An audit action ("insert", "update", "delete") in the window's language."""
    try:
        return enum_label(AuditAction(action))
    except ValueError:
        return action


#: The columns imports understand, by the English header ``coopdesk.io`` gives them (which
#: exports write, and which stays the file's language whatever the window's).
IMPORT_COLUMNS: dict[str, str] = {
    "Reference": QT_TRANSLATE_NOOP("ImportColumns", "Reference"),
    "Name": QT_TRANSLATE_NOOP("ImportColumns", "Name"),
    "E-mail": QT_TRANSLATE_NOOP("ImportColumns", "E-mail"),
    "Unit": QT_TRANSLATE_NOOP("ImportColumns", "Unit"),
    "Position": QT_TRANSLATE_NOOP("ImportColumns", "Position"),
    "Start date": QT_TRANSLATE_NOOP("ImportColumns", "Start date"),
    "End date": QT_TRANSLATE_NOOP("ImportColumns", "End date"),
    "Monthly fee": QT_TRANSLATE_NOOP("ImportColumns", "Monthly fee"),
    "Component": QT_TRANSLATE_NOOP("ImportColumns", "Component"),
    "Renews": QT_TRANSLATE_NOOP("ImportColumns", "Renews"),
    "Termination date": QT_TRANSLATE_NOOP("ImportColumns", "Termination date"),
    "Termination reason": QT_TRANSLATE_NOOP("ImportColumns", "Termination reason"),
    "Validity exception": QT_TRANSLATE_NOOP("ImportColumns", "Validity exception"),
    "Year": QT_TRANSLATE_NOOP("ImportColumns", "Year"),
    "Fund": QT_TRANSLATE_NOOP("ImportColumns", "Fund"),
    "Donor": QT_TRANSLATE_NOOP("ImportColumns", "Donor"),
    "Amount": QT_TRANSLATE_NOOP("ImportColumns", "Amount"),
    "Month": QT_TRANSLATE_NOOP("ImportColumns", "Month"),
    "Quarter": QT_TRANSLATE_NOOP("ImportColumns", "Quarter"),
}


def import_column_label(label: str) -> str:
    """What the import dialog calls a column whose English header is ``label``."""
    return QCoreApplication.translate("ImportColumns", IMPORT_COLUMNS.get(label, label))
