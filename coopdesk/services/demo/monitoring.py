"""The demo's monitoring: PROCAP's 16 initiatives and milestones, then the rest in order.

Loaded through the monitoring services after the specialists' contracts: initiatives,
consultancies (:mod:`.consultancies`), milestones (each baselined on its day, one
re-baselined with its reason, their forecasts made on theirs) and risks (:mod:`.risks`); the
funding scenarios last, once Phase 3's budget is in. Every text is in Mexican Spanish, as
the program's own documents are.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from coopdesk.domain.enums import Dimension, DisseminationScope, IncidenceLevel, InitiativeStatus
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import initiatives, milestones, programs
from coopdesk.services.demo.consultancies import load_consultancies
from coopdesk.services.demo.risks import load_risks, load_scenarios
from coopdesk.services.initiatives import InitiativeData
from coopdesk.services.milestones import MilestoneData

D, S, L, St = Dimension, DisseminationScope, IncidenceLevel, InitiativeStatus

#: Alignments with the IDC law and the national programme (docs/domain.md's example first).
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


#: (title, owner, initiative, consultancy, baselined on, baseline, forecasts, actual); the
#: forecasts are (made on, forecast), each made after the milestone was baselined.
MILESTONES = [
    ("Modelo de gestión aprobado por la Dirección Ejecutiva", "Dirección Ejecutiva", "INI-01",
     "IC-2014-001", date(2014, 2, 14), date(2014, 10, 31), (), date(2014, 11, 20)),
    ("RENCID en línea", "RENCID", "INI-02", None, date(2014, 3, 31), date(2015, 6, 30), (),
     date(2015, 6, 25)),
    ("Cifras de la cooperación mexicana 2015 publicadas", "Planeación y Seguimiento", "INI-04",
     None, date(2015, 11, 30), date(2016, 6, 30), ((date(2016, 5, 20), date(2016, 9, 15)),),
     date(2016, 9, 15)),
    ("Junta del programa: revisión anual 2017", "Coordinación del programa", None, None,
     date(2016, 12, 9), date(2017, 3, 15), (), date(2017, 3, 28)),
    ("Documento de la Fase 2 firmado", "Coordinación del programa", None, None,
     date(2016, 12, 9), date(2017, 6, 30), (), date(2017, 7, 5)),
    ("Manual de procedimientos publicado", "Cooperación Técnica y Científica", "INI-10",
     "IC-2017-001", date(2017, 2, 15), date(2017, 8, 31),
     ((date(2017, 8, 15), date(2017, 11, 30)),), date(2017, 12, 12)),
    ("Informe de evaluación de medio término", "Coordinación del programa", "INI-05",
     "IC-2017-003", date(2017, 3, 31), date(2017, 10, 31),
     ((date(2017, 10, 2), date(2017, 12, 15)),), date(2018, 1, 20)),
    ("Plataforma de gestión del conocimiento en operación", "Comunicación Social", "INI-15",
     None, date(2018, 2, 15), date(2018, 12, 31),
     ((date(2019, 3, 29), date(2019, 8, 30)), (date(2019, 6, 14), date(2019, 9, 30))),
     date(2019, 11, 15)),
    ("Estrategia Agenda 2030 presentada en el Foro Político de Alto Nivel",
     "Cooperación y Promoción Económica", "INI-14", "IC-2019-001", date(2018, 11, 30),
     date(2019, 7, 15), (), date(2019, 7, 16)),
    ("Documento de la Fase 3 firmado", "Coordinación del programa", None, None,
     date(2018, 12, 14), date(2019, 6, 30), ((date(2019, 5, 31), date(2019, 8, 20)),),
     date(2019, 8, 20)),
    ("Plan de transición de especialistas a plazas de la AMEXCID",
     "Unidad de Administración y Finanzas", None, None, date(2024, 11, 29), date(2025, 9, 30),
     ((date(2025, 8, 29), date(2025, 12, 31)),), None),
    ("Informe final de evaluación del PROCAP", "Coordinación del programa", None,
     "IC-2025-001", date(2025, 1, 31), date(2025, 10, 31),
     ((date(2025, 9, 30), date(2026, 2, 27)),), None),
    ("Sistematización de la experiencia PROCAP publicada", "Comunicación Social", "INI-15",
     "IC-2025-002", date(2025, 2, 28), date(2025, 12, 15),
     ((date(2025, 10, 31), date(2026, 3, 31)),), None),
    ("Cierre operativo y financiero del programa", "Coordinación del programa", None, None,
     date(2025, 1, 31), date(2025, 12, 31), ((date(2025, 11, 28), date(2026, 6, 30)),), None),
]

#: The re-baselined milestone: (title, new baseline, decided on, reason).
REBASELINE = ("Plataforma de gestión del conocimiento en operación", date(2019, 6, 30),
              date(2018, 8, 10), "Consultoría IC-2018-002 terminada por calidad; la "
              "plataforma requiere un nuevo proceso de contratación. Acordado por la Junta del "
              "programa.")


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


def _milestones(uow: UnitOfWork, program_id: int, initiative_ids: dict[str, int],
                contract_ids: dict[str, int]) -> None:
    for (title, owner, initiative, contract, baselined_on, original, forecasts,
         actual) in MILESTONES:
        data = MilestoneData(
            title=title, owner=owner, baseline_date=original, actual_date=actual,
            initiative_id=initiative_ids.get(initiative or ""),
            contract_id=contract_ids.get(contract or ""), baselined_on=baselined_on,
        )
        mid = milestones.create_milestone(uow, program_id, data)
        if title == REBASELINE[0]:
            milestones.rebaseline_milestone(
                uow, mid, new_baseline=REBASELINE[1], decided_on=REBASELINE[2],
                reason=REBASELINE[3], expected_version=None,
            )
            data = replace(data, baseline_date=REBASELINE[1])
        for made_on, forecast in forecasts:
            data = replace(data, forecast_date=forecast, forecast_recorded_on=made_on)
            milestones.update_milestone(uow, mid, data, expected_version=None)


def load_records(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Initiatives, consultancies, milestones and risks (the caller commits)."""
    initiative_ids = _initiatives(uow, program_id, rng)
    contract_ids = load_consultancies(uow, program_id, initiative_ids)
    _milestones(uow, program_id, initiative_ids, contract_ids)
    load_risks(uow, program_id, initiative_ids)


def load_monitoring(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Load the monitoring demo into ``uow``: its records, then the scenarios on whatever
    budget the program has (the caller commits)."""
    load_records(uow, program_id, rng)
    load_scenarios(uow, program_id)
