"""`python -m announcements.importer SOURCE`: the importer without invoke."""

import sys

from .cli import main

sys.exit(main())
