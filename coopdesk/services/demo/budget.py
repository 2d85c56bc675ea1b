"""The demo's budget: PROCAP's revision log (docs/domain.md), budget lines and expenditure.

The general revisions RG 1–RG 11 carry their real dates, purposes and award changes, so the
award is US$9,177,700.08 after RG 11 as in the record; how each revision spreads its money
over components and years is illustrative. A Phase 3 substantive revision extends validity
to 2025-12-31.

The record lists no award change after RG 11, yet Phase 3 renews about a hundred
specialists every year until 2025: within the award alone, Component 1 could pay a sixth of
the fees its contracts commit each year. So Phase 3 is funded the way the record shows
AMEXCID funding the program since 2016: a yearly contribution in a general revision
(RG 12–RG 17, February of each year), sized to what the contracts commit for the year (the
specialists' fees for Component 1, the consultancies for Component 2) plus a margin, each
saying in its justification that the figure is illustrative. They are loaded after the
contracts and consultancies they are sized to (``fund_phase3``).

Expenditure is drawn year by year at 85–98 % of the budget then in force, before the
revisions that close or adjust that year, as the program would have lived it. Every text is
in Mexican Spanish, as the program's own documents are.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import ROUND_CEILING, Decimal

from coopdesk.domain.budget import expenditure_period
from coopdesk.domain.enums import ExpenditureSource, RevisionKind
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import (
    budget,
    committed_fees,
    expenditure,
    programs,
    revision_lines,
    revisions,
    year_locks,
)
from coopdesk.services.budget_state import Cell

FUND, DONOR = "30000", "AMEXCID"
#: Where RG 7 first put the money recognised from other projects; RG 9 corrects it.
WRONG_FUND, WRONG_DONOR = "04000", "UNDP"

#: How RG 11's US$2,300,000 from AMEXCID is split: Component 1's specialists and Component
#: 2's consultancies of 2019 (illustrative: the record gives the total only).
RG11_COMPONENT_1, RG11_COMPONENT_2 = "2270000.00", "30000.00"
#: What Phase 3 moves from Component 1's 2019 budget into 2020 (illustrative): what 2019's
#: payroll does not need of RG 11's contribution and the 2018 remainder.
PHASE3_SHARE = "500000.00"
#: Margin of Phase 3's yearly contributions over the fees committed for the year: fee
#: adjustments and new hires decided during the year.
MARGIN = Decimal("0.05")
#: Contributions are rounded up to this amount, as an agency budgets them.
ROUND_TO = Decimal("10000")
#: What each yearly contribution funds: (component, the code its contracts are committed
#: under, its name). The consultancies are individual contracts under no component.
FUNDED = (("C1", "C1", "Componente 1"), ("C2", "", "Componente 2"))
#: Dates of Phase 3's yearly general revisions RG 12–RG 17 (February, as RG 4 in 2016).
FUNDING_DATES = [date(2020, 2, 18), date(2021, 2, 16), date(2022, 2, 15), date(2023, 2, 14),
                 date(2024, 2, 20), date(2025, 2, 18)]
#: Years 2013 up to this one are closed (locked) at the end of the demo.
LOCKED_UNTIL = 2022
#: Last year with expenditure: the program's last year.
LAST_YEAR = 2025


class _Demo:
    """The demo's state while loading: program, components and the revision being drafted."""

    def __init__(self, uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
        self.uow, self.program_id, self.rng = uow, program_id, rng
        self.ids = {r.code: r.id for r in programs.list_results(uow, program_id)}
        self.c1, self.c2 = self.ids["C1"], self.ids["C2"]

    def cell(self, result_id: int, year: int, fund: str = FUND, donor: str = DONOR) -> Cell:
        return Cell(result_id, fund, donor, year)

    def revision(
        self, kind: RevisionKind, number: int, day: date, purposes: list[P], text: str,
        new_end: date | None = None,
    ) -> int:
        return revisions.create_revision(
            self.uow, self.program_id, kind=kind, number=number, revision_date=day,
            purposes=purposes, justification=text, new_end_date=new_end,
        )

    def award(self, rid: int, amount: str, source: str, result_id: int, years: list[int],
              text: str = "", fund: str = FUND, donor: str = DONOR) -> None:
        revision_lines.change_award(
            self.uow, rid, amount=amount, source=source, description=text,
            result_id=result_id, fund=fund, donor=donor, years=years,
        )

    def approve(self, rid: int) -> None:
        revisions.approve_revision(self.uow, rid)

    def substantive(self, number: int, day: date, text: str) -> None:
        self.approve(self.revision(RevisionKind.SUBSTANTIVE, number, day,
                                   [P.MODIFY_ACTIVITIES], text))

    def spend(self, year: int) -> None:
        """Expenditure of a year at 85–98 % of each line's budget: C1 monthly, C2 quarterly."""
        grid = budget.budget_grid(self.uow, self.program_id)
        lines = {(c.result_code, c.fund, c.donor): c.id
                 for c in expenditure.line_choices(self.uow, self.program_id, year)}
        for row in grid.rows:
            planned = row.amounts.get(year, Decimal(0))
            if planned <= 0:
                continue
            rate = Decimal(self.rng.randint(8500, 9800)) / 10000
            monthly = row.result_code == "C1"
            periods = [
                expenditure_period(year, month=m) if monthly
                else expenditure_period(year, quarter=m)
                for m in range(1, 13 if monthly else 5)
            ]
            weights = [self.rng.randint(80, 120) for _ in periods]
            total = (planned * rate).quantize(Decimal("0.01"))
            shares = [(total * w / sum(weights)).quantize(Decimal("0.01")) for w in weights]
            shares[-1] += total - sum(shares)
            for period, share in zip(periods, shares, strict=True):
                expenditure.add_expenditure(
                    self.uow, lines[(row.result_code, row.fund, row.donor)],
                    period_start=period.start, period_end=period.end, amount=share,
                    source=ExpenditureSource.CDR, reference=f"CDR {year}",
                )


def _phase1(d: _Demo) -> None:
    g = RevisionKind.GENERAL
    rid = d.revision(g, 1, date(2013, 6, 10), [P.OPEN_BUDGET],
                     "Apertura del presupuesto plurianual 2013–2015.")
    revision_lines.set_revision_amounts(d.uow, rid, {
        d.cell(d.c1, 2013): "420000.81", d.cell(d.c2, 2013): "60000.00",
        d.cell(d.c1, 2014): "690000.00", d.cell(d.c2, 2014): "95000.00",
        d.cell(d.c1, 2015): "700000.00", d.cell(d.c2, 2015): "92000.00",
    })
    revision_lines.add_award_change(d.uow, rid, amount="2057000.81", source="AMEXCID",
                               description="Aportación inicial")
    d.approve(rid)

    rid = d.revision(g, 2, date(2013, 11, 19), [P.SCHEDULE_YEARS, P.DECREASE_AWARD],
                     "Ampliación de la contratación de especialistas a 2014; costo de la "
                     "transferencia.")
    revision_lines.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2013),
                                     target=d.cell(d.c1, 2014), amount="35000")
    d.award(rid, "-1296.75", "Costo de transferencia", d.c2, [2013],
            "Costo de la transferencia")
    d.approve(rid)
    d.substantive(1, date(2013, 12, 19), "Revisión de las actividades del primer año.")
    d.spend(2013)

    rid = d.revision(g, 3, date(2014, 7, 2), [P.ADJUST_TO_CDR, P.SCHEDULE_YEARS],
                     "Ajuste del gasto de 2013 al CDR; programación de 2014 y 2015.")
    revision_lines.carry_remainder(d.uow, rid, from_year=2013, into_years=[2014, 2015])
    d.approve(rid)
    d.substantive(2, date(2014, 11, 7), "Precisión de los resultados de la Fase 1.")
    d.spend(2014)
    d.substantive(3, date(2015, 5, 21), "Modificación de las actividades de 2015.")
    d.substantive(4, date(2015, 11, 30), "Modificación de las actividades de 2015–2016.")
    d.spend(2015)


