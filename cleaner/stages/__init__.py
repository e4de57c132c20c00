"""The code rules, one module per family; importing this package registers them.

Declarative rules of the same stages live in the packs under ``rules/``.
"""

from cleaner.stages import decode, punctuation, script, unicode  # noqa: F401
