"""The errors the engine raises on purpose, each with a one-line message."""


class CleanerError(Exception):
    """Base class: an error whose message is meant for the user as it is."""


class ConfigError(CleanerError):
    """A configuration, pack or option is wrong; the message names file and key."""


class InputError(CleanerError):
    """One input file cannot be cleaned (unreadable, binary, empty, ...)."""


class UndoError(CleanerError):
    """A change log does not fit the text it is applied to."""
