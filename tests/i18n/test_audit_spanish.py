"""The acceptance of a readable audit trail: on the demo, the Audit page in Spanish shows no
raw id, ISO timestamp, enum code or English field name in any cell, tooltip or detail; a
hire is one entry; the History dialog and the CSV export say the same."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coopdesk.domain import vocabulary
from coopdesk.domain.operations import Operation
from coopdesk.domain.spreadsheet import restore
from coopdesk.domain.texts import enum_terms, field_terms
from coopdesk.persistence.models import Entity
from coopdesk.services import programs
from coopdesk.services.audit_log import audit_actors
from coopdesk.services.audit_records import RecordRef
from coopdesk.services.database import Database, open_database
from coopdesk.services.history import OperationEntry
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.history_dialog import HistoryDialog
from coopdesk.ui.models.table import DtoTableModel
from coopdesk.ui.pages.audit import AuditPage
from tests.i18n.helpers import english_leftovers, visible_texts

from .conftest import TS

ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}")
SNAKE_CASE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


def _link_fields() -> set[str]:
    return {c.name for m in Entity.registry.mappers if issubclass(m.class_, Entity)
            for c in m.class_.__table__.columns if c.foreign_keys}


def _record_words() -> list[str]:
    """Spanish words that name a record, followed by its id in the old trail ("unidad 6",
    "Línea presupuestal: → 28"): record types and the labels of link fields."""
    words = {es for _en, es in vocabulary.RECORDS.values()}
    words |= {field_terms.FIELDS[field][1] for field in _link_fields()}
    return sorted(words, key=len, reverse=True)


@functools.cache
def _after_record_word() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _record_words())
    return re.compile(rf"\b(?:{words})\b\s*:?\s*(?:→\s*)?(\d+)\b(?![/.,]\d)", re.IGNORECASE)


def _raw_id(text: str) -> re.Match[str] | None:
    """A bare number right after a record word: not a year ("Bloqueo de año: 2019"), nor
    the start of a date or an amount ("Fecha de revisión: 28/02/2026")."""
    for found in _after_record_word().finditer(text):
        if not re.fullmatch(r"(19|20)\d\d", found.group(1)):
            return found
    return None


@functools.cache
def _codes() -> frozenset[str]:
    """Stored enum values whose Spanish word differs: shown raw, they are codes."""
    return frozenset(value.value for table in enum_terms.ENUMS.values()
                     for value, (_en, es) in table.items() if value.value != es)


def _load(model: DtoTableModel) -> DtoTableModel:
    while model.canFetchMore():
        model.fetchMore()
    return model


def _row_texts(model: DtoTableModel, row: int) -> list[str]:
    """A row's cell texts and tooltips."""
    texts = []
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = model.index(row, column).data(role)
            if text:
                texts.append(str(text))
    return texts


def _typed_texts(value: Any) -> set[str]:
    """The texts users typed that a value holds: text itself, or the text of a name."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, RecordRef):
        return {p for p in value.parts if isinstance(p, str)}
    if isinstance(value, tuple | list):
        return {t for v in value for t in _typed_texts(v)}
    return set()


def _user_texts(entry: OperationEntry) -> list[str]:
    """What users typed that an entry shows (names, titles, notes), longest first: data,
    whatever it holds, not the trail's own words."""
    texts = {t for r in entry.records for t in _typed_texts(r.record)}
    texts |= {t for r in entry.records for c in r.changes
              for t in _typed_texts(c.old) | _typed_texts(c.new)}
    return sorted((t for t in texts if t.strip()), key=len, reverse=True)


