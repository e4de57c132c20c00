"""Declarative rule packs: TOML files whose rules pick a kind and set options.

A pack looks like this (see ``rules/*.toml`` for real ones)::

    [pack]
    name = "example"
    stage = "boilerplate"          # the default stage of its rules

    [[rule]]
    code = "XX001"
    name = "share-prompt"
    kind = "drop_line"             # or "replace"
    summary = "Drop 'share this' prompts."
    patterns = ['^share (this|on)\\b']
    flags = ["ignorecase"]
    examples = [
      { before = "Body.\\nShare this\\n", after = "Body.\\n" },
      { before = "We share this view.\\n", after = "We share this view.\\n" },
    ]

Kinds:

``drop_line``
    Drop every line where one of ``patterns`` matches (``regex`` search), or
    that contains a phrase of ``phrases`` (a sorted text file, one literal
    phrase a line, path relative to the pack).  ``max_chars`` (default 300)
    keeps long lines, which are paragraphs rather than page furniture.
``drop_label``
    Drop every line that, apart from white space, punctuation, symbols and
    digits at its two ends, is exactly one of ``patterns`` or ``phrases``
    (``regex`` full match): a widget or link label on a line of its own
    (``发表评论``), while a sentence that contains the phrase stays.
    ``max_chars`` (default 60) as for ``drop_line``.
``replace``
    Replace every match of ``patterns`` in the text with ``replacement``
    (``\\1``-style group references allowed).

Every rule carries examples; the test suite runs them, and a pack is
expected to include one that must stay unchanged.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import regex

try:  # the standard library's parser of ``re`` syntax (renamed in 3.11)
    from re import _parser as _sre_parse
    from re import _constants as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]

from cleaner import shortcuts
from cleaner.document import Document, Line, fold
from cleaner.errors import ConfigError
from cleaner.model import Edit
from cleaner.patterns import TIMEOUT, alternation, compile_pattern
from cleaner.rule import Example, RuleSpec

RULE_KEYS = {
    "code", "name", "kind", "stage", "summary", "reason", "doc", "patterns",
    "phrases", "flags", "max_chars", "replacement", "examples",
}
PACK_KEYS = {"name", "stage", "summary"}


class DropLine:
    """Drop whole lines that match a pattern or contain a listed phrase.

    With a ``scout`` (the same pattern, multi-line, over the whole text) only
    the lines where the scout finds something are examined; the scout is
    only made for patterns where a match in a line implies a scout match,
    so the result is the same as examining every line.
    """

    #: Pattern syntax after which a line's match may not show in the whole text.
    UNSCOUTABLE = ("\\A", "\\Z", "\\z", "\\G", "(?<", "(?!")

    def __init__(self, pattern, reason: str, max_chars: int, scout=None, literals: tuple[str, ...] | None = None) -> None:
        self.pattern = pattern
        self.reason = reason
        self.max_chars = max_chars
        self.scout = scout
        self.literals = literals

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield a drop-line edit for each matching line."""
        for line in self._candidates(doc):
            if line.blank or len(line.text) > self.max_chars:
                continue
            edit = self.examine(doc, line)
            if edit:
                yield edit

    def examine(self, doc: Document, line: Line) -> Edit | None:
        """The edit for ``line``, or None when it is not one to drop."""
        match = self.pattern.search(line.text, timeout=TIMEOUT)
        return doc.drop_line(line.index, f"{self.reason}: matched {match.group(0)!r}") if match else None

    def _candidates(self, doc: Document) -> Iterable[Line]:
        if not shortcuts.ENABLED:
            return doc.lines
        if self.literals is not None:
            folded = doc.folded
            if len(folded) == len(doc.text):  # offsets in the folded copy are offsets in the text
                return lines_with_literals(doc, folded, self.literals, self.max_chars)
        if self.scout is None:
            return doc.lines
        return doc.lines_matching(self.scout, TIMEOUT)


class DropLabel(DropLine):
    """Drop whole lines that are only a label: a pattern or phrase, trimmed of edge punctuation."""

    # A label is matched after its edges are trimmed, so edge-sensitive syntax
    # could match the label but not the same characters inside the text.
    UNSCOUTABLE = DropLine.UNSCOUTABLE + ("^", "$", "\\b", "\\B", "(?=")

    def examine(self, doc: Document, line: Line) -> Edit | None:
        """The edit for ``line`` when, trimmed, it is one of the labels."""
        label = _LABEL_EDGES.sub("", line.text)
        if label and self.pattern.fullmatch(label, timeout=TIMEOUT):
            return doc.drop_line(line.index, f"{self.reason}: label {label!r}")
        return None