def _phase1_extended(d: _Demo) -> None:
    g = RevisionKind.GENERAL
    rid = d.revision(
        g, 4, date(2016, 3, 4),
        [P.INCREASE_AWARD, P.TRANSFER_FROM_PROJECT, P.EXTEND_VALIDITY, P.ADJUST_TO_CDR,
         P.CARRY_REMAINDER],
        "Aumento del monto del proyecto (ingreso de la AMEXCID para el Componente 1 y "
        "transferencia del proyecto 00079208); ampliación de la vigencia; ajuste de 2015 al "
        "CDR y traslado de su remanente.",
        new_end=date(2017, 12, 31),
    )
    revision_lines.carry_remainder(d.uow, rid, from_year=2015, into_years=[2016, 2017])
    d.award(rid, "2300000", "AMEXCID", d.c1, [2016, 2017], "Ingreso para el Componente 1")
    d.award(rid, "110000", "Proyecto 00079208", d.c2, [2016, 2017], "Transferencia")
    d.approve(rid)
    # The record dates this one "2016-04" only.
    d.substantive(5, date(2016, 4, 1),
                  "Actualización de las actividades de la Fase 1 (abril de 2016).")

    rid = d.revision(g, 5, date(2016, 10, 6), [P.SCHEDULE_YEARS],
                     "Reestimación de los costos de 2016 y 2017.")
    revision_lines.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2016),
                                     target=d.cell(d.c1, 2017), amount="120000")
    d.approve(rid)
    d.spend(2016)

    rid = d.revision(g, 6, date(2017, 3, 28), [P.ADJUST_TO_CDR, P.CLOSE_YEAR],
                     "Ajuste de 2017 y cierre de 2016.")
    revision_lines.carry_remainder(d.uow, rid, from_year=2016, into_years=[2017])
    d.approve(rid)

    rid = d.revision(
        g, 7, date(2017, 5, 29),
        [P.INCREASE_AWARD, P.EXTEND_VALIDITY, P.TRANSFER_FROM_PROJECT],
        "Aumento del monto del proyecto; ampliación de la vigencia a diciembre de 2018; "
        "reconocimiento de las transferencias de los proyectos 00079280 y 00092773.",
        new_end=date(2018, 12, 31),
    )
    d.award(rid, "2300000", "AMEXCID", d.c1, [2018], "Ingreso para el Componente 1")
    for amount, project in (("109651.76", "00079280"), ("2334.27", "00092773")):
        d.award(rid, amount, f"Proyecto {project}", d.c2, [2018], "Transferencia reconocida",
                fund=WRONG_FUND, donor=WRONG_DONOR)
    d.approve(rid)

    rid = d.revision(g, 8, date(2017, 6, 7), [P.SCHEDULE_YEARS],
                     "Ajuste de 2017 y traslado de fondos a 2018.")
    revision_lines.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2017),
                                     target=d.cell(d.c1, 2018), amount="200000")
    d.approve(rid)

    rid = d.revision(g, 9, date(2017, 8, 8), [P.CORRECT_FUND_DONOR],
                     "Corrección del fondo y del donante de una actividad de 2018.")
    wrong = d.cell(d.c2, 2018, WRONG_FUND, WRONG_DONOR)
    revision_lines.transfer_between_lines(d.uow, rid, source=wrong, target=d.cell(d.c2, 2018),
                                     amount="111986.03")
    d.approve(rid)
    d.spend(2017)

    rid = d.revision(g, 10, date(2018, 4, 13), [P.CLOSE_YEAR, P.SCHEDULE_YEARS],
                     "Cierre de 2017 y apertura de 2018.")
    revision_lines.carry_remainder(d.uow, rid, from_year=2017, into_years=[2018])
    d.approve(rid)

    rid = d.revision(
        g, 11, date(2018, 5, 3),
        [P.EXTEND_VALIDITY, P.INCREASE_AWARD, P.TRANSFER_FROM_PROJECT],
        "Ampliación de la vigencia a septiembre de 2019; aumento del monto del proyecto "
        "(AMEXCID); reconocimiento de una transferencia del proyecto 92773.",
        new_end=date(2019, 9, 30),
    )
    d.award(rid, RG11_COMPONENT_1, "AMEXCID", d.c1, [2019], "Ingreso para el Componente 1")
    d.award(rid, RG11_COMPONENT_2, "AMEXCID", d.c2, [2019],
            "Ingreso para el Componente 2: consultorías de 2019")
    d.award(rid, "9.99", "Proyecto 92773", d.c2, [2019], "Transferencia reconocida")
    d.approve(rid)
    d.spend(2018)


