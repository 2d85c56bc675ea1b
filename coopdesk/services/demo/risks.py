"""The demo's risk register and the risk plan's funding scenarios, in Mexican Spanish.

The register holds the Component 1 risk; each risk is identified on its day and
re-assessed over the years, so a view as of a past date shows the register as it stood.
The scenarios show a cut on purpose next to the planned budget.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import committed_fees, programs, risks, scenarios
from coopdesk.services.risks import RiskData
from coopdesk.services.scenarios import ScenarioData

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

_O, _M = RiskStatus.OPEN, RiskStatus.MITIGATED

#: Each risk of ``RISKS`` in order: its earlier assessments as (day, likelihood, impact,
#: status, review date), the first on the day it was identified, and the day of the
#: assessment ``RISKS`` holds, its latest.
RISK_HISTORY = [
    (((date(2018, 3, 15), 3, 5, _O, date(2018, 9, 30)),
      (date(2019, 1, 31), 4, 5, _O, date(2019, 7, 31))), date(2025, 6, 30)),
    (((date(2018, 1, 15), 3, 4, _O, date(2018, 7, 31)),
      (date(2018, 12, 3), 4, 4, RiskStatus.MATERIALISED, date(2019, 6, 30))),
     date(2025, 3, 31)),
    (((date(2019, 11, 29), 3, 4, _O, date(2020, 5, 29)),), date(2025, 10, 31)),
    (((date(2015, 4, 30), 3, 3, _O, date(2015, 10, 30)),
      (date(2018, 2, 28), 4, 3, _O, date(2019, 8, 30))), date(2025, 8, 29)),
    (((date(2019, 2, 28), 4, 4, _O, date(2019, 10, 31)),), date(2025, 9, 15)),
    (((date(2016, 6, 30), 3, 3, _O, date(2016, 12, 30)),
      (date(2018, 11, 30), 3, 4, _O, date(2019, 12, 13))), date(2025, 12, 15)),
    (((date(2017, 1, 31), 3, 3, _O, date(2017, 6, 30)),
      (date(2018, 5, 31), 3, 3, _O, date(2019, 11, 29))), date(2024, 9, 30)),
    (((date(2016, 3, 31), 4, 3, _O, date(2016, 9, 30)),
      (date(2018, 9, 28), 3, 3, _M, date(2019, 3, 29))), date(2024, 12, 13)),
    (((date(2014, 6, 30), 3, 3, _O, date(2015, 6, 30)),
      (date(2016, 7, 29), 2, 2, _O, date(2019, 12, 31))), date(2019, 10, 15)),
    (((date(2015, 2, 27), 3, 3, _O, date(2015, 12, 31)),
      (date(2019, 3, 29), 3, 2, _O, date(2019, 12, 31))), date(2025, 11, 28)),
]

#: The saved scenarios of the risk plan: a cut, shown on purpose, and the plan itself.
SCENARIO_CUT = "Recorte del 30 % a los fondos del Componente 1 desde 2019"
SCENARIO_PLANNED = "Presupuesto planeado del Componente 1 desde 2019"
SCENARIO_EARLY_END = "Presupuesto planeado; el programa termina el 31/12/2021"


def load_risks(uow: UnitOfWork, program_id: int, initiative_ids: dict[str, int]) -> None:
    """The risk register, some risks tied to an initiative, each with its assessments."""
    for (title, category, lk, impact, status, owner, review, initiative, mitigation,
         description), (earlier, assessed) in zip(RISKS, RISK_HISTORY, strict=True):
        latest = RiskData(
            title=title, category=category, likelihood=lk, impact=impact, status=status,
            owner=owner, review_date=review, mitigation=mitigation,
            initiative_id=initiative_ids.get(initiative or ""), description=description,
            identified_on=earlier[0][0], assessed_on=assessed,
        )
        first, *later = earlier
        risk_id = risks.create_risk(uow, program_id, _assessed(latest, first))
        for entry in later:
            risks.update_risk(uow, risk_id, _assessed(latest, entry), expected_version=None)
        risks.update_risk(uow, risk_id, latest, expected_version=None)


def _assessed(data: RiskData, entry: tuple[date, int, int, RiskStatus, date]) -> RiskData:
    day, likelihood, impact, status, review = entry
    return replace(data, likelihood=likelihood, impact=impact, status=status,
                   review_date=review, assessed_on=day)


def load_scenarios(uow: UnitOfWork, program_id: int) -> None:
    """The risk plan's scenarios.

    The cut applies to funds that keep the 2019 team (the fees committed for 2019) every
    year, so the demo shows which renewals a 30 % cut leaves unpaid; the other scenarios
    run on the planned Component 1 budget.
    """
    component = scenarios.component_one_code(uow, program_id)
    payroll_2019 = committed_fees.committed_cost_by_year(uow, program_id).get(
        (2019, component), Decimal(0)) if component is not None else Decimal(0)
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
