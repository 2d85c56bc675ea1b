"""The file's own checks name the element and the record: a figure that does not add up
to the record, a code outside its list, an element out of the schema's order."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.messages import explain
from coopdesk.io.iati_check import check_document
from coopdesk.io.iati_xml import activity_document
from coopdesk.services.iati_activity import iati_activity

DAY = date(2019, 9, 30)


@pytest.fixture
def document(demo_db, demo_program):
    with demo_db.unit_of_work() as uow:
        activity = iati_activity(uow, demo_program, DAY)
    return activity, activity_document(activity).decode()


def _problems(activity, text: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_document(text.encode(), activity.money, activity.currency, DAY)
    return caught.value


def test_the_demo_document_passes(document) -> None:
    activity, text = document
    check_document(text.encode(), activity.money, activity.currency, DAY)


def test_a_budget_that_does_not_add_up_is_named(document) -> None:
    activity, text = document
    tampered = text.replace(">397732.89<", ">397732.90<", 1)
    assert tampered != text
    error = _problems(activity, tampered)
    assert list(error.problems) == ["budget"]
    assert "the file's revised budgets (type 2) add up to USD 9,177,700.09" in explain(error)


def test_a_code_outside_its_list_is_named_with_its_record(document) -> None:
    activity, text = document
    tampered = text.replace('<transaction-type code="4" />', '<transaction-type code="99" />',
                            1)
    error = _problems(activity, tampered)
    assert error.problems["transaction-type 2013Q1 @code"].code == "iati_code"
    assert error.problems["transaction 4"].code == "iati_sum"  # the expenditure shrank


def test_an_element_out_of_order_breaks_the_schema(document) -> None:
    activity, text = document
    title_start, title_end = text.index("    <title>"), text.index("</title>") + 9
    title = text[title_start:title_end]
    moved = text[:title_start] + text[title_end:]
    moved = moved.replace("    <activity-status", title + "\n    <activity-status", 1)
    error = _problems(activity, moved)
    assert any(problem.code == "iati_schema" for problem in error.problems.values())
