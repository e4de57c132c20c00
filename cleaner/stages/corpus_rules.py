"""Stage ``corpus``: boilerplate learned across the documents of one run.

Works only in ``cleaner run`` over several files, where the runner's first
pass (:mod:`cleaner.corpus`) has counted, for every normalized line, how many
documents hold it.  Cleaning one text alone, the stage does nothing.
"""

from __future__ import annotations

import math
from typing import Iterator

import regex

from cleaner.corpus import LineCounts, SharedLines, count_lines, line_keys
from cleaner.document import Document
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


@register
class SharedLine(Rule):
    """Drop a line that recurs in many documents of the folder: the site's, not the author's.

    In a run over several files, a first pass counts for each line (case
    folded, letters and digits only, digits as ``0``) the number of documents
    that hold it (the CCNet approach; only 64-bit hashes are kept).  A line
    held by at least ``min_documents`` documents and by at least
    ``min_share`` of all documents of the run is dropped: a header, a footer,
    a notice the site prints on every page.  The reason says how many
    documents held it.

    Defaults: ``min_documents = 5``, because a line shared by two or three
    files may be a quotation they share; ``min_share = 0.5``, because
    templates hold on most pages of a site while no sentence of an author's
    recurs in half of them.  For a folder mixing many sites, lower
    ``min_share`` (to 0) and raise ``min_documents`` instead.  Lines shorter
    than ``min_length`` letters and digits (Chinese, Japanese and Korean
    characters count twice) stay: headings such as ``References`` recur
    across documents for reasons of their own.

    Before (one of 30 pages that all start and end the same way)::

        Example News - all the news, all the time
        The body of page 7.
        Copyright 2024 Example News. All rights reserved.

    After::

        The body of page 7.

    Off for a single file, unless ``split_documents`` names a separator that
    joins several documents in it (a form feed, say): then its parts are
    counted as the documents of a folder.  The result does not depend on
    the order of the files or on the number of parallel jobs: the counts are
    a function of the set of documents.
    """

    code = "CX001"
    name = "shared-line"
    stage = "corpus"
    summary = "Drop a line that recurs in many documents of the run (site boilerplate learned across the folder)."
    options = {
        "min_documents": Option(5, "fewest documents that must hold the line"),
        "min_share": Option(0.5, "smallest share of the run's documents that must hold the line"),
        "min_length": Option(15, "shortest line considered, in letters and digits (CJK characters count twice)"),
        "split_documents": Option("", "a separator that joins several documents in one text (\"\\f\"); empty: off"),
    }
    examples = (
        Example(
            "Example News - all the news, all the time\nThe body of page 1.\n\f\n"
            "Example News - all the news, all the time\nThe body of page 2.\n",
            "The body of page 1.\n\f\nThe body of page 2.\n",
            {"min_documents": 2, "min_share": 0.5, "min_length": 15, "split_documents": "\f"},
        ),
        Example("The body of page 7, a line of its own.\n", "The body of page 7, a line of its own.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield a drop for each line that enough documents of the run hold."""
        counts = doc.corpus if isinstance(doc.corpus, (LineCounts, SharedLines)) else self._own_counts(doc)
        if counts is None or counts.total < 2:
            return
        needed = max(self.options["min_documents"], math.ceil(self.options["min_share"] * counts.total))
        if needed > 0 and isinstance(counts, SharedLines) and not counts.counts:
            return  # the first pass found no line enough documents share
        min_length = self.options["min_length"]
        shared: dict[int, list[int]] = {}  # documents holding -> lines
        for index, (text, key) in enumerate(zip(doc.texts, line_keys(doc.text))):
            # A wide character counts twice, so a key of fewer than half the length is too short.
            if len(key) < min_length and (2 * len(key) < min_length or len(key) + len(_WIDE.findall(key)) < min_length):
                continue
            if not text.strip():
                continue
            held = counts.documents_with_key(key)
            if held >= needed:
                shared.setdefault(held, []).append(index)
        for held, indices in shared.items():
            reason = f"shared line: held by {held} of {counts.total} documents of the run ({held / counts.total:.0%})"
            evidence = {"documents": held, "total": counts.total}
            yield from doc.drop_lines((index, reason, evidence) for index in indices)

    def _own_counts(self, doc: Document) -> LineCounts | None:
        """Counts over the documents joined in ``doc`` by ``split_documents``, if set."""
        separator = self.options["split_documents"]
        if not separator or separator not in doc.text:
            return None
        return count_lines(doc.text.split(separator))
