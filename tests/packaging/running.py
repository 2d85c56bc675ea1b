"""Running an installed CoopDesk as a user would: from a folder outside the checkout, with its
own user folders and no display; and what its status report must say.

Shared by the packaged app's checks (test_packaged_app.py) and the wheel's (test_wheel.py),
which run the same commands on two ways of installing CoopDesk.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

#: The demo program's code, and the title the report prints beside it.
DEMO_PROGRAM = "00086731"
DEMO_TITLE = "00086731 · Programa de Fortalecimiento de Capacidades"

#: The status report of the demo's third quarter of 2019 in each language: its title, its period.
STATUS_REPORTS = [
    pytest.param("en", "Quarterly status report",
                 "Quarter 3 of 2019 (07/01/2019 to 09/30/2019)", id="en"),
    pytest.param("es", "Informe trimestral de estatus",
                 "Trimestre 3 de 2019 (01/07/2019 al 30/09/2019)", id="es"),
]


def environment(folder: Path) -> dict[str, str]:
    """No display, user folders in ``folder``, and no Python settings of the caller's (so an
    installed CoopDesk cannot reach the checkout or the test environment)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        LOCALAPPDATA=str(folder / "data"),
        APPDATA=str(folder / "config"),
    )
    env.pop("COOPDESK_DATABASE_URL", None)
    return env


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in the folder holding the user folders of ``env``, away from the
    checkout, so nothing is found there."""
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=600,
        cwd=Path(env["XDG_DATA_HOME"]).parent,
    )


def report_arguments(database: Path, lang: str, target: Path) -> list[str]:
    """``coopdesk report`` of the demo's third quarter of 2019, in ``lang``, to ``target``."""
    return ["report", "--database", str(database), "--program", DEMO_PROGRAM,
            "--period", "2019Q3", "--as-of", "2019-09-30", "--lang", lang, "-o", str(target)]


def check_status_report(target: Path, lang: str, title: str, period: str) -> None:
    """The PDF reads back with its title, period, program and language, in the reports' font
    (a file inside reportlab, not an import: an installation must bring it)."""
    reader = PdfReader(target)
    first_page = reader.pages[0].extract_text()
    assert title in first_page
    assert period in first_page
    assert DEMO_TITLE in first_page
    assert f"lang:{lang}" in reader.metadata["/Keywords"]
    assert "BitstreamVeraSans-Roman" in " ".join(_font_names(reader))


def _font_names(reader: PdfReader) -> set[str]:
    """The base names of the fonts the PDF's pages use."""
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }
