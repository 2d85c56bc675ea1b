"""``coopdesk.files``: a file appears whole or not at all, and a failure says so plainly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coopdesk.domain.errors import CoopDeskError
from coopdesk.files import PART_SUFFIX, OutputFileError, replacing, write_bytes

GOOD = b"%PDF-1.4 the good report\n" * 100


def _only(folder: Path) -> list[str]:
    """Every name in the folder, hidden temporary files included."""
    return sorted(p.name for p in folder.iterdir())


def test_write_bytes_creates_then_replaces_leaving_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_bytes(target, b"first")
    write_bytes(target, GOOD)
    assert target.read_bytes() == GOOD
    assert _only(tmp_path) == ["report.pdf"]


def test_a_writer_failing_midway_leaves_the_previous_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(GOOD)

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), replacing(target) as temporary:
        with temporary.open("wb") as handle:
            handle.write(b"half a new rep")
            raise Interrupted
    assert target.read_bytes() == GOOD
    assert _only(tmp_path) == ["report.pdf"]


def test_a_writer_that_wrote_nothing_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(GOOD)
    with pytest.raises(OutputFileError, match="nothing was written"), replacing(target):
        pass
    assert target.read_bytes() == GOOD
    assert _only(tmp_path) == ["export.csv"]


def test_a_disk_error_is_a_clear_refusal_that_is_still_an_os_error(tmp_path: Path) -> None:
    """A folder that cannot be written: the message names the file and what to do."""
    target = tmp_path / "missing-folder" / "export.xlsx"
    with pytest.raises(OutputFileError) as caught:
        write_bytes(target, GOOD)
    error = caught.value
    assert isinstance(error, CoopDeskError) and isinstance(error, OSError)
    assert error.errno == 2
    assert "export.xlsx" in str(error) and "No such file or directory" in str(error)
    assert "unchanged" in str(error) and "try again" in str(error)


def test_the_disk_filling_up_keeps_the_previous_file(tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes writes past 4 KiB fail with EFBIG, as a full disk would."""
    pytest.importorskip("resource")
    target = tmp_path / "report.pdf"
    target.write_bytes(GOOD[:1000])
    script = textwrap.dedent("""
        import resource, sys
        from coopdesk.files import OutputFileError, write_bytes
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            write_bytes(sys.argv[1], b"x" * 100_000)
        except OutputFileError as exc:
            print(exc)
    """)
    result = subprocess.run([sys.executable, "-c", script, str(target)],
                            capture_output=True, text=True, check=True)
    assert "would grow past the size the system allows" in result.stdout
    assert "unchanged" in result.stdout
    assert target.read_bytes() == GOOD[:1000]
    assert _only(tmp_path) == ["report.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_is_written_through_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "latest.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    write_bytes(link, GOOD)
    assert link.is_symlink() and real.read_bytes() == GOOD
    assert _only(real.parent) == ["latest.pdf"]


def test_a_name_near_the_file_system_limit_can_be_written(tmp_path: Path) -> None:
    """The temporary name adds marks to the target's; it must not exceed 255 bytes."""
    target = tmp_path / ("é" * 120 + ".pdf")
    write_bytes(target, GOOD)
    assert target.read_bytes() == GOOD
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(PART_SUFFIX)]
