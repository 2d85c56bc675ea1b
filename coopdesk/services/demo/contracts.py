"""The demo's specialists and their service contracts, 2013–2025, through the services.

Yearly SCs (1 Jan–31 Dec, the first one from the month of hire) renewed again and again,
funded by component C1, with a few terminations, non-renewals and fee amendments. The
active headcount at each year end follows ``YEAR_END_HEADCOUNT``: 40 at the end of 2013 and
112 at the end of 2019 (docs/domain.md). In the last year, 2025, part of the renewals end
at mid-year and in September, so an as-of date in 2025 always has contracts about to end.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import contracts, programs

#: Active service contracts on 31 December of each year.
YEAR_END_HEADCOUNT = {
    2013: 40, 2014: 52, 2015: 61, 2016: 74, 2017: 86, 2018: 99, 2019: 112,
    2020: 111, 2021: 109, 2022: 108, 2023: 106, 2024: 104,
}
FIRST_YEAR, LAST_YEAR = 2013, 2025

_FEMALE = """María Ana Laura Gabriela Mariana Daniela Fernanda Alejandra Patricia Verónica
    Claudia Adriana Mónica Lucía Sofía Valeria Paola Andrea Carmen Rosa Elena Beatriz Diana
    Carolina Isabel Silvia Teresa Julia Natalia Ximena""".split()
_MALE = """José Juan Luis Carlos Jorge Miguel Alejandro Fernando Ricardo Eduardo Roberto
    Francisco Javier Daniel Sergio Arturo Raúl Manuel Antonio Pablo Andrés Diego Gerardo
    Héctor Óscar Rodrigo Emilio Tomás Ernesto Iván""".split()
_SURNAMES = """García Hernández Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz
    Flores Gómez Morales Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar
    Ortiz Moreno Castillo Romero Álvarez Méndez Chávez Rivera Juárez Ramos Domínguez Herrera
    Medina Castro Vargas Guzmán Velázquez Rojas Contreras Salazar Luna Ortega Cortés Navarro
    Estrada Figueroa Soto Delgado""".split()

POSITIONS = [
    "Especialista en cooperación técnica", "Especialista en cooperación educativa",
    "Analista de proyectos de cooperación", "Especialista en seguimiento y evaluación",
    "Especialista en cooperación triangular", "Enlace con organismos internacionales",
    "Especialista jurídico", "Especialista en administración y finanzas",
    "Especialista en comunicación", "Analista del Registro Nacional (RENCID)",
    "Especialista en planeación", "Coordinador de proyectos especiales",
]

TERMINATION_REASONS = [
    "Renuncia voluntaria",
    "Incorporación a una plaza de estructura de la AMEXCID",
    "Término anticipado por ajuste presupuestal",
    "Terminación por mutuo acuerdo",
    "Cambio de residencia",
]

#: End dates of the renewals of the last year, and the share of renewals ending then.
LAST_YEAR_ENDS = [(date(LAST_YEAR, 6, 30), 15), (date(LAST_YEAR, 9, 30), 10)]


@dataclass
class _Chain:
    """One specialist's current contract while the years are built."""

    contract_id: int
    fee: int  #: whole US dollars


def _names(rng: random.Random) -> list[str]:
    """An endless supply of distinct plausible Spanish names, in a seeded order."""
    seen: set[str] = set()
    names: list[str] = []
    while len(names) < 400:
        first = rng.choice(_FEMALE if rng.random() < 0.5 else _MALE)
        surname, second = rng.sample(_SURNAMES, 2)
        name = f"{first} {surname} {second}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def _raised(fee: int, rng: random.Random) -> int:
    percent = rng.choice([0, 0, 2, 3, 4, 5])
    return min(2400, round(fee * (100 + percent) / 1000) * 10)


def load_contracts(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Hire, renew, amend and terminate the demo's specialists year by year."""
    units = [unit_id for unit_id, _ in programs.list_units(uow, program_id)]
    c1 = next(r.id for r in programs.list_results(uow, program_id) if r.code == "C1")
    names = iter(_names(rng))
    active: list[_Chain] = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
        renewed: list[_Chain] = []
        for chain in active:
            fee = _raised(chain.fee, rng)
            end = _last_year_end(rng) if year == LAST_YEAR else dec31
            new_id = contracts.renew(uow, chain.contract_id, start_date=jan1, end_date=end,
                                     fee=Decimal(fee))
            renewed.append(_Chain(new_id, fee))
        active = renewed
        if year > FIRST_YEAR:
            for chain in rng.sample(active, 1 + (year % 3 == 0)):
                contracts.terminate(
                    uow, chain.contract_id,
                    termination_date=date(year, rng.randint(2, 11), rng.randint(1, 28)),
                    reason=rng.choice(TERMINATION_REASONS),
                )
                active.remove(chain)
            for chain in rng.sample(active, 2):
                new_fee = chain.fee + 100
                contracts.amend(uow, chain.contract_id, effective_date=date(year, 7, 1),
                                new_fee=Decimal(new_fee),
                                reason="Ajuste de honorarios por nuevas funciones")
                chain.fee = new_fee
        target = YEAR_END_HEADCOUNT.get(year, 0)
        first_month = 2 if year == FIRST_YEAR else 1
        for _ in range(max(0, target - len(active))):
            fee = rng.randrange(700, 1601, 50)
            contract_id = contracts.hire(
                uow, program_id, full_name=next(names), position=rng.choice(POSITIONS),
                unit_id=rng.choice(units), component_id=c1, fee=Decimal(fee),
                start_date=date(year, rng.randint(first_month, 11), 1), end_date=dec31,
            )
            active.append(_Chain(contract_id, fee))
        if FIRST_YEAR + 1 < year < LAST_YEAR and year % 2 == 0:
            active.remove(rng.choice(active))  # its contract simply expires, not renewed


def _last_year_end(rng: random.Random) -> date:
    draw = rng.randrange(100)
    for end, share in LAST_YEAR_ENDS:
        if draw < share:
            return end
        draw -= share
    return date(LAST_YEAR, 12, 31)
