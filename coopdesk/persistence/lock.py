"""One writer per SQLite file: a lock file beside the database naming who holds it.

The lock file (``coopdesk.db.lock``) holds the host, user, process id and start time of the
CoopDesk that writes the database, so a second one can tell its user *who* has it open
and offer read-only access. A lock whose process is gone (same host, pid no longer
running) is reported as stale; it is only ever taken over when the user asks for it.

Within one process the lock is shared: opening the same file twice (the window and a
command it runs, or a test and the CLI it calls) is the same writer.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import threading
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from coopdesk.domain.errors import DatabaseOpenError

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a database: written into the lock file, shown to whoever else opens it."""

    host: str
    user: str
    pid: int
    since: datetime
    token: str

    @property
    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    @property
    def stale(self) -> bool:
        """Whether the holder is certainly gone: same host, and its process is not running."""
        return self.host == socket.gethostname() and not _pid_alive(self.pid)

    def describe(self) -> str:
        since = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.user} on {self.host} since {since}"


class DatabaseLockedError(DatabaseOpenError):
    """Another CoopDesk writes this database; carries who, to offer read-only or take-over."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        self.path, self.holder = path, holder
        if holder.stale:
            detail = (
                f"{path} is marked as open by {holder.describe()}, but that CoopDesk is no "
                "longer running (it may have crashed). Take the lock over to write, or open "
                "the database read-only."
            )
        else:
            detail = (
                f"{path} is open in another CoopDesk: held by {holder.describe()}. "
                "Only one CoopDesk may write a database file at a time; open it read-only, "
                "or ask them to close it. To share a database, use a CoopDesk server."
            )
        super().__init__(detail)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "unknown"
    return LockInfo(socket.gethostname(), user, os.getpid(), datetime.now(UTC), uuid.uuid4().hex)


def read_lock(database: Path) -> LockInfo | None:
    """The current holder of ``database``, or None when nobody holds it."""
    try:
        data = json.loads(lock_path(database).read_text(encoding="utf-8"))
        return LockInfo(
            str(data["host"]), str(data["user"]), int(data["pid"]),
            datetime.fromisoformat(data["since"]), str(data["token"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A half-written or foreign lock file: someone may be there, but we cannot tell who.
        return LockInfo("unknown host", "unknown user", -1, datetime.now(UTC), "")


def _payload(info: LockInfo) -> bytes:
    data = asdict(info) | {"since": info.since.isoformat()}
    return json.dumps(data).encode("utf-8")


class WriterLock:
    """The lock this process holds on one database file; ``release()`` removes it."""

    _held: dict[Path, tuple[WriterLock, int]] = {}
    _mutex = threading.Lock()
    _exit_hook = False

    def __init__(self, database: Path, info: LockInfo) -> None:
        self.database, self.info = database, info

    @classmethod
    def acquire(cls, database: Path, *, take_over: bool = False) -> WriterLock:
        """Take the lock, or raise ``DatabaseLockedError`` naming its holder.

        ``take_over`` replaces another holder's lock: only on the user's explicit request.
        """
        database = database.resolve()
        with cls._mutex:
            held = cls._held.get(database)
            if held is not None:
                cls._held[database] = (held[0], held[1] + 1)
                return held[0]
            me = _me()
            path = lock_path(database)
            if not _create_exclusive(path, me):
                holder = read_lock(database)
                if holder is not None and not take_over and not holder.is_this_process:
                    raise DatabaseLockedError(database, holder)
                _replace(path, me)
            lock = cls(database, me)
            cls._held[database] = (lock, 1)
            if not cls._exit_hook:
                atexit.register(cls.release_all)
                cls._exit_hook = True
            return lock

    def release(self) -> None:
        """Drop one use; the last one removes the lock file if it is still ours."""
        with self._mutex:
            held = self._held.get(self.database)
            if held is None or held[0] is not self:
                return
            if held[1] > 1:
                self._held[self.database] = (self, held[1] - 1)
                return
            del self._held[self.database]
            current = read_lock(self.database)
            if current is not None and current.token == self.info.token:
                lock_path(self.database).unlink(missing_ok=True)

    @classmethod
    def release_all(cls) -> None:
        """Drop every lock this process holds: run at a normal exit, so a script that never
        closed its database leaves no lock behind. Only a crash leaves one (then stale)."""
        with cls._mutex:
            held = [lock for lock, _uses in cls._held.values()]
            cls._held.clear()
        for lock in held:
            current = read_lock(lock.database)
            if current is not None and current.token == lock.info.token:
                lock_path(lock.database).unlink(missing_ok=True)

    @property
    def still_ours(self) -> bool:
        """False once another CoopDesk has taken the lock over from us."""
        current = read_lock(self.database)
        return current is not None and current.token == self.info.token


def _create_exclusive(path: Path, info: LockInfo) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, _payload(info))
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _replace(path: Path, info: LockInfo) -> None:
    temporary = path.with_name(f"{path.name}.{info.token}")
    temporary.write_bytes(_payload(info))
    os.replace(temporary, path)


#: File system types on which SQLite's locking and WAL cannot be trusted.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "sshfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "ncpfs", "lustre",
    "fuse.rclone", "fuse.s3fs",
})


def _linux_fs_type(path: Path, mounts: str) -> str | None:
    best, fs_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fs_type = point, parts[2]
    return fs_type


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The network file system ``path`` lies on (e.g. "nfs4", "UNC share"), or None.

    WAL needs shared memory between the processes using a file, which network file systems
    do not give: a database there is not safe to share, and the user must be told.
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC share"
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:  # type: ignore[attr-defined]
            return "network drive"
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    fs_type = _linux_fs_type(path.resolve() if path.exists() else path.parent.resolve(), mounts)
    return fs_type if fs_type in NETWORK_FS_TYPES else None
