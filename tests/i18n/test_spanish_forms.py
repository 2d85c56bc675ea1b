"""Every form of the window, in Spanish, refuses bad input in Spanish.

Each form is opened on the demo program (as ``test_spanish_window`` builds it), submitted
empty, then with a bad value in every field (a control character or text too long, "abc"
for an amount, a negative amount, dates far before and after the program, spin boxes at
their ends), and what it shows is read: the message beside each field, the message above
the fields and every message box. None of it may hold a common English word: every
message raised below the window reaches it as a code and is worded in Spanish there. The
import dialogs get a damaged workbook and a file of bad rows; the bulk renewal, contracts
that cannot be renewed. (The errors of opening a database, shown by the restore, login and
first-start dialogs, are checked in test_opening_spanish.py.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.services import bulk_renewal, contract_chain, specialists
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bulk_renewal_dialog import BulkRenewalDialog
from coopdesk.ui.dialogs.contract_dialogs import SpecialistDialog
from coopdesk.ui.dialogs.form import FormDialog
from coopdesk.ui.dialogs.import_dialog import ImportDialog
from coopdesk.ui.widgets.forms import OptionalDateEdit
from coopdesk.ui.widgets.inputs import AmountEdit, DateEdit
from tests.i18n import test_spanish_window as window
from tests.i18n.english import english_words
from tests.i18n.test_spanish_window import AS_OF

#: The demo program open in the window's context, and every dialog built on it, as the
#: Spanish window test has them.
demo, ctx = window.demo, window.ctx

Fill = Callable[[QDialog], None]


def _fields(dialog: QDialog) -> list[QWidget]:
    """The widgets a person types or picks in, enabled (the inner line edit of a spin box,
    a date or a combo is the outer widget's business)."""
    return [
        w for w in dialog.findChildren(QWidget)
        if w.isEnabled() and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
        and not (isinstance(w, QLineEdit) and w.isReadOnly())
    ]


def _texts(dialog: QDialog, text: str, amount: str) -> None:
    for widget in _fields(dialog):
        if isinstance(widget, AmountEdit):
            widget.setText(amount)
        elif isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)


def _dates(dialog: QDialog, day: date) -> None:
    for widget in _fields(dialog):
        if isinstance(widget, OptionalDateEdit):
            widget.check.setChecked(True)
        if isinstance(widget, DateEdit):
            widget.set_value(day)


def empty(dialog: QDialog) -> None:
    _texts(dialog, "", "")
    for widget in _fields(dialog):
        if isinstance(widget, QComboBox) and widget.findData(None) >= 0:
            widget.setCurrentIndex(widget.findData(None))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                widget.item(i).setCheckState(Qt.CheckState.Unchecked)


def early(dialog: QDialog) -> None:
    """Control characters, "abc" for amounts, dates long before, spin boxes at their top."""
    _texts(dialog, "Texto\x07", "abc")
    _dates(dialog, date(1990, 1, 1))
    for widget in _fields(dialog):
        if isinstance(widget, QSpinBox):
            widget.setValue(widget.maximum())


def late(dialog: QDialog) -> None:
    """Texts too long, negative amounts, dates long after, spin boxes at their bottom."""
    _texts(dialog, "x" * 6000, "-5")
    _dates(dialog, date(2099, 12, 31))
    for widget in _fields(dialog):
        if isinstance(widget, QSpinBox):
            widget.setValue(widget.minimum())


ROUNDS: dict[str, Fill] = {"empty": empty, "early": early, "late": late}


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """The text of every message box shown (none waits for an answer)."""
    shown: list[str] = []

    def record(answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *_args: object) -> object:
            shown.append(f"{title}: {text}")
            return answer
        return show

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.No))
    return shown


def shown_errors(dialog: FormDialog) -> list[str]:
    """What the form shows as errors: beside the fields and above them."""
    labels = [*dialog._errors.values(), dialog.general_error]
    return [label.text() for label in labels if not label.isHidden() and label.text()]


def _forms(qtbot, ctx: AppContext, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    makers = dict(window._dialogs(qtbot, ctx, tmp_path))
    person = ctx.read(specialists.list_specialists, ctx.program_id)[0]
    makers["specialist"] = lambda: SpecialistDialog(
        ctx, ctx.read(specialists.get_specialist, person.id))
    return makers


def test_every_form_refuses_bad_input_in_spanish(qtbot, spanish, ctx, tmp_path, boxes):
    english: list[tuple[str, str, str]] = []
    silent: list[str] = []
    seen = 0
    for name, make in _forms(qtbot, ctx, tmp_path).items():
        if not isinstance(make(), FormDialog):
            continue
        said: list[str] = []
        for round_name, fill in ROUNDS.items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            fill(dialog)
            boxes.clear()
            dialog.submit()
            texts = shown_errors(dialog) + boxes
            said += texts
            english += [(name, round_name, t) for t in texts if english_words(t)]
        seen += 1
        if not said:
            silent.append(name)
    assert seen >= 25
    assert english == [], "\n".join(map(str, english))
    # every form refused something, so the rounds do reach the services' checks; but
    # adjusting a year that has neither budget nor expenditure to the CDR changes nothing
    assert silent == ["adjust"]


def _bad_contracts(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Referencia", "Nombre", "Unidad", "Fecha de inicio", "Fecha de término",
                  "Honorarios", "Componente"])
    sheet.append(["SC-2099-001", "Ana", "Oficina inexistente", "pronto", date(2019, 1, 1),
                  "abc", "C9"])
    sheet.append(["SC-2099-002", "Eva", "", date(2019, 6, 1), date(2019, 1, 1), -5, ""])
    sheet.append(["SC-2099-002", "Eva", "", date(2030, 1, 1), date(2031, 1, 1), "=1+1", ""])
    workbook.save(path)
    return path


