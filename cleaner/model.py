"""The records that flow through the engine: edits, changes, flags and results.

A rule proposes :class:`Edit` objects against the text it is shown.  The
pipeline applies them and records each applied edit as a :class:`Change`,
positioned both in the original input (``line``/``column``, for people) and in
the text as it stood when the change was made (``offset``, for replay and
undo).  An edit whose confidence is below the configured threshold is not
applied; it becomes a :class:`Flag` for a person to review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

#: The actions a change can record.
ACTIONS = ("drop-line", "replace", "delete", "insert")


class Edit(NamedTuple):
    """A proposed change: replace ``text[start:end]`` with ``replacement``.

    ``reason`` says why, in words a person can check (which phrase, which
    detector, which score).  ``action`` is derived from the span when left
    empty.  ``confidence`` (0..1) is set by rules that can be wrong; the
    pipeline turns low-confidence edits into flags.  ``evidence`` carries
    machine-readable details that end up in the change log.  A named tuple:
    rules propose hundreds of edits a page, and it is built in half the time
    of a frozen dataclass.
    """

    start: int
    end: int
    replacement: str
    reason: str
    action: str = ""
    confidence: float | None = None
    evidence: dict[str, Any] | None = None


class Change(NamedTuple):
    """One applied edit, as written to the change log.

    ``line`` and ``column`` (1-based) point into the original input;
    ``offset`` is where ``after`` starts in the text right after this change,
    when the changes of a document are applied one by one in log order.
    Undo walks the changes backwards and puts ``before`` back at ``offset``.
    A named tuple, as :class:`Edit` is: a page has a hundred or more.
    """

    code: str
    name: str
    stage: str
    action: str
    line: int
    column: int
    offset: int
    before: str
    after: str
    reason: str
    confidence: float | None = None
    evidence: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The change as a JSON-ready dict, without empty optional fields."""
        record: dict[str, Any] = {
            "code": self.code, "name": self.name, "stage": self.stage, "action": self.action,
            "line": self.line, "column": self.column, "offset": self.offset,
            "before": self.before, "after": self.after, "reason": self.reason,
        }
        if self.confidence is not None:
            record["confidence"] = self.confidence
        if self.evidence is not None:
            record["evidence"] = self.evidence
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> "Change":
        """Rebuild a change from a change-log record (extra keys are ignored)."""
        names = cls._fields
        return cls(**{k: v for k, v in record.items() if k in names})


@dataclass(frozen=True, slots=True)
class Flag:
    """A repair the pipeline did not dare to make: shown for review, not applied."""

    code: str
    name: str
    stage: str
    line: int
    column: int
    text: str
    suggestion: str
    reason: str
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The flag as a JSON-ready dict."""
        record: dict[str, Any] = {
            "code": self.code, "name": self.name, "stage": self.stage, "line": self.line, "column": self.column,
            "text": self.text, "suggestion": self.suggestion, "reason": self.reason,
        }
        if self.confidence is not None:
            record["confidence"] = self.confidence
        return record


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning one document: the text and how it got there."""

    text: str
    changes: tuple[Change, ...] = ()
    flags: tuple[Flag, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        """True when at least one change was made."""
        return bool(self.changes)
