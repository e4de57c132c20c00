"""The code rules, one module per family; importing this package registers them.

Declarative rules of the same stages live in the packs under ``rules/``.
"""

from cleaner.stages import corpus_rules, decode, duplicates, menus, punctuation, script, tickers, unicode  # noqa: F401
from cleaner.stages import profile, repair_boundaries, repair_numbers, repair_words  # noqa: F401
from cleaner.stages import article, breadcrumb, credits, navigation  # noqa: F401  (noise around the article)
