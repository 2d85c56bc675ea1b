"""The demo's monitoring: PROCAP's 16 initiatives, consultancies, milestones, risks, scenarios.

Loaded through the monitoring services after the budget and the specialists' contracts.
Some consultancy deliverables are late (in 2017 and at the program's close in 2025), one
is rejected and its consultancy terminated for quality, milestones slip and one is
re-baselined with its reason, and the risk register holds the Component 1 risk.
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
    "LCID Art. 10; PROCID 2014-2018 Objective 1, Strategy 1.2, line 1.2.1",
    "LCID Art. 24 (RENCID); PROCID 2014-2018 Objective 1, Strategy 1.3, line 1.3.2",
    "LCID Art. 10; PROCID 2014-2018 Objective 2, Strategy 2.1, line 2.1.3",
    "LCID Art. 4; PROCID 2014-2018 Objective 3, Strategy 3.2, line 3.2.1",
    "LCID Art. 10; PROCID 2014-2018 Objective 4, Strategy 4.1, line 4.1.2",
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
    "Turnover of counterpart staff slowed the validation of products.",
    "Information scattered across units; no single registry at the start.",
    "Budget revisions approved late delayed the hiring of consultants.",
    "Changes of government shifted the agency's priorities.",
]

GOOD_PRACTICES = [
    "Joint work plan agreed with the counterpart unit from the start.",
    "Products validated in workshops with the units that use them.",
    "Results published and shared with partner countries.",
    "Specialists embedded in the units transferred know-how to agency staff.",
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
REJECTION = (date(2018, 6, 29), "The functional specification does not cover the ToR's "
             "requirements 4 to 9 and was not validated with the RENCID team.")
TERMINATION = (date(2018, 7, 16), "Terminated for quality: the second deliverable was "
               "rejected and the consultant did not present a correction plan.")

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
              date(2018, 8, 10), "Consultancy IC-2018-002 terminated for quality; the "
              "platform needs a new procurement. Agreed by the program board.")

#: (title, category, likelihood, impact, status, owner, review date, initiative, mitigation)
RISKS = [
    ("Component 1 funds cut or ended before the specialists' functions are absorbed",
     RiskCategory.FINANCIAL, 4, 5, RiskStatus.OPEN, "Coordinación del programa",
     date(2025, 9, 30), None,
     "Risk plan for Component 1: priority functions, profiles and available budget; "
     "funding scenarios reviewed every quarter with AMEXCID."),
    ("Change of federal administration and restructuring of the agency",
     RiskCategory.POLITICAL, 4, 4, RiskStatus.MATERIALISED, "Dirección Ejecutiva",
     date(2025, 6, 30), None,
     "Brief the incoming authorities on the program; align the work plan with the new "
     "national IDC programme."),
    ("Austerity measures freeze new hiring and renewals", RiskCategory.FINANCIAL, 3, 5,
     RiskStatus.OPEN, "Unidad de Administración y Finanzas", date(2026, 1, 31), None,
     "Renew by priority of function; prepare the budget revision early."),
    ("Delays in the delivery of consultancy products", RiskCategory.CONTRACTUAL, 4, 3,
     RiskStatus.OPEN, "Unidad de Administración y Finanzas", date(2025, 11, 30), "INI-15",
     "Monthly follow-up of deliverables on the joint dashboard; tranches tied to acceptance."),
    ("The agency depends on program-hired staff for a third of its workforce",
     RiskCategory.INSTITUTIONAL, 5, 4, RiskStatus.OPEN, "Dirección Ejecutiva",
     date(2025, 12, 15), None,
     "Transition plan to the agency's authorised posts; document each critical function."),
    ("Turnover of specialists and loss of institutional knowledge",
     RiskCategory.INSTITUTIONAL, 3, 4, RiskStatus.OPEN, "Coordinación del programa",
     date(2026, 3, 31), "INI-15", "Knowledge platform; hand-over notes at every change."),
    ("Transfers between projects not recognised in time in the CDR", RiskCategory.FINANCIAL,
     2, 3, RiskStatus.MITIGATED, "Unidad de Administración y Finanzas", date(2024, 12, 31),
     None, "Reconcile transfers with UNDP before each general revision."),
    ("Poor quality of consultancy products", RiskCategory.CONTRACTUAL, 3, 3,
     RiskStatus.MITIGATED, "Coordinación del programa", date(2025, 3, 31), "INI-15",
     "Terms of reference with acceptance criteria; termination clause used in 2018."),
    ("Failures of the RENCID registry", RiskCategory.OPERATIONAL, 2, 2, RiskStatus.CLOSED,
     "RENCID", date(2019, 12, 31), "INI-02", "Maintenance contract and backups."),
    ("Late signature of budget revisions delays payments", RiskCategory.OPERATIONAL, 3, 2,
     RiskStatus.OPEN, "Coordinación del programa", date(2026, 2, 28), None,
     "Calendar of revisions agreed with UNDP at the start of each year."),
]

SCENARIO_CUT = "Component 1 funds cut by 30% from 2019"


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
            terms_of_reference=f"{title}: {len(items)} products, paid in tranches on "
            "acceptance by the counterpart unit.",
        ))
        ids[reference] = cid
        for item_title, due, tranche, submitted, accepted in items:
            did = consultancies.add_deliverable(uow, cid, DeliverableData(
                title=item_title, due_date=due, tranche=tranche, submitted_date=submitted,
                accepted_date=accepted,
                quality_notes="Accepted by the counterpart unit." if accepted else "",
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
    for title, category, lk, impact, status, owner, review, initiative, mitigation in RISKS:
        risks.create_risk(uow, program_id, RiskData(
            title=title, category=category, likelihood=lk, impact=impact, status=status,
            owner=owner, review_date=review, mitigation=mitigation,
            initiative_id=initiative_ids.get(initiative or ""),
            description=f"{category.label} risk identified with the program board.",
        ))


def _scenarios(uow: UnitOfWork, program_id: int) -> None:
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
        notes="Austerity: the funds that keep the 2019 team of specialists, cut by 30% "
        "from 2019.",
    ))
    planned = {year: amount for year, amount in
               scenarios.planned_component_one(uow, program_id).items() if year in years}
    scenarios.create_scenario(uow, program_id, ScenarioData(
        "Planned budget, program ends 2021-12-31", end_date=date(2021, 12, 31),
        funds={year: amount for year, amount in planned.items() if year <= 2021},
        notes="The program closes four years early; the planned Component 1 budget until then.",
    ))
    scenarios.create_scenario(uow, program_id, ScenarioData(
        "Planned Component 1 budget from 2019", funds=planned,
        notes="What the approved revisions plan for Component 1, year by year.",
    ))


def load_monitoring(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Load the monitoring demo into ``uow`` (the caller commits)."""
    initiative_ids = _initiatives(uow, program_id, rng)
    contract_ids = _consultancies(uow, program_id, initiative_ids)
    _milestones(uow, program_id, initiative_ids, contract_ids)
    _risks(uow, program_id, initiative_ids)
    _scenarios(uow, program_id)
