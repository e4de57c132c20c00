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
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import ahocorasick
import regex

from cleaner import shortcuts
from cleaner.document import Document, Line, fold
from cleaner.literal_index import INDEX, automaton_of
from cleaner.literals import checked_literals, present_literals
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

    Whether a line goes depends on its text alone, and pages of a site
    repeat the same furniture, so the verdicts on recent line texts are
    remembered (an exact shortcut: over half the lines examined in the
    development corpus had been seen before).

    With ``parts`` (each alternative of the pattern compiled alone, with
    its literals), a line is searched only by the alternatives whose
    literals it holds, found in one Aho-Corasick pass over the line: a
    candidate line of a rule of many phrase families holds the words of one
    or two.  The earliest match wins, and of two at the same place the
    earlier alternative, as in the whole pattern, so the verdict and its
    reason are the same.
    """

    #: Pattern syntax after which a line's match may not show in the whole text.
    UNSCOUTABLE = ("\\A", "\\Z", "\\z", "\\G", "(?<", "(?!")

    def __init__(self, pattern, reason: str, max_chars: int, scout=None, literals: tuple[str, ...] | None = None,
                 parts: tuple[tuple[Any, tuple[str, ...]], ...] | None = None) -> None:
        self.pattern = pattern
        self.reason = reason
        self.max_chars = max_chars
        self.scout = scout
        self.literals = literals
        self.parts = parts
        self._part_finder = _part_finder(parts) if parts is not None else None
        if literals is not None:
            INDEX.register(literals)
        self._verdicts: dict[str, str | None] = {}

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
        if shortcuts.ENABLED:
            why = shortcuts.remembered(self._verdicts, line.text, self.verdict)
        else:
            why = self.verdict(line.text)
        return None if why is None else doc.drop_line(line.index, why)

    def verdict(self, text: str) -> str | None:
        """The reason to drop a line of ``text``, or None."""
        match = self._search(text)
        return None if match is None else f"{self.reason}: matched {match.group(0)!r}"

    def _search(self, text: str):
        if self.parts is None or not shortcuts.ENABLED:
            return self.pattern.search(text, timeout=TIMEOUT)
        first = None
        for part in self._parts_for(text):
            match = part.search(text, timeout=TIMEOUT)
            if match is not None and (first is None or match.start() < first.start()):
                first = match
        return first

    def _parts_for(self, text: str) -> list[Any]:
        """The alternatives (in order) of which ``text`` holds a literal, found in one Aho-Corasick pass."""
        chosen = 0
        for _end, bits in self._part_finder.iter(fold(text)):  # type: ignore[union-attr]
            chosen |= bits
        return [part for n, (part, _literals) in enumerate(self.parts) if chosen >> n & 1]  # type: ignore[arg-type]

    def _candidates(self, doc: Document) -> Iterable[Line]:
        if not shortcuts.ENABLED:
            return doc.lines
        if self.literals is not None:
            return INDEX.lines_holding(doc, self.literals, self.max_chars)
        if self.scout is None:
            return doc.lines
        return doc.lines_matching(self.scout, TIMEOUT)


class DropLabel(DropLine):
    """Drop whole lines that are only a label: a pattern or phrase, trimmed of edge punctuation."""

    # A label is matched after its edges are trimmed, so edge-sensitive syntax
    # could match the label but not the same characters inside the text.
    UNSCOUTABLE = DropLine.UNSCOUTABLE + ("^", "$", "\\b", "\\B", "(?=")

    def verdict(self, text: str) -> str | None:
        """The reason to drop a line of ``text`` when, trimmed, it is one of the labels."""
        label = _LABEL_EDGES.sub("", text)
        if label and self._fullmatch(label):
            return f"{self.reason}: label {label!r}"
        return None

    def _fullmatch(self, label: str) -> bool:
        if self.parts is None or not shortcuts.ENABLED:
            return self.pattern.fullmatch(label, timeout=TIMEOUT) is not None
        return any(part.fullmatch(label, timeout=TIMEOUT) is not None for part in self._parts_for(label))



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
    sources = _pattern_sources(path, raw, where)
    source = alternation(sources)
    pattern = compile_pattern(source, raw.get("flags", ()), where)
    examples = tuple(_example(e, where) for e in raw.get("examples", ()))

    if kind in ("drop_line", "drop_label"):
        max_chars = raw.get("max_chars", 300 if kind == "drop_line" else 60)
        if not isinstance(max_chars, int) or max_chars < 1:
            raise ConfigError(f"{where}: 'max_chars' must be a positive integer")
        line_kind = KINDS[kind]
        literals = checked_literals(source, raw.get("flags", ()), pattern, examples, kind)
        # The literals find the candidate lines when there are some; the scout only otherwise.
        scout = _scout(source, raw.get("flags", ()), line_kind.UNSCOUTABLE, where) if literals is None else None
        parts = _line_parts(sources, raw.get("flags", ()), examples, kind, where) if literals is not None else None

        def build(options: Mapping[str, Any]) -> DropLine:
            return line_kind(pattern, reason, max_chars, scout, literals, parts)
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


def _pattern_sources(path: Path, raw: Mapping[str, Any], where: str) -> list[str]:
    """The alternatives of the rule's pattern: its patterns, then its phrase list as one alternation."""
    patterns = raw.get("patterns", [])
    if isinstance(patterns, str) or not all(isinstance(p, str) for p in patterns):
        raise ConfigError(f"{where}: 'patterns' must be a list of strings")
    parts = list(patterns)
    if "phrases" in raw:
        parts.append(alternation(regex.escape(p) for p in read_phrases(path.parent / raw["phrases"], where)))
    if not parts:
        raise ConfigError(f"{where}: needs 'patterns' or 'phrases'")
    return parts


#: Syntax that ties the alternatives of a pattern together (back-references,
#: flags set for the whole pattern), so that one alone may match otherwise.
_TIED = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?[a-zA-Z]+\)")


def _line_parts(sources: list[str], flags: Iterable[str], examples: tuple[Example, ...], kind: str, where: str):
    """Each of ``sources`` compiled alone with its literals, or None when one has none."""
    if len(sources) < 2 or any(_TIED.search(source) for source in sources):
        return None
    parts = []
    for source in sources:
        pattern = compile_pattern(source, flags, where)
        literals = checked_literals(source, flags, pattern, examples, kind)
        if literals is None:
            return None  # searched on every candidate line, it would cost more than the whole pattern saves
        parts.append((pattern, literals))
    return tuple(parts)


def _part_finder(parts: tuple[tuple[Any, tuple[str, ...]], ...]) -> ahocorasick.Automaton:
    """An automaton of the parts' literals, each found with the bits of the parts (by position) that hold it."""
    bits: dict[str, int] = {}
    for n, (_pattern, literals) in enumerate(parts):
        for literal in literals:
            bits[literal] = bits.get(literal, 0) | 1 << n
    return automaton_of(bits)


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
