"""The words for every value of every enum the window, the reports and the files show.

One table per enum (values of two enums may be equal strings, such as "late"); looked up
through ``vocabulary.enum_term``.
"""

from __future__ import annotations

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
from coopdesk.domain.texts import Words

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
        Operation.SYNCHRONISE: (
            'Synchronise a working copy', 'Sincronización de una copia de trabajo',
        ),
    },
}
