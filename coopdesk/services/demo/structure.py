"""The demo program's frame: PROCAP's code, partners, phases, components, results and units.

Worded in Mexican Spanish, as the program's own documents are: the users are its staff.
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.enums import ResultKind
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import programs
from coopdesk.services.iati_fields import ProgramIati

PROGRAM_CODE = "00086731"

#: What IATI publishing needs (docs/iati.md): UNDP's organisation identifier (XM-DAC-41114)
#: and its project identifier; for AMEXCID, Mexico's code as a provider in the OECD DAC's
#: list (358), illustrative: the public record gives no IATI identifier of the agency's own.
#: The sector is the DAC purpose code 15110, public sector policy and administrative
#: management: the program strengthens the agency's capacities.
IATI = ProgramIati(
    title_en="AMEXCID Capacity Strengthening Program (PROCAP)",
    description_en="Cooperation program between the Mexican Agency for International "
    "Development Cooperation (AMEXCID) and the United Nations Development Programme (UNDP).",
    iati_identifier=f"XM-DAC-41114-PROJECT-{PROGRAM_CODE}",
    partner_iati_ref="XM-DAC-358", partner_iati_type="10",
    implementing_iati_ref="XM-DAC-41114", implementing_iati_type="40",
    recipient_country="MX", sector_code="15110",
)

#: (number, name, start, end) — docs/domain.md, "The program".
PHASES = [
    (1, "Fase 1", date(2013, 1, 1), date(2017, 6, 30)),
    (2, "Fase 2", date(2017, 7, 1), date(2019, 6, 30)),
    (3, "Fase 3", date(2019, 7, 1), date(2025, 12, 31)),
]

#: Components every budget line is planned against (code, title).
COMPONENTS = [
    ("C1", "Componente 1: contratación de especialistas"),
    ("C2", "Componente 2: sustantivo (herramientas, procesos e instrumentos de política)"),
]

#: Results of each phase document (phase number, code, title).
RESULTS = [
    (1, "R1.1", "Capacidades institucionales de la AMEXCID fortalecidas"),
    (1, "R1.2", "Instrumentos y metodologías de cooperación Sur-Sur desarrollados"),
    (1, "R1.3", "México posicionado en los foros de cooperación internacional"),
    (2, "R2.1", "Áreas sustantivas de la AMEXCID apoyadas por personal especializado"),
    (2, "R2.2", "Herramientas y procesos de gestión de la cooperación en operación"),
    (2, "R2.3", "Buenas prácticas de cooperación Sur-Sur sistematizadas"),
    (3, "R3.1", "Capacidades técnicas y operativas de la AMEXCID sostenidas"),
    (3, "R3.2", "Instrumentos de política para el PDI y el PROCID implementados"),
    (3, "R3.3", "Redes de cooperación triangular facilitadas"),
    (3, "R3.4", "Conocimiento de la cooperación mexicana gestionado y difundido"),
]

#: Units of the partner agency where the specialists work.
UNITS = [
    "Dirección Ejecutiva",
    "Dirección General de Cooperación Técnica y Científica",
    "Dirección General de Cooperación Educativa y Cultural",
    "Dirección General de Cooperación y Promoción Económica Internacional",
    "Dirección General de Proyectos Especiales",
    "Dirección General de Planeación y Seguimiento",
    "Unidad de Cooperación con Centroamérica y el Caribe",
    "Unidad de Cooperación con América del Sur",
    "Unidad de Cooperación Triangular",
    "Unidad de Asuntos Jurídicos",
    "Unidad de Administración y Finanzas",
    "Unidad de Comunicación Social",
    "Registro Nacional de Cooperación (RENCID)",
    "Fondo de Infraestructura para Países de Mesoamérica y el Caribe",
]


def load_structure(uow: UnitOfWork) -> int:
    """Create the program with its phases, components, results and units; return its id.

    The program opens with RG 1's validity (2013–2015); the budget revisions extend it.
    """
    program_id = programs.create_program(
        uow,
        code=PROGRAM_CODE,
        title="Programa de Fortalecimiento de Capacidades de la AMEXCID (PROCAP)",
        currency="USD",
        start_date=date(2013, 1, 1),
        end_date=date(2015, 12, 31),
        partner_agency="AMEXCID",
        implementing_agency="PNUD",
        description="Programa de cooperación entre la Agencia Mexicana de Cooperación "
        "Internacional para el Desarrollo (AMEXCID) y el Programa de las Naciones Unidas "
        "para el Desarrollo (PNUD).",
        iati=IATI,
    )
    phase_ids = {
        number: programs.add_phase(
            uow, program_id, number=number, name=name, start_date=start, end_date=end
        )
        for number, name, start, end in PHASES
    }
    for code, title in COMPONENTS:
        programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code=code, title=title)
    for phase, code, title in RESULTS:
        programs.add_result(
            uow, program_id, kind=ResultKind.RESULT, code=code, title=title,
            phase_id=phase_ids[phase],
        )
    for name in UNITS:
        programs.add_unit(uow, program_id, name)
    return program_id
