"""The command line speaks the language of the user's locale: ``coopdesk import contracts``
run with ``LANG=es_MX.UTF-8`` explains each bad row of a real workbook in Spanish, naming
its row and column, and with ``LANG=en_US.UTF-8`` in English.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.i18n.conftest import UNIT
from tests.i18n.english import english_words

HEADERS = ["Referencia", "Nombre", "Unidad", "Puesto", "Fecha de inicio", "Fecha de término",
           "Honorarios", "Componente"]
ROWS = [
    ["SC-2014-001", "Ana López", UNIT, "Analista", date(2014, 1, 1), date(2014, 12, 31), 2500,
     "C1"],
    ["SC-2014-002", "Luis Pérez", UNIT, "Analista", date(2014, 6, 1), date(2014, 1, 31), 2500,
     "C1"],
    ["SC-2014-003", "Eva Ruiz", UNIT, "Analista", date(2014, 1, 1), date(2014, 12, 31), "abc",
     "C1"],
    ["SC-2014-004", "Rosa Díaz", "Oficina inexistente", "Analista", date(2014, 1, 1),
     date(2014, 12, 31), 2500, "C1"],
    ["SC-2014-005", "Juan Soto", UNIT, "Analista", "pronto", date(2014, 12, 31), 2500, "C1"],
    ["SC-2014-001", "Ana López", UNIT, "Analista", date(2015, 1, 1), date(2015, 12, 31), 2500,
     "C1"],
    ["SC-2014-006", "Mar Gil", UNIT, "Analista", date(2014, 1, 1), date(2014, 12, 31), -5, "C1"],
]




@pytest.fixture
def bad_workbook(tmp_path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Contratos"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    return path


def coopdesk(locale: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``coopdesk ARGS`` in a child process whose locale is ``locale``."""
    environ = {k: v for k, v in os.environ.items()
               if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    environ["LANG"] = locale
    return subprocess.run(
        [sys.executable, "-c", "import sys; from coopdesk.cli import main; sys.exit(main())",
         *args],
        capture_output=True, text=True, timeout=300, env=environ,
    )


def _report(result: subprocess.CompletedProcess[str]) -> dict[int, str]:
    """The report's line of each row, by row number."""
    lines = {}
    for line in result.stdout.splitlines():
        if found := re.match(r"(?:row|fila)\s+(\d+)\s", line):
            lines[int(found[1])] = line
    return lines


def test_a_spanish_locale_gets_each_bad_row_explained_in_spanish(database_file, bad_workbook):
    result = coopdesk("es_MX.UTF-8", "import", "contracts", str(bad_workbook),
                      "--database", str(database_file))
    assert result.returncode == 2, result.stderr
    rows = _report(result)
    assert set(rows) == {2, 3, 4, 5, 6, 7, 8}
    assert "nueva" in rows[2]
    assert rows[3].endswith(
        "fila 3, columna “Fecha de término”: es anterior a la fecha de inicio")
    assert rows[4].endswith("fila 4, columna “Honorarios”: “abc” no es un monto")
    assert rows[5].endswith("fila 5, columna “Unidad”: unidad desconocida: “Oficina inexistente”")
    assert rows[6].endswith(
        "fila 6, columna “Fecha de inicio”: “pronto” no es una fecha (se espera dd/mm/aaaa)")
    assert rows[7].endswith("fila 7, columna “Referencia”: SC-2014-001 también está en la fila 2")
    assert rows[8].endswith("fila 8, columna “Honorarios”: no puede ser negativo")
    assert result.stdout.splitlines()[-1] == "1 nueva, 0 con cambios, 0 sin cambios, 6 con error"
    assert result.stderr == "6 filas con errores: no se importó nada.\n"
    assert english_words(result.stdout + result.stderr) == set()


def test_an_english_locale_gets_them_in_english(database_file, bad_workbook):
    result = coopdesk("en_US.UTF-8", "import", "contracts", str(bad_workbook),
                      "--database", str(database_file))
    assert result.returncode == 2, result.stderr
    rows = _report(result)
    assert rows[3].endswith("row 3, column “Fecha de término”: is before the start date")
    assert rows[4].endswith("row 4, column “Honorarios”: “abc” is not an amount")
    assert rows[8].endswith("row 8, column “Honorarios”: must not be negative")
    assert result.stderr == "6 rows in error: nothing was imported.\n"


def test_a_refused_file_is_explained_in_the_locales_language(database_file, tmp_path):
    broken = tmp_path / "roto.xlsx"
    broken.write_bytes(b"not a workbook at all")
    result = coopdesk("es_MX.UTF-8", "import", "contracts", str(broken),
                      "--database", str(database_file))
    assert result.returncode == 2
    assert result.stderr == (
        "coopdesk: error: roto.xlsx no es un libro de Excel (.xlsx) que se pueda leer.\n")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "es"}, "es"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_MX.UTF-8"}, "es"),
        ({"LANG": "es_MX.UTF-8", "LC_ALL": "C"}, "en"),
    ],
)
def test_the_language_follows_the_locale_variables(environ: dict[str, str],
                                                   expected: str) -> None:
    from coopdesk.domain.messages import locale_language

    assert locale_language(environ) == expected
