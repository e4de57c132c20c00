"""Regular expressions for rules: compiled with ``regex``, run with a time limit.

Every pattern a rule runs goes through :func:`compile_pattern`, so a bad
pattern in a pack is a start-up error naming where it came from, and through
:data:`TIMEOUT`, so one catastrophic pattern cannot hang a run: the ``regex``
module raises ``TimeoutError`` and the pipeline skips that rule for that
document, with a warning.
"""

from __future__ import annotations

from typing import Iterable

import regex

from cleaner.errors import ConfigError

#: Seconds one regex call may take before it is abandoned.
TIMEOUT = 2.0

#: Pack flag names and the ``regex`` flags they stand for.
FLAGS = {
    "ignorecase": regex.IGNORECASE,
    "multiline": regex.MULTILINE,
    "dotall": regex.DOTALL,
    "verbose": regex.VERBOSE,
    "ascii": regex.ASCII,
}


def compile_pattern(pattern: str, flags: Iterable[str] = (), where: str = "") -> regex.Pattern:
    """Compile ``pattern`` (``re``-compatible syntax) or raise ConfigError naming ``where``."""
    value = 0
    for flag in flags:
        try:
            value |= FLAGS[flag]
        except KeyError:
            raise ConfigError(f"{where}: unknown regex flag {flag!r} (known: {', '.join(FLAGS)})") from None
    try:
        return regex.compile(pattern, value)
    except regex.error as exc:
        raise ConfigError(f"{where}: bad regex {pattern!r}: {exc}") from None


def alternation(patterns: Iterable[str]) -> str:
    """One pattern matching any of ``patterns`` (each kept as a group of its own)."""
    return "|".join(f"(?:{p})" for p in patterns)
