"""Stage ``unicode``: mojibake, HTML entities and control characters, via ftfy.

The simpler character rules of this stage (odd spaces, invisible characters)
are declarative and live in ``rules/unicode.toml``.
"""

from __future__ import annotations

import re
from typing import Iterator

import ftfy
import regex
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.model import Edit
from cleaner.rule import Example, Rule, register
from cleaner.spans import minimal_span

# ftfy's defaults are tuned for English: they fold full-width punctuation
# (，！（）) to ASCII, straighten curly quotes and normalize to NFC.  Those
# would damage Chinese text and change quotes authors chose, so, as DataTrove
# and NeMo Curator do, only the repairs of broken text stay on.
# ``restore_byte_a0`` guesses that a plain space was once U+00A0; it is the
# fixer most prone to false positives, so it stays off.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    restore_byte_a0=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization=None,
    explain=True,
)

# A line can only be changed by the fixers above if it holds one of these
# characters or looks like mojibake (ftfy's own ``is_bad`` gate); every other
# line is skipped without calling ftfy, which is most lines of most pages.
# The patterns of this module are plain classes and an entity of at most 26
# characters, which cannot backtrack, so they are compiled with the standard
# ``re``: over a line, its calls cost a fraction of those of ``regex``.
_CONTROLS = "\x80-\x9f\ud800-\udfff" + "".join(regex.escape(chr(c)) for c in sorted(CONTROL_CHARS))
# An entity and a control character are looked for apart: ``re`` finds the
# "&" of one, and the characters of the other, by a fast scan, but tries
# every position with an alternation of the two.
_CONTROL = re.compile("[" + _CONTROLS + "]")


def _required_characters(pattern: re.Pattern) -> set[str] | None:
    """Non-ASCII characters at least one of which every match of ``pattern`` holds, or None.

    ``pattern`` (ftfy's mojibake detector) is an alternation of short
    sequences.  In each alternative, a character class every match must
    consume stands for it; among them the one with the fewest characters of
    ordinary typography (curly quotes, dashes, no-break space), which are
    common in clean text, then with the fewest lower-case letters, which are
    most of a text (``Ђ`` rather than ``в`` for ``вЂ``), then the smallest,
    is taken.  None when some
    alternative has no such class of non-ASCII characters only.
    """
    from ftfy.badness import MOJIBAKE_CATEGORIES

    try:
        from re import _constants as sre, _parser as sre_parse
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as sre  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]

    common = set("".join(MOJIBAKE_CATEGORIES.get(k, "") for k in ("common", "start_punctuation", "end_punctuation")))

    def chars(op, arg) -> set[str] | None:
        if op is sre.LITERAL:
            return {chr(arg)}
        if op is sre.IN:
            found: set[str] = set()
            for inner, value in arg:
                if inner is sre.LITERAL:
                    found.add(chr(value))
                elif inner is sre.RANGE:
                    found.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # a category or a negated class: anything
            return found
        return None

    if pattern.flags & re.IGNORECASE:
        return None
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [items]
    required: set[str] = set()
    for branch in branches:
        classes = [c for op, arg in branch if (c := chars(op, arg)) and all(ord(ch) > 127 for ch in c)]
        if not classes:
            return None
        required |= min(classes, key=lambda c: (len(c & common), sum(map(str.islower, c)), len(c)))
    return required


# Every alternative of ftfy's mojibake detector needs one of these non-ASCII
# characters (derived from its pattern; curly quotes and dashes alone never
# make a line bad), so a line without any cannot be "bad" and is not worth
# the detector's slow search.  Without a derivation, every non-ASCII
# character its pattern names.
_MOJIBAKE_CHARS = re.compile(
    "["
    + "".join(
        regex.escape(c)
        for c in sorted(_required_characters(BADNESS_RE) or {c for c in BADNESS_RE.pattern if ord(c) > 127})
    )
    + "]"
)
# One scan for both, of a single character class: every HTML entity starts
# with "&", so a line with an entity holds it.  A plain character class is
# one case where the standard ``re`` is far faster than ``regex`` (over 10x
# here, and six times faster again than an alternation with the entity
# pattern, which makes ``re`` try each position); this pattern is ours and
# cannot backtrack, so it needs no timeout.
_SCOUT = re.compile("[&" + _CONTROLS + _MOJIBAKE_CHARS.pattern[1:])


