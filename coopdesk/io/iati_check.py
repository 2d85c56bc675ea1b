"""The checks an IATI file passes before it is written (docs/iati.md): the IATI 2.03
schema, the code lists the schema embeds, and the sums against the record.

Schema and code lists are the copies CoopDesk carries (``resources/iati-2.03``), so the
check runs without network. Each problem is keyed by the element it concerns (with the
record's reference where it has one) and raised together as one ``ValidationError``.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.domain.errors import ErrorCollector, Message, ValidationError
from coopdesk.domain.money import Money
from coopdesk.paths import iati_schema_dir
from coopdesk.services.iati_money import IatiMoney

SCHEMA = "iati-activities-schema.xsd"
#: Every coded attribute the export writes from an embedded list: (element, attribute) →
#: the list's file in ``codelists/``.
CODED: dict[tuple[str, str], str] = {
    ("activity-status", "code"): "ActivityStatus",
    ("activity-date", "type"): "ActivityDateType",
    ("budget", "type"): "BudgetType",
    ("budget", "status"): "BudgetStatus",
    ("participating-org", "role"): "OrganisationRole",
    ("transaction-type", "code"): "TransactionType",
}


@functools.cache
def _schema(folder: Path) -> Any:
    import xmlschema  # a second to import and build: only when a file is checked

    path = folder / SCHEMA
    if not path.is_file():
        raise ValidationError(Message("iati_schema_missing", path=path))
    return xmlschema.XMLSchema(str(path))


@functools.cache
def code_list(folder: Path, name: str) -> frozenset[str]:
    """The codes in force of an embedded list (withdrawn ones left out)."""
    root = ET.parse(folder / "codelists" / f"{name}.xml").getroot()
    return frozenset(item.findtext("code", "").strip()
                     for item in root.iter("codelist-item")
                     if item.get("status", "active") != "withdrawn")


def _reference(element: ET.Element, parents: dict[ET.Element, ET.Element]) -> str:
    """The element's tag and the record it belongs to: a transaction's reference, a
    budget's type and period start."""
    owner: ET.Element | None = element
    while owner is not None and owner.get("ref") is None and owner.tag != "budget":
        owner = parents.get(owner)
    if owner is None:
        return element.tag
    if owner.tag == "budget":
        start = owner.find("period-start")
        day = "" if start is None else start.get("iso-date", "")
        return f"{element.tag} {owner.get('type')} {day}"
    return f"{element.tag} {owner.get('ref')}"


def check_schema(data: bytes, errors: ErrorCollector, folder: Path) -> None:
    for problem in _schema(folder).iter_errors(data):
        errors.add(problem.path or "iati-activities", "iati_schema", reason=problem.reason)


def check_codes(root: ET.Element, errors: ErrorCollector, folder: Path) -> None:
    parents = {child: parent for parent in root.iter() for child in parent}
    for (tag, attribute), name in CODED.items():
        codes = code_list(folder, name)
        for element in root.iter(tag):
            code = element.get(attribute)
            if code is not None and code not in codes:
                errors.add(f"{_reference(element, parents)} @{attribute}", "iati_code",
                           code=code, codelist=name)


def _total(root: ET.Element, select: Callable[[ET.Element], bool], path: str) -> Decimal:
    return sum((Decimal((el.findtext(path) or "0").strip()) for el in root.iter()
                if select(el)), Decimal(0))


def check_sums(root: ET.Element, money: IatiMoney, currency: str, as_of: date,
               errors: ErrorCollector) -> None:
    """Type 2 budgets = the revision log's total, incoming commitments = the award,
    expenditure = the ledger, all as of ``as_of``."""
    def kind(el: ET.Element, code: str) -> bool:
        found = el.find("transaction-type")
        return el.tag == "transaction" and found is not None and found.get("code") == code

    checks = (
        ("budget", "iati_sum_budgets", money.budget_total,
         _total(root, lambda el: el.tag == "budget" and el.get("type") == "2", "value")),
        ("transaction 11", "iati_sum_commitments", money.award,
         _total(root, lambda el: kind(el, "11"), "value")),
        ("transaction 4", "iati_sum_expenditure", money.spent,
         _total(root, lambda el: kind(el, "4"), "value")),
    )
    for key, what, record, written in checks:
        if written != record:
            errors.add(key, "iati_sum", what=Message(what), file=Money(written, currency),
                       record=Money(record, currency), date=as_of)


def check_document(data: bytes, money: IatiMoney, currency: str, as_of: date,
                   folder: Path | None = None) -> None:
    """Raise ``ValidationError`` naming every problem of the file ``data``."""
    folder = folder or iati_schema_dir()
    errors = ErrorCollector()
    check_schema(data, errors, folder)
    root = ET.fromstring(data)
    check_codes(root, errors, folder)
    check_sums(root, money, currency, as_of, errors)
    errors.raise_if_any()
