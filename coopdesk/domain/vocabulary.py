"""The words CoopDesk shows for the domain's values, in English and Mexican Spanish.

One vocabulary for every front end: the window, the PDF reports, the spreadsheets and the
command line all name a contract status, a record type or a field the same way, so the
screen and the paper never disagree ("Por vencer" on both). Plain data and lookups, standard
library only; each front end picks the language (the window's setting, the report's own
language, the user's locale on the command line).

A value missing here still shows, in English, rather than break a page; a test keeps every
vocabulary complete in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping

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

#: The languages CoopDesk speaks; the first is the fallback.
LANGUAGES = ("en", "es")

Words = tuple[str, str]
"""(English, Spanish)."""

#: Every value of every vocabulary, per enum (values of two enums may be equal strings, such
#: as "late", so each enum has its own table).
ENUMS: dict[type[LabelledEnum], dict[LabelledEnum, Words]] = {
    ResultKind: {
        ResultKind.COMPONENT: ('Component', 'Componente'),
        ResultKind.RESULT: ('Result', 'Resultado'),
        ResultKind.OUTPUT: ('Output', 'Producto'),
    },
    ContractKind: {
        ContractKind.SERVICE: ('Service contract', 'Contrato de servicios'),
        ContractKind.INDIVIDUAL: ('Individual contract', 'Contrato individual'),
    },
    FeeBasis: {
        FeeBasis.MONTHLY: ('Monthly', 'Mensual'),
        FeeBasis.LUMP_SUM: ('Lump sum', 'Suma alzada'),
    },
    RevisionKind: {
        RevisionKind.GENERAL: ('General', 'General'),
        RevisionKind.SUBSTANTIVE: ('Substantive', 'Sustantiva'),
    },
    RevisionStatus: {
        RevisionStatus.DRAFT: ('Draft', 'Borrador'),
        RevisionStatus.APPROVED: ('Approved', 'Aprobada'),
    },
    RevisionPurpose: {
        RevisionPurpose.OPEN_BUDGET: ('Open multi-year budget', 'Abrir presupuesto plurianual'),
        RevisionPurpose.INCREASE_AWARD: ('Increase award', 'Aumentar el monto del proyecto'),
        RevisionPurpose.DECREASE_AWARD: ('Decrease award', 'Reducir el monto del proyecto'),
        RevisionPurpose.ADJUST_TO_CDR: ('Adjust to CDR', 'Ajustar al CDR'),
        RevisionPurpose.CARRY_REMAINDER: (
            'Carry remainder between years', 'Trasladar el remanente entre años',
        ),
        RevisionPurpose.EXTEND_VALIDITY: ('Extend validity', 'Ampliar la vigencia'),
        RevisionPurpose.TRANSFER_FROM_PROJECT: (
            'Transfer from another project', 'Transferencia desde otro proyecto',
        ),
        RevisionPurpose.CORRECT_FUND_DONOR: ('Correct fund/donor', 'Corregir fondo/donante'),
        RevisionPurpose.MODIFY_ACTIVITIES: ('Modify activities', 'Modificar actividades'),
        RevisionPurpose.SCHEDULE_YEARS: ('Schedule years', 'Programar años'),
        RevisionPurpose.CLOSE_YEAR: ('Close year', 'Cerrar el año'),
    },
    Dimension: {
        Dimension.INSTRUMENTS: (
            'Strengthening of instruments and methodologies',
            'Fortalecimiento de instrumentos y metodologías',
        ),
        Dimension.TRAINING: ('Staff training', 'Capacitación de personal'),
        Dimension.OPERATIONAL: ('Operational support', 'Apoyo operativo'),
        Dimension.SYSTEMATIZATION: (
            'Systematization of good practices', 'Sistematización de buenas prácticas',
        ),
        Dimension.NETWORKS: ('Network facilitation', 'Facilitación de redes'),
        Dimension.DIRECT_SSC: ('Direct support to SSC', 'Apoyo directo a la CSS'),
        Dimension.FORUMS: ('Positioning in forums', 'Posicionamiento en foros'),
    },
    DisseminationScope: {
        DisseminationScope.INTERNAL: ('Internal', 'Interno'),
        DisseminationScope.FOCUSED: ('Focused', 'Focalizado'),
        DisseminationScope.PUBLIC: ('Public', 'Público'),
        DisseminationScope.REGIONAL_GLOBAL: ('Regional/global', 'Regional/global'),
    },
    IncidenceLevel: {
        IncidenceLevel.INDIVIDUAL: ('Individual', 'Individual'),
        IncidenceLevel.ORGANIZATIONAL: ('Organizational', 'Organizacional'),
        IncidenceLevel.SYSTEMIC: ('Systemic', 'Sistémico'),
        IncidenceLevel.POLITICAL: ('Political', 'Político'),
    },
    InitiativeStatus: {
        InitiativeStatus.PLANNED: ('Planned', 'Planeada'),
        InitiativeStatus.ONGOING: ('Ongoing', 'En curso'),
        InitiativeStatus.COMPLETED: ('Completed', 'Concluida'),
        InitiativeStatus.SUSPENDED: ('Suspended', 'Suspendida'),
    },
    RiskCategory: {
        RiskCategory.FINANCIAL: ('Financial', 'Financiero'),
        RiskCategory.INSTITUTIONAL: ('Institutional', 'Institucional'),
        RiskCategory.CONTRACTUAL: ('Contractual', 'Contractual'),
        RiskCategory.POLITICAL: ('Political', 'Político'),
        RiskCategory.OPERATIONAL: ('Operational', 'Operativo'),
    },
    RiskStatus: {
        RiskStatus.OPEN: ('Open', 'Abierto'),
        RiskStatus.MITIGATED: ('Mitigated', 'Mitigado'),
        RiskStatus.CLOSED: ('Closed', 'Cerrado'),
        RiskStatus.MATERIALISED: ('Materialised', 'Materializado'),
    },
    ExpenditureSource: {
        ExpenditureSource.MANUAL: ('Manual', 'Manual'),
        ExpenditureSource.CDR: ('CDR', 'CDR'),
        ExpenditureSource.IMPORT: ('Import', 'Importación'),
    },
    AuditAction: {
        AuditAction.INSERT: ('Insert', 'Alta'),
        AuditAction.UPDATE: ('Update', 'Cambio'),
        AuditAction.DELETE: ('Delete', 'Baja'),
    },
    DeliverableStatus: {
        DeliverableStatus.PENDING: ('Pending', 'Pendiente'),
        DeliverableStatus.LATE: ('Late', 'Atrasado'),
        DeliverableStatus.SUBMITTED: ('Submitted', 'Entregado'),
        DeliverableStatus.ACCEPTED: ('Accepted', 'Aceptado'),
        DeliverableStatus.REJECTED: ('Rejected', 'Rechazado'),
    },
    MilestoneStatus: {
        MilestoneStatus.ON_TRACK: ('On track', 'En tiempo'),
        MilestoneStatus.AT_RISK: ('At risk', 'En riesgo'),
        MilestoneStatus.LATE: ('Late', 'Atrasado'),
        MilestoneStatus.DONE: ('Done', 'Cumplido'),
    },
    RiskLevel: {
        RiskLevel.LOW: ('Low', 'Bajo'),
        RiskLevel.MEDIUM: ('Medium', 'Medio'),
        RiskLevel.HIGH: ('High', 'Alto'),
        RiskLevel.CRITICAL: ('Critical', 'Crítico'),
    },
    ContractStatus: {
        ContractStatus.ACTIVE: ('Active', 'Vigente'),
        ContractStatus.ENDING_SOON: ('Ending soon', 'Por vencer'),
        ContractStatus.EXPIRED: ('Expired', 'Vencido'),
        ContractStatus.TERMINATED: ('Terminated', 'Rescindido'),
        ContractStatus.UPCOMING: ('Upcoming', 'Por iniciar'),
        ContractStatus.NO_CONTRACT: ('No contract', 'Sin contrato'),
    },
    AffectedReason: {
        AffectedReason.NOT_FUNDED: (
            'Renewal cannot be funded', 'La renovación no se puede financiar',
        ),
        AffectedReason.PAST_END: (
            'Runs past the end of the program', 'Rebasa el cierre del programa',
        ),
    },
}

#: The record types the audit trail names (each table's ``audit_name``).
RECORDS: dict[str, Words] = {
    'program': ('program', 'programa'),
    'phase': ('phase', 'fase'),
    'result': ('result', 'resultado'),
    'unit': ('unit', 'unidad'),
    'initiative': ('initiative', 'iniciativa'),
    'specialist': ('specialist', 'especialista'),
    'contract': ('contract', 'contrato'),
    'contract amendment': ('contract amendment', 'modificación de contrato'),
    'deliverable': ('deliverable', 'entregable'),
    'budget line': ('budget line', 'línea presupuestal'),
    'revision': ('revision', 'revisión'),
    'revision line': ('revision line', 'línea de revisión'),
    'award change': ('award change', 'cambio al monto del proyecto'),
    'year lock': ('year lock', 'bloqueo de año'),
    'expenditure': ('expenditure', 'gasto'),
    'milestone': ('milestone', 'hito'),
    'milestone re-baseline': ('milestone re-baseline', 'redefinición de línea base'),
    'risk': ('risk', 'riesgo'),
    'funding scenario': ('funding scenario', 'escenario de financiamiento'),
    'scenario fund': ('scenario fund', 'fondo del escenario'),
    'exchange rate': ('exchange rate', 'tipo de cambio'),
}


def _pick(words: Words | None, language: str, fallback: str) -> str:
    if words is None:
        return fallback
    return words[LANGUAGES.index(language)] if language in LANGUAGES else words[0]


def enum_term(value: LabelledEnum | None, language: str) -> str:
    """What ``value`` is called in ``language``; "" for no value."""
    if value is None:
        return ""
    return _pick(ENUMS.get(type(value), {}).get(value), language, value.label)


def record_term(entity: str, language: str) -> str:
    """The name of an audited record type ("budget line") in ``language``."""
    return _pick(RECORDS.get(entity), language, entity)


def lookup(table: Mapping[str, Words], key: str, language: str) -> str:
    """``key``'s words in ``language`` from any table of this module, the key if absent."""
    return _pick(table.get(key), language, key)
