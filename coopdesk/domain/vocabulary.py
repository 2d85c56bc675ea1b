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
from coopdesk.domain.operations import Operation
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
    Operation: {
        Operation.CREATE_PROGRAM: ('Create program', 'Alta de programa'),
        Operation.EDIT_PROGRAM: ('Edit program', 'Edición de programa'),
        Operation.ADD_PHASE: ('Add phase', 'Alta de fase'),
        Operation.ADD_RESULT: ('Add component or result', 'Alta de componente o resultado'),
        Operation.ADD_UNIT: ('Add unit', 'Alta de unidad'),
        Operation.ADD_BUDGET_LINE: ('Add budget line', 'Alta de línea presupuestal'),
        Operation.ADD_SPECIALIST: ('Add specialist', 'Alta de especialista'),
        Operation.EDIT_SPECIALIST: ('Edit specialist', 'Edición de especialista'),
        Operation.HIRE: ('Hire', 'Contratación'),
        Operation.RENEW: ('Renewal', 'Renovación'),
        Operation.AMEND: ('Amendment', 'Modificación de contrato'),
        Operation.TERMINATE: ('Termination', 'Rescisión de contrato'),
        Operation.EDIT_CONTRACT: ('Edit contract', 'Edición de contrato'),
        Operation.BULK_RENEWAL: ('Bulk renewal', 'Renovación masiva'),
        Operation.IMPORT_CONTRACTS: ('Import contracts', 'Importación de contratos'),
        Operation.CREATE_CONSULTANCY: ('New consultancy', 'Alta de consultoría'),
        Operation.EDIT_CONSULTANCY: ('Edit consultancy', 'Edición de consultoría'),
        Operation.TERMINATE_CONSULTANCY: ('Terminate consultancy', 'Rescisión de consultoría'),
        Operation.DELETE_CONSULTANCY: ('Delete consultancy', 'Baja de consultoría'),
        Operation.ADD_DELIVERABLE: ('Add deliverable', 'Alta de entregable'),
        Operation.EDIT_DELIVERABLE: ('Edit deliverable', 'Edición de entregable'),
        Operation.SUBMIT_DELIVERABLE: ('Deliverable submitted', 'Recepción de entregable'),
        Operation.ACCEPT_DELIVERABLE: ('Deliverable accepted', 'Aceptación de entregable'),
        Operation.REJECT_DELIVERABLE: ('Deliverable rejected', 'Rechazo de entregable'),
        Operation.DELETE_DELIVERABLE: ('Delete deliverable', 'Baja de entregable'),
        Operation.CREATE_REVISION: ('New budget revision', 'Alta de revisión presupuestal'),
        Operation.EDIT_REVISION: ('Edit budget revision', 'Edición de revisión presupuestal'),
        Operation.DELETE_REVISION: ('Delete budget revision', 'Baja de revisión presupuestal'),
        Operation.SET_REVISION_AMOUNTS: (
            'Revision amounts entered', 'Captura de montos de la revisión',
        ),
        Operation.CARRY_REMAINDER: ('Carry remainder', 'Traslado del remanente'),
        Operation.ADJUST_TO_CDR: ('Adjust to CDR', 'Ajuste al CDR'),
        Operation.TRANSFER_BETWEEN_LINES: ('Transfer between lines', 'Traspaso entre líneas'),
        Operation.ADD_AWARD_CHANGE: (
            'Add award change', 'Alta de cambio al monto del proyecto',
        ),
        Operation.REMOVE_AWARD_CHANGE: (
            'Remove award change', 'Baja de cambio al monto del proyecto',
        ),
        Operation.CHANGE_AWARD: ('Change the award', 'Cambio al monto del proyecto'),
        Operation.APPROVE_REVISION: (
            'Approve budget revision', 'Aprobación de revisión presupuestal',
        ),
        Operation.CLOSE_YEAR: ('Close year', 'Cierre del año'),
        Operation.REOPEN_YEAR: ('Reopen year', 'Reapertura del año'),
        Operation.ADD_EXPENDITURE: ('Record expenditure', 'Registro de gasto'),
        Operation.EDIT_EXPENDITURE: ('Edit expenditure', 'Edición de gasto'),
        Operation.DELETE_EXPENDITURE: ('Delete expenditure', 'Baja de gasto'),
        Operation.IMPORT_EXPENDITURE: ('Import expenditure', 'Importación del ejercicio del gasto'),
        Operation.CREATE_INITIATIVE: ('New initiative', 'Alta de iniciativa'),
        Operation.EDIT_INITIATIVE: ('Edit initiative', 'Edición de iniciativa'),
        Operation.DELETE_INITIATIVE: ('Delete initiative', 'Baja de iniciativa'),
        Operation.CREATE_MILESTONE: ('New milestone', 'Alta de hito'),
        Operation.EDIT_MILESTONE: ('Edit milestone', 'Edición de hito'),
        Operation.REBASELINE_MILESTONE: ('Move milestone baseline', 'Nueva línea base del hito'),
        Operation.DELETE_MILESTONE: ('Delete milestone', 'Baja de hito'),
        Operation.CREATE_RISK: ('New risk', 'Alta de riesgo'),
        Operation.EDIT_RISK: ('Edit risk', 'Edición de riesgo'),
        Operation.DELETE_RISK: ('Delete risk', 'Baja de riesgo'),
        Operation.CREATE_SCENARIO: ('New funding scenario', 'Alta de escenario de financiamiento'),
        Operation.EDIT_SCENARIO: (
            'Edit funding scenario', 'Edición de escenario de financiamiento',
        ),
        Operation.DELETE_SCENARIO: (
            'Delete funding scenario', 'Baja de escenario de financiamiento',
        ),
    },
}

