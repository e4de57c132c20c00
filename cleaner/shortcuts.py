"""The switch for exact shortcuts: cheap whole-text scans that skip work.

Rules may look at the whole text once (one regex pass in C) to find the few
lines worth examining, instead of examining every line.  Each shortcut must
give exactly the output of the slow path; the tests run both ways and
compare.  Set ``CLEANER_NO_SHORTCUTS=1`` (or :data:`ENABLED` to False) to
take the slow path.
"""

import os
from typing import Any, Callable

#: Whether rules may take their shortcuts.
ENABLED: bool = os.environ.get("CLEANER_NO_SHORTCUTS", "") != "1"

#: How many verdicts :func:`remembered` keeps before it empties a memory.
REMEMBERED = 4096

_UNSEEN = object()


def remembered(memory: dict[str, Any], text: str, judge: Callable[[str], Any], limit: int = REMEMBERED) -> Any:
    """``judge(text)``, looked up in ``memory`` first: for verdicts that depend on a line's text alone.

    The pages of a site repeat their furniture, so many lines a rule judges
    it has judged before.  The memory is emptied when it holds ``limit``.
    """
    verdict = memory.get(text, _UNSEEN)
    if verdict is _UNSEEN:
        if len(memory) >= limit:
            memory.clear()
        verdict = memory[text] = judge(text)
    return verdict
