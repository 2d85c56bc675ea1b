"""Start CoopDesk from a source checkout: ``python main.py [--database PATH_OR_URL]``."""

import sys

from coopdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
