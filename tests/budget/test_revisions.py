"""Revisions through the services: drafts, immutability, helpers, diff and bad input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coopdesk.domain.enums import RevisionKind, RevisionStatus
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.domain.errors import StaleEditError, ValidationError
from coopdesk.persistence.models import AuditEntry, AwardChange, RevisionLine
from coopdesk.services import (
    budget,
    budget_diff,
    expenditure,
    programs,
    revision_lines,
    revision_reads,
    revisions,
    year_locks,
)

from .conftest import open_budget


def _count(db, model) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _draft(db, procap, day=date(2014, 7, 2), **kwargs) -> int:
    with db.unit_of_work("tester") as uow:
        rid = revisions.create_revision(
            uow, procap.program_id, kind=kwargs.pop("kind", RevisionKind.GENERAL),
            revision_date=day, purposes=kwargs.pop("purposes", [P.SCHEDULE_YEARS]), **kwargs,
        )
        uow.commit()
    return rid


@pytest.fixture
def opened(db, procap) -> int:
    return open_budget(db, procap, {
        procap.cell("C1", 2013): "500000.00", procap.cell("C1", 2014): "700000.00",
        procap.cell("C2", 2013): "100000.00",
    })


def _spend(db, procap, component, year, amount) -> None:
    with db.unit_of_work("tester") as uow:
        line = next(
            c for c in expenditure.line_choices(uow, procap.program_id, year)
            if c.result_code == component
        )
        expenditure.add_expenditure(
            uow, line.id, period_start=date(year, 1, 1), period_end=date(year, 12, 31),
            amount=amount,
        )
        uow.commit()


def test_numbers_default_to_the_next_of_their_kind(db, procap, opened) -> None:
    general = _draft(db, procap)
    substantive = _draft(
        db, procap, day=date(2014, 8, 1), kind=RevisionKind.SUBSTANTIVE,
        purposes=[P.MODIFY_ACTIVITIES],
    )
    with db.unit_of_work() as uow:
        labels = [r.label for r in revision_reads.list_revisions(uow, procap.program_id)]
        assert revision_reads.get_revision(uow, general).number == 2
        assert revision_reads.get_revision(uow, substantive).label == "RS 1"
    assert labels == ["RG 1", "RG 2", "RS 1"]


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"day": date(2013, 6, 9)}, "revision_date", "2013-06-10"),
        ({"purposes": []}, "purposes", "at least one"),
        ({"number": 1}, "number", "RG 1 already exists"),
        ({"purposes": [P.EXTEND_VALIDITY]}, "new_end_date", "required"),
        ({"purposes": [P.EXTEND_VALIDITY], "new_end_date": date(2015, 6, 30)},
         "new_end_date", "later than"),
        ({"new_end_date": date(2017, 12, 31)}, "new_end_date", "extends validity"),
    ],
)
def test_bad_revision_headers_name_the_field(db, procap, opened, kwargs, field, words) -> None:
    with pytest.raises(ValidationError) as info:
        _draft(db, procap, **kwargs)
    assert words in info.value.errors[field]
    with db.unit_of_work() as uow:
        assert len(revision_reads.list_revisions(uow, procap.program_id)) == 1


@pytest.mark.parametrize(
    ("value", "words"), [("abc", "is not an amount"), ("10.005", "more than 2 decimals"),
                         ("-5", "must not be negative")],
)
def test_bad_amounts_name_the_line_and_write_nothing(db, procap, opened, value, words) -> None:
    rid = _draft(db, procap)
    lines_before = _count(db, RevisionLine)
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        revision_lines.set_revision_amounts(uow, rid, {
            procap.cell("C1", 2015): "1000.00", procap.cell("C2", 2014): value,
        })
    assert words in info.value.errors["C2 · 30000/AMEXCID · 2014"]
    assert _count(db, RevisionLine) == lines_before


def test_cells_outside_validity_are_refused(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        revision_lines.set_revision_amounts(uow, rid, {procap.cell("C1", 2016): "5"})
    assert "extend validity" in info.value.errors["C1 · 30000/AMEXCID · 2016"]


def test_draft_state_and_diff(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work("tester") as uow:
        revision_lines.set_revision_amounts(uow, rid, {
            procap.cell("C1", 2014): "650000.00",
            procap.cell("C1", 2015): "50000.00",
            procap.cell("C2", 2013): "100000.00",  # same as before: no change, not kept
        })
        revision_lines.add_award_change(uow, rid, amount="0.01", source="Rounding")
        uow.commit()
    with db.unit_of_work() as uow:
        diff = budget_diff.revision_diff(uow, rid)
        cells = revision_reads.revision_cells(uow, rid)
        approved = budget.budget_grid(uow, procap.program_id)
        as_draft = budget.budget_grid(uow, procap.program_id, rid)
    assert set(cells) == {procap.cell("C1", 2014), procap.cell("C1", 2015)}
    assert [(d.result_code, d.year, d.before, d.after, d.change) for d in diff.lines] == [
        ("C1", 2014, Decimal("700000.00"), Decimal("650000.00"), Decimal("-50000.00")),
        ("C1", 2015, Decimal("0.00"), Decimal("50000.00"), Decimal("50000.00")),
    ]
    assert (diff.before_label, diff.after_label) == ("RG 1", "RG 2")
    assert diff.award_before == Decimal("1300000.00")
    assert diff.award_after == Decimal("1300000.01")
    assert diff.budget_change == Decimal("0.00")
    assert approved.total == Decimal("1300000.00") and 2015 not in approved.years
    assert as_draft.years == [2013, 2014, 2015]


def test_setting_a_cell_back_to_blank_drops_it(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work("tester") as uow:
        revision_lines.set_revision_amounts(uow, rid, {procap.cell("C1", 2014): "1"})
        revision_lines.set_revision_amounts(uow, rid, {procap.cell("C1", 2014): ""})
        uow.commit()
        assert revision_reads.revision_cells(uow, rid) == {}


def test_approved_revisions_never_change(db, procap, opened) -> None:
    writes = [
        lambda uow: revision_lines.set_revision_amounts(
            uow, opened, {procap.cell("C1", 2014): "1"}),
        lambda uow: revision_lines.add_award_change(uow, opened, amount="5", source="X"),
        lambda uow: revisions.update_revision(
            uow, opened, expected_version=None, kind="general", number=1,
            revision_date=date(2013, 6, 10), purposes=[P.OPEN_BUDGET],
        ),
        lambda uow: revisions.delete_revision(uow, opened, expected_version=None),
        lambda uow: revision_lines.carry_remainder(uow, opened, from_year=2013, into_years=[2014]),
        lambda uow: revision_lines.adjust_to_cdr(uow, opened, year=2013),
        lambda uow: revision_lines.transfer_between_lines(
            uow, opened, source=procap.cell("C1", 2013), target=procap.cell("C1", 2014),
            amount="1",
        ),
    ]
    with db.unit_of_work() as uow:
        change_id = uow.session.scalar(select(AwardChange.id))
    writes.append(lambda uow: revision_lines.remove_award_change(uow, change_id))
    audit_before = _count(db, AuditEntry)
    for write in writes:
        with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
            write(uow)
            uow.commit()
        assert "can no longer be changed" in info.value.errors["revision"]
    assert _count(db, AuditEntry) == audit_before


def test_approving_twice_is_refused(db, procap, opened) -> None:
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        revisions.approve_revision(uow, opened)
    assert "already approved" in info.value.errors["revision"]


def test_approving_checks_the_date_against_revisions_approved_meanwhile(db, procap, opened) -> None:
    early = _draft(db, procap, day=date(2014, 1, 10))
    later = _draft(db, procap, day=date(2014, 5, 1))
    with db.unit_of_work("tester") as uow:
        revisions.approve_revision(uow, later)
        uow.commit()
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        revisions.approve_revision(uow, early)
    assert "2014-05-01" in info.value.errors["revision_date"]
    assert "must come after RG 3" in info.value.errors["number"]


def test_stale_edit_of_a_draft_is_refused(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work() as uow:
        version = revision_reads.get_revision(uow, rid).version
    with db.unit_of_work("other") as uow:
        revisions.update_revision(
            uow, rid, expected_version=version, kind="general", number=2,
            revision_date=date(2014, 7, 3), purposes=[P.SCHEDULE_YEARS], justification="x",
        )
        uow.commit()
    with db.unit_of_work("tester") as uow, pytest.raises(StaleEditError):
        revisions.approve_revision(uow, rid, expected_version=version)


def test_delete_draft(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work("tester") as uow:
        revision_lines.set_revision_amounts(uow, rid, {procap.cell("C1", 2014): "1"})
        revisions.delete_revision(uow, rid, expected_version=None)
        uow.commit()
        assert [r.id for r in revision_reads.list_revisions(uow, procap.program_id)] == [opened]


def test_extend_validity_moves_the_end_on_approval(db, procap, opened) -> None:
    rid = _draft(db, procap, day=date(2016, 3, 4), purposes=[P.EXTEND_VALIDITY],
                 new_end_date=date(2017, 12, 31))
    with db.unit_of_work("tester") as uow:
        revision_lines.set_revision_amounts(uow, rid, {procap.cell("C1", 2017): "0.50"})
        assert programs.get_program(uow, procap.program_id).end_date == date(2015, 12, 31)
        revisions.approve_revision(uow, rid)
        uow.commit()
        assert programs.get_program(uow, procap.program_id).end_date == date(2017, 12, 31)
        assert revision_reads.get_revision(uow, rid).status is RevisionStatus.APPROVED


def test_carry_remainder_of_a_closed_year(db, procap, opened) -> None:
    _spend(db, procap, "C1", 2013, "450000.01")
    _spend(db, procap, "C2", 2013, "100000.00")
    rid = _draft(db, procap, purposes=[P.CARRY_REMAINDER])
    with db.unit_of_work("tester") as uow:
        cells = revision_lines.carry_remainder(uow, rid, from_year=2013, into_years=[2014, 2015])
        uow.commit()
        grid = budget.budget_grid(uow, procap.program_id, rid)
    assert cells == {
        procap.cell("C1", 2013): Decimal("450000.01"),
        procap.cell("C1", 2014): Decimal("725000.00"),
        procap.cell("C1", 2015): Decimal("24999.99"),
    }
    assert grid.total == Decimal("1300000.00")


def test_adjust_to_cdr(db, procap, opened) -> None:
    _spend(db, procap, "C1", 2013, "480000.00")
    rid = _draft(db, procap, purposes=[P.ADJUST_TO_CDR])
    with db.unit_of_work("tester") as uow:
        cells = revision_lines.adjust_to_cdr(uow, rid, year=2013)
        uow.commit()
    assert cells == {
        procap.cell("C1", 2013): Decimal("480000.00"), procap.cell("C2", 2013): Decimal("0.00"),
    }


def test_transfer_between_lines_conserves_the_total(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work("tester") as uow:
        revision_lines.transfer_between_lines(
            uow, rid, source=procap.cell("C1", 2013), target=procap.cell("C2", 2014, "04000",
                                                                         "UNDP"),
            amount="1,250.50",
        )
        uow.commit()
        diff = budget_diff.revision_diff(uow, rid)
    assert diff.budget_change == 0
    assert sorted(d.change for d in diff.lines) == [Decimal("-1250.50"), Decimal("1250.50")]


def test_transfer_leaving_a_line_negative_is_refused(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        revision_lines.transfer_between_lines(
            uow, rid, source=procap.cell("C2", 2013), target=procap.cell("C1", 2014),
            amount="100000.01",
        )
    assert "100,000.00" in info.value.errors["amount"]


def test_decrease_leaving_a_line_negative_is_refused(db, procap, opened) -> None:
    rid = _draft(db, procap, purposes=[P.DECREASE_AWARD])
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        revision_lines.change_award(
            uow, rid, amount="-100000.02", source="Refund", result_id=procap.c2,
            fund="30000", donor="AMEXCID", years=[2013],
        )
    assert "negative" in info.value.errors["C2 · 30000/AMEXCID · 2013"]
    assert _count(db, AwardChange) == 1


def test_award_change_needs_a_source_and_an_amount(db, procap, opened) -> None:
    rid = _draft(db, procap, purposes=[P.INCREASE_AWARD])
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        revision_lines.add_award_change(uow, rid, amount="0", source=" ")
    assert set(info.value.errors) == {"amount", "source"}


def test_compare_two_revisions(db, procap, opened) -> None:
    rid = _draft(db, procap)
    with db.unit_of_work("tester") as uow:
        revision_lines.change_award(
            uow, rid, amount="300000", source="AMEXCID", result_id=procap.c1, fund="30000",
            donor="AMEXCID", years=[2014, 2015],
        )
        revisions.approve_revision(uow, rid)
        uow.commit()
        diff = budget_diff.compare_revisions(uow, procap.program_id, opened, rid)
        back = budget_diff.compare_revisions(uow, procap.program_id, rid, opened)
    assert diff.award_change == Decimal("300000.00")
    assert [(d.year, d.change) for d in diff.lines] == [
        (2014, Decimal("150000.00")), (2015, Decimal("150000.00")),
    ]
    assert back == diff, "a comparison reads older → newer, whichever is picked first"


def test_year_locks(db, procap, opened) -> None:
    with db.unit_of_work("tester") as uow:
        year_locks.lock_year(uow, procap.program_id, 2013)
        uow.commit()
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError):
        year_locks.lock_year(uow, procap.program_id, 2013)
    with pytest.raises(ValidationError) as info:
        _spend(db, procap, "C1", 2013, "5")
    assert "locked" in info.value.errors["year"]
    with db.unit_of_work("tester") as uow:
        year_locks.unlock_year(uow, procap.program_id, 2013)
        uow.commit()
        assert year_locks.locked_years(uow, procap.program_id) == []
    _spend(db, procap, "C1", 2013, "5")
