"""The switch for exact shortcuts: cheap whole-text scans that skip work.

Rules may look at the whole text once (one regex pass in C) to find the few
lines worth examining, instead of examining every line.  Each shortcut must
give exactly the output of the slow path; the tests run both ways and
compare.  Set ``CLEANER_NO_SHORTCUTS=1`` (or :data:`ENABLED` to False) to
take the slow path.
"""

import os

#: Whether rules may take their shortcuts.
ENABLED: bool = os.environ.get("CLEANER_NO_SHORTCUTS", "") != "1"