def _phase3_document(d: _Demo) -> None:
    """Phase 3's project document extends validity to 2025: the 2018 remainder is spread
    over 2019–2025, and what 2019's payroll does not need moves to 2020."""
    rid = d.revision(
        RevisionKind.SUBSTANTIVE, 6, date(2019, 9, 20),
        [P.MODIFY_ACTIVITIES, P.EXTEND_VALIDITY, P.CARRY_REMAINDER, P.SCHEDULE_YEARS],
        "Documento de proyecto de la Fase 3: resultados R3.1–R3.4 y vigencia al 31/12/2025; "
        "el remanente de 2018 se reprograma en 2019–2025 y el excedente de 2019 del "
        "Componente 1 pasa a 2020 (distribución ilustrativa).",
        new_end=date(2025, 12, 31),
    )
    later = list(range(2020, LAST_YEAR + 1))
    revision_lines.carry_remainder(d.uow, rid, from_year=2018, into_years=[2019, *later])
    revision_lines.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2019),
                                     target=d.cell(d.c1, later[0]), amount=PHASE3_SHARE)
    d.approve(rid)


def _contribution(committed: Decimal, planned: Decimal) -> Decimal:
    """What a year's contribution adds: the committed fees and the margin not yet planned,
    rounded up to ``ROUND_TO``; nothing when the plan already covers them."""
    missing = committed * (1 + MARGIN) - planned
    return max(Decimal(0), (missing / ROUND_TO).to_integral_value(ROUND_CEILING) * ROUND_TO)


