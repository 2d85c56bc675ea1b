"""For any as-of date in the program's life, the IATI file holds nothing dated after it,
and its revised budgets add up to the revision log's total that day."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.io.iati_check import check_document
from coopdesk.io.iati_xml import activity_document
from coopdesk.services.budget import budget_by_year_component
from coopdesk.services.iati_activity import iati_activity


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(as_of=st.dates(date(2013, 6, 10), date(2026, 6, 30)))
def test_nothing_after_the_day_and_budgets_as_the_log(demo_db, demo_program,
                                                      as_of: date) -> None:
    with demo_db.unit_of_work() as uow:
        activity = iati_activity(uow, demo_program, as_of)
        log_total = sum(budget_by_year_component(uow, demo_program, as_of=as_of).values(),
                        Decimal(0))
    data = activity_document(activity)
    check_document(data, activity.money, activity.currency, as_of)
    root = ET.fromstring(data)
    for transaction in root.iter("transaction"):
        assert date.fromisoformat(transaction.find("value").get("value-date")) <= as_of
        assert date.fromisoformat(
            transaction.find("transaction-date").get("iso-date")) <= as_of
    for budget in root.iter("budget"):
        assert date.fromisoformat(budget.find("value").get("value-date")) <= as_of
    revised = sum((Decimal(b.findtext("value")) for b in root.iter("budget")
                   if b.get("type") == "2"), Decimal(0))
    assert revised == log_total
