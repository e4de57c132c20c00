"""Engines: where the cleaning of a run happens.

``local`` (the default) cleans in worker processes of this machine
(:func:`cleaner.parallel.ordered_map`).  ``ray`` cleans on the workers of a
Ray cluster (:mod:`cleaner.engines.ray`, needs ``pip install 'cleaner[ray]'``).
Either way the main process reads the datasets and writes every file and
the change log, in input order, so both engines write the same bytes.
"""

from __future__ import annotations

from cleaner.errors import ConfigError

#: The names ``cleaner run --engine`` accepts.
ENGINES = ("local", "ray")


class EngineUnavailable(ConfigError):
    """An engine was asked for whose optional dependencies are not installed."""
