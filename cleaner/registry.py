"""Rule codes to rules: the code rules, the packs a config names, and selection.

The registry is a plain dict from code to :class:`RuleSpec`, built when a
pipeline is built.  Duplicate codes, rules in stages the config does not run,
unknown codes in ``select``/``ignore`` and unknown or bad options are errors
that name the file and the key.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from cleaner.config import Config
from cleaner.errors import ConfigError
from cleaner.packs import load_pack
from cleaner.rule import CODE_RULES, RuleSpec


def load_code_rules() -> dict[str, RuleSpec]:
    """The registered code rules (importing the stage modules registers them)."""
    import cleaner.stages  # noqa: F401  (imported for its registrations)

    return dict(CODE_RULES)


def build_registry(config: Config) -> dict[str, RuleSpec]:
    """Every rule the config can select: code rules and the rules of its packs."""
    registry = load_code_rules()
    for path in config.packs:
        for spec in load_pack(path):
            if spec.code in registry:
                raise ConfigError(f"{path}: rule code {spec.code} is already used by {registry[spec.code].origin}")
            if spec.stage not in config.stages:
                raise ConfigError(f"{path}: rule {spec.code} names stage {spec.stage!r}, which the pipeline does not run")
            registry[spec.code] = spec
    return registry


def select_rules(registry: Mapping[str, RuleSpec], config: Config) -> list[RuleSpec]:
    """The selected rules in run order: by stage, then by code.

    Rules of stages that the config does not run are left out.
    """
    where = f"{config.source}"
    for key, entries in (("select", config.select), ("ignore", config.ignore)):
        for entry in entries:
            if entry != "ALL" and not any(code.startswith(entry) for code in registry):
                raise ConfigError(f"{where}: {key}: unknown rule code or prefix {entry!r}")
    order = {stage: n for n, stage in enumerate(config.stages)}
    chosen = [
        spec
        for code, spec in registry.items()
        if spec.stage in order and is_selected(code, config.select, config.ignore)
    ]
    return sorted(chosen, key=lambda spec: (order[spec.stage], spec.code))


def is_selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Whether ``code`` is on: the longest matching entry decides, ``ignore`` on a tie."""

    def best(entries: Iterable[str]) -> int:
        lengths = [0 if e == "ALL" else len(e) for e in entries if e == "ALL" or code.startswith(e)]
        return max(lengths, default=-1)

    chosen, dropped = best(select), best(ignore)
    return chosen >= 0 and chosen > dropped


def stage_options(registry: Mapping[str, RuleSpec], config: Config) -> dict[str, dict[str, Any]]:
    """The options of each stage, checked against what the stage's rules declare."""
    declared: dict[str, dict[str, Any]] = {}
    for spec in registry.values():
        declared.setdefault(spec.stage, {}).update(spec.options)
    checked: dict[str, dict[str, Any]] = {}
    for stage, values in config.options.items():
        where = f"{config.source}: options.{stage}"
        if stage not in config.stages:
            raise ConfigError(f"{where}: unknown stage {stage!r} (stages: {', '.join(config.stages)})")
        known = declared.get(stage, {})
        for key, value in values.items():
            if key not in known:
                names = ", ".join(sorted(known)) or "none"
                raise ConfigError(f"{where}: unknown option {key!r} (this stage has: {names})")
            checked.setdefault(stage, {})[key] = known[key].check(value, f"{where}.{key}")
    return checked
