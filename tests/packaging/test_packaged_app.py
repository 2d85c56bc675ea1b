"""The packaged app in dist/CoopDesk runs without Python: version, database, demo, PDF report,
window, and it bundles a PySide6 release the project supports.

Skipped until ``make dist`` has built it; ``make dist-check`` (and CI) runs these after it.
"""

from __future__ import annotations

import subprocess
import sys
import time
import tomllib
from importlib.metadata import PathDistribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from coopdesk import __version__
from coopdesk.paths import PACKAGED_DATA
from tests.packaging.running import (
    STATUS_REPORTS,
    check_status_report,
    environment,
    report_arguments,
    run,
)

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "CoopDesk" / ("CoopDesk.exe" if sys.platform == "win32" else "CoopDesk")
CLI = APP.with_name("coopdesk-cli.exe") if sys.platform == "win32" else APP

pytestmark = [
    pytest.mark.dist,
    pytest.mark.skipif(not APP.exists(), reason=f"{APP} is not built: run `make dist` first"),
]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return environment(tmp_path)


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the built command line away from the source tree, so nothing is found there."""
    return run([str(CLI), *args], env)


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
    env, target = environment(folder), folder / "demo.db"
    result = _run(env, "demo", "--database", str(target))
    assert result.returncode == 0, result.stderr
    return env, target, result.stdout


def test_demo_loads_into_a_new_database(demo):
    env, target, said = demo
    assert "Loaded the demo program 00086731" in said
    check = _run(env, "db", "check", "--database", str(target))
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize(("lang", "title", "period"), STATUS_REPORTS)
def test_a_status_report_is_written_as_pdf(demo, lang, title, period):
    env, database, _ = demo
    target = database.with_name(f"report-{lang}.pdf")
    result = _run(env, *report_arguments(database, lang, target))
    assert result.returncode == 0, result.stderr
    check_status_report(target, lang, title, period)


def test_the_window_has_its_compiled_translations_inside_the_package():
    """The bundle places them where an installed wheel has them (coopdesk.paths.data_root)."""
    found = {path.name for path in APP.parent.rglob(f"coopdesk/{PACKAGED_DATA}/resources/i18n/*")}
    assert {"coopdesk_es.qm", "coopdesk_en.qm"} <= found


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
