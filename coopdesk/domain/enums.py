"""The fixed vocabularies of the domain (docs/domain.md). Values are stored; labels are shown."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A stored value with the English label the window and reports translate."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ResultKind(LabelledEnum):
    COMPONENT = "component"
    RESULT = "result"
    OUTPUT = "output"


class ContractKind(LabelledEnum):
    SERVICE = "SC"  #: service contract of a specialist (Component 1)
    INDIVIDUAL = "IC"  #: individual contract of a consultancy, for a product

    @property
    def label(self) -> str:
        return "Service contract" if self is ContractKind.SERVICE else "Individual contract"


class FeeBasis(LabelledEnum):
    MONTHLY = "monthly"
    LUMP_SUM = "lump_sum"


class RevisionKind(LabelledEnum):
    GENERAL = "general"
    SUBSTANTIVE = "substantive"


class RevisionStatus(LabelledEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class RevisionPurpose(LabelledEnum):
    OPEN_BUDGET = "open_multi_year_budget"
    INCREASE_AWARD = "increase_award"
    DECREASE_AWARD = "decrease_award"
    ADJUST_TO_CDR = "adjust_to_cdr"
    CARRY_REMAINDER = "carry_remainder"
    EXTEND_VALIDITY = "extend_validity"
    TRANSFER_FROM_PROJECT = "transfer_from_project"
    CORRECT_FUND_DONOR = "correct_fund_donor"
    MODIFY_ACTIVITIES = "modify_activities"
    SCHEDULE_YEARS = "schedule_years"
    CLOSE_YEAR = "close_year"

    @property
    def label(self) -> str:
        return {
            "open_multi_year_budget": "Open multi-year budget",
            "adjust_to_cdr": "Adjust to CDR",
            "carry_remainder": "Carry remainder between years",
            "transfer_from_project": "Transfer from another project",
            "correct_fund_donor": "Correct fund/donor",
        }.get(self.value, super().label)


class Dimension(LabelledEnum):
    """Dimension of UN support to South-South cooperation an initiative serves."""

    INSTRUMENTS = "instruments_methodologies"
    TRAINING = "staff_training"
    OPERATIONAL = "operational_support"
    SYSTEMATIZATION = "systematization_good_practices"
    NETWORKS = "network_facilitation"
    DIRECT_SSC = "direct_support_ssc"
    FORUMS = "positioning_in_forums"

    @property
    def label(self) -> str:
        return {
            "instruments_methodologies": "Strengthening of instruments and methodologies",
            "systematization_good_practices": "Systematization of good practices",
            "direct_support_ssc": "Direct support to SSC",
        }.get(self.value, super().label)


class DisseminationScope(LabelledEnum):
    INTERNAL = "internal"
    FOCUSED = "focused"
    PUBLIC = "public"
    REGIONAL_GLOBAL = "regional_global"

    @property
    def label(self) -> str:
        return "Regional/global" if self is DisseminationScope.REGIONAL_GLOBAL else super().label


class IncidenceLevel(LabelledEnum):
    INDIVIDUAL = "individual"
    ORGANIZATIONAL = "organizational"
    SYSTEMIC = "systemic"
    POLITICAL = "political"


class InitiativeStatus(LabelledEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    SUSPENDED = "suspended"


class RiskCategory(LabelledEnum):
    FINANCIAL = "financial"
    INSTITUTIONAL = "institutional"
    CONTRACTUAL = "contractual"
    POLITICAL = "political"
    OPERATIONAL = "operational"


class RiskStatus(LabelledEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    CLOSED = "closed"
    MATERIALISED = "materialised"


class ExpenditureSource(LabelledEnum):
    MANUAL = "manual"
    CDR = "cdr"
    IMPORT = "import"


class AuditAction(LabelledEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
