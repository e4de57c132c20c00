"""Configuration: the shipped defaults, ``[tool.cleaner]``, and ``--config FILE``.

The defaults live in ``rules/default.toml`` inside the package.  A user's
settings come from ``--config FILE`` (a ``cleaner.toml`` with top-level keys,
or a ``pyproject.toml`` with ``[tool.cleaner]``) or, without it, from the
nearest such file found upward from the working directory, as ruff and black
do.  The user's settings are laid over the defaults:

``select`` / ``ignore``
    Rule codes or code prefixes (``"BP"``, ``"WS003"``, ``"ALL"``).  The most
    specific entry decides; on a tie ``ignore`` wins.  ``select`` replaces the
    default list, ``ignore`` adds to it.
``packs``
    Extra pack files, relative to the config file; added after the built-in ones.
``options``
    A table per stage (``[tool.cleaner.options.script]``); merged key by key.
``min-confidence``
    Edits below this confidence become flags instead of changes.
``stages``
    The stage order (rarely changed).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from cleaner.errors import ConfigError

KEYS = {"stages", "select", "ignore", "packs", "options", "min-confidence"}


def builtin_rules_dir() -> Path:
    """The folder of the shipped packs: inside the wheel, or ``rules/`` of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if (candidate / "default.toml").is_file():
            return candidate
    raise ConfigError(f"{here}: the built-in rule packs (rules/default.toml) are missing")


@dataclass(frozen=True)
class Config:
    """Resolved settings: which stages, rules, packs and options a pipeline uses."""

    stages: tuple[str, ...]
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    packs: tuple[Path, ...] = ()
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    min_confidence: float = 0.0
    source: str = "<defaults>"

    @classmethod
    def defaults(cls) -> "Config":
        """The shipped default configuration."""
        path = builtin_rules_dir() / "default.toml"
        return _apply(None, _read_toml(path), path)

    @classmethod
    def load(cls, path: Path) -> "Config":
        """The defaults with the settings of the config file at ``path`` laid over."""
        table = _read_toml(path)
        if path.name == "pyproject.toml":
            table = table.get("tool", {}).get("cleaner", {})
        return _apply(cls.defaults(), table, path)

    @classmethod
    def discover(cls, start: Path | None = None) -> "Config":
        """The config of the nearest ``cleaner.toml`` or ``pyproject.toml`` with ``[tool.cleaner]``."""
        path = find_config_file(start or Path.cwd())
        return cls.load(path) if path else cls.defaults()

    def with_overrides(self, **changes: Any) -> "Config":
        """A copy with some fields replaced (``select=...``, ``options=...``)."""
        return replace(self, **changes)


def find_config_file(start: Path) -> Path | None:
    """The nearest config file at or above ``start``, or None."""
    for folder in (start.resolve(), *start.resolve().parents):
        own = folder / "cleaner.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file() and "cleaner" in _read_toml(project).get("tool", {}):
            return project
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _apply(base: Config | None, table: Mapping[str, Any], path: Path) -> Config:
    """Lay the settings in ``table`` (read from ``path``) over ``base``."""
    where = f"{path}: [tool.cleaner]" if path.name == "pyproject.toml" else str(path)
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KEYS))})")

    def strings(key: str) -> tuple[str, ...] | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {key!r} must be a list of strings")
        return tuple(value)

    stages = strings("stages")
    select = strings("select")
    ignore = strings("ignore") or ()
    packs = tuple((path.parent / p) for p in (strings("packs") or ()))
    for pack in packs:
        if not pack.is_file():
            raise ConfigError(f"{where}: packs: no pack file at {pack}")
    options = table.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{where}: 'options' must hold one table per stage, like [options.script]")
    confidence = table.get("min-confidence")
    if confidence is not None and (not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1):
        raise ConfigError(f"{where}: 'min-confidence' must be a number from 0 to 1")

    if base is None:
        if not stages:
            raise ConfigError(f"{where}: the default config must list 'stages'")
        return Config(
            stages=stages,
            select=select or ("ALL",),
            ignore=ignore,
            packs=packs,
            options={k: dict(v) for k, v in options.items()},
            min_confidence=float(confidence or 0.0),
            source=str(path),
        )
    merged = {stage: dict(values) for stage, values in base.options.items()}
    for stage, values in options.items():
        merged.setdefault(stage, {}).update(values)
    return Config(
        stages=stages or base.stages,
        select=select or base.select,
        ignore=base.ignore + ignore,
        packs=base.packs + packs,
        options=merged,
        min_confidence=base.min_confidence if confidence is None else float(confidence),
        source=str(path),
    )
