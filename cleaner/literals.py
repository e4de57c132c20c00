"""Required literals: a cheap, exact prefilter for pattern rules.

From a rule's pattern we derive a few strings at least one of which every
match must contain (in lower case).  A document, lower-cased once, that
holds none of them cannot match, and a line rule need only look at the lines
that hold one (found for all line rules at once by
:mod:`cleaner.literal_index`) instead of a case-insensitive ``regex`` pass
per rule.  Patterns the standard parser cannot read, or that
use syntax where ``regex`` and ``re`` differ, get no literals and run as
before.

A rule that searches the whole text (``replace``) may also have literals
that hold newlines, found where its pattern is anchored: ``[ \\t]+$`` needs
``" \\n"`` or ``"\\t\\n"``.  Such literals are looked for in the text read
as if it began and ended with a newline (``$`` also matches at its end).
"""


from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

import regex

try:  # the standard library's own pattern parser (private, but stable for years)
    from re import _parser as _sre_parse
    from re import _constants as _sre
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]

from cleaner.document import Document, fold
from cleaner.patterns import TIMEOUT
from cleaner.rule import Example

#: Pattern syntax that the standard parser reads differently from ``regex``
#: (POSIX classes, fuzzy constraints, version and full-case flags).  Set
#: operations (``&&``, ``||``) exist only in version 1, which packs cannot ask for.
_NOT_RE_SYNTAX = regex.compile(r"\[\[:|\{[^}]*[<>=a-z]|\(\?[a-zA-Z]*[Vbef]")

#: Fewest characters a literal needs to be a useful filter.
_MIN_LITERAL = 2


def checked_literals(source: str, flags: Iterable[str], pattern, examples: Iterable[Example], kind: str) -> tuple[str, ...] | None:
    """The required literals of ``source``, or None; cross-checked on the rule's examples.

    A ``replace`` rule searches the whole text, so its literals are those of
    ``required_literals(..., whole_text=True)``.
    """
    whole_text = kind == "replace"
    literals = required_literals(source, flags, whole_text=whole_text)
    if literals is None:
        return None
    # Belt and braces: every match in the examples must hold a literal.
    for example in examples:
        for text in [example.before] if whole_text else example.before.split("\n"):
            for match in pattern.finditer(text, timeout=TIMEOUT):
                held = match_context(text, match) if whole_text else match.group(0)
                if not holds_any(fold(held), literals):
                    return None
    return literals


def match_context(text: str, match) -> str:
    """The text of ``match`` with one character either side, ``text`` read with a newline at each end.

    Each whole-text literal of a pattern lies in this context of every match
    (an anchor looks one character beyond the match); a line literal lies in
    the match itself.
    """
    start, end = match.span()
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    return before + match.group(0) + after


def required_literals(source: str, flags: Iterable[str] = (), whole_text: bool = False) -> tuple[str, ...] | None:
    """Folded strings at least one of which every match of ``source`` contains, or None.

    Sound for case-sensitive and case-insensitive matching alike, as long as
    the text is compared folded (:func:`cleaner.document.fold`).  With
    ``whole_text``, for a pattern searched in a whole text rather than in
    lines: the literals may hold newlines, and one lies in each match with
    a character either side (:func:`match_context`), the text read as if it
    began and ended with a newline (``^``, ``$``, ``\\A``, ``\\Z`` stand for
    those newlines or for the text's own).
    """
    if _NOT_RE_SYNTAX.search(source):
        return None
    value = 0
    if "verbose" in flags:
        value |= _sre.SRE_FLAG_VERBOSE
    try:
        parsed = _sre_parse.parse(source, value)
    except Exception:  # noqa: BLE001 - any syntax the standard parser rejects
        return None
    if parsed.state.flags & _sre.SRE_FLAG_VERBOSE and "verbose" not in flags:
        return None  # an inline (?x): keep it simple
    found = _required(list(parsed), whole_text)
    if not found or not all(_useful(s) for s in found):
        return None
    return tuple(sorted(found))


def _useful(literal: str) -> bool:
    """A literal worth searching for: two characters, or one that is not a letter, digit, space or newline (©, 图, /, a tab)."""
    return len(literal) >= _MIN_LITERAL or (len(literal) == 1 and (ord(literal) > 127 or not (literal.isalnum() or literal in " \n")))


