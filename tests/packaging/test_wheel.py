"""The wheel installs anywhere: built by the build backend (``make wheel``) and installed with its
dependencies in a fresh virtual environment, CoopDesk loads the demo, writes PDF reports and
speaks Spanish from a folder outside the checkout, reading no file of the checkout.

Skipped unless ``COOPDESK_WHEEL`` names the wheel: ``make wheel-check`` (and CI) builds it and
runs these; installing PySide6 into a new environment is a minute that ``make test`` skips.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk.paths import PACKAGED_DATA
from tests.packaging.running import (
    STATUS_REPORTS,
    check_status_report,
    environment,
    report_arguments,
    run,
)
from tools.translations import read_messages

ROOT = Path(__file__).resolve().parents[2]
WHEEL = Path(os.environ.get("COOPDESK_WHEEL", "")).resolve()
INSIDE = f"coopdesk/{PACKAGED_DATA}"

pytestmark = [
    pytest.mark.wheel,
    pytest.mark.skipif("COOPDESK_WHEEL" not in os.environ,
                       reason="COOPDESK_WHEEL names no wheel: run `make wheel-check`"),
]


@dataclass(frozen=True)
class Installed:
    """The wheel installed in a fresh virtual environment, and user folders to run it in."""

    venv: Path
    env: dict[str, str]

    def command(self, name: str) -> str:
        scripts = self.venv / ("Scripts" if sys.platform == "win32" else "bin")
        return str(scripts / name)

    def coopdesk(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run([self.command("coopdesk"), *args], self.env)

    def python(self, code: str, *args: str) -> subprocess.CompletedProcess[str]:
        return run([self.command("python"), "-c", code, *args], self.env)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """``pip install`` of the wheel, dependencies and all, into a new environment.

    Without compiling every installed module up front (a third of the install's time in CI):
    Python compiles what it imports.
    """
    folder = tmp_path_factory.mktemp("wheel")
    venv, env = folder / "venv", environment(folder)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    done = Installed(venv, env)
    result = run([done.command("python"), "-m", "pip", "install", "--quiet", "--no-compile",
                  str(WHEEL)], env)
    assert result.returncode == 0, result.stderr
    return done


def _sources(folder: str, pattern: str) -> set[str]:
    """Paths, relative to the checkout, of its files in ``folder`` matching ``pattern``."""
    return {path.relative_to(ROOT).as_posix() for path in (ROOT / folder).rglob(pattern)}


def test_the_wheel_carries_the_migrations_the_compiled_translations_and_the_guide():
    with zipfile.ZipFile(WHEEL) as wheel:
        names = set(wheel.namelist())
    migrations = _sources("migrations", "*.py")
    compiled = {name.removesuffix(".ts") + ".qm" for name in _sources("resources", "*.ts")}
    guide = _sources("resources/help", "*.html")  # Help > User's guide (coopdesk.paths.help_dir)
    # the IATI export's offline validation (coopdesk.paths.iati_schema_dir)
    iati = _sources("resources/iati-2.03", "*.x*")
    assert migrations and compiled and guide and len(iati) == 12
    assert {f"{INSIDE}/{name}" for name in migrations | compiled | guide | iati} <= names
    assert not [name for name in names if name.endswith(".ts")]


def test_the_sdist_carries_what_the_wheel_is_built_from():
    """Translation sources and migrations, not the compiled ``.qm`` (each build makes them)."""
    name, version = WHEEL.name.split("-")[:2]
    with tarfile.open(WHEEL.with_name(f"{name}-{version}.tar.gz")) as sdist:
        names = {entry.split("/", 1)[1] for entry in sdist.getnames() if "/" in entry}
    assert _sources("migrations", "*.py") | _sources("resources", "*.ts") <= names
    assert {"setup.py", "pyproject.toml", "coopdesk/paths.py"} <= names
    assert not [entry for entry in names if entry.endswith(".qm")]


def test_coopdesk_runs_from_the_environment_not_the_checkout(installed):
    result = installed.python("from coopdesk.paths import data_root; print(data_root())")
    assert result.returncode == 0, result.stderr
    where = Path(result.stdout.strip())
    assert where.is_relative_to(installed.venv), where
    assert where.parts[-2:] == ("coopdesk", PACKAGED_DATA)


@pytest.fixture(scope="module")
def demo(installed: Installed) -> Path:
    """The demo program loaded by the installed command line, in a new database."""
    database = Path(installed.env["XDG_DATA_HOME"]).parent / "demo.db"
    result = installed.coopdesk("demo", "--database", str(database))
    assert result.returncode == 0, result.stderr
    assert "Loaded the demo program 00086731" in result.stdout
    return database


def test_the_demo_loads_into_a_new_database(installed, demo):
    check = installed.coopdesk("db", "check", "--database", str(demo))
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize(("lang", "title", "period"), STATUS_REPORTS)
def test_a_status_report_is_written_as_pdf(installed, demo, lang, title, period):
    target = demo.with_name(f"report-{lang}.pdf")
    result = installed.coopdesk(*report_arguments(demo, lang, target))
    assert result.returncode == 0, result.stderr
    check_status_report(target, lang, title, period)


#: Installs the window's Spanish and prints each (context, source) of argv[1] translated.
TRANSLATE = """
import json, sys
from PySide6.QtCore import QCoreApplication
from coopdesk.ui.i18n import translators
app = QCoreApplication([])
assert translators(app).install("es"), "a translation file is missing"
print(json.dumps([QCoreApplication.translate(context, source)
                  for context, source in json.loads(sys.argv[1])]))
"""


def test_the_window_speaks_spanish_from_the_installed_package(installed):
    """Every finished Spanish text of the ``.ts`` (plural forms aside) is what the installed
    CoopDesk answers: the ``.qm`` inside the wheel was compiled from it."""
    messages = [m for m in read_messages() if m.finished and not m.forms]
    asked = json.dumps([(m.context, m.source) for m in messages])
    result = installed.python(TRANSLATE, asked)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [m.translation for m in messages]
