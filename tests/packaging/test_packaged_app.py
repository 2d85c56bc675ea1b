"""The packaged app in dist/CoopDesk runs without Python: version, database, demo, PDF report,
window, and it bundles a PySide6 release the project supports.

Skipped until ``make dist`` has built it; ``make dist-check`` (and CI) runs these after it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from importlib.metadata import PathDistribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from pypdf import PdfReader

from coopdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "CoopDesk" / ("CoopDesk.exe" if sys.platform == "win32" else "CoopDesk")
CLI = APP.with_name("coopdesk-cli.exe") if sys.platform == "win32" else APP

pytestmark = [
    pytest.mark.dist,
    pytest.mark.skipif(not APP.exists(), reason=f"{APP} is not built: run `make dist` first"),
]


def _environment(folder: Path) -> dict[str, str]:
    """No display, and user folders in ``folder`` (the built app reads no venv)."""
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


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return _environment(tmp_path)


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the built command line away from the source tree, so nothing is found there."""
    return subprocess.run(
        [str(CLI), *args], env=env, capture_output=True, text=True, timeout=600,
        cwd=Path(env["XDG_DATA_HOME"]).parent,
    )


def test_version(env):
    result = _run(env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"CoopDesk {__version__}"


def test_db_upgrade_creates_and_migrates_a_database(env, tmp_path):
    target = tmp_path / "new.db"
    result = _run(env, "db", "upgrade", "--database", str(target))
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert "schema" in result.stdout


def test_the_default_database_goes_to_the_users_data_folder(env, tmp_path):
    result = _run(env, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "CoopDesk" / "coopdesk.db").exists()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path, str]:
    """The demo program loaded once by the built app: environment, database, what it said."""
    folder = tmp_path_factory.mktemp("demo")
    env, target = _environment(folder), folder / "demo.db"
    result = _run(env, "demo", "--database", str(target))
    assert result.returncode == 0, result.stderr
    return env, target, result.stdout


def test_demo_loads_into_a_new_database(demo):
    env, target, said = demo
    assert "Loaded the demo program 00086731" in said
    check = _run(env, "db", "check", "--database", str(target))
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize(("lang", "title", "period"), [
    ("en", "Quarterly status report", "Quarter 3 of 2019 (07/01/2019 to 09/30/2019)"),
    ("es", "Informe trimestral de estatus", "Trimestre 3 de 2019 (01/07/2019 al 30/09/2019)"),
])
def test_a_status_report_is_written_as_pdf(demo, lang, title, period):
    """The report's font is a file inside reportlab, not an import: the build must bring it."""
    env, database, _ = demo
    target = database.with_name(f"report-{lang}.pdf")
    result = _run(env, "report", "--database", str(database), "--program", "00086731",
                  "--period", "2019Q3", "--as-of", "2019-09-30", "--lang", lang,
                  "-o", str(target))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    first_page = reader.pages[0].extract_text()
    assert title in first_page
    assert period in first_page
    assert "00086731 · Programa de Fortalecimiento de Capacidades" in first_page
    assert f"lang:{lang}" in reader.metadata["/Keywords"]
    assert "BitstreamVeraSans-Roman" in " ".join(_font_names(reader))


def _font_names(reader: PdfReader) -> set[str]:
    """The base names of the fonts the PDF's pages use."""
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }


def test_the_bundled_pyside6_is_a_supported_release():
    """6.12.0 aborts the window (pyproject.toml); coopdesk.spec refuses it, this checks the
    folder that was built."""
    bundled = [
        distribution.version
        for folder in APP.parent.rglob("*.dist-info")
        if canonicalize_name((distribution := PathDistribution(folder)).name)
        == "pyside6-essentials"
    ]
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    required = next(
        Requirement(line) for line in dependencies["dependencies"]
        if Requirement(line).name == "PySide6"
    )
    assert not required.specifier.contains("6.12.0")
    assert len(bundled) == 1, bundled
    assert required.specifier.contains(bundled[0]), (
        f"dist/CoopDesk bundles PySide6 {bundled[0]}, outside {required}"
    )


def test_the_window_starts_and_creates_its_database(env, tmp_path):
    """Started offscreen, the window opens the default database; it is then closed."""
    database = tmp_path / "data" / "CoopDesk" / "coopdesk.db"
    process = subprocess.Popen(
        [str(APP)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=tmp_path,
    )
    deadline = time.monotonic() + 120
    while not database.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    running = process.poll() is None
    process.terminate()
    _, errors = process.communicate(timeout=30)
    assert running, errors
    assert database.exists()
    assert "Traceback" not in errors
