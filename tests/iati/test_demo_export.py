"""The demo program's IATI file: valid against the official 2.03 schema, only codes of
its lists, budgets and transactions adding up to the revision log, the award and the
ledger; as of 30/09/2019 only what was known that day."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import xmlschema

from coopdesk.io.iati_check import CODED, code_list
from coopdesk.io.iati_export import export_iati
from coopdesk.services.budget import award_ledger

SEPT_2019 = date(2019, 9, 30)


def _export(demo_db, program_id: int, tmp_path: Path, as_of: date) -> ET.Element:
    target = tmp_path / f"iati-{as_of}.xml"
    with demo_db.unit_of_work() as uow:
        export_iati(uow, program_id, as_of, target)
    return ET.parse(target).getroot()


def _values(root: ET.Element, match) -> list[Decimal]:
    return [Decimal(el.findtext("value")) for el in root.iter() if match(el)]


def _type(el: ET.Element, code: str) -> bool:
    kind = el.find("transaction-type")
    return el.tag == "transaction" and kind is not None and kind.get("code") == code


def test_the_file_validates_against_the_official_schema(demo_db, demo_program, tmp_path,
                                                          official) -> None:
    _export(demo_db, demo_program, tmp_path, SEPT_2019)
    schema = xmlschema.XMLSchema(str(official / "iati-activities-schema.xsd"))
    schema.validate(str(tmp_path / f"iati-{SEPT_2019}.xml"))


def test_budgets_and_commitments_add_up_to_the_award_after_rg_11(demo_db, demo_program,
                                                                  tmp_path) -> None:
    root = _export(demo_db, demo_program, tmp_path, SEPT_2019)
    revised = _values(root, lambda el: el.tag == "budget" and el.get("type") == "2")
    assert sum(revised) == Decimal("9177700.08")
    with demo_db.unit_of_work() as uow:
        ledger = award_ledger(uow, demo_program, SEPT_2019)
    rg11 = next(row for row in ledger if row.label == "RG 11")
    assert rg11.total == ledger[-1].total == Decimal("9177700.08")
    commitments = _values(root, lambda el: _type(el, "11"))
    assert sum(commitments) == rg11.total
    # RG 1 … RG 11 carry 10 award changes: one commitment each, the transfer cost negative
    assert len(commitments) == 10 and Decimal("-1296.75") in commitments
    # one original and one revised budget per year, never two of a type
    years = [(el.get("type"), el.find("period-start").get("iso-date")[:4])
             for el in root.iter("budget")]
    assert len(years) == len(set(years))
    assert {t for t, _ in years} == {"1", "2"}


def test_only_codes_of_the_official_lists(demo_db, demo_program, tmp_path, official) -> None:
    root = _export(demo_db, demo_program, tmp_path, date(2026, 1, 1))
    used = 0
    for (tag, attribute), name in CODED.items():
        for element in root.iter(tag):
            assert element.get(attribute) in code_list(official, name), (tag, attribute)
            used += 1
    assert used > 50


def test_as_of_30_09_2019_only_what_was_known(demo_db, demo_program, tmp_path) -> None:
    root = _export(demo_db, demo_program, tmp_path, SEPT_2019)
    days = [date.fromisoformat(el.get("value-date")) for el in root.iter("value")]
    assert max(days) <= SEPT_2019
    assert [el.get("ref") for el in root.iter("transaction")][-1] == "2019Q3"
    refs = {el.get("ref").split(" #")[0] for el in root.iter("transaction")}
    assert "RG 11" in refs and "RG 12" not in refs  # RG 12 is dated 18/02/2020
    assert root.find(".//activity-status").get("code") == "2"
    dates = {el.get("type"): el.get("iso-date") for el in root.iter("activity-date")}
    # actual start only; the end then in force is Phase 3's (substantive revision, 20/09/2019)
    assert dates == {"1": "2013-01-01", "2": "2013-01-01", "3": "2025-12-31"}
    later = _export(demo_db, demo_program, tmp_path, date(2026, 1, 1))
    assert len(list(later.iter("transaction"))) > len(list(root.iter("transaction")))
    assert {el.get("type") for el in later.iter("activity-date")} == {"1", "2", "3", "4"}


def test_narratives_in_spanish_and_english(demo_db, demo_program, tmp_path) -> None:
    root = _export(demo_db, demo_program, tmp_path, SEPT_2019)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for tag in ("title", "description"):
        assert [n.get(lang) for n in root.find(f".//{tag}")] == ["es", "en"]
    roles = {(el.get("ref"), el.get("role")) for el in root.iter("participating-org")}
    assert roles == {("XM-DAC-358", "1"), ("XM-DAC-41114", "2"), ("XM-DAC-41114", "3"),
                     ("XM-DAC-41114", "4")}
