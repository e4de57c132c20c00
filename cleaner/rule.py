"""What a rule is: a code, a name, a stage, a summary, docs, examples, options.

Code rules are classes registered with :func:`register`; their docstring is
their documentation page.  Pack rules (``cleaner.packs``) are built from TOML
and described by the same :class:`RuleSpec`, so the registry, the pipeline,
``cleaner rules`` and the tests treat both alike.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Mapping

from cleaner.errors import ConfigError

if TYPE_CHECKING:
    from cleaner.document import Document
    from cleaner.model import Edit


@dataclass(frozen=True, slots=True)
class Option:
    """A setting a rule reads from its stage's options, with its default."""

    default: Any
    help: str
    choices: tuple[Any, ...] | None = None

    def check(self, value: Any, where: str) -> Any:
        """Return ``value`` if it fits this option, else raise ConfigError at ``where``."""
        if self.choices is not None and value not in self.choices:
            raise ConfigError(f"{where}: {value!r} is not one of {', '.join(map(repr, self.choices))}")
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            raise ConfigError(f"{where}: expected {expected.__name__}, got {type(value).__name__} {value!r}")
        return value


@dataclass(frozen=True, slots=True)
class Example:
    """A documented case: ``before`` must clean to ``after`` with the rule alone."""

    before: str
    after: str
    options: Mapping[str, Any] = field(default_factory=dict)


class Rule:
    """Base class of code rules: find edits in a document.

    Subclasses set the class attributes below and implement :meth:`find`.
    Options declared in ``options`` arrive resolved in ``self.options``.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    stage: ClassVar[str]
    summary: ClassVar[str]
    options: ClassVar[Mapping[str, Option]] = {}
    examples: ClassVar[tuple[Example, ...]] = ()

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        self.options = dict(options or {})  # type: ignore[misc]

    def find(self, doc: "Document") -> Iterable["Edit"]:
        """Yield the edits this rule proposes for ``doc`` (non-overlapping)."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """Everything known about a rule before it runs; ``build`` makes one to run."""

    code: str
    name: str
    stage: str
    summary: str
    doc: str
    build: Callable[[Mapping[str, Any]], Any]
    options: Mapping[str, Option] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    origin: str = ""

    def resolve_options(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """This rule's options: the defaults, overridden by those ``given``."""
        return {name: given.get(name, opt.default) for name, opt in self.options.items()}

    def make(self, given: Mapping[str, Any] | None = None) -> Any:
        """Build the rule with its options resolved from ``given``."""
        return self.build(self.resolve_options(given or {}))


#: Code rules, filled by :func:`register` as the stage modules are imported.
CODE_RULES: dict[str, RuleSpec] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a code rule to :data:`CODE_RULES`."""
    if cls.code in CODE_RULES:
        raise ConfigError(f"{cls.__module__}.{cls.__name__}: rule code {cls.code} is already used")
    CODE_RULES[cls.code] = RuleSpec(
        code=cls.code,
        name=cls.name,
        stage=cls.stage,
        summary=cls.summary,
        doc=inspect.cleandoc(cls.__doc__ or ""),
        build=cls,
        options=dict(cls.options),
        examples=tuple(cls.examples),
        origin=f"{cls.__module__}.{cls.__name__}",
    )
    return cls
