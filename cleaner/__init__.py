"""cleaner: clean text scraped from the web, and say what was changed and why.

The library is the product; the ``cleaner`` command is a thin shell over it::

    >>> import cleaner
    >>> result = cleaner.clean("Hello\u00a0 world  \n\n\n")
    >>> result.text
    'Hello world\\n'
    >>> [change.code for change in result.changes]
    ['UN002', 'WS001', 'WS003', 'WS005']
    >>> cleaner.undo(result.text, result.changes)
    'Hello\\xa0 world  \\n\\n\\n'
"""

from __future__ import annotations

from functools import lru_cache

from cleaner.changelog import redo, undo
from cleaner.config import Config
from cleaner.errors import CleanerError, ConfigError, InputError, UndoError
from cleaner.model import Change, Cleaned, Edit, Flag
from cleaner.pipeline import Pipeline
from cleaner.report import explanation

__all__ = [
    "Change", "Cleaned", "CleanerError", "Config", "ConfigError", "Edit", "Flag",
    "InputError", "Pipeline", "UndoError", "clean", "explain", "redo", "undo",
]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def clean(text: str, config: Config | Pipeline | None = None) -> Cleaned:
    """Clean ``text`` with the default pipeline, a :class:`Config`, or a built :class:`Pipeline`."""
    return _pipeline(config).clean(text)


def explain(text: str, config: Config | Pipeline | None = None, source: str = "<text>") -> str:
    """A readable account of every edit that cleaning ``text`` makes, and why."""
    return explanation(_pipeline(config).clean(text, source=source), source)


def _pipeline(config: Config | Pipeline | None) -> Pipeline:
    if isinstance(config, Pipeline):
        return config
    return _default_pipeline() if config is None else Pipeline(config)
