"""``python -m textrepair``: the same as the ``textrepair`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