def _bad_expenditure(path: Path) -> Path:
    path.write_text("Año,Componente,Fondo,Mes,Monto\n2019,C9,30000,1,10\nabc,C1,30000,14,x\n"
                    "2019,C1,30000,T7,1.234\n", encoding="utf-8")
    return path


def _import_texts(qtbot, dialog: ImportDialog, path: Path) -> list[str]:
    """What the dialog says about ``path``, previewed when it can be read."""
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled()
                    or dialog.message.property("role") == style.ERROR)
    if dialog.preview_button.isEnabled():
        dialog.preview()
        qtbot.waitUntil(lambda: dialog.plan is not None)
    model = dialog.rows.model
    details = [model.index(r, 3).data() for r in range(model.rowCount())]
    return [dialog.message.text(), *details]


def test_the_import_dialogs_explain_bad_files_and_rows_in_spanish(qtbot, spanish, ctx,
                                                                  tmp_path):
    from coopdesk.domain.enums import ExpenditureSource
    from coopdesk.ui.pages.expenditure import ExpenditurePage
    from coopdesk.ui.pages.specialists import SpecialistsPage

    broken = tmp_path / "roto.xlsx"
    broken.write_bytes(b"esto no es un libro")
    empty_csv = tmp_path / "vacio.csv"
    empty_csv.write_bytes(b"")
    makers = {
        "contracts": lambda: SpecialistsPage(ctx).import_dialog(),
        "expenditure": lambda: ExpenditurePage(ctx).import_dialog(ExpenditureSource.CDR),
    }
    files = {
        "contracts": [broken, empty_csv, _bad_contracts(tmp_path / "contratos.xlsx")],
        "expenditure": [broken, empty_csv, _bad_expenditure(tmp_path / "gasto.csv")],
    }
    english = []
    for kind, make in makers.items():
        for path in files[kind]:
            dialog = make()
            qtbot.addWidget(dialog)
            texts = _import_texts(qtbot, dialog, path)
            assert any(texts), (kind, path.name)
            english += [(kind, path.name, t) for t in texts if t and english_words(t)]
    assert english == [], "\n".join(map(str, english))


def test_contracts_that_cannot_be_renewed_are_explained_in_spanish(qtbot, spanish, ctx,
                                                                    boxes):
    roster = ctx.read(specialists.roster, ctx.program_id, AS_OF)
    dialog = BulkRenewalDialog(ctx, roster)
    qtbot.addWidget(dialog)
    dialog.percent.setText("abc")
    dialog.preview()
    assert dialog.message.text() and not english_words(dialog.message.text())
    # a cut of 99.9999 % leaves fees of less than a cent: no renewal can be paid
    dialog.percent.setText("-99.9999")
    dialog.preview()
    model = dialog.plan.model
    problems = [model.index(r, 7).data() for r in range(model.rowCount())]
    assert problems and all(problems)
    assert [p for p in problems if english_words(p)] == []
    assert dialog.message.text() and not english_words(dialog.message.text())
    # the service's refusal of the whole batch, too
    from coopdesk.ui.messages import explain

    ids = dialog.selected_ids()
    with ctx.database.unit_of_work("tester") as uow, \
            pytest.raises(ValidationError) as refused:
        bulk_renewal.apply_bulk_renewal(uow, ids, percent=Decimal("-99.9999"))
    assert not english_words(explain(refused.value))


def test_the_contract_chain_is_worded_in_spanish_with_the_users_dates(qtbot, spanish, ctx):
    from coopdesk.ui.pages.specialists import SpecialistsPage

    page = SpecialistsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    renewed = next(
        r.specialist_id for r in page.roster.all_rows()
        if any(e.event == "renewal"
               for e in ctx.read(contract_chain.contract_chain, r.specialist_id))
    )
    assert page.select_specialist(renewed)
    model = page.chain.model
    details = [model.index(r, 3).data() for r in range(model.rowCount())]
    renewal = next(d for d in details if d.startswith("renueva el SC-"))
    assert re.search(r"\d\d/\d\d/\d{4}–\d\d/\d\d/\d{4}, US\$\d", renewal), renewal
    assert [d for d in details if english_words(d)] == []
