"""The ``cleaner`` command: argument parsing and output, over the library."""

from __future__ import annotations

import argparse
import sys
import time
from enum import IntEnum
from pathlib import Path
from typing import Sequence

from cleaner.config import Config
from cleaner.decoding import decode
from cleaner.engines import ENGINES
from cleaner.errors import CleanerError, ConfigError
from cleaner.files import find_inputs, is_inside
from cleaner.pipeline import Pipeline
from cleaner.registry import is_selected
from cleaner.report import explanation, rule_page, rule_table, run_summary
from cleaner.parallel import default_jobs
from cleaner.progress import Progress
from cleaner.runner import Mode, RunOptions, run, undo_run
from cleaner.sections import SECTION_CHARS


class Exit(IntEnum):
    """What the exit code of a ``cleaner`` command means."""

    OK = 0
    CHANGED = 1  # --check/--diff found changes, or --in-place made them
    USAGE = 2  # bad arguments or configuration
    FAILED = 3  # some files failed; the others were done


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleaner", description="Clean text scraped from the web, with a change log.")
    parser.add_argument("--config", type=Path, help="a cleaner.toml or pyproject.toml (default: found upward from here)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="clean files and folders")
    p.add_argument("paths", nargs="+", type=Path, help="files, or folders searched recursively")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, help="write cleaned files and changes.jsonl to this folder")
    where.add_argument("--in-place", action="store_true", help="rewrite the input files (exit 1 if any changed)")
    where.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything would change")
    p.add_argument("--diff", action="store_true", help="print a unified diff of the changes")
    p.add_argument("--glob", default="*.txt", help="file pattern inside folders (default: *.txt)")
    p.add_argument("--log", type=Path, help="where the change log goes (default: OUT/changes.jsonl)")
    p.add_argument("--force", action="store_true", help="replace files that already exist in --out")
    p.add_argument("--select", help="comma-separated rule codes or prefixes to run")
    p.add_argument("--ignore", help="comma-separated rule codes or prefixes to skip")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core)")
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="local processes, or a Ray cluster (needs cleaner[ray]) (default: local)")
    p.add_argument("--address", help="with --engine ray: the cluster, as ray.init takes it (ray://HEAD:10001, auto); "
                   "default: a Ray started here with --jobs CPUs; --jobs then defaults to the cluster's CPUs")
    p.add_argument("--text-field", default="text", help="the field to clean in JSON Lines input (default: text)")
    p.add_argument("--id-field", help="a field of JSON Lines records to name them by in the change log")
    p.add_argument("--progress", choices=("auto", "bar", "lines", "off"), default="auto",
                   help="a bar on a terminal, periodic lines otherwise (default: auto)")
    p.add_argument("--section-chars", type=_positive, default=SECTION_CHARS, metavar="N",
                   help=f"clean text files longer than N characters in sections of about N (default: {SECTION_CHARS})")
    p.add_argument("--quiet", action="store_true", help="print errors only")

    p = sub.add_parser("explain", help="show every edit the pipeline would make to a file")
    p.add_argument("file", type=Path)
    p.add_argument("--select", help="comma-separated rule codes or prefixes to run")
    p.add_argument("--ignore", help="comma-separated rule codes or prefixes to skip")

    p = sub.add_parser("rules", help="list the rules, or show one rule's docs")
    p.add_argument("code", nargs="?", help="a rule code, like WS001")

    p = sub.add_parser("undo", help="rebuild the originals from a run's output folder and log")
    p.add_argument("folder", type=Path, help="the --out folder of a run")
    p.add_argument("--out", type=Path, required=True, help="where the originals go")
    p.add_argument("--log", type=Path, help="the change log (default: FOLDER/changes.jsonl)")
    p.add_argument("--force", action="store_true", help="replace files that already exist in --out")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``cleaner`` command; return its exit code."""
    args = _parser().parse_args(argv)
    try:
        config = Config.load(args.config) if args.config else Config.discover()
        return {"run": _run, "explain": _explain, "rules": _rules, "undo": _undo}[args.command](args, config)
    except ConfigError as exc:
        _error(str(exc))
        return Exit.USAGE


def _pipeline(args: argparse.Namespace, config: Config) -> Pipeline:
    split = lambda value: [v.strip() for v in value.split(",") if v.strip()] if value else None  # noqa: E731
    return Pipeline(config, select=split(args.select), ignore=split(args.ignore))


def _run(args: argparse.Namespace, config: Config) -> int:
    if args.out is None and not (args.in_place or args.check or args.diff):
        _error("run: say where the output goes: --out DIR, --in-place, --check or --diff")
        return Exit.USAGE
    if args.out is not None and any(is_inside(args.out, p) for p in args.paths if p.is_dir()):
        _error(f"run: --out {args.out} is inside an input folder; choose a folder outside the inputs")
        return Exit.USAGE
    mode = Mode.IN_PLACE if args.in_place else Mode.OUT if args.out is not None else Mode.CHECK
    log = args.log or (args.out / "changes.jsonl" if args.out is not None else None)
    if log is not None and log.exists() and not args.force:
        _error(f"run: {log} exists (use --force to replace it)")
        return Exit.USAGE
    if args.jobs < 0:
        _error("run: --jobs must be 0 (one per core) or more")
        return Exit.USAGE
    if args.address and args.engine != "ray":
        _error("run: --address needs --engine ray")
        return Exit.USAGE
    if args.engine == "ray":
        from cleaner.engines.ray import require_ray

        require_ray()  # EngineUnavailable (a ConfigError): one line, exit 2
    pipeline = _pipeline(args, config)
    items, missing = find_inputs(args.paths, args.glob)
    for path, problem in missing:
        _error(f"{path}: {problem}")
    options = RunOptions(
        mode,
        out_dir=args.out,
        log_path=log,
        force=args.force,
        diff=args.diff,
        jobs=args.jobs or (0 if args.address else default_jobs()),  # 0: one Ray worker per CPU of the cluster
        text_field=args.text_field,
        id_field=args.id_field,
        engine=args.engine,
        address=args.address,
        section_chars=args.section_chars,
    )
    progress = None
    if not args.quiet and args.progress != "off":
        progress = Progress(len(items), sum(_size(item.path) for item in items), args.progress)
    started = time.perf_counter()
    summary = run(pipeline, items, options, report=lambda line: print(line, file=sys.stderr), progress=progress,
                  diff=sys.stdout)
    if not args.quiet:
        print(run_summary(summary, time.perf_counter() - started), end="", file=sys.stderr)
    if summary.failed or summary.bad_records or missing:
        return Exit.FAILED
    if summary.changed and mode is not Mode.OUT:
        return Exit.CHANGED
    return Exit.OK


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return number


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _explain(args: argparse.Namespace, config: Config) -> int:
    pipeline = _pipeline(args, config)
    try:
        decoded = decode(args.file.read_bytes())
    except OSError as exc:
        _error(f"{args.file}: cannot read: {exc.strerror or exc}")
        return Exit.FAILED
    except CleanerError as exc:
        _error(f"{args.file}: {exc}")
        return Exit.FAILED
    cleaned = pipeline.clean(decoded.text, source=str(args.file))
    print(explanation(cleaned, str(args.file), decoded), end="")
    return Exit.OK


def _rules(args: argparse.Namespace, config: Config) -> int:
    pipeline = Pipeline(config)
    selected = set(pipeline.codes)
    specs = sorted(pipeline.registry.values(), key=lambda s: s.code)
    if args.code is None:
        print(rule_table(specs, selected), end="")
        return Exit.OK
    spec = pipeline.registry.get(args.code.upper())
    if spec is None:
        _error(f"rules: no rule {args.code!r}; `cleaner rules` lists them")
        return Exit.USAGE
    print(rule_page(spec, is_selected(spec.code, config.select, config.ignore)), end="")
    return Exit.OK


def _undo(args: argparse.Namespace, config: Config) -> int:
    log = args.log or args.folder / "changes.jsonl"
    if not log.is_file():
        _error(f"undo: {log}: no change log there")
        return Exit.USAGE
    if is_inside(args.out, args.folder):
        _error(f"undo: --out {args.out} is inside {args.folder}; choose a folder outside it")
        return Exit.USAGE
    try:
        summary = undo_run(log, args.folder, args.out, args.force, lambda line: print(line, file=sys.stderr))
    except CleanerError as exc:
        _error(f"undo: {exc}")
        return Exit.FAILED
    print(f"{summary.files - len(summary.failed)} of {summary.files} file(s) restored to {args.out}", file=sys.stderr)
    return Exit.FAILED if summary.failed else Exit.OK


def _error(message: str) -> None:
    print(f"cleaner: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
