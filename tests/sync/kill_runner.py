"""One sync in a process of its own that kills itself (SIGKILL) at its Nth SQL statement,
for tests/sync/test_sync_kill.py: as if the laptop lost power at that moment.

    python -m tests.sync.kill_runner COPY SERVER_URL N

Statements are counted on both databases, from the moment the sync starts. A sync that
runs fewer than N statements completes: the process prints how many it ran and exits 0.
"""

from __future__ import annotations

import os
import signal
import sys

from sqlalchemy import event

from coopdesk.services.database import open_database
from coopdesk.services.offline_sync import synchronise


def main(argv: list[str]) -> int:
    path, url, kill_at = argv[1], argv[2], int(argv[3])
    copy, server = open_database(path), open_database(url)
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    for engine in (copy.engine, server.engine):
        event.listen(engine, "before_cursor_execute", counted)
    try:
        synchronise(copy, server)
    finally:
        copy.close()
        server.close()
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