#: Most strings an exact set may hold before it is given up.
_MAX_EXACT = 64
#: Most characters a class may hold to be read as the set of them: up to
#: eight, or thirty-two when none is ASCII (``[\u2000-\u200a]``).  A big class
#: with ASCII characters holds some that most lines do (``[-_=.]``); others
#: are rare in most text, and a text of ASCII only rules them out at once.
_MAX_CLASS = 8
_MAX_CLASS_NON_ASCII = 32
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)} - {None}
#: For a whole text: anchors just after a newline (or the text's start), and just before one (or its end).
_AFTER_NEWLINE = {_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING}
_BEFORE_NEWLINE = {_sre.AT_END, _sre.AT_END_STRING}
_NEWLINE = frozenset(["\n"])


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest literal, then fewer literals.

    A requirement with a literal not worth searching for (:func:`_useful`) counts as none.
    """
    if a is None or not all(map(_useful, a)):
        return _minimal(b) if b is not None and all(map(_useful, b)) else None
    if b is None or not all(map(_useful, b)):
        return _minimal(a)
    a, b = _minimal(a), _minimal(b)
    # Literals beyond five characters are about as rare as five; fewer searches matter more.
    score_a = (min(5, *map(len, a)), -len(a), min(map(len, a)))
    score_b = (min(5, *map(len, b)), -len(b), min(map(len, b)))
    return a if score_a >= score_b else b


def _minimal(found: frozenset[str]) -> frozenset[str]:
    """``found`` without the literals that hold another one (whose presence they imply)."""
    # Shortest first: a literal that holds another holds one already kept,
    # so each is compared with the few kept rather than with all.
    kept: list[str] = []
    for literal in sorted(found, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


def _product(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None or len(a) * len(b) > _MAX_EXACT:
        return None
    return frozenset(x + y for x in a for y in b)


def _power(strings: frozenset[str], times: int) -> frozenset[str] | None:
    """The strings of ``times`` items each matching one of ``strings``, or None when too many."""
    result: frozenset[str] | None = frozenset([""])
    for _ in range(times):
        result = _product(result, strings)
    return result


def _required(items: list, whole_text: bool) -> frozenset[str] | None:
    """A requirement of a sequence of parsed items: the best run of exact items, or its best item.

    Zero-width items (lookarounds, word boundaries) consume nothing, so they
    do not break a run.  A run may be cut short where its exact set grows
    too big.  An item matched in too many ways to list breaks the run, but
    when each of its matches begins with one of a few strings (``[ \\t]+``
    with a space or a tab) the run goes on into it, and one that ends with
    them starts the next run.  In a whole text, ``^`` and ``$`` stand for
    the newlines before and after them.
    """
    best: frozenset[str] | None = None
    run: frozenset[str] | None = None
    for op, arg in items + [(None, None)]:
        if whole_text and op is _sre.AT and arg in _AFTER_NEWLINE:
            best = _better(best, run)
            run = _NEWLINE
            continue
        if whole_text and op is _sre.AT and arg in _BEFORE_NEWLINE:
            best = _better(best, _product(run, _NEWLINE))
            run = None
            continue
        if op in _ZERO_WIDTH:
            continue
        exact = _exact(op, arg, whole_text) if op is not None else None
        if exact is not None:
            joined = _product(run, exact) if run is not None else exact
            if joined is None:
                best = _better(best, run)
                joined = exact
            run = joined
            continue
        best = _better(best, run)
        if op is None:
            break
        best = _better(best, _item(op, arg, whole_text))
        ends = _ends(op, arg, whole_text)
        if ends is None:
            run = None
            continue
        first, last = ends
        best = _better(best, _product(run, first))
        run = last
    return best


def _exact(op, arg, whole_text: bool) -> frozenset[str] | None:
    """The folded strings an item matches, when they are few and known exactly."""
    if op is _sre.LITERAL:
        char = chr(arg)
        if char == "\n":
            return _NEWLINE if whole_text else None  # a line holds no newline
        return frozenset([fold(char)]) if _folds_safely(char) else None
    if op is _sre.SUBPATTERN:
        return _exact_sequence(list(arg[-1]), whole_text)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _exact_sequence(list(branch), whole_text)
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_EXACT else None
    if op in _REPEATS:
        low, high, inner = arg
        if (low, high) == (0, 1):
            found = _exact_sequence(list(inner), whole_text)
            return found | {""} if found is not None else None
        if low == high:
            found = _exact_sequence(list(inner), whole_text)
            return _power(found, low) if found is not None else None
    if op is _sre.IN:
        chars = _class_characters(arg)
        if chars is not None and all(c != "\n" or whole_text for c in chars):
            if all(c == "\n" or _folds_safely(c) for c in chars):
                return frozenset(fold(c) for c in chars)
    return None


def _class_characters(items: list) -> list[str] | None:
    """The characters of a class of single characters and small ranges, or None (see :data:`_MAX_CLASS`)."""
    chars: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.append(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < _MAX_CLASS_NON_ASCII:
            chars.extend(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None  # a negated class, a category, a wide range
        if len(chars) > _MAX_CLASS_NON_ASCII:
            return None
    if len(chars) > _MAX_CLASS and any(c.isascii() for c in chars):
        return None
    return chars


def _exact_sequence(items: list, whole_text: bool) -> frozenset[str] | None:
    result: frozenset[str] | None = frozenset([""])
    for op, arg in items:
        if whole_text and op is _sre.AT and arg in _AFTER_NEWLINE | _BEFORE_NEWLINE:
            return None  # it looks at a character outside the item
        if op in _ZERO_WIDTH:
            continue
        result = _product(result, _exact(op, arg, whole_text))
        if result is None:
            return None
    return result


def _ends(op, arg, whole_text: bool) -> tuple[frozenset[str], frozenset[str]] | None:
    """Strings one of which every match of an item begins with, and strings one of which each ends with.

    Known for a repeat of at least one item of a few exact strings: its
    first and last ``low`` items (as many as may be listed).
    """
    if op not in _REPEATS:
        return None
    low, _high, inner = arg
    found = _exact_sequence(list(inner), whole_text)
    if low < 1 or found is None or "" in found:
        return None
    for times in range(low, 0, -1):
        edge = _power(found, times)
        if edge is not None:
            return edge, edge
    return None


def _item(op, arg, whole_text: bool) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _required(list(arg[-1]), whole_text)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _required(list(branch), whole_text)
            if not found or not all(found):
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _high, inner = arg
        if low < 1:
            return None
        ends = _ends(op, arg, whole_text)
        return _better(ends[0] if ends else None, _required(list(inner), whole_text))
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _required(list(arg), whole_text)
    return None


@lru_cache(maxsize=None)
def _folds_safely(char: str) -> bool:
    """True when every character ``regex`` matches with ``char`` (IGNORECASE or not) folds to ``fold(char)``, one character."""
    folded = fold(char)
    if len(folded) != 1 or char == "\n":
        return False
    variants = regex.compile(regex.escape(char), regex.IGNORECASE).findall(_cased_characters() + char)
    return all(fold(v) == folded for v in variants)


@lru_cache(maxsize=1)
def _cased_characters() -> str:
    """Every character that changes when case-mapped or case-folded: the only ones IGNORECASE can pair with another.

    Asked of ``regex``'s own Unicode tables (one C pass over every code
    point), since it is ``regex`` that pairs them.
    """
    return "".join(_CASED.findall(_every_character()))


@lru_cache(maxsize=1)
def _every_character() -> str:
    """Every code point but the surrogates, in order."""
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))


@lru_cache(maxsize=1)
def _every_character_folded() -> str:
    """:func:`_every_character` as :func:`fold` leaves it."""
    return fold(_every_character())


@lru_cache(maxsize=None)
def _caseless(char: str) -> bool:
    """True when ``char`` is in a folded text exactly where it is in the text itself.

    :func:`fold` maps each character on its own (``str.lower`` looks at
    the neighbours of a capital sigma only, and sigmas are cased), so this
    holds when ``char`` folds to itself and nothing else folds to anything
    that holds it: it appears once in the fold of every code point.
    """
    return (
        fold(char) == char
        and char.upper() == char
        and char not in _cased_characters()
        and _every_character_folded().count(char) == 1
    )


_CASED = regex.compile(r"[\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]")


def holds_any(text: str, literals: Iterable[str]) -> bool:
    """Whether ``text`` (folded, as literals are) holds one of ``literals``."""
    return any(literal in text for literal in literals)


@lru_cache(maxsize=1024)
def _by_script(literals: tuple[str, ...]) -> tuple[tuple[str, ...], _Keyed, _Keyed, tuple[str, ...]]:
    """``literals`` sorted into those to look for in the text itself, the ASCII ones, those without ASCII characters, and the mixed.

    The text itself, not folded, is searched for the literals of caseless
    characters (:func:`_caseless`: spaces, symbols, newlines, most CJK),
    which saves folding it, and for those with newlines, which
    :attr:`Document.folded_parts` may not show.  The ASCII ones and those
    without ASCII characters are grouped under keys (:func:`_keyed`); the
    ASCII ones, keys and literals, are also given encoded, to search the
    ASCII bytes.
    """
    raw = tuple(lit for lit in literals if all(map(_caseless, lit)))
    newline = tuple(lit for lit in literals if "\n" in lit and lit not in raw)
    literals = tuple(lit for lit in literals if lit not in raw and lit not in newline)
    ascii_only = tuple(lit for lit in literals if lit.isascii())
    other = tuple(lit for lit in literals if not any(c.isascii() for c in lit))
    mixed = tuple(lit for lit in literals if lit not in ascii_only and lit not in other) + newline
    ascii_keyed = tuple(
        (key.encode("ascii"), tuple((lit.encode("ascii"), lit) for lit in group)) for key, group in _keyed(ascii_only, 7)
    )
    other_keyed = tuple((key, tuple((lit, lit) for lit in group)) for key, group in _keyed(other, 2))
    return raw, ascii_keyed, other_keyed, mixed


_Keyed = tuple[tuple[Any, tuple[tuple[Any, str], ...]], ...]


def _keyed(literals: tuple[str, ...], width: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``literals`` in groups that share a key: a substring of ``width`` characters (or the whole literal).

    A text that holds a literal holds its key, so a text without a key holds
    none of its group: one search stands for many phrases
    (``inform`` for the thirty-two ``is provided for general information
    purposes only``).  Keys are chosen greedily, each covering the most
    literals left.
    """
    left = list(literals)
    groups = []
    while left:
        candidates = {lit[i : i + width] for lit in left for i in range(max(1, len(lit) - width + 1))}
        key = max(sorted(candidates), key=lambda k: (sum(k in lit for lit in left), len(k)))
        group = tuple(lit for lit in left if key in lit)
        groups.append((key, group))
        left = [lit for lit in left if key not in lit]
    return tuple(groups)


