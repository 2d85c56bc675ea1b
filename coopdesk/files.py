"""Files CoopDesk writes (PDFs, spreadsheets, CSV, backups) appear whole or not at all.

A file is written under a temporary name beside its target, flushed to the disk, and only
then renamed over the target, which is atomic on one file system. A full disk, a crash or an
error while writing leaves the previous file (if any) as it was and no half-written file
under the target's name.

A write the disk refuses is raised as ``OutputFileError``: a ``CoopDeskError`` whose message
names the file and says the previous one is unchanged, so the command line and the window
show it like any other refusal (never a traceback), and an ``OSError``, so code that handles
file errors keeps handling it. Standard library and the (pure) domain only, so every layer
may use it.

CSV files are written by one function for every export, so each is safe to open in a
spreadsheet the same way (``write_csv``).
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import secrets
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from coopdesk.domain.errors import CoopDeskError, Message
from coopdesk.domain.spreadsheet import neutralise

#: Ending of the temporary files, so a leftover one is recognisable (and never a backup's).
PART_SUFFIX = ".part"
#: Bytes of the target's name kept in the temporary name: with the marks added around it,
#: the temporary name stays within the 255 bytes a file name may have.
_NAME_BYTES = 200


class OutputFileError(CoopDeskError, OSError):
    """A file could not be written whole; what was under its name is left as it was."""


def temporary_sibling(target: Path) -> Path:
    """A fresh name in ``target``'s folder that no other writer will pick."""
    name = target.name.encode("utf-8", "surrogateescape")[:_NAME_BYTES].decode("utf-8", "ignore")
    return target.with_name(f".{name}.{secrets.token_hex(4)}{PART_SUFFIX}")


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable, where the system allows it.

    Best effort: the new file is already in place, and some file systems (network shares)
    refuse to sync a folder; saying "not written" then would be false.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


#: The system's refusals a user can act on: error number → message code.
_OS_REASONS = {
    errno.ENOSPC: "os_no_space", errno.EDQUOT: "os_no_space", errno.EACCES: "os_permission",
    errno.EPERM: "os_permission", errno.EROFS: "os_read_only", errno.EBUSY: "os_in_use",
    errno.ETXTBSY: "os_in_use", errno.EFBIG: "os_too_large",
}


def os_reason(exc: OSError) -> Message | str:
    """Why the system refused, in the reader's language when it is a common refusal; else
    the system's own (English) words, which whoever fixes the machine can look up."""
    code = _OS_REASONS.get(exc.errno or 0)
    return Message(code) if code else str(exc.strerror or exc)


def _refusal(target: Path, exc: OSError) -> OutputFileError:
    """The user's words for a write that failed, keeping the system's error number."""
    error = OutputFileError(Message("file_not_written", path=target, detail=os_reason(exc)))
    error.errno = exc.errno
    return error


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write ``target``'s new content to.

    When the block ends normally the temporary file is flushed to the disk and renamed over
    ``target``; when it raises, the temporary file is removed and ``target`` is untouched.
    A check of the finished file belongs inside the block: raising there discards it. A
    symbolic link is written through (its file is replaced, the link stays a link).
    """
    final = Path(os.path.realpath(target))
    temporary = temporary_sibling(final)
    try:
        yield temporary
        if not temporary.exists():
            raise FileNotFoundError(errno.ENOENT, "nothing was written", str(temporary))
        _sync_file(temporary)
        os.replace(temporary, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, OutputFileError):
            raise _refusal(final, exc) from exc
        raise
    _sync_folder(final.parent)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all."""
    with replacing(target) as temporary:
        temporary.write_bytes(data)


def write_csv(target: str | os.PathLike[str], rows: Iterable[Sequence[object]]) -> None:
    """Write ``rows`` to a CSV file that spreadsheets open safely, whole or not at all.

    UTF-8 with a byte-order mark, so Excel reads accents right. Text a spreadsheet would run
    as a formula is neutralised (``domain.spreadsheet``); numbers are written as they are.
    """
    with replacing(target) as temporary, temporary.open(
        "w", encoding="utf-8-sig", newline=""
    ) as handle:
        csv.writer(handle).writerows(
            [neutralise(cell) if isinstance(cell, str) else cell for cell in row] for row in rows
        )
