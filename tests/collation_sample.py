"""A program staffed with names that code-point order sorts wrongly, and their Spanish order.

Byte order (SQLite's ``ORDER BY``, Python's plain ``sorted()``) puts every name starting
with an accent or an Ñ after "Z"; Spanish puts Á with A and Ñ between N and O.
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.enums import RiskCategory
from coopdesk.services import contracts, programs, risks, scenarios
from coopdesk.services.database import Database

#: The names in Spanish order ("Ángela" between "Ana" and "Beatriz").
NAMES_IN_ORDER = [
    "Álvaro Zepeda", "Ana Torres", "Ángela Ruiz", "Beatriz Zúñiga", "Nuria Soto",
    "Ñusta Quispe", "Olga Ortiz", "Zoe Álvarez",
]
#: The same names in the order they are hired: neither sorted nor reversed.
HIRED = [NAMES_IN_ORDER[i] for i in (3, 7, 2, 4, 0, 6, 5, 1)]
UNITS_IN_ORDER = ["Área de Planeación", "Dirección Ejecutiva", "Zona Norte"]
#: Risk titles of one score, and scenario names, in Spanish order.
TITLES_IN_ORDER = ["Ajuste de tipo de cambio", "Área sin especialista", "Zona sin cobertura"]

AS_OF = date(2019, 9, 30)
#: Every contract ends on this day, within 90 days of ``AS_OF``: lists order them by name.
ENDING = date(2019, 10, 31)


def staff(db: Database, program_id: int) -> None:
    """Units, one contract per name (all ending on ``ENDING``), risks and scenarios."""
    with db.unit_of_work("tester") as uow:
        units = [programs.add_unit(uow, program_id, name) for name in reversed(UNITS_IN_ORDER)]
        for number, name in enumerate(HIRED):
            contracts.hire(
                uow, program_id, full_name=name, position="Especialista",
                unit_id=units[number % len(units)], start_date=date(2019, 1, 1),
                end_date=ENDING, fee="2500.00",
            )
        for title in reversed(TITLES_IN_ORDER):
            risks.create_risk(uow, program_id, risks.RiskData(
                title=title, category=RiskCategory.FINANCIAL, likelihood=3, impact=3,
            ))
            scenarios.create_scenario(uow, program_id, scenarios.ScenarioData(name=title))
        uow.commit()
