"""Stage ``profile``: facts about a document that later stages decide by.

FM001 scores a document for machine-translated content-farm output.  Such
pages are translated from Chinese by a pipeline that leaves tell-tale
garbage; the repairs that are only safe on such pages read the verdict from
``doc.facts["farm"]`` through :func:`is_farm`.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

#: The placeholder a farm translator writes for the digit 1, in any of its punctuated shapes.
PLACEHOLDER = regex.compile(r"(?<![\d.,])6[.,]?5[.,]?4[.,]?3[.,]?8(?=\s?\+|\s+million\b)")
#: A year split before a digit 1 after a word that introduces years: ``on 20 10,``.
SPLIT_YEAR = regex.compile(
    r"\b(?:in|on|since|of|by|until|from|during|year)\s(?:1[5-9]|20)(?:\s1\d?)+\b(?!\s?\d)", regex.IGNORECASE
)
#: A breadcrumb title: ``Something Encyclopedia - Section - Title`` near the top.
ENCYCLOPEDIA = regex.compile(r"^[^\n]{0,80}\bEncyclop(?:a)?edia\b[^\n]{0,40} - [^\n]+ - ", regex.MULTILINE)
#: ``* * *`` standing for a censored character inside a sentence: ``a * * * regime``.
CENSORED = regex.compile(r"[A-Za-z,] \* \* \* [a-z]")
#: A digit run glued to a function word: ``the night of19110``.
GLUED_DIGITS = regex.compile(r"\b(?:of|the|in|on|at|and|to|from|since)\d{3,}\b")

#: A scout per slow feature: one pass that finds a superset of the places
#: where the feature's pattern can match, far faster than the pattern.  A
#: glued-digits hit is a function word (each ends with one of ``defmnot``)
#: then three digits.  A split year holds ``15`` to ``19`` or ``20``, a
#: space, then ``1``: the scout, in ``re``, looks for the ``1`` and back
#: from it (``re`` reads as space every character ``regex`` does, and more).
_SCOUTS: dict[str, Any] = {
    "glued-digits": regex.compile(r"(?<=[defmnot])\d{3}"),
    "split-year": re.compile(r"1(?<=(?:1[5-9]|20)\s1)"),
}

#: Feature name, pattern, weight of one hit, cap of the feature's total.
FEATURES: tuple[tuple[str, regex.Pattern[str], float, float], ...] = (
    ("placeholder-65438", PLACEHOLDER, 3.0, 9.0),
    ("split-year", SPLIT_YEAR, 1.0, 3.0),
    ("encyclopedia-breadcrumb", ENCYCLOPEDIA, 2.0, 2.0),
    ("censored-stars", CENSORED, 2.0, 4.0),
    ("glued-digits", GLUED_DIGITS, 1.0, 3.0),
)

#: Values of the repair option ``farm_repairs``.
FARM_MODES = ("farm", "always", "never")
#: The repair-stage option that gates the aggressive repairs on the farm verdict.
FARM_REPAIRS = Option(
    "farm", "when the farm-only repairs run: 'farm' (documents FM001 flagged), 'always', 'never'", FARM_MODES
)


def farm_evidence(text: str) -> tuple[float, dict[str, int]]:
    """The farm score of ``text`` and the hit count of each feature behind it."""
    score = 0.0
    hits: dict[str, int] = {}
    for name, pattern, weight, cap in FEATURES:
        scout = _SCOUTS.get(name) if shortcuts.ENABLED else None
        if scout is not None and scout.search(text) is None:
            continue
        count = sum(1 for _ in pattern.finditer(text))
        if count:
            hits[name] = count
            score += min(count * weight, cap)
    return score, hits


def is_farm(doc: Document, mode: str = "farm") -> bool:
    """Whether farm-only repairs may run on ``doc`` under ``mode`` (see :data:`FARM_MODES`).

    Without a verdict from FM001 (the rule is off, or a rule runs alone) a
    document is not farm output.
    """
    if mode != "farm":
        return mode == "always"
    return bool(doc.facts.get("farm", {}).get("farm", False))


@register
class FarmScore(Rule):
    """Score a document for machine-translated content-farm output; edit nothing.

    Content farms machine-translate Chinese pages and publish the output
    unread.  Their translator leaves marks a human translation never has; each
    found adds to the score (weight per hit, capped per feature):

    - the ``65438`` placeholder for the digit 1 (``654.38+0``, ``65,438+0``): 3, up to 9;
    - a year split before a 1 after ``in``/``on``/``since``... (``on 20 10``): 1, up to 3;
    - a breadcrumb title ``... Encyclopedia - Section - Title``: 2;
    - ``* * *`` for a censored character inside a sentence (``a * * * regime``): 2, up to 4;
    - digits glued to a function word (``the night of19110``): 1, up to 3.

    The score, the hits and the verdict (score at least ``farm_threshold``)
    go to ``doc.facts["farm"]`` and from there to the change log's record of
    the file.  Repairs that are only safe on farm output (RP003) run when the
    verdict is true.  The stage runs before noise removal, so a breadcrumb
    title is still there to be seen.

    Measured: no page of the development corpus (740 English and Chinese web
    pages) scores above 0; of the seeds, the farm translation scores 6 and the
    others 0 (the all-lower-case translation carries none of the marks, and
    needs none of the farm-only repairs).

    Before: ``Tencent became an enterprise with 654.38+10,000 sales on 20 10, ...``
    After: unchanged; facts ``{"farm": {"score": 4.0, "farm": true, ...}}``
    """

    code = "FM001"
    name = "farm-score"
    stage = "profile"
    summary = "Score a document for machine-translated content-farm output (facts only, no edits)."
    options = {"farm_threshold": Option(3.0, "the farm score from which a document counts as farm output")}
    examples = (
        Example("It had 654.38+10,000 sales on 20 10, they said.\n",
                "It had 654.38+10,000 sales on 20 10, they said.\n"),
        Example("A plain page about the weather.\n", "A plain page about the weather.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Record the farm score in ``doc.facts``; yield no edits."""
        threshold = self.options["farm_threshold"]
        score, hits = farm_evidence(doc.text)
        facts: dict[str, Any] = {"score": score, "farm": score >= threshold, "threshold": threshold}
        if hits:
            facts["evidence"] = hits
        doc.facts["farm"] = facts
        return iter(())
