"""The demo's monitoring: PROCAP's 16 initiatives, consultancies, milestones, risks, scenarios.

Loaded through the monitoring services after the specialists' contracts; the funding
scenarios last, once Phase 3's budget is in. Some consultancy deliverables are late (in 2017
and at the program's close in 2025), one is rejected and its consultancy terminated for
quality, milestones slip and one is re-baselined with its reason, and the risk register
holds the Component 1 risk. Every text is in Mexican Spanish, as the program's own documents
are.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from coopdesk.domain.enums import (
    Dimension,
    DisseminationScope,
    IncidenceLevel,
    InitiativeStatus,
    RiskCategory,
    RiskStatus,
)
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import (
    consultancies,
    contracts,
    initiatives,
    milestones,
    programs,
    risks,
    scenarios,
)
from coopdesk.services.consultancies import ConsultancyData, DeliverableData
from coopdesk.services.initiatives import InitiativeData
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData
from coopdesk.services.scenarios import ScenarioData

D, S, L, St = Dimension, DisseminationScope, IncidenceLevel, InitiativeStatus

#: Alignments with the IDC law and the national programme (DOMAIN.md's example first).
ALIGNMENTS = [
    "LCID Art. 10; PROCID 2014-2018 Objetivo 1, Estrategia 1.2, Línea de acción 1.2.1",
    "LCID Art. 24 (RENCID); PROCID 2014-2018 Objetivo 1, Estrategia 1.3, Línea de acción "
    "1.3.2",
    "LCID Art. 10; PROCID 2014-2018 Objetivo 2, Estrategia 2.1, Línea de acción 2.1.3",
    "LCID Art. 4; PROCID 2014-2018 Objetivo 3, Estrategia 3.2, Línea de acción 3.2.1",
    "LCID Art. 10; PROCID 2014-2018 Objetivo 4, Estrategia 4.1, Línea de acción 4.1.2",
]

#: (code, title, dimension, phase, result, scope, incidence, start, end, status, criteria met)
INITIATIVES = [
    ("INI-01", "Modelo de gestión de la cooperación Sur-Sur de la AMEXCID", D.INSTRUMENTS, 1,
     "R1.2", S.PUBLIC, L.SYSTEMIC, date(2013, 6, 1), date(2015, 12, 31), St.COMPLETED, 15),
    ("INI-02", "Registro Nacional de Cooperación Internacional (RENCID)", D.INSTRUMENTS, 1,
     "R1.1", S.PUBLIC, L.ORGANIZATIONAL, date(2014, 1, 1), date(2016, 12, 31), St.COMPLETED, 13),
    ("INI-03", "Diplomado en cooperación internacional para el desarrollo", D.TRAINING, 1,
     "R1.1", S.INTERNAL, L.INDIVIDUAL, date(2015, 3, 1), date(2016, 12, 15), St.COMPLETED, 12),
    ("INI-04", "Metodología de cuantificación de la cooperación mexicana", D.INSTRUMENTS, 1,
     "R1.2", S.PUBLIC, L.SYSTEMIC, date(2015, 1, 1), date(2016, 6, 30), St.COMPLETED, 16),
    ("INI-05", "Apoyo operativo a las direcciones generales de la AMEXCID", D.OPERATIONAL, 1,
     "R1.1", S.INTERNAL, L.ORGANIZATIONAL, date(2013, 1, 1), date(2017, 12, 31), St.COMPLETED,
     10),
    ("INI-06", "Sistematización de proyectos de cooperación con Centroamérica",
     D.SYSTEMATIZATION, 1, "R1.2", S.PUBLIC, L.ORGANIZATIONAL, date(2016, 1, 1),
     date(2016, 12, 31), St.COMPLETED, 13),
    ("INI-07", "Red de oficiales de cooperación de las entidades federativas", D.NETWORKS, 2,
     "R2.2", S.FOCUSED, L.ORGANIZATIONAL, date(2017, 7, 1), date(2019, 6, 30), St.COMPLETED, 11),
    ("INI-08", "Proyecto Mesoamérica: cooperación técnica en salud y agricultura", D.DIRECT_SSC,
     1, "R1.3", S.REGIONAL_GLOBAL, L.SYSTEMIC, date(2014, 1, 1), date(2017, 6, 30),
     St.COMPLETED, 9),
    ("INI-09", "Participación de México en la Alianza Global para la Cooperación Eficaz",
     D.FORUMS, 1, "R1.3", S.REGIONAL_GLOBAL, L.POLITICAL, date(2014, 1, 1), date(2016, 12, 31),
     St.COMPLETED, 12),
    ("INI-10", "Manual de procedimientos de cooperación técnica y científica", D.INSTRUMENTS, 2,
     "R2.2", S.INTERNAL, L.ORGANIZATIONAL, date(2017, 1, 1), date(2017, 12, 31), St.COMPLETED,
     10),
    ("INI-11", "Capacitación en gestión por resultados para oficiales de proyecto", D.TRAINING,
     2, "R2.1", S.FOCUSED, L.INDIVIDUAL, date(2017, 9, 1), date(2018, 12, 31), St.COMPLETED, 11),
    ("INI-12", "Sistematización de buenas prácticas de cooperación triangular",
     D.SYSTEMATIZATION, 2, "R2.3", S.PUBLIC, L.ORGANIZATIONAL, date(2017, 3, 1),
     date(2018, 6, 30), St.COMPLETED, 14),
    ("INI-13", "Lineamientos del Fondo de Infraestructura para Mesoamérica y el Caribe",
     D.DIRECT_SSC, 2, "R2.2", S.FOCUSED, L.POLITICAL, date(2018, 1, 1), date(2018, 12, 31),
     St.COMPLETED, 8),
    ("INI-14", "Posicionamiento de México en los foros de la Agenda 2030", D.FORUMS, 2, "R2.3",
     S.REGIONAL_GLOBAL, L.POLITICAL, date(2018, 6, 1), date(2019, 7, 31), St.COMPLETED, 9),
    ("INI-15", "Plataforma de gestión del conocimiento de la cooperación mexicana", D.NETWORKS,
     2, "R2.2", S.PUBLIC, L.SYSTEMIC, date(2018, 1, 1), date(2025, 12, 31), St.ONGOING, 10),
    ("INI-16", "Estrategia de cooperación con el Caribe", D.DIRECT_SSC, 2, "R2.1", S.FOCUSED,
     L.POLITICAL, date(2018, 9, 1), date(2019, 6, 30), St.SUSPENDED, 7),
]

CHALLENGES = [
    "La rotación del personal de la contraparte retrasó la validación de los productos.",
    "Información dispersa entre las áreas; al inicio no existía un registro único.",
    "Las revisiones presupuestales aprobadas tarde retrasaron la contratación de consultores.",
    "Los cambios de gobierno modificaron las prioridades de la Agencia.",
]

GOOD_PRACTICES = [
    "Plan de trabajo conjunto acordado desde el inicio con el área contraparte.",
    "Productos validados en talleres con las áreas que los utilizan.",
    "Resultados publicados y compartidos con los países socios.",
    "Los especialistas integrados en las áreas transfirieron conocimientos al personal de la "
    "Agencia.",
]

#: (reference, title, consultant, initiative, start, end, amount,
#:  deliverables: (title, due, tranche %, submitted, accepted))
CONSULTANCIES = [
    ("IC-2014-001", "Diseño del modelo de gestión de la CSS", "Mariana Castillo Reyes", "INI-01",
     date(2014, 2, 1), date(2014, 9, 30), "45000", [
         ("Diagnóstico institucional", date(2014, 3, 31), 30, date(2014, 4, 12), date(2014, 4, 25)),
         ("Propuesta de modelo", date(2014, 6, 30), 30, date(2014, 6, 27), date(2014, 7, 10)),
         ("Modelo validado y hoja de ruta", date(2014, 9, 15), 40, date(2014, 9, 12),
          date(2014, 9, 26)),
     ]),
    ("IC-2014-002", "Arquitectura funcional del RENCID", "Jorge Alberto Méndez Soto", "INI-02",
     date(2014, 3, 1), date(2014, 12, 31), "60000", [
         ("Levantamiento de requerimientos", date(2014, 4, 30), 20, date(2014, 4, 30),
          date(2014, 5, 9)),
         ("Modelo de datos del registro", date(2014, 8, 31), 40, date(2014, 9, 8),
          date(2014, 9, 19)),
         ("Manual de operación del RENCID", date(2014, 12, 15), 40, date(2014, 12, 12),
          date(2014, 12, 19)),
     ]),
    ("IC-2015-001", "Metodología de cuantificación de la cooperación", "Lucía Herrera Campos",
     "INI-04", date(2015, 1, 15), date(2015, 10, 31), "38000", [
         ("Revisión de metodologías internacionales", date(2015, 3, 15), 25, date(2015, 3, 13),
          date(2015, 3, 20)),
         ("Propuesta metodológica", date(2015, 6, 30), 25, date(2015, 7, 2), date(2015, 7, 15)),
         ("Cuantificación piloto 2014", date(2015, 10, 15), 50, date(2015, 10, 14),
          date(2015, 10, 28)),
     ]),
    ("IC-2016-001", "Sistematización de proyectos con Centroamérica", "Ricardo Navarro Peña",
     "INI-06", date(2016, 2, 1), date(2016, 11, 30), "32000", [
         ("Selección de casos", date(2016, 3, 31), 30, date(2016, 3, 30), date(2016, 4, 8)),
         ("Estudios de caso", date(2016, 7, 31), 30, date(2016, 9, 9), date(2016, 9, 23)),
         ("Documento de sistematización", date(2016, 11, 15), 40, date(2016, 11, 18),
          date(2016, 11, 29)),
     ]),
    ("IC-2016-002", "Contenidos del diplomado en cooperación", "Gabriela Ríos Villalobos",
     "INI-03", date(2016, 5, 1), date(2016, 12, 15), "22000", [
         ("Programa académico", date(2016, 6, 30), 50, date(2016, 6, 28), date(2016, 7, 6)),
         ("Materiales de los módulos", date(2016, 11, 30), 50, date(2016, 11, 30),
          date(2016, 12, 9)),
     ]),
    ("IC-2017-001", "Manual de procedimientos de cooperación técnica y científica",
     "Fernando Aguilar Domínguez", "INI-10", date(2017, 1, 16), date(2017, 9, 30), "28000", [
         ("Mapa de procesos", date(2017, 3, 15), 30, date(2017, 3, 29), date(2017, 4, 7)),
         ("Borrador del manual", date(2017, 5, 31), 30, date(2017, 8, 21), date(2017, 9, 4)),
         ("Manual final", date(2017, 9, 15), 40, date(2017, 11, 30), date(2017, 12, 12)),
     ]),
    ("IC-2017-002", "Sistematización de buenas prácticas de cooperación triangular",
     "Paola Sandoval Ibarra", "INI-12", date(2017, 3, 1), date(2017, 12, 31), "35000", [
         ("Marco analítico", date(2017, 4, 30), 20, date(2017, 4, 28), date(2017, 5, 5)),
         ("Estudios de caso triangulares", date(2017, 7, 15), 30, date(2017, 8, 30),
          date(2017, 9, 11)),
         ("Documento de buenas prácticas", date(2017, 12, 1), 50, date(2017, 12, 1),
          date(2017, 12, 14)),
     ]),
    ("IC-2017-003", "Evaluación de medio término del PROCAP", "Héctor Salinas Fuentes",
     "INI-05", date(2017, 6, 1), date(2017, 11, 30), "25000", [
         ("Informe inicial", date(2017, 7, 31), 40, date(2017, 9, 15), date(2017, 9, 22)),
         ("Informe de evaluación", date(2017, 11, 15), 60, date(2018, 1, 20), date(2018, 2, 2)),
     ]),
    ("IC-2018-001", "Lineamientos operativos del Fondo de Infraestructura",
     "Adriana Mejía Cordero", "INI-13", date(2018, 2, 1), date(2018, 10, 31), "30000", [
         ("Diagnóstico del Fondo", date(2018, 4, 30), 30, date(2018, 4, 27), date(2018, 5, 8)),
         ("Lineamientos y formatos", date(2018, 10, 15), 70, date(2018, 10, 12),
          date(2018, 10, 26)),
     ]),
    ("IC-2018-002", "Requerimientos de la plataforma de gestión del conocimiento",
     "Óscar Villanueva Trejo", "INI-15", date(2018, 3, 1), date(2018, 12, 31), "40000", [
         ("Plan de trabajo", date(2018, 3, 31), 20, date(2018, 3, 30), date(2018, 4, 6)),
         ("Especificación funcional", date(2018, 6, 15), 40, date(2018, 6, 15), None),
         ("Prototipo validado", date(2018, 11, 30), 40, None, None),
     ]),
    ("IC-2019-001", "Estrategia de posicionamiento en la Agenda 2030", "Daniela Fuentes Lara",
     "INI-14", date(2019, 1, 15), date(2019, 6, 30), "26000", [
         ("Análisis de foros", date(2019, 3, 15), 50, date(2019, 4, 1), date(2019, 4, 10)),
         ("Estrategia y mensajes clave", date(2019, 6, 15), 50, date(2019, 6, 14),
          date(2019, 6, 25)),
     ]),
    ("IC-2025-001", "Evaluación final del PROCAP", "Héctor Salinas Fuentes", None,
     date(2025, 3, 1), date(2025, 12, 31), "48000", [
         ("Informe inicial", date(2025, 4, 30), 20, date(2025, 5, 6), date(2025, 5, 20)),
         ("Informe de hallazgos preliminares", date(2025, 8, 31), 30, None, None),
         ("Informe final de evaluación", date(2025, 11, 30), 50, None, None),
     ]),
    ("IC-2025-002", "Sistematización de la experiencia del PROCAP 2013-2025",
     "Paola Sandoval Ibarra", "INI-15", date(2025, 5, 1), date(2025, 12, 31), "30000", [
         ("Guion y fuentes", date(2025, 7, 31), 40, date(2025, 9, 10), date(2025, 9, 25)),
         ("Documento de sistematización", date(2025, 12, 15), 60, None, None),
     ]),
]

#: The rejected deliverable of IC-2018-002 and the termination that followed.
REJECTION = (date(2018, 6, 29), "La especificación funcional no cubre los requerimientos 4 a "
             "9 de los términos de referencia y no se validó con el equipo del RENCID.")
TERMINATION = (date(2018, 7, 16), "Terminación por calidad: se rechazó el segundo entregable "
               "y el consultor no presentó un plan de corrección.")

#: (title, owner, initiative, consultancy, baseline, forecast, actual)
MILESTONES = [
    ("Modelo de gestión aprobado por la Dirección Ejecutiva", "Dirección Ejecutiva", "INI-01",
     "IC-2014-001", date(2014, 10, 31), None, date(2014, 11, 20)),
    ("RENCID en línea", "RENCID", "INI-02", None, date(2015, 6, 30), None, date(2015, 6, 25)),
    ("Cifras de la cooperación mexicana 2015 publicadas", "Planeación y Seguimiento", "INI-04",
     None, date(2016, 6, 30), date(2016, 9, 15), date(2016, 9, 15)),
    ("Junta del programa: revisión anual 2017", "Coordinación del programa", None, None,
     date(2017, 3, 15), None, date(2017, 3, 28)),
    ("Documento de la Fase 2 firmado", "Coordinación del programa", None, None,
     date(2017, 6, 30), None, date(2017, 7, 5)),
    ("Manual de procedimientos publicado", "Cooperación Técnica y Científica", "INI-10",
     "IC-2017-001", date(2017, 8, 31), date(2017, 11, 30), date(2017, 12, 12)),
    ("Informe de evaluación de medio término", "Coordinación del programa", "INI-05",
     "IC-2017-003", date(2017, 10, 31), date(2017, 12, 15), date(2018, 1, 20)),
    ("Plataforma de gestión del conocimiento en operación", "Comunicación Social", "INI-15",
     None, date(2018, 12, 31), date(2019, 9, 30), date(2019, 11, 15)),
    ("Estrategia Agenda 2030 presentada en el Foro Político de Alto Nivel",
     "Cooperación y Promoción Económica", "INI-14", "IC-2019-001", date(2019, 7, 15), None,
     date(2019, 7, 16)),
    ("Documento de la Fase 3 firmado", "Coordinación del programa", None, None,
     date(2019, 6, 30), date(2019, 8, 20), date(2019, 8, 20)),
    ("Plan de transición de especialistas a plazas de la AMEXCID",
     "Unidad de Administración y Finanzas", None, None, date(2025, 9, 30), date(2025, 12, 31),
     None),
    ("Informe final de evaluación del PROCAP", "Coordinación del programa", None,
     "IC-2025-001", date(2025, 10, 31), date(2026, 2, 27), None),
    ("Sistematización de la experiencia PROCAP publicada", "Comunicación Social", "INI-15",
     "IC-2025-002", date(2025, 12, 15), date(2026, 3, 31), None),
    ("Cierre operativo y financiero del programa", "Coordinación del programa", None, None,
     date(2025, 12, 31), date(2026, 6, 30), None),
]

#: The re-baselined milestone: (title, new baseline, decided on, reason).
REBASELINE = ("Plataforma de gestión del conocimiento en operación", date(2019, 6, 30),
              date(2018, 8, 10), "Consultoría IC-2018-002 terminada por calidad; la "
              "plataforma requiere un nuevo proceso de contratación. Acordado por la Junta del "
              "programa.")

#: (title, category, likelihood, impact, status, owner, review date, initiative, mitigation,
#:  description)
RISKS = [
    ("Recorte o término de los fondos del Componente 1 antes de que la AMEXCID absorba las "
     "funciones de los especialistas", RiskCategory.FINANCIAL, 4, 5, RiskStatus.OPEN,
     "Coordinación del programa", date(2025, 9, 30), None,
     "Plan de riesgos del Componente 1: funciones prioritarias, perfiles y presupuesto "
     "disponible; escenarios de financiamiento revisados cada trimestre con la AMEXCID.",
     "Sin el Componente 1, las áreas de la AMEXCID perderían a un tercio de su personal a "
     "mitad de sus procesos."),
    ("Cambio de administración federal y reestructuración de la Agencia",
     RiskCategory.POLITICAL, 4, 4, RiskStatus.MATERIALISED, "Dirección Ejecutiva",
     date(2025, 6, 30), None,
     "Informar del programa a las nuevas autoridades; alinear el plan de trabajo con el "
     "nuevo programa nacional de cooperación internacional para el desarrollo.",
     "El cambio de gobierno de diciembre de 2018 trajo nuevas prioridades y la "
     "reestructuración de las áreas de la Agencia."),
    ("Medidas de austeridad que congelen las nuevas contrataciones y las renovaciones",
     RiskCategory.FINANCIAL, 3, 5, RiskStatus.OPEN, "Unidad de Administración y Finanzas",
     date(2026, 1, 31), None,
     "Renovar según la prioridad de cada función; preparar con anticipación la revisión "
     "presupuestal.",
     "Los lineamientos de austeridad del gobierno federal pueden reducir la aportación anual "
     "de la AMEXCID."),
    ("Retrasos en la entrega de los productos de las consultorías", RiskCategory.CONTRACTUAL,
     4, 3, RiskStatus.OPEN, "Unidad de Administración y Finanzas", date(2025, 11, 30), "INI-15",
     "Seguimiento mensual de los entregables en el tablero conjunto; pagos sujetos a la "
     "aceptación de cada producto.",
     "Los productos tardíos retrasan las iniciativas que dependen de ellos."),
    ("Dependencia de la Agencia del personal contratado por el programa, un tercio de su "
     "plantilla", RiskCategory.INSTITUTIONAL, 5, 4, RiskStatus.OPEN, "Dirección Ejecutiva",
     date(2025, 12, 15), None,
     "Plan de transición a las plazas autorizadas de la Agencia; documentar cada función "
     "crítica.",
     "El programa llegó a 112 especialistas; la Agencia tiene 188 plazas autorizadas."),
    ("Rotación de especialistas y pérdida de la memoria institucional",
     RiskCategory.INSTITUTIONAL, 3, 4, RiskStatus.OPEN, "Coordinación del programa",
     date(2026, 3, 31), "INI-15",
     "Plataforma de gestión del conocimiento; notas de entrega-recepción en cada cambio.",
     "Cada salida se lleva el conocimiento de procesos que no están documentados."),
    ("Transferencias entre proyectos no reconocidas a tiempo en el CDR",
     RiskCategory.FINANCIAL, 2, 3, RiskStatus.MITIGATED, "Unidad de Administración y Finanzas",
     date(2024, 12, 31), None,
     "Conciliar las transferencias con el PNUD antes de cada revisión general.",
     "Una transferencia no reconocida deja el presupuesto del año sin fondos suficientes."),
    ("Baja calidad de los productos de las consultorías", RiskCategory.CONTRACTUAL, 3, 3,
     RiskStatus.MITIGATED, "Coordinación del programa", date(2025, 3, 31), "INI-15",
     "Términos de referencia con criterios de aceptación; cláusula de terminación aplicada "
     "en 2018.",
     "Un producto deficiente obliga a repetir la contratación y retrasa la iniciativa."),
    ("Fallas del Registro Nacional de Cooperación (RENCID)", RiskCategory.OPERATIONAL, 2, 2,
     RiskStatus.CLOSED, "RENCID", date(2019, 12, 31), "INI-02",
     "Contrato de mantenimiento y respaldos periódicos.",
     "Sin el registro, las áreas no pueden reportar la cooperación ofrecida."),
    ("Firma tardía de las revisiones presupuestales que retrasa los pagos",
     RiskCategory.OPERATIONAL, 3, 2, RiskStatus.OPEN, "Coordinación del programa",
     date(2026, 2, 28), None,
     "Calendario de revisiones acordado con el PNUD al inicio de cada año.",
     "Sin la revisión firmada no se pueden pagar honorarios ni productos del año."),
]

#: The saved scenarios of the risk plan: a cut, shown on purpose, and the plan itself.
SCENARIO_CUT = "Recorte del 30 % a los fondos del Componente 1 desde 2019"
SCENARIO_PLANNED = "Presupuesto planeado del Componente 1 desde 2019"
SCENARIO_EARLY_END = "Presupuesto planeado; el programa termina el 31/12/2021"


def _initiatives(uow: UnitOfWork, program_id: int, rng: random.Random) -> dict[str, int]:
    phases = {p.number: p.id for p in programs.list_phases(uow, program_id)}
    results = {r.code: r.id for r in programs.list_results(uow, program_id)}
    ids = {}
    for n, (code, title, dim, phase, result, scope, level, start, end, status, met) in (
        enumerate(INITIATIVES)
    ):
        ids[code] = initiatives.create_initiative(uow, program_id, InitiativeData(
            code=code, title=title, dimension=dim, dissemination_scope=scope,
            incidence_level=level, status=status, phase_id=phases.get(phase),
            result_id=results.get(result), alignment=ALIGNMENTS[n % len(ALIGNMENTS)],
            start_date=start, end_date=end, challenges=rng.choice(CHALLENGES),
            good_practices="\n".join(rng.sample(GOOD_PRACTICES, 2)),
            good_practice_criteria_met=met,
        ))
    return ids


def _consultancies(uow: UnitOfWork, program_id: int, initiative_ids: dict[str, int]
                   ) -> dict[str, int]:
    ids: dict[str, int] = {}
    for reference, title, consultant, initiative, start, end, amount, items in CONSULTANCIES:
        cid = consultancies.create_consultancy(uow, program_id, ConsultancyData(
            reference=reference, title=title, consultant=consultant, start_date=start,
            end_date=end, amount=amount, initiative_id=initiative_ids.get(initiative or ""),
            terms_of_reference=f"{title}: {len(items)} productos, pagados en parcialidades "
            "contra su aceptación por el área contraparte.",
        ))
        ids[reference] = cid
        for item_title, due, tranche, submitted, accepted in items:
            did = consultancies.add_deliverable(uow, cid, DeliverableData(
                title=item_title, due_date=due, tranche=tranche, submitted_date=submitted,
                accepted_date=accepted,
                quality_notes="Aceptado por el área contraparte." if accepted else "",
            ))
            if reference == "IC-2018-002" and submitted and not accepted:
                consultancies.reject_deliverable(
                    uow, did, rejected_date=REJECTION[0], reason=REJECTION[1],
                    expected_version=None,
                )
    consultancies.terminate_consultancy(
        uow, ids["IC-2018-002"], termination_date=TERMINATION[0], reason=TERMINATION[1],
        expected_version=None,
    )
    return ids


def _milestones(uow: UnitOfWork, program_id: int, initiative_ids: dict[str, int],
                contract_ids: dict[str, int]) -> None:
    for title, owner, initiative, contract, baseline, forecast, actual in MILESTONES:
        original = date(2018, 12, 31) if title == REBASELINE[0] else baseline
        mid = milestones.create_milestone(uow, program_id, MilestoneData(
            title=title, owner=owner, baseline_date=original, forecast_date=forecast,
            actual_date=actual, initiative_id=initiative_ids.get(initiative or ""),
            contract_id=contract_ids.get(contract or ""),
        ))
        if title == REBASELINE[0]:
            milestones.rebaseline_milestone(
                uow, mid, new_baseline=REBASELINE[1], decided_on=REBASELINE[2],
                reason=REBASELINE[3], expected_version=None,
            )


def _risks(uow: UnitOfWork, program_id: int, initiative_ids: dict[str, int]) -> None:
    for (title, category, lk, impact, status, owner, review, initiative, mitigation,
         description) in RISKS:
        risks.create_risk(uow, program_id, RiskData(
            title=title, category=category, likelihood=lk, impact=impact, status=status,
            owner=owner, review_date=review, mitigation=mitigation,
            initiative_id=initiative_ids.get(initiative or ""), description=description,
        ))


def load_scenarios(uow: UnitOfWork, program_id: int) -> None:
    """The risk plan's scenarios.

    The cut applies to funds that keep the 2019 team (the fees committed for 2019) every
    year, so the demo shows which renewals a 30 % cut leaves unpaid; the other scenarios
    run on the planned Component 1 budget.
    """
    payroll_2019 = contracts.committed_cost_by_year(uow, program_id).get(
        (2019, scenarios.component_one_code(uow, program_id)), Decimal(0))
    years = range(2019, programs.get_program(uow, program_id).end_date.year + 1)
    scenarios.create_scenario(uow, program_id, ScenarioData(
        SCENARIO_CUT, cut_percent=30, cut_from_year=2019,
        funds=dict.fromkeys(years, payroll_2019),
        notes="Escenario de austeridad, mostrado a propósito: los fondos que sostienen al "
        "equipo de especialistas de 2019, recortados 30 % desde 2019; muestra qué "
        "renovaciones quedarían sin pagar.",
    ))
    planned = {year: amount for year, amount in
               scenarios.planned_component_one(uow, program_id).items() if year in years}
    scenarios.create_scenario(uow, program_id, ScenarioData(
        SCENARIO_EARLY_END, end_date=date(2021, 12, 31),
        funds={year: amount for year, amount in planned.items() if year <= 2021},
        notes="El programa cierra cuatro años antes; el presupuesto planeado del Componente 1 "
        "hasta entonces.",
    ))
    scenarios.create_scenario(uow, program_id, ScenarioData(
        SCENARIO_PLANNED, funds=planned,
        notes="Lo que las revisiones aprobadas prevén para el Componente 1, año por año.",
    ))


def load_records(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Initiatives, consultancies, milestones and risks (the caller commits)."""
    initiative_ids = _initiatives(uow, program_id, rng)
    contract_ids = _consultancies(uow, program_id, initiative_ids)
    _milestones(uow, program_id, initiative_ids, contract_ids)
    _risks(uow, program_id, initiative_ids)


def load_monitoring(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Load the monitoring demo into ``uow``: its records, then the scenarios on whatever
    budget the program has (the caller commits)."""
    load_records(uow, program_id, rng)
    load_scenarios(uow, program_id)
