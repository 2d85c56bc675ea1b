"""A small program built through the services, with something in every report section."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from coopdesk.domain.enums import (
    Dimension,
    DisseminationScope,
    IncidenceLevel,
    InitiativeStatus,
    ResultKind,
    RevisionKind,
    RevisionPurpose,
    RiskCategory,
    RiskStatus,
)
from coopdesk.services import (
    consultancies,
    contract_reads,
    contracts,
    deliverables,
    expenditure,
    initiatives,
    milestones,
    programs,
    revision_lines,
    revisions,
    risks,
)
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database

#: Texts a report must print literally: markup, entities, a URL to fetch, emoji, accents.
HOSTILE = 'AT&T <b>bold <i>x</i> <img src="http://127.0.0.1:9/x.png"/> 😀 ñandú Ærø'
LONG_TEXT = ("Descripción larga con acentos y <etiquetas> & ampersands. " * 40)[:2000]


@dataclass(frozen=True)
class Sample:
    program_id: int
    code: str
    specialist_id: int  #: the specialist whose contract was renewed in 2019Q3


def build_sample(db: Database, *, code: str = "TEST-01", hostile: bool = False) -> Sample:
    """A program with budget, expenditure, contracts, consultancies, milestones and risks.

    ``hostile`` puts markup, emoji and long texts in every free text the report prints.
    """
    text = (lambda plain: f"{plain} {HOSTILE}") if hostile else (lambda plain: plain)
    with db.unit_of_work("tester") as uow:
        pid = programs.create_program(
            uow, code=code, title=text("Programa de prueba"), currency="USD",
            start_date=date(2018, 1, 1), end_date=date(2020, 12, 31),
            partner_agency=text("AMEXCID"), implementing_agency="UNDP",
            description=LONG_TEXT if hostile else "Programa para probar informes.",
        )
        programs.add_phase(uow, pid, number=1, name=text("Fase 1"), start_date=date(2018, 1, 1),
                           end_date=date(2020, 12, 31))
        c1 = programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C1",
                                 title=text("Contratación de especialistas"))
        c2 = programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C2",
                                 title="Sustantivo")
        unit_a = programs.add_unit(uow, pid, text("Unidad A"))
        unit_b = programs.add_unit(uow, pid, "Unidad B")

        rg1 = revisions.create_revision(
            uow, pid, kind=RevisionKind.GENERAL, revision_date=date(2018, 3, 1),
            purposes=[RevisionPurpose.OPEN_BUDGET], justification=text("Apertura"),
        )
        revision_lines.set_revision_amounts(uow, rg1, {
            Cell(c1, "30000", "AMEXCID", 2018): "100000.00",
            Cell(c1, "30000", "AMEXCID", 2019): "120000.00",
            Cell(c2, "30000", "AMEXCID", 2019): "30000.00",
        })
        revision_lines.add_award_change(uow, rg1, amount="250000.00", source="AMEXCID")
        revisions.approve_revision(uow, rg1)
        rg2 = revisions.create_revision(
            uow, pid, kind=RevisionKind.GENERAL, revision_date=date(2019, 8, 15),
            purposes=[RevisionPurpose.INCREASE_AWARD],
            justification=LONG_TEXT if hostile else "Incremento AMEXCID",
        )
        revision_lines.set_revision_amounts(
            uow, rg2, {Cell(c1, "30000", "AMEXCID", 2019): "150000.00"})
        revision_lines.add_award_change(uow, rg2, amount="1624494.53", source="AMEXCID")
        revisions.approve_revision(uow, rg2)

        lines = {(line.year, line.result_code): line.id
                 for line in programs.list_budget_lines(uow, pid)}
        for month in range(1, 10):
            day = date(2019, month, 1)
            end = date(2019, month + 1, 1).replace(day=1)
            last = date.fromordinal(end.toordinal() - 1)
            expenditure.add_expenditure(uow, lines[(2019, "C1")], period_start=day,
                                        period_end=last, amount="10000.00")
            expenditure.add_expenditure(uow, lines[(2019, "C2")], period_start=day,
                                        period_end=last, amount="2000.00")

        keep = contracts.hire(
            uow, pid, full_name=text("Ana Álvarez"), unit_id=unit_a, position=text("Analista"),
            start_date=date(2019, 1, 1), end_date=date(2019, 12, 31), fee="3000.00",
            component_id=c1,
        )
        contracts.hire(
            uow, pid, full_name="Beto Bravo", unit_id=unit_b, position="Enlace",
            start_date=date(2019, 1, 1), end_date=date(2019, 10, 15), fee="2500.00",
            component_id=c1,
        )
        first = contracts.hire(
            uow, pid, full_name="Carla Cruz", unit_id=unit_a, position="Especialista",
            start_date=date(2019, 1, 1), end_date=date(2019, 6, 30), fee="2800.00",
            component_id=c1,
        )
        renewal = contracts.renew(uow, first, start_date=date(2019, 7, 1),
                                  end_date=date(2019, 12, 31), fee="2900.00")
        gone = contracts.hire(
            uow, pid, full_name="Diego Díaz", unit_id=unit_b, position="Asistente",
            start_date=date(2019, 1, 1), end_date=date(2019, 12, 31), fee="2000.00",
            component_id=c1,
        )
        contracts.terminate(uow, gone, termination_date=date(2019, 8, 20),
                            reason=text("Renuncia voluntaria"))
        contracts.amend(uow, keep, effective_date=date(2019, 7, 1), new_fee="3100.00",
                        reason=text("Ajuste"))

        init = initiatives.create_initiative(uow, pid, initiatives.InitiativeData(
            code="INI-01", title=text("Fortalecimiento del RENCID"),
            dimension=Dimension.INSTRUMENTS, dissemination_scope=DisseminationScope.PUBLIC,
            incidence_level=IncidenceLevel.SYSTEMIC, status=InitiativeStatus.ONGOING,
            start_date=date(2019, 1, 1), end_date=date(2020, 6, 30),
        ))
        ic = consultancies.create_consultancy(uow, pid, consultancies.ConsultancyData(
            reference="IC-2019-001", title=text("Guía metodológica"),
            consultant=text("Elena Estrada"), start_date=date(2019, 2, 1),
            end_date=date(2019, 11, 30), amount="40000.00", initiative_id=init,
        ))
        for title, due, submitted, accepted, tranche in (
            ("Plan de trabajo", date(2019, 3, 1), date(2019, 3, 5), date(2019, 3, 10), "20"),
            (text("Borrador"), date(2019, 8, 1), None, None, "40"),
            ("Versión final", date(2019, 11, 15), None, None, "40"),
        ):
            deliverables.add_deliverable(uow, ic, deliverables.DeliverableData(
                title=title, due_date=due, tranche=tranche, submitted_date=submitted,
                accepted_date=accepted,
            ))
        milestones.create_milestone(uow, pid, milestones.MilestoneData(
            title=text("Taller regional"), baseline_date=date(2019, 8, 1),
            forecast_date=date(2019, 9, 15), owner="Coordinación",
        ))
        milestones.create_milestone(uow, pid, milestones.MilestoneData(
            title="Informe anual", baseline_date=date(2019, 12, 15), owner="Coordinación",
        ))
        risks.create_risk(uow, pid, risks.RiskData(
            title=text("Recorte presupuestal"), category=RiskCategory.FINANCIAL, likelihood=4,
            impact=5, owner="AMEXCID",
            mitigation=LONG_TEXT if hostile else "Plan de riesgos del Componente 1",
        ))
        risks.create_risk(uow, pid, risks.RiskData(
            title="Rotación de personal", category=RiskCategory.INSTITUTIONAL, likelihood=2,
            impact=3, status=RiskStatus.OPEN,
        ))
        risks.create_risk(uow, pid, risks.RiskData(
            title="Riesgo cerrado", category=RiskCategory.POLITICAL, likelihood=5, impact=5,
            status=RiskStatus.CLOSED,
        ))
        specialist = contract_reads.get_contract(uow, renewal).specialist_id
        uow.commit()
    return Sample(pid, code, specialist)


@pytest.fixture
def sample(db: Database) -> Sample:
    return build_sample(db)
