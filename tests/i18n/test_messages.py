"""Every message, enum value and field has English and Mexican Spanish words, and errors
carry codes, not sentences: each front end words them in its language and formats.

The completeness checks read the code itself: every message code written in the source
(``Message("code")``, ``errors.add(field, "code")``…) and every field key a service reports
an error on must have both words, so a new one cannot reach a Spanish window in English.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import coopdesk.domain
from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.errors import (
    ErrorCollector,
    FieldKey,
    Message,
    NotFoundError,
    RecordType,
    StaleEditError,
    ValidationError,
    clean_text,
)
from coopdesk.domain.formats import Conventions
from coopdesk.domain.messages import (
    MESSAGES,
    explain,
    problem_lines,
    render,
    say,
    value_format,
)
from coopdesk.domain.money import AmountError, Money, parse_amount
from coopdesk.domain.texts import Plural
from coopdesk.domain.texts.enum_terms import ENUMS
from coopdesk.domain.texts.field_terms import FIELDS
from coopdesk.io.contracts_import import CONTRACT_COLUMNS
from coopdesk.io.expenditure_import import EXPENDITURE_COLUMNS
from coopdesk.services.imports import RowStatus

SOURCE = Path(__file__).resolve().parents[2] / "coopdesk"
SPANISH = value_format(Conventions.of("es"))


# -- a) complete in both languages -----------------------------------------------------------
def _forms(template: str | Plural) -> list[str]:
    return [template.one, template.other] if isinstance(template, Plural) else [template]


def _placeholders(template: str | Plural) -> set[str]:
    return {name for form in _forms(template)
            for _, name, _, _ in string.Formatter().parse(form) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(code: str) -> None:
    english, spanish = MESSAGES[code]
    assert all(form.strip() for form in _forms(english) + _forms(spanish)), code
    assert _placeholders(english) == _placeholders(spanish), code
    assert isinstance(english, Plural) == isinstance(spanish, Plural), code


def _labelled_enums() -> set[type[LabelledEnum]]:
    """Every ``LabelledEnum`` of the domain, each domain module imported first."""
    for module in pkgutil.iter_modules(coopdesk.domain.__path__):
        importlib.import_module(f"coopdesk.domain.{module.name}")
    found: set[type[LabelledEnum]] = set()
    pending = list(LabelledEnum.__subclasses__())
    while pending:
        enum = pending.pop()
        found.add(enum)
        pending.extend(enum.__subclasses__())
    return found


def test_every_enum_value_of_the_domain_has_both_languages() -> None:
    missing = [
        f"{enum.__name__}.{value.name}" for enum in _labelled_enums() for value in enum
        if not all(word.strip() for word in ENUMS.get(enum, {}).get(value, ("", "")))
    ]
    assert missing == []


def test_every_field_has_both_languages() -> None:
    assert [key for key, words in FIELDS.items() if not all(w.strip() for w in words)] == []


def _calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield path, node


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _arg(call: ast.Call, index: int) -> str | None:
    return _text(call.args[index]) if len(call.args) > index else None


#: Calls taking a message code, and the position of the code among their arguments.
CODE_ARGUMENT = {"Message": 0, "TabularError": 0, "word": 0, "_bad": 1, "refuse": 2}
#: Calls of an ``ErrorCollector`` (called ``errors``): the position of the field, the code.
COLLECTOR = {"add": (0, 1), "check": (1, 2)}


def _is_collector(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id.endswith("errors") and func.attr in COLLECTOR)


def codes_in_source() -> dict[str, str]:
    """Every message code written in the source → where."""
    codes: dict[str, str] = {}
    for path, call in _calls():
        name = _name(call)
        code = None
        if name in CODE_ARGUMENT:
            code = _arg(call, CODE_ARGUMENT[name])
        elif _is_collector(call):
            code = _arg(call, COLLECTOR[name][1])
        if code is not None:
            codes.setdefault(code, f"{path.relative_to(SOURCE.parent)}:{call.lineno}")
    return codes


def test_every_code_written_in_the_source_has_its_words() -> None:
    codes = codes_in_source()
    assert len(codes) > 150
    assert {code: where for code, where in codes.items() if code not in MESSAGES} == {}


def test_every_row_status_of_an_import_has_its_words() -> None:
    for status in RowStatus:
        assert f"status_{status.value}" in MESSAGES and f"count_{status.value}" in MESSAGES


#: Calls naming a field, and the position of the field among their arguments.
FIELD_ARGUMENT = {"clean_text": 1, "amount_to_minor": 1, "check_owned": 5,
                  "check_risk_scale": 1, "FieldKey": 0, "_changed": 0, "move": 1}


def fields_in_source(folders: tuple[str, ...]) -> dict[str, str]:
    """Every field key an error is reported on in ``folders`` of the source → where."""
    fields: dict[str, str] = {}
    for path, call in _calls():
        if path.relative_to(SOURCE).parts[0] not in folders:
            continue
        name = _name(call)
        keys: list[str | None] = []
        if name in FIELD_ARGUMENT:
            keys.append(_arg(call, FIELD_ARGUMENT[name]))
        elif _is_collector(call):
            keys.append(_arg(call, COLLECTOR[name][0]))
        elif name in {"ValidationError", "OutsideValidityError"}:
            keys.append(_arg(call, 1))
            if call.args and isinstance(call.args[0], ast.Dict):
                keys.extend(_text(key) for key in call.args[0].keys)
        for key in keys:
            if key is not None and key != "__all__":
                fields.setdefault(key, f"{path.relative_to(SOURCE.parent)}:{call.lineno}")
    return fields


def test_every_field_the_services_report_on_has_a_name() -> None:
    fields = fields_in_source(("domain", "services", "io", "commands"))
    assert {"end_date", "fee", "tranche", "period", "rows", "baseline_date"} <= set(fields)
    assert {key: where for key, where in fields.items() if key not in FIELDS} == {}


def test_every_column_of_an_import_has_a_name() -> None:
    keys = {c.key for c in (*CONTRACT_COLUMNS, *EXPENDITURE_COLUMNS)}
    assert keys - set(FIELDS) == set()


# -- errors are codes with parameters --------------------------------------------------------
def test_a_field_problem_is_a_code_with_parameters_worded_by_each_front_end() -> None:
    errors = ErrorCollector()
    clean_text(errors, "full_name", "", 200, required=True)
    clean_text(errors, "position", "x" * 201, 200)
    clean_text(errors, "reference", "SC\x07", 60)
    errors.add("end_date", "outside_validity", start=date(2013, 1, 1), end=date(2025, 12, 31))
    errors.add("full_name", "too_long", limit=1)  # a field keeps its first problem
    with pytest.raises(ValidationError) as caught:
        errors.raise_if_any()
    error = caught.value
    assert error.problems == {
        "full_name": Message("required"),
        "position": Message("too_long", limit=200),
        "reference": Message("control_character", codepoint="U+0007"),
        "end_date": Message("outside_validity", start=date(2013, 1, 1), end=date(2025, 12, 31)),
    }
    assert error.errors["end_date"] == (
        "is outside the program's validity (2013-01-01–2025-12-31)")
    assert str(error).splitlines()[0] == "full_name: is required"
    assert problem_lines(error, "es", SPANISH) == [
        "Nombre: es un dato obligatorio",
        "Puesto: tiene más de 200 caracteres",
        "Referencia: contiene un carácter de control invisible (U+0007); quítelo y guarde "
        "de nuevo",
        "Fecha de término: queda fuera de la vigencia del programa (01/01/2013–31/12/2025)",
    ]


def test_an_amount_that_cannot_be_read_says_why_in_both_languages() -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount("18,500.004")
    assert caught.value.message == Message("too_many_decimals", value="18,500.004", digits=2)
    assert say(caught.value.message, "es") == "“18,500.004” tiene más de 2 decimales"
    with pytest.raises(AmountError) as caught:
        parse_amount("9" * 40)
    assert say(caught.value.message, "es", SPANISH) == (
        "rebasa el mayor monto que se puede guardar (US$92,233,720,368,547,758.07, positivo o "
        "negativo); revise el número de dígitos")


def test_plural_forms_follow_the_count() -> None:
    assert render("rows_in_error", {"count": 1}, "es") == (
        "1 fila con errores: no se importó nada.")
    assert render("rows_in_error", {"count": 3}, "es") == (
        "3 filas con errores: no se importó nada.")
    assert render("rows_in_error", {"count": 0}, "en") == (
        "0 rows in error: nothing was imported.")


def test_values_are_written_in_the_front_ends_formats() -> None:
    fee = Message("chain_fee", old=Money(Decimal("2500.00"), "USD"),
                  new=Money(Decimal("2600.00"), "USD"))
    assert say(fee, "es", SPANISH) == "honorarios US$2,500.00 → US$2,600.00"
    assert say(fee) == "fee USD 2,500.00 → USD 2,600.00"
    assert say(fee, "en", value_format(Conventions.of("en", "iso"))) == (
        "fee $2,500.00 → $2,600.00")
    end = Message("chain_end", old=date(2014, 12, 31), new=date(2014, 9, 30))
    assert say(end, "es", SPANISH) == "término 31/12/2014 → 30/09/2014"
    assert say(end, "en", value_format(Conventions.of("en"))) == "end 12/31/2014 → 09/30/2014"


def test_nested_messages_fields_records_and_enums_are_worded_too() -> None:
    from coopdesk.domain.contracts import ContractStatus

    cell = Message("cell_problem", row=4, column=FieldKey("fee"),
                   problem=Message("not_amount", value="abc"))
    assert say(cell, "es") == "fila 4, columna “Honorarios mensuales”: “abc” no es un monto"
    assert say(Message("mapping_missing", columns=[FieldKey("end_date"), FieldKey("fee")]),
               "es") == "Elija la columna del archivo para: Fecha de término, Honorarios mensuales."
    gone = NotFoundError(Message("not_found_id", record=RecordType("budget line"), id=7))
    assert explain(gone, "es") == (
        "No se encontró el registro 7 (línea presupuestal): quizá se eliminó.")
    assert say(Message.worded("Texto ya traducido"), "en") == "Texto ya traducido"
    assert render("worded", {"text": ContractStatus.ENDING_SOON}, "es") == "Por vencer"


def test_a_stale_edit_names_the_record_and_who_changed_it_in_both_languages() -> None:
    error = StaleEditError("specialist", by="alice", at="2026-12-01 16:15 UTC")
    assert str(error) == ("This specialist was changed by alice at 2026-12-01 16:15 UTC after "
                          "you opened it. Reload it and apply your change again.")
    assert explain(error, "es") == (
        "alice modificó este registro (especialista) el 2026-12-01 16:15 UTC, después de que "
        "usted lo abrió. Vuelva a cargarlo y aplique su cambio de nuevo.")


def test_a_validation_error_keeps_a_text_already_worded() -> None:
    error = ValidationError({"thresholds": "Solo números enteros de días."})
    assert error.problems["thresholds"] == Message.worded("Solo números enteros de días.")
    assert explain(error, "es") == "Umbrales de alerta: Solo números enteros de días."
