"""``python -m app`` and the frozen executable's entry point."""

import sys

from app.cli import main

sys.exit(main())
