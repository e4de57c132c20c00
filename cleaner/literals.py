"""Required literals: a cheap, exact prefilter for pattern rules.

From a rule's pattern we derive a few strings at least one of which every
match must contain (in lower case).  A document, lower-cased once, that
holds none of them cannot match, and a line rule need only look at the lines
that hold one (found for all line rules at once by
:mod:`cleaner.literal_index`) instead of a case-insensitive ``regex`` pass
per rule.  Patterns the standard parser cannot read, or that
use syntax where ``regex`` and ``re`` differ, get no literals and run as
before.
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
    """The required literals of ``source``, or None; cross-checked on the rule's examples."""
    literals = required_literals(source, flags)
    if literals is None:
        return None
    # Belt and braces: every match in the examples must hold a literal.
    for example in examples:
        for line in example.before.split("\n") if kind != "replace" else [example.before]:
            for match in pattern.finditer(line, timeout=TIMEOUT):
                if not _holds_any(fold(match.group(0)), literals):
                    return None
    return literals


def required_literals(source: str, flags: Iterable[str] = ()) -> tuple[str, ...] | None:
    """Folded strings at least one of which every match of ``source`` contains, or None.

    Sound for case-sensitive and case-insensitive matching alike, as long as
    the text is compared folded (:func:`cleaner.document.fold`).
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
    found = _required(list(parsed))
    if not found or not all(_useful(s) for s in found):
        return None
    return tuple(sorted(found))


def _useful(literal: str) -> bool:
    """A literal worth searching for: two characters, or one that is not a letter, digit or space (©, 图, /)."""
    return len(literal) >= _MIN_LITERAL or (len(literal) == 1 and (ord(literal) > 127 or not (literal.isalnum() or literal.isspace())))


#: Most strings an exact set may hold before it is given up.
_MAX_EXACT = 64
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest literal, then fewer literals."""
    if a is None or not all(a):
        return _minimal(b) if b is not None and all(b) else None
    if b is None or not all(b):
        return _minimal(a)
    a, b = _minimal(a), _minimal(b)
    # Literals beyond five characters are about as rare as five; fewer searches matter more.
    score_a = (min(5, *map(len, a)), -len(a), min(map(len, a)))
    score_b = (min(5, *map(len, b)), -len(b), min(map(len, b)))
    return a if score_a >= score_b else b


def _minimal(found: frozenset[str]) -> frozenset[str]:
    """``found`` without the literals that hold another one (whose presence they imply)."""
    return frozenset(s for s in found if not any(t != s and t in s for t in found))


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_EXACT:
        return None
    return frozenset(x + y for x in a for y in b)


def _required(items: list) -> frozenset[str] | None:
    """A requirement of a sequence of parsed items: the best run of exact items, or its best item.

    Zero-width items (anchors, lookarounds) consume nothing, so they do not
    break a run.  A run may be cut short where its exact set grows too big.
    """
    best: frozenset[str] | None = None
    run: frozenset[str] | None = None
    for op, arg in items + [(None, None)]:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact(op, arg) if op is not None else None
        if exact is not None and run is not None:
            joined = _product(run, exact)
            if joined is None:
                best = _better(best, run)
                run = exact
            else:
                run = joined
            continue
        if run is not None:
            best = _better(best, run)
        run = exact
        if exact is None and op is not None:
            best = _better(best, _item(op, arg))
    return best


def _exact(op, arg) -> frozenset[str] | None:
    """The folded strings an item matches, when they are few and known exactly."""
    if op is _sre.LITERAL:
        char = chr(arg)
        return frozenset([fold(char)]) if _folds_safely(char) else None
    if op is _sre.SUBPATTERN:
        return _exact_sequence(list(arg[-1]))
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _exact_sequence(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_EXACT else None
    if op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT:
        low, high, inner = arg
        if (low, high) == (0, 1):
            found = _exact_sequence(list(inner))
            return found | {""} if found is not None else None
        if low == high == 1:
            return _exact_sequence(list(inner))
    if op is _sre.IN and len(arg) <= 8 and all(o is _sre.LITERAL for o, _ in arg):
        chars = [chr(a) for _, a in arg]
        if all(_folds_safely(c) for c in chars):
            return frozenset(fold(c) for c in chars)
    return None


def _exact_sequence(items: list) -> frozenset[str] | None:
    result = frozenset([""])
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact(op, arg)
        if exact is None:
            return None
        result = _product(result, exact)
        if result is None:
            return None
    return result


def _item(op, arg) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _required(list(arg[-1]))
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _required(list(branch))
            if not found or not all(found):
                return None
            union |= found
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _high, inner = arg
        return _required(list(inner)) if low >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _required(list(arg))
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
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    return "".join(_CASED.findall(every))


_CASED = regex.compile(r"[\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]")


def _holds_any(text: str, literals: Iterable[str]) -> bool:
    return any(literal in text for literal in literals)


@lru_cache(maxsize=1024)
def _by_script(literals: tuple[str, ...]) -> tuple[_Keyed, _Keyed, tuple[str, ...]]:
    """``literals`` sorted into the ASCII ones, those without ASCII characters, and the mixed.

    The first two are grouped under keys (:func:`_keyed`); the ASCII ones,
    keys and literals, are also given encoded, to search the ASCII bytes.
    """
    ascii_only = tuple(lit for lit in literals if lit.isascii())
    other = tuple(lit for lit in literals if not any(c.isascii() for c in lit))
    mixed = tuple(lit for lit in literals if lit not in ascii_only and lit not in other)
    ascii_keyed = tuple(
        (key.encode("ascii"), tuple((lit.encode("ascii"), lit) for lit in group)) for key, group in _keyed(ascii_only, 7)
    )
    other_keyed = tuple((key, tuple((lit, lit) for lit in group)) for key, group in _keyed(other, 2))
    return ascii_keyed, other_keyed, mixed


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


def literal_keys(literals: Iterable[str]) -> tuple[str, ...]:
    """Substrings of at most seven characters, one in each of ``literals`` (a text without any holds none)."""
    return tuple(key for key, _group in _keyed(tuple(literals), 7))


def present_literals(doc: Document, literals: Iterable[str]) -> list[str]:
    """``literals`` (folded, without newlines) less some that the folded text of ``doc`` does not hold.

    Every literal the text holds is returned (and possibly some it does not:
    a superset, for prefilters).  Each is looked for in the part of the text
    of its own kind (:attr:`Document.folded_parts`), which is much shorter,
    and only when the key of its group is there.
    """
    ascii_keyed, other_keyed, mixed = _by_script(tuple(literals))
    ascii_part, other_part = doc.folded_parts
    found = [lit for key, group in ascii_keyed if key in ascii_part for code, lit in group if code in ascii_part]
    if other_keyed and other_part:
        found += [lit for key, group in other_keyed if key in other_part for code, lit in group if code in other_part]
    if mixed:
        found += [lit for lit in mixed if lit in doc.folded]
    return found
