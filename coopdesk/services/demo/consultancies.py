"""The demo's consultancies and their deliverables, in Mexican Spanish.

Some deliverables are late (in 2017 and at the program's close in 2025); one is rejected
and its consultancy terminated for quality.
"""

from __future__ import annotations

from datetime import date

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import consultancies, deliverables
from coopdesk.services.consultancies import ConsultancyData
from coopdesk.services.deliverables import DeliverableData

#: A deliverable: title, due date, tranche (% of the amount), submitted, accepted.
DeliverableRow = tuple[str, date, int, date | None, date | None]
#: A consultancy: reference, title, consultant, initiative code, start, end, amount and its
#: deliverables.
ConsultancyRow = tuple[str, str, str, str | None, date, date, str, list[DeliverableRow]]

CONSULTANCIES: list[ConsultancyRow] = [
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


def load_consultancies(
    uow: UnitOfWork, program_id: int, initiative_ids: dict[str, int]
) -> dict[str, int]:
    """The consultancies and their deliverables; one rejected, its consultancy terminated.

    Returns each consultancy's id by reference, for the milestones that name one.
    """
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
            did = deliverables.add_deliverable(uow, cid, DeliverableData(
                title=item_title, due_date=due, tranche=tranche, submitted_date=submitted,
                accepted_date=accepted,
                quality_notes="Aceptado por el área contraparte." if accepted else "",
            ))
            if reference == "IC-2018-002" and submitted and not accepted:
                deliverables.reject_deliverable(
                    uow, did, rejected_date=REJECTION[0], reason=REJECTION[1],
                    expected_version=None,
                )
    consultancies.terminate_consultancy(
        uow, ids["IC-2018-002"], termination_date=TERMINATION[0], reason=TERMINATION[1],
        expected_version=None,
    )
    return ids