#: Edge characters around a label: white space, punctuation, symbols, digits.
_LABEL_EDGES = regex.compile(r"^[\s\p{P}\p{S}\p{N}]+|[\s\p{P}\p{S}\p{N}]+$")


class Replace:
    """Replace each match of a pattern with a template."""

    def __init__(self, pattern, reason: str, replacement: str, literals: tuple[str, ...] | None = None) -> None:
        self.pattern = pattern
        self.reason = reason
        self.replacement = replacement
        self.literals = literals

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield a replace edit for each match in the text."""
        if shortcuts.ENABLED and self.literals is not None and not present_literals(doc, self.literals):
            return  # every match holds one of the literals, and the text holds none
        for match in self.pattern.finditer(doc.text, timeout=TIMEOUT):
            yield Edit(match.start(), match.end(), match.expand(self.replacement), self.reason)


KINDS = {"drop_line": DropLine, "drop_label": DropLabel, "replace": Replace}


def load_pack(path: Path) -> list[RuleSpec]:
    """Read the pack at ``path`` and return the specs of its rules."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read pack: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = set(data) - {"pack", "rule"}
    if unknown:
        raise ConfigError(f"{path}: unknown table {sorted(unknown)[0]!r} (expected [pack] and [[rule]])")
    header = data.get("pack", {})
    _reject_unknown(header, PACK_KEYS, f"{path}: [pack]")
    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise ConfigError(f"{path}: 'rule' must be an array of tables ([[rule]])")
    return [_rule_spec(path, header, raw, n) for n, raw in enumerate(rules)]


