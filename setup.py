"""The build step that makes CoopDesk's wheel work outside a checkout.

The repository keeps ``migrations/`` and ``resources/`` at its top, beside the package, where
Alembic's and Qt Linguist's command lines look for them; setuptools alone would leave both out
of the wheel, and the ``.qm`` that Qt loads are not in git at all. So building the package also
copies the migrations and the resources into it as ``coopdesk/_data/`` and compiles every
``resources/i18n/*.ts`` there with PySide6's lrelease (PySide6-Essentials is a build
requirement). ``coopdesk.paths.data_root`` finds them there once installed.

An editable install skips the step: it runs from the checkout, whose own folders ``make``
keeps compiled.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
#: Where the data goes inside the package; ``coopdesk.paths.PACKAGED_DATA`` reads it back.
PACKAGED_DATA = Path("coopdesk") / "_data"
#: PySide6's own wrapper finds its lrelease executable on every system.
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildWithData(build_py):
    """``build_py`` that also places the migrations and compiled translations in the package."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            place_data(Path(self.build_lib) / PACKAGED_DATA)


def place_data(target: Path) -> None:
    """Copy ``migrations/`` and ``resources/`` to ``target``, each ``.ts`` compiled to ``.qm``."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(HERE / "migrations", target / "migrations",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(HERE / "resources", target / "resources",
                    ignore=shutil.ignore_patterns("*.ts", "*.qm"))
    for source in sorted((HERE / "resources").rglob("*.ts")):
        compiled = target / source.relative_to(HERE).with_suffix(".qm")
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source),
                        "-qm", str(compiled)], check=True)


setup(cmdclass={"build_py": BuildWithData})