def _problems(texts: list[str], typed: Sequence[str] = ()) -> list[tuple[str, str]]:
    """ISO dates, raw ids and codes in ``texts``, once what users ``typed`` is left out."""
    codes = _codes()
    problems = []
    for text in texts:
        for data in typed:
            text = text.replace(data, " ")
        pieces = {p.strip() for p in re.split(r"[;:,→\n()]", text)}
        for what, bad in (("ISO date", ISO_MOMENT.search(text)), ("raw id", _raw_id(text)),
                          ("code", SNAKE_CASE.search(text)), ("code", pieces & codes)):
            if bad:
                problems.append((what, text))
    return problems


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_database(demo_path, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def page(qtbot, spanish, demo: Database) -> AuditPage:
    ctx = AppContext("tester")
    ctx.set_database(demo)
    audit = AuditPage(ctx)
    qtbot.addWidget(audit)
    audit.show()
    return audit


def test_the_demo_trail_in_spanish_shows_no_id_timestamp_code_or_english_field(
    page: AuditPage,
) -> None:
    model = _load(page.panel.model)
    assert model.rowCount() > 1000
    problems: list[tuple[str, str]] = []
    fields: set[str] = set()
    for row in range(model.rowCount()):
        page.panel.view.selectRow(row)
        details = _load(page.view.details.model)
        texts = _row_texts(model, row)
        for detail in range(details.rowCount()):
            texts += _row_texts(details, detail)
            fields.add(details.row(detail).field)
        problems += _problems(texts, _user_texts(model.row(row)))
    assert problems == [], problems[:20]
    spanish = {es for _en, es in field_terms.FIELDS.values()}
    assert fields - {""} <= spanish, sorted(fields - spanish)
    link_labels = {field_terms.FIELDS[f][1] for f in _link_fields()}
    assert link_labels & fields
    english = [text for program in page.ctx.read(programs.list_programs)
               for text in (program.iati.title_en, program.iati.description_en)]
    ignored = [*page.ctx.read(audit_actors), *english]  # typed in English for IATI
    assert english_leftovers(visible_texts(page), TS, ignore=ignored) == []


def test_a_hire_of_the_demo_is_one_entry_naming_its_contract(page: AuditPage) -> None:
    model = _load(page.panel.model)
    hires = [e for e in model.rows() if e.operation is Operation.HIRE]
    assert len(hires) > 100
    contracts = [e.subject.record for e in hires]
    assert len(set(contracts)) == len(contracts)
    first = hires[-1]
    assert sorted(r.record.entity for r in first.records) == ["contract", "specialist"]
    row = model.rows().index(first)
    cells = [model.index(row, c).data() for c in range(5)]
    reference, name = first.subject.record.parts
    assert cells[2] == "Contratación"
    assert cells[3] == f"{reference} · {name}" and re.fullmatch(r"SC-\d{4}-\d{3}", reference)
    assert f"Alta: Especialista: {name}" in cells[4]


def test_the_filters_and_the_csv_speak_as_the_page(page: AuditPage, tmp_path: Path,
                                                    monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    combo = page.operation_combo
    combo.setCurrentIndex(combo.findText("Contratación"))
    hires = page.panel.model.rows()
    assert hires and {e.operation for e in hires} == {Operation.HIRE}
    page.entity_combo.setCurrentIndex(page.entity_combo.findText("Unidad"))
    assert page.panel.model.rowCount() == 0
    page.entity_combo.setCurrentIndex(page.entity_combo.findText("Especialista"))
    assert page.panel.model.rows() == hires
    out = tmp_path / "bitacora.csv"
    shown: list[list[str]] = []
    for row in range(_load(page.panel.model).rowCount()):
        page.panel.view.selectRow(row)
        head = [page.panel.model.index(row, c).data() for c in range(4)]
        details = _load(page.view.details.model)
        shown += [[*head, *(details.index(r, c).data() for c in range(5))]
                  for r in range(details.rowCount())]
    assert page.export_to(out) == len(shown)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    headers = [page.panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    details = page.view.details.model
    headers += [details.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert rows[0] == headers == [
        "Cuándo", "Quién", "Operación", "Registro", "Registro modificado", "Acción", "Campo",
        "Valor anterior", "Valor nuevo"]
    assert [[restore(cell) for cell in row] for row in rows[1:]] == shown


def test_the_history_dialog_shows_a_contract_operation_by_operation(
    qtbot, spanish, demo: Database, page: AuditPage
) -> None:
    renewal = next(e for e in page.panel.model.rows() if e.operation is Operation.RENEW)
    dialog = HistoryDialog(page.ctx, [renewal.subject.uid], "SC")
    qtbot.addWidget(dialog)
    operations = [e.operation for e in dialog.view.panel.model.rows()]
    assert operations[-1] is Operation.RENEW
    model = dialog.view.panel.model
    for row in range(model.rowCount()):
        dialog.view.panel.view.selectRow(row)
        details = dialog.view.details.model
        texts = _row_texts(model, row) + [
            t for r in range(details.rowCount()) for t in _row_texts(details, r)]
        assert _problems(texts, _user_texts(model.row(row))) == []
    assert dialog.view.panel.model.index(0, 2).data() in {
        "Renovación", "Modificación de contrato", "Rescisión de contrato"}
