"""Files CoopDesk writes (PDFs, spreadsheets, CSV, backups) appear whole or not at all.

A file is written under a temporary name beside its target, flushed to the disk, and only
then renamed over the target, which is atomic on one file system. A full disk, a crash or an
error while writing leaves the previous file (if any) as it was and no half-written file
under the target's name. Standard library only, so every layer may use it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

#: Ending of the temporary files, so a leftover one is recognisable (and never a backup's).
PART_SUFFIX = ".part"


def temporary_sibling(target: Path) -> Path:
    """A fresh name in ``target``'s folder that no other writer will pick."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write ``target``'s new content to.

    When the block ends normally the temporary file is flushed to the disk and renamed over
    ``target``; when it raises, the temporary file is removed and ``target`` is untouched.
    A check of the finished file belongs inside the block: raising there discards it.
    """
    final = Path(target)
    temporary = temporary_sibling(final)
    try:
        yield temporary
        if not temporary.exists():
            raise FileNotFoundError(f"nothing was written for {final}")
        _sync_file(temporary)
        os.replace(temporary, final)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(final.parent)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all."""
    with replacing(target) as temporary:
        temporary.write_bytes(data)
