"""The code rules, one module per family; importing this package registers them.

Declarative rules of the same stages live in the packs under ``rules/``.
"""

# In pipeline order: the order of registration does not decide the run order
# (stages and codes do), but it is the order a reader meets them.
from cleaner.stages import decode, unicode, profile  # noqa: F401
from cleaner.stages import menus, tickers, breadcrumb, credits, article, navigation, duplicates  # noqa: F401
from cleaner.stages import corpus_rules, script, punctuation  # noqa: F401
from cleaner.stages import repair_numbers, repair_boundaries, repair_words  # noqa: F401