def _phase3_funding(d: _Demo) -> None:
    """RG 12–RG 17: AMEXCID's yearly contribution, sized to what the contracts commit for
    the year (the query of the Specialists page): the specialists' fees for Component 1,
    the consultancies (individual contracts, under no component) for Component 2."""
    committed = committed_fees.committed_cost_by_year(d.uow, d.program_id)
    planned = budget.budget_by_year_component(d.uow, d.program_id)
    for number, day in enumerate(FUNDING_DATES, start=12):
        year = day.year
        amounts = {
            (code, name): _contribution(committed.get((year, contracted), Decimal(0)),
                                        planned.get((year, code), Decimal(0)))
            for code, contracted, name in FUNDED
        }
        rid = d.revision(
            RevisionKind.GENERAL, number, day, [P.INCREASE_AWARD],
            f"Aportación de la AMEXCID para {year}: los honorarios comprometidos del año más "
            f"un margen del {MARGIN * 100:.0f} %. Cifra ilustrativa: el registro público del "
            "PROCAP que sigue esta demostración termina en la RG 11.",
        )
        for (code, name), amount in amounts.items():
            if amount:
                d.award(rid, str(amount), "AMEXCID", d.ids[code], [year],
                        f"Aportación {year} para el {name} (cifra ilustrativa)")
        d.approve(rid)


def load_budget(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Enter the revision log up to Phase 3's project document, with the expenditure of
    2013–2018, through the services."""
    demo = _Demo(uow, program_id, rng)
    _phase1(demo)
    _phase1_extended(demo)
    _phase3_document(demo)


def fund_phase3(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Once the contracts and consultancies are in: Phase 3's yearly contributions, the
    expenditure of 2019–2025 and the closed years."""
    demo = _Demo(uow, program_id, rng)
    _phase3_funding(demo)
    for year in range(2019, LAST_YEAR + 1):
        demo.spend(year)
    for year in range(2013, LOCKED_UNTIL + 1):
        year_locks.lock_year(uow, program_id, year)