# ftfy is shown each line as the later rules of this pipeline will leave its
# characters: tabs and odd spaces as plain spaces, invisible characters gone.
# Otherwise ``"Â\t0"`` would pass untouched, become ``"Â 0"`` in the
# whitespace stage, and be "fixed" by a second run: cleaning must be idempotent.
# (U+00A0 stays: mojibake such as ``"Ã\xa0"`` is only recognisable with it.)
_AS_LATER_RULES_LEAVE_IT = str.maketrans(
    {**{c: " " for c in "\t\u1680\u202f\u205f\u3000"}, **{chr(c): " " for c in range(0x2000, 0x200B)},
     **{c: None for c in "\u200b\u2060\u00ad\ufeff"}}
)


_LEFT_BY_LATER_RULES = re.compile("[\t\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\u00ad\ufeff]")


#: What the view may have at the ends of a line that later rules remove.
_EDGE_SPACE = " \u00a0"


def _view(text: str) -> str:
    """``text`` as later rules will leave its characters (cheap when there is nothing to do)."""
    return text.translate(_AS_LATER_RULES_LEAVE_IT) if _LEFT_BY_LATER_RULES.search(text) else text


def needs_ftfy(line: str) -> bool:
    """Whether ftfy could change ``line`` under :data:`FTFY_CONFIG`."""
    if HTML_ENTITY_RE.search(line) or _CONTROL.search(line):
        return True
    return bool(_MOJIBAKE_CHARS.search(line)) and is_bad(line)


@register
class FixUnicode(Rule):
    """Repair mojibake, HTML entities and stray control characters with ftfy.

    Runs ftfy line by line with the settings of :data:`FTFY_CONFIG`: HTML
    entities are unescaped (unless the line holds a ``<``, which suggests
    real markup), text decoded with the wrong encoding is re-decoded, C1
    control characters become the Windows-1252 characters they stood for,
    terminal escapes and other control characters go.  Width folding, quote
    straightening, ligature splitting and NFC are off: they change correct
    Chinese and typographic text.  Each changed line is logged with ftfy's own
    explanation of the steps it took.

    Lines that cannot need a fix (no ``&``, no control character, nothing
    ftfy's mojibake detector flags) are not passed to ftfy at all.
    """

    code = "UN001"
    name = "fix-unicode"
    stage = "unicode"
    summary = "Repair mojibake, leftover HTML entities and control characters (ftfy)."
    examples = (
        Example("caf\u00c3\u00a9 &amp; bar\n", "caf\u00e9 & bar\n"),
        Example("Fish &amp; chips\x07\n", "Fish & chips\n"),
        Example("“全角，标点！”\n", "“全角，标点！”\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per line that ftfy changes."""
        # The view only loses characters or turns them into spaces, so the raw
        # line holds a scouted character whenever its view does (an entity
        # the view puts together, "&am\u200bp;", has its "&" in the line).
        for line in doc.lines_matching(_SCOUT) if shortcuts.ENABLED else doc.lines:
            view = _view(line.text)
            # The white space at the ends of a line goes later (UN002 makes a
            # no-break space a space, WS001 and WS002 remove them), so ftfy
            # judges the line without it, as a second run would see it.
            core = view.strip(_EDGE_SPACE)
            if not needs_ftfy(core):
                continue
            fixed_core, steps = ftfy.fix_and_explain(core, FTFY_CONFIG)
            if fixed_core == core:
                continue
            lead = len(view) - len(view.lstrip(_EDGE_SPACE))
            fixed = view[:lead] + fixed_core + view[lead + len(core) :]
            a, b, c = minimal_span(line.text, fixed)
            plan = ", ".join(f"{step[0]} {step[1]}" for step in steps or ())
            yield Edit(line.start + a, line.start + b, fixed[a:c], f"ftfy: {plan}", evidence={"plan": [list(step) for step in steps or ()]})