#: The roles a shared server grants (``persistence.server.ROLES``).
ROLES: dict[str, Words] = {
    "viewer": ("viewer", "consulta"),
    "administrator": ("administrator", "administrador"),
    "coordinator": ("coordinator", "coordinador"),
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


#: The fields messages name (a form's field, an import's column, a service's error key):
#: key → (English, Spanish), as the window's forms label them.
FIELDS: dict[str, Words] = {
    'accepted_date': ('Accepted', 'Aceptado'),
    'actual_date': ('Actual', 'Real'),
    'alignment': ('Alignment', 'Alineación'),
    'amount': ('Amount', 'Monto'),
    'award': ('Award', 'Monto del proyecto'),
    'backups': ('Backups kept', 'Respaldos conservados'),
    'baseline_date': ('Baseline', 'Línea base'),
    'budget_it': ('Budget it', 'Presupuestarlo'),
    'category': ('Category', 'Categoría'),
    'challenges': ('Challenges', 'Retos'),
    'code': ('Code', 'Clave'),
    'component': ('Component', 'Componente'),
    'consultancy': ('Consultancy', 'Consultoría'),
    'consultant': ('Consultant', 'Consultor'),
    'contract': ('Contract', 'Contrato'),
    'currency': ('Currency', 'Moneda'),
    'current': ('Current', 'Actual'),
    'cut_from_year': ('Cut from year', 'Recorte a partir del año'),
    'cut_percent': ('Cut (%)', 'Recorte (%)'),
    'database': ('Database', 'Base de datos'),
    'date_format': ('Date format', 'Formato de fecha'),
    'decided_on': ('Decided on', 'Decidido el'),
    'description': ('Description', 'Descripción'),
    'dimension': ('Dimension', 'Dimensión'),
    'dissemination_scope': ('Dissemination scope', 'Alcance de difusión'),
    'donor': ('Donor', 'Donante'),
    'due_date': ('Due date', 'Fecha de entrega'),
    'effective_date': ('Effective from', 'Vigente a partir de'),
    'email': ('E-mail', 'Correo electrónico'),
    'end_date': ('End date', 'Fecha de término'),
    'fee': ('Monthly fee', 'Honorarios mensuales'),
    'file': ('File', 'Archivo'),
    'forecast_date': ('Forecast', 'Pronóstico'),
    'from_year': ('Closed year', 'Año cerrado'),
    'full_name': ('Name', 'Nombre'),
    'fund': ('Fund', 'Fondo'),
    'funds': ('Funds', 'Fondos'),
    'good_practice_criteria_met': (
        'Good-practice criteria met', 'Criterios de buena práctica cumplidos',
    ),
    'good_practices': ('Good practices', 'Buenas prácticas'),
    'impact': ('Impact', 'Impacto'),
    'implementing_agency': ('Implementing agency', 'Agencia implementadora'),
    'incidence_level': ('Incidence level', 'Nivel de incidencia'),
    'initiative': ('Initiative', 'Iniciativa'),
    'into_years': ('Into years', 'Hacia los años'),
    'justification': ('Justification', 'Justificación'),
    'kind': ('Kind', 'Tipo'),
    'language': ('Language', 'Idioma'),
    'likelihood': ('Likelihood', 'Probabilidad'),
    'line': ('Budget line', 'Línea presupuestal'),
    'mitigation': ('Mitigation', 'Mitigación'),
    'month': ('Month', 'Mes'),
    'name': ('Name', 'Nombre'),
    'new_baseline': ('New baseline', 'Nueva línea base'),
    'new_end_date': ('New end date', 'Nueva fecha de término'),
    'notes': ('Notes', 'Notas'),
    'number': ('Number', 'Número'),
    'owner': ('Owner', 'Responsable'),
    'partner_agency': ('Partner agency', 'Agencia socia'),
    'period': ('Period', 'Periodo'),
    'period_end': ('End of the period', 'Fin del periodo'),
    'period_start': ('Start of the period', 'Inicio del periodo'),
    'phase': ('Phase', 'Fase'),
    'position': ('Position', 'Puesto'),
    'purposes': ('Purposes', 'Propósitos'),
    'quality_notes': ('Quality notes', 'Notas de calidad'),
    'quarter': ('Quarter', 'Trimestre'),
    'reason': ('Reason', 'Motivo'),
    'reference': ('Reference', 'Referencia'),
    'rejected_date': ('Rejected', 'Rechazado'),
    'rejection_reason': ('Rejection reason', 'Motivo del rechazo'),
    'renews': ('Renews', 'Renueva'),
    'report_language': ('Report language', 'Idioma de los informes'),
    'result': ('Result', 'Resultado'),
    'review_date': ('Review date', 'Fecha de revisión'),
    'revision': ('Revision', 'Revisión'),
    'revision_date': ('Revision date', 'Fecha de la revisión'),
    'rows': ('Rows', 'Filas'),
    'sections': ('Sections', 'Secciones'),
    'source': ('Source', 'Origen'),
    'specialist': ('Specialist', 'Especialista'),
    'start_date': ('Start date', 'Fecha de inicio'),
    'status': ('Status', 'Estado'),
    'submitted_date': ('Submitted', 'Entregado'),
    'target': ('Target line', 'Línea de destino'),
    'termination_date': ('Termination date', 'Fecha de rescisión'),
    'termination_reason': ('Termination reason', 'Motivo de la rescisión'),
    'terms_of_reference': ('Terms of reference', 'Términos de referencia'),
    'thresholds': ('Alert thresholds', 'Umbrales de alerta'),
    'title': ('Title', 'Título'),
    'tranche': ('Payment tranche', 'Pago parcial'),
    'unit': ('Unit', 'Unidad'),
    'validity_exception': ('Validity exception', 'Excepción de vigencia'),
    'year': ('Year', 'Año'),
    'years': ('Years', 'Años'),
    # The stored columns the audit trail names that no form names alike.
    'amount_minor': ('Amount', 'Monto'),
    'approved_at': ('Approved on', 'Aprobada el'),
    'base_currency': ('Base currency', 'Moneda base'),
    'budget_line_id': ('Budget line', 'Línea presupuestal'),
    'component_id': ('Component', 'Componente'),
    'contract_id': ('Contract', 'Contrato'),
    'fee_basis': ('Fee basis', 'Modalidad de pago'),
    'fee_minor': ('Fee', 'Honorarios'),
    'initiative_id': ('Initiative', 'Iniciativa'),
    'milestone_id': ('Milestone', 'Hito'),
    'new_fee_minor': ('New fee', 'Honorarios nuevos'),
    'old_baseline': ('Previous baseline', 'Línea base anterior'),
    'old_end_date': ('Previous end date', 'Fecha de término anterior'),
    'old_fee_minor': ('Previous fee', 'Honorarios anteriores'),
    'phase_id': ('Phase', 'Fase'),
    'program_id': ('Program', 'Programa'),
    'quote_currency': ('Quote currency', 'Moneda cotizada'),
    'rate': ('Rate', 'Tipo de cambio'),
    'renewed_from_id': ('Renews', 'Renueva'),
    'result_id': ('Component or result', 'Componente o resultado'),
    'revision_id': ('Revision', 'Revisión'),
    'scenario_id': ('Scenario', 'Escenario'),
    'specialist_id': ('Specialist', 'Especialista'),
    'tranche_bp': ('Payment tranche', 'Pago parcial'),
    'unit_id': ('Unit', 'Unidad'),
}
