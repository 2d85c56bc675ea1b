"""Output files survive a full disk: the previous report or export stays byte for byte, and
no half-written file is left under any name.

The disk fills up for real: the child process runs the real ``coopdesk`` command line with
``RLIMIT_FSIZE``, so every write past the limit fails with EFBIG, as a full disk does.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.files import OutputFileError

resource = pytest.importorskip("resource", reason="RLIMIT_FSIZE is POSIX-only")

#: Bytes a file may grow to in the limited process: above SQLite's shared-memory file
#: (32 KiB), below the demo's report (~95 KB) and exports (~95 KB XLSX, ~225 KB CSV).
LIMIT = 64 * 1024
PROGRAM = "00086731"

LIMITED_CLI = textwrap.dedent("""
    import resource, sys
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from coopdesk.cli import main
    sys.exit(main(sys.argv[2:]))
""")


def coopdesk_on_a_full_disk(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``coopdesk ARGS`` in a child whose files cannot grow past ``LIMIT`` bytes."""
    return subprocess.run([sys.executable, "-c", LIMITED_CLI, str(LIMIT), *args],
                          capture_output=True, text=True, timeout=120)


def assert_refused_clearly(result: subprocess.CompletedProcess[str], name: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert (f"{name} could not be written (the file would grow past the size the system "
            "allows)") in result.stderr
    assert "is unchanged" in result.stderr


def names(folder: Path) -> list[str]:
    """Every name in the folder, hidden temporary files included."""
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_report_on_a_full_disk_keeps_the_previous_pdf(demo_path: Path, out: Path) -> None:
    report = out / "report.pdf"
    common = ["--database", str(demo_path), "--program", PROGRAM, "--lang", "en"]
    assert main(["report", *common, "--period", "2019Q3", "-o", str(report)]) == 0
    good = report.read_bytes()
    assert good.startswith(b"%PDF") and len(good) > LIMIT

    result = coopdesk_on_a_full_disk("report", *common, "--period", "2019Q4",
                                     "-o", str(report))
    assert_refused_clearly(result, "report.pdf")
    assert report.read_bytes() == good
    assert names(out) == ["report.pdf"]


def test_export_on_a_full_disk_keeps_the_previous_file_and_adds_none(
    demo_path: Path, out: Path
) -> None:
    from openpyxl import load_workbook

    workbook = out / "contracts.xlsx"
    # Opened with its default backup folder, so today's backup is taken here, not in the
    # limited child (whose backup would fail first).
    assert main(["export", "contracts", str(workbook), "--database", str(demo_path)]) == 0
    good = workbook.read_bytes()
    assert len(good) > LIMIT
    assert sum(1 for _ in load_workbook(workbook, read_only=True)["Contracts"].rows) > 1000

    result = coopdesk_on_a_full_disk("export", "contracts", str(workbook),
                                     "--database", str(demo_path))
    assert_refused_clearly(result, "contracts.xlsx")
    assert workbook.read_bytes() == good

    result = coopdesk_on_a_full_disk("export", "contracts", str(out / "new.csv"),
                                     "--database", str(demo_path))
    assert_refused_clearly(result, "new.csv")
    assert names(out) == ["contracts.xlsx"]


@contextlib.contextmanager
def disk_limited_to(limit: int) -> Iterator[None]:
    """Files of this process cannot grow past ``limit`` bytes inside the block."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def _pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pageCompression=0)
    for number in range(pages):
        for line in range(60):
            canvas.drawString(40, 800 - 12 * line, f"page {number} line {line} " * 4)
        canvas.showPage()
    canvas.save()
    return path


def test_the_reports_page_saves_whole_or_not_at_all(qtbot, db, tmp_path: Path,
                                                    monkeypatch) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from coopdesk.ui.context import AppContext
    from coopdesk.ui.pages.reports import ReportsPage

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    ctx = AppContext(actor="tester")
    ctx.database = db
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    big = _pdf(tmp_path / "big.pdf", pages=20)
    page.preview.show_file(big)
    assert page.preview.current == big and big.stat().st_size > 16 * 1024

    saved = tmp_path / "saved" / "report.pdf"
    saved.parent.mkdir()
    good = _pdf(tmp_path / "small.pdf", pages=1).read_bytes()
    saved.write_bytes(good)
    with pytest.raises(OutputFileError, match="report.pdf could not be written"), \
            disk_limited_to(16 * 1024):
        page.preview.save_to(saved)
    assert saved.read_bytes() == good
    assert names(saved.parent) == ["report.pdf"]

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    preview = tmp_path / "preview.pdf"
    with disk_limited_to(16 * 1024):
        page._generated(preview, big.read_bytes())
    assert not preview.exists() and page.preview.current == big
    assert len(warnings) == 1 and "preview.pdf could not be written" in warnings[0]
