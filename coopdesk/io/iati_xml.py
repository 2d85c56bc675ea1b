"""An ``IatiActivity`` written as an IATI 2.03 ``iati-activities`` document (docs/iati.md).

The elements follow the schema's sequence for ``iati-activity`` (identifier, reporting
organisation, title, description, participating organisations, status, dates, country,
sector, default finance and aid types, budgets, transactions), which the schema enforces.
The program's own texts are Spanish, the activity's default language (``xml:lang="es"``);
every narrative still says its language. Amounts are written from ``Decimal`` as they are,
with their currency's decimals.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from decimal import Decimal

from coopdesk.domain import iati
from coopdesk.services.iati_activity import IatiActivity, IatiOrg
from coopdesk.services.iati_money import IatiBudget

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: TransactionType codes written: an incoming commitment, an expenditure.
INCOMING_COMMITMENT, EXPENDITURE = "11", "4"
#: BudgetStatus of every budget: the revision that set it was approved.
COMMITTED = "2"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str
         ) -> ET.Element:
    element = ET.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attributes.items()})
    element.text = text
    return element


def _narratives(parent: ET.Element, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        _sub(parent, "narrative", text.strip(), **{XML_LANG: lang})


def _org(parent: ET.Element, tag: str, org: IatiOrg, **attributes: str) -> ET.Element:
    element = _sub(parent, tag, **({"ref": org.ref} if org.ref else {}), **attributes,
                   type=org.type)
    _sub(element, "narrative", org.name)
    return element


def _day(value: date) -> str:
    return value.isoformat()


def _value(parent: ET.Element, amount: Decimal, currency: str, day: date) -> None:
    _sub(parent, "value", f"{amount:f}", currency=currency, value_date=_day(day))


def _budget(parent: ET.Element, budget: IatiBudget, currency: str) -> None:
    element = _sub(parent, "budget", type=budget.type, status=COMMITTED)
    _sub(element, "period-start", iso_date=_day(budget.period_start))
    _sub(element, "period-end", iso_date=_day(budget.period_end))
    _value(element, budget.amount, currency, budget.value_date)


def _transaction(parent: ET.Element, ref: str, code: str, day: date, amount: Decimal,
                 currency: str) -> ET.Element:
    element = _sub(parent, "transaction", ref=ref)
    _sub(element, "transaction-type", code=code)
    _sub(element, "transaction-date", iso_date=_day(day))
    _value(element, amount, currency, day)
    return element


def _transactions(parent: ET.Element, activity: IatiActivity) -> None:
    money, currency = activity.money, activity.currency
    for n, change in enumerate(money.commitments, start=1):
        element = _transaction(parent, f"{change.revision} #{n}", INCOMING_COMMITMENT,
                               change.value_date, change.amount, currency)
        _narratives(_sub(element, "description"),
                    {"es": change.description or change.source or change.revision})
        provider = activity.provider_of(change.source)
        if provider is not None:
            _org(element, "provider-org", provider)
        else:
            _sub(_sub(element, "provider-org"), "narrative", change.source)
        _org(element, "receiver-org", activity.reporting)
    for spent in money.expenditure:
        element = _transaction(parent, spent.quarter, EXPENDITURE, spent.value_date,
                               spent.amount, currency)
        _org(element, "provider-org", activity.reporting)


def activity_document(activity: IatiActivity, generated: datetime | None = None) -> bytes:
    """The ``iati-activities`` file (version 2.03) holding the program's one activity."""
    moment = (generated or datetime.now(UTC)).replace(microsecond=0)
    root = ET.Element("iati-activities", {"version": "2.03",
                                          "generated-datetime": moment.isoformat()})
    act = _sub(root, "iati-activity", default_currency=activity.currency,
               last_updated_datetime=moment.isoformat(), **{XML_LANG: "es"})
    _sub(act, "iati-identifier", activity.identifier)
    _org(act, "reporting-org", activity.reporting)
    _narratives(_sub(act, "title"), activity.titles)
    _narratives(_sub(act, "description", type="1"), activity.descriptions)
    for org in activity.participants:
        for role in org.roles:
            _org(act, "participating-org", org, role=role)
    _sub(act, "activity-status", code=activity.status)
    for kind, day in activity.dates:
        _sub(act, "activity-date", type=kind, iso_date=_day(day))
    _sub(act, "recipient-country", code=activity.country, percentage="100")
    if activity.sector:
        _sub(act, "sector", code=activity.sector, vocabulary=iati.SECTOR_VOCABULARY,
             percentage="100")
    _sub(act, "default-finance-type", code=iati.DEFAULT_FINANCE_TYPE)
    _sub(act, "default-aid-type", code=iati.DEFAULT_AID_TYPE, vocabulary="1")
    for budget in activity.money.budgets:
        _budget(act, budget, activity.currency)
    _transactions(act, activity)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
