"""The pipeline: run the selected rules in order, apply their edits, record changes."""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Iterable, Mapping, Sequence

from cleaner.config import Config
from cleaner.document import Document
from cleaner.errors import ConfigError
from cleaner.model import Change, Cleaned, Edit, Flag
from cleaner.positions import OriginMap
from cleaner.registry import build_registry, select_rules, stage_options
from cleaner.rule import RuleSpec


class Pipeline:
    """A configured sequence of rules, built once and reused for many documents.

    ``Pipeline()`` runs the shipped defaults.  Pass a :class:`Config` (for
    instance ``Config.discover()``), and optionally narrow it: ``select`` and
    ``ignore`` take codes or prefixes, ``packs`` adds pack files, ``options``
    sets stage options (``{"script": {"target": "tw"}}``), and ``stages``
    keeps only the rules of the stages named (``["menus", "tickers"]``).
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        packs: Sequence[Any] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        stages: Sequence[str] | None = None,
    ) -> None:
        from pathlib import Path

        config = config or Config.defaults()
        if select is not None:
            config = config.with_overrides(select=tuple(select))
        if ignore is not None:
            config = config.with_overrides(ignore=config.ignore + tuple(ignore))
        if packs:
            config = config.with_overrides(packs=config.packs + tuple(Path(p) for p in packs))
        if options:
            merged = {stage: dict(values) for stage, values in config.options.items()}
            for stage, values in options.items():
                merged.setdefault(stage, {}).update(values)
            config = config.with_overrides(options=merged)
        self.config = config
        self._stages = tuple(stages) if stages is not None else None
        self.registry = build_registry(config)
        self.specs: list[RuleSpec] = select_rules(self.registry, config)
        if stages is not None:
            unknown = sorted(set(stages) - set(config.stages))
            if unknown:
                raise ConfigError(f"unknown stage {unknown[0]!r} (stages: {', '.join(config.stages)})")
            self.specs = [spec for spec in self.specs if spec.stage in stages]
        options_by_stage = stage_options(self.registry, config)
        self._rules = [(spec, spec.make(options_by_stage.get(spec.stage, {}))) for spec in self.specs]

    @classmethod
    def for_rule(cls, code: str, options: Mapping[str, Any] | None = None, config: Config | None = None) -> "Pipeline":
        """A pipeline that runs the one rule ``code`` (for its examples and tests)."""
        config = config or Config.defaults()
        pipeline = cls(config, select=[code], options={})
        if [s.code for s in pipeline.specs] != [code]:
            raise ConfigError(f"no rule with code {code!r}")
        if options:
            spec = pipeline.specs[0]
            pipeline._rules = [(spec, spec.make(options))]
        return pipeline

    def __reduce__(self) -> tuple[Any, ...]:
        # Rules hold closures and compiled patterns; a copy in another process
        # (a worker, a Ray task) is rebuilt from the resolved config instead.
        return (_rebuild, (self.config, self._stages))

    def rule(self, code: str) -> Any:
        """The configured rule ``code`` of this pipeline; KeyError if it does not run."""
        for spec, rule in self._rules:
            if spec.code == code:
                return rule
        raise KeyError(code)

    @property
    def codes(self) -> list[str]:
        """The codes of the rules this pipeline runs, in order."""
        return [spec.code for spec in self.specs]

    def clean(self, text: str, source: str = "<text>", corpus: Any = None) -> Cleaned:
        """Clean ``text`` and return the result with every change that was made."""
        doc = Document(text, source, corpus)
        origin = OriginMap(text)
        changes: list[Change] = []
        flags: list[Flag] = []
        warnings: list[str] = []
        for spec, rule in self._rules:
            try:
                edits = sorted(rule.find(doc), key=_BY_SPAN)
            except TimeoutError:
                warnings.append(f"{spec.code} ({spec.name}) timed out and was skipped")
                continue
            if edits:
                self._apply(doc, spec, edits, origin, changes, flags)
        facts = dict(doc.facts)
        if warnings:
            facts["warnings"] = warnings
        return Cleaned(doc.text, tuple(changes), tuple(flags), facts)

    def _apply(
        self,
        doc: Document,
        spec: RuleSpec,
        edits: Iterable[Edit],
        origin: OriginMap,
        changes: list[Change],
        flags: list[Flag],
    ) -> None:
        """Apply one rule's edits to ``doc`` as one batch and record them."""
        text = doc.text
        threshold = self.config.min_confidence
        pieces: list[str] = []
        spans: list[tuple[int, int, int, int]] = []
        cursor = delta = 0
        line_column = origin.line_column
        code, name, stage = spec.code, spec.name, spec.stage
        add_piece, add_span, add_change = pieces.append, spans.append, changes.append
        for start, end, replacement, reason, action, confidence, evidence in edits:
            if start < cursor:
                continue  # overlaps an edit already taken
            before = text[start:end]
            if before == replacement:
                continue  # changes nothing
            line, column = line_column(start)
            if confidence is not None and confidence < threshold:
                flags.append(Flag(code, name, stage, line, column, before, replacement, reason, confidence))
                continue
            add_piece(text[cursor:start])
            add_piece(replacement)
            post = start + delta
            add_span((start, end, post, post + len(replacement)))
            add_change(
                Change(
                    code, name, stage, action or _action(before, replacement), line, column, post,
                    before, replacement, reason, confidence, evidence,
                )
            )
            delta += len(replacement) - len(before)
            cursor = end
        if spans:
            pieces.append(text[cursor:])
            origin.push(spans)
            doc.text = "".join(pieces)


#: Edits are applied in order of their span.
_BY_SPAN = attrgetter("start", "end")


def _rebuild(config: Config, stages: tuple[str, ...] | None) -> Pipeline:
    return Pipeline(config, stages=stages)


def _action(before: str, after: str) -> str:
    if not before:
        return "insert"
    return "replace" if after else "delete"
