"""``python -m smug.bench``: the same as ``smug bench``."""

import sys

from smug.bench.command import main

sys.exit(main())