def present_literals(doc: Document, literals: Iterable[str]) -> list[str]:
    """``literals`` (folded) less some that the folded text of ``doc`` does not hold.

    Every literal the text holds is returned (and possibly some it does not:
    a superset, for prefilters).  A literal with a newline counts as held
    where the text, read with a newline before and after it, holds it
    (:func:`required_literals` with ``whole_text``).  Caseless literals are
    looked for in the text itself; the others in the part of the folded
    text of their own kind (:attr:`Document.folded_parts`), which is much
    shorter, and only when the key of their group is there.
    """
    raw, ascii_keyed, other_keyed, mixed = _by_script(tuple(literals))
    found = []
    if raw:
        text = doc.text
        ascii_text = text.isascii()  # known without a scan: then only ASCII literals can be there
        found = [lit for lit in raw if (lit.isascii() or not ascii_text) and _holds(text, lit)]
    if ascii_keyed or other_keyed:
        ascii_part, other_part = doc.folded_parts
        found += [lit for key, group in ascii_keyed if key in ascii_part for code, lit in group if code in ascii_part]
        if other_keyed and other_part:
            found += [lit for key, group in other_keyed if key in other_part for code, lit in group if code in other_part]
    if mixed:
        found += [lit for lit in mixed if _holds(doc.folded, lit)]
    return found


def _holds(text: str, literal: str) -> bool:
    """Whether ``text``, read with a newline before and after it, holds ``literal``."""
    if literal in text:
        return True
    if literal[0] != "\n" and literal[-1] != "\n":
        return False
    size = len(literal)
    if len(text) < 2 * size:
        return literal in f"\n{text}\n"
    # Only the first and last size - 1 characters can meet a literal that runs over an edge.
    return literal in "\n" + text[: size - 1] or literal in text[1 - size :] + "\n"
