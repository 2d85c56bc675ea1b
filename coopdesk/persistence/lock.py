"""One writer per SQLite file: a lock file beside the database naming who holds it.

The lock file (``coopdesk.db.lock``) holds the host, user, process id and start time of the
CoopDesk that writes the database, so a second one can tell its user *who* has it open
and offer read-only access. A lock whose process is gone (same host, and no process with
that id, or one that started at another moment: the id was reused) is stale; it is only
ever taken over when the user asks for it. A running holder is never taken over: two
writers would lose each other's work (a restore would replace rows another CoopDesk
has just reported as saved).

Within one process the lock is shared: opening the same file twice (the window and a
command it runs, or a test and the CLI it calls) is the same writer.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import sys
import threading
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from coopdesk.domain.errors import DatabaseOpenError, Message
from coopdesk.files import os_reason

LOCK_SUFFIX = ".lock"
#: Where Linux tells when a process started, and which boot of the machine it belongs to.
PROC_STAT, BOOT_ID = "/proc/{pid}/stat", "/proc/sys/kernel/random/boot_id"
#: Field of ``/proc/PID/stat`` (after the command name) holding the start time in ticks.
STARTTIME_FIELD = 19
#: Attempts at taking the lock while other CoopDesks race for it too.
ATTEMPTS = 3


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, as a text to compare, or None where it cannot be told.

    On Linux: the boot and the start time in clock ticks, which no later process with the
    same id shares. Elsewhere None: a running process with the holder's id is then taken
    for the holder, the safe side.
    """
    try:
        stat = Path(PROC_STAT.format(pid=pid)).read_text(encoding="ascii")
        boot = Path(BOOT_ID).read_text(encoding="ascii").strip()
        return f"{boot}:{stat.rsplit(')', 1)[1].split()[STARTTIME_FIELD]}"
    except (OSError, IndexError, UnicodeDecodeError):
        return None


@dataclass(frozen=True)
class LockInfo:
    """Who holds a database: written into the lock file, shown to whoever else opens it."""

    host: str
    user: str
    pid: int
    since: datetime
    token: str
    #: When the holder's process started (``process_start``), None if it could not be told.
    started: str | None = None

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()

    @property
    def is_this_process(self) -> bool:
        return self.on_this_host and self.pid == os.getpid() and self._same_start()

    @property
    def stale(self) -> bool:
        """Whether the holder is certainly gone: on this host, and its process is not running
        (no process has its id, or the one that has it started at another moment)."""
        return self.on_this_host and not (_pid_alive(self.pid) and self._same_start())

    def _same_start(self) -> bool:
        """False only when the process with the holder's id is known to be another one."""
        now = process_start(self.pid)
        return self.started is None or now is None or now == self.started

    @property
    def local_since(self) -> datetime:
        """When the holder took the lock, in this computer's time, to the minute: as a
        message shows it."""
        return self.since.astimezone().replace(tzinfo=None, second=0, microsecond=0)


class DatabaseLockedError(DatabaseOpenError):
    """Another CoopDesk writes this database; carries who, to offer read-only or take-over."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        self.path, self.holder = path, holder
        #: The file naming the holder: deleting it by hand is the way out for a holder on
        #: another computer, whose end cannot be seen from here.
        self.lock_file = lock_path(path)
        super().__init__(_locked_message(path, holder))


def _locked_message(path: Path, holder: LockInfo) -> Message:
    """Who holds ``path``, and the ways out that are open given whether it still runs."""
    code = ("lock_stale" if holder.stale
            else "lock_running" if holder.on_this_host else "lock_elsewhere")
    return Message(code, path=path, user=holder.user, host=holder.host,
                   since=holder.local_since, pid=holder.pid, lock_file=lock_path(path))


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
    return LockInfo(socket.gethostname(), user, os.getpid(), datetime.now(UTC), uuid.uuid4().hex,
                    process_start(os.getpid()))


def read_lock(database: Path) -> LockInfo | None:
    """The current holder of ``database``, or None when nobody holds it."""
    return _read(lock_path(database))


def _read(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        started = data.get("started")
        return LockInfo(
            str(data["host"]), str(data["user"]), int(data["pid"]),
            datetime.fromisoformat(data["since"]), str(data["token"]),
            None if started is None else str(started),
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

        ``take_over`` replaces the lock of a holder that is gone (``LockInfo.stale``), on the
        user's explicit request only; a running holder keeps its lock whatever is asked.
        """
        database = database.resolve()
        with cls._mutex:
            held = cls._held.get(database)
            if held is not None:
                cls._held[database] = (held[0], held[1] + 1)
                return held[0]
            me = _me()
            try:
                _claim(database, me, take_over)
            except OSError as exc:
                raise DatabaseOpenError(Message("lock_unwritable", path=database,
                                                detail=os_reason(exc))) from exc
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


def _claim(database: Path, me: LockInfo, take_over: bool) -> None:
    """Write our lock file, unless another CoopDesk holds the database: a running one always
    keeps it, one that is gone keeps it unless ``take_over``."""
    path = lock_path(database)
    for _attempt in range(ATTEMPTS):
        if _create_exclusive(path, me):
            return
        holder = read_lock(database)
        if holder is None:
            continue
        if holder.is_this_process:
            _replace(path, me)
            return
        if not (take_over and holder.stale):
            raise DatabaseLockedError(database, holder)
        if _take_over(path, holder, me):
            return
    raise DatabaseOpenError(Message("lock_contended", path=database))


def _take_over(path: Path, stale: LockInfo, me: LockInfo) -> bool:
    """Replace the lock judged ``stale`` by ours; False if another CoopDesk got there first.

    The lock is moved aside first (a rename is atomic: only one CoopDesk moves a given
    file), then checked to be the stale one: a fresh lock moved by mistake is put back.
    """
    aside = path.with_name(f"{path.name}.{me.token}")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return False
    moved = _read(aside)
    if moved is None or moved.token != stale.token:
        if moved is not None:
            _create_exclusive(path, moved)
        aside.unlink(missing_ok=True)
        return False
    aside.unlink(missing_ok=True)
    return _create_exclusive(path, me)


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
    # sys.platform, not os.name: the type checker then reads this branch as Windows only
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:
            return "network drive"
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    fs_type = _linux_fs_type(path.resolve() if path.exists() else path.parent.resolve(), mounts)
    return fs_type if fs_type in NETWORK_FS_TYPES else None
