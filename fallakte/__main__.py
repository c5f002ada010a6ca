"""``python -m fallakte`` and the frozen executable's entry point."""

import sys

from fallakte.cli import main

sys.exit(main())