def _rule_spec(path: Path, header: Mapping[str, Any], raw: Mapping[str, Any], n: int) -> RuleSpec:
    where = f"{path}: rule {raw.get('code', f'#{n + 1}')}"
    _reject_unknown(raw, RULE_KEYS, where)
    for key in ("code", "name", "kind", "summary"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise ConfigError(f"{where}: missing or empty key {key!r}")
    kind = raw["kind"]
    if kind not in KINDS:
        raise ConfigError(f"{where}: unknown kind {kind!r} (known: {', '.join(KINDS)})")
    stage = raw.get("stage", header.get("stage"))
    if not stage:
        raise ConfigError(f"{where}: no 'stage' (set it on the rule or in [pack])")
    reason = raw.get("reason", raw["summary"].rstrip("."))
    source = _pattern_source(path, raw, where)
    pattern = compile_pattern(source, raw.get("flags", ()), where)
    examples = tuple(_example(e, where) for e in raw.get("examples", ()))

    if kind in ("drop_line", "drop_label"):
        max_chars = raw.get("max_chars", 300 if kind == "drop_line" else 60)
        if not isinstance(max_chars, int) or max_chars < 1:
            raise ConfigError(f"{where}: 'max_chars' must be a positive integer")
        line_kind = KINDS[kind]
        scout = _scout(source, raw.get("flags", ()), line_kind.UNSCOUTABLE, where)
        literals = checked_literals(source, raw.get("flags", ()), pattern, examples, kind)

        def build(options: Mapping[str, Any]) -> DropLine:
            return line_kind(pattern, reason, max_chars, scout, literals)
    else:
        if "max_chars" in raw:
            raise ConfigError(f"{where}: 'max_chars' applies to drop_line and drop_label rules only")
        replacement = raw.get("replacement", "")
        if not isinstance(replacement, str):
            raise ConfigError(f"{where}: 'replacement' must be a string")
        literals = checked_literals(source, raw.get("flags", ()), pattern, examples, kind)

        def build(options: Mapping[str, Any]) -> Replace:
            return Replace(pattern, reason, replacement, literals)

    return RuleSpec(
        code=raw["code"],
        name=raw["name"],
        stage=stage,
        summary=raw["summary"],
        doc=_pack_rule_doc(raw, kind),
        build=build,
        examples=examples,
        origin=str(path),
    )


def _pattern_source(path: Path, raw: Mapping[str, Any], where: str) -> str:
    """The rule's patterns and phrase list, as one alternation."""
    patterns = raw.get("patterns", [])
    if isinstance(patterns, str) or not all(isinstance(p, str) for p in patterns):
        raise ConfigError(f"{where}: 'patterns' must be a list of strings")
    parts = list(patterns)
    if "phrases" in raw:
        parts.extend(regex.escape(p) for p in read_phrases(path.parent / raw["phrases"], where))
    if not parts:
        raise ConfigError(f"{where}: needs 'patterns' or 'phrases'")
    return alternation(parts)


def _scout(source: str, flags: Iterable[str], unscoutable: Iterable[str], where: str):
    """The whole-text version of a line pattern, or None when it would not be exact."""
    if any(token in source for token in unscoutable):
        return None
    return compile_pattern(source, [*flags, "multiline"], where)


def read_phrases(path: Path, where: str = "") -> list[str]:
    """The phrases of a list file: one a line; blank lines and ``#`` comments skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read phrase list {path}: {exc.strerror or exc}") from None
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


def _example(raw: Any, where: str) -> Example:
    if not isinstance(raw, Mapping) or set(raw) - {"before", "after"} or not {"before", "after"} <= set(raw):
        raise ConfigError(f"{where}: each example needs exactly 'before' and 'after'")
    return Example(raw["before"], raw["after"])


def _pack_rule_doc(raw: Mapping[str, Any], kind: str) -> str:
    lines = [raw.get("doc", raw["summary"]).strip(), "", f"Kind: {kind}."]
    if raw.get("phrases"):
        lines.append(f"Phrases: {raw['phrases']}.")
    return "\n".join(lines)


def _reject_unknown(table: Mapping[str, Any], known: Iterable[str], where: str) -> None:
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")


# Required literals: a cheap, exact prefilter for pack rules.
#
# From a rule's pattern we derive a few strings at least one of which every
# match must contain (in lower case).  A document, lower-cased once, that
# holds none of them cannot match, and a line-rule need only look at the lines
# that hold one: a few ``str.find`` calls in C instead of a case-insensitive
# ``regex`` pass per rule.  Patterns the standard parser cannot read, or that
# use syntax where ``regex`` and ``re`` differ, get no literals and run as
# before.

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
    """Every character that has a case mapping: the only ones IGNORECASE can pair with another."""
    chars = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        if c.lower() != c or c.upper() != c or c.casefold() != c:
            chars.append(c)
    return "".join(chars)


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


def present_literals(doc: Document, literals: Iterable[str], within: int | None = None) -> list[str]:
    """``literals`` (folded, without newlines) less some that the folded text of ``doc`` does not hold.

    Every literal the text holds is returned (and possibly some it does not:
    a superset, for prefilters).  Each is looked for in the part of the text
    of its own kind (:attr:`Document.folded_parts`), which is much shorter,
    and only when the key of its group is there.  With ``within``, only the
    lines of at most that many characters are searched.
    """
    ascii_keyed, other_keyed, mixed = _by_script(tuple(literals))
    if within is None:
        ascii_part, other_part = doc.folded_parts
        folded = None
    else:
        ascii_part, other_part, folded = doc.short_folded_parts(within)
    found = [lit for key, group in ascii_keyed if key in ascii_part for code, lit in group if code in ascii_part]
    if other_keyed and other_part:
        found += [lit for key, group in other_keyed if key in other_part for code, lit in group if code in other_part]
    if mixed:
        folded = doc.folded if folded is None else folded
        found += [lit for lit in mixed if lit in folded]
    return found


def lines_with_literals(doc: Document, folded: str, literals: Iterable[str], within: int | None = None) -> list[Line]:
    """The lines of ``doc`` whose lower-cased text holds one of ``literals``, in order.

    With ``within``, lines longer than that may be left out (those holding
    only literals that no shorter line holds).
    """
    if folded is doc.folded:
        literals = present_literals(doc, literals, within)
        if not literals:
            return []
    lines = doc.lines
    found: set[int] = set()
    for literal in literals:
        pos = folded.find(literal)
        while pos >= 0:
            line = doc.line_at(pos)
            found.add(line.index)
            pos = folded.find(literal, line.end + 1)
    return [lines[index] for index in sorted(found)]
