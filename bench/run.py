"""The benchmark: how fast cleaner runs on real web text, against a floor and ftfy.

Run it from the repository root (not part of the test suite)::

    .venv/bin/python bench/run.py            # 50 MB, about 5-10 minutes on 2 cores
    .venv/bin/python bench/run.py --quick    # 5 MB, a minute or two

It builds ``bench/corpus/pages/`` (git-ignored): one ``.txt`` file per page of
the seeds and of the development corpus (``../shared/corpus/*.jsonl.gz``
beside the checkout), repeated until the corpus holds ``--mb`` megabytes.
Then, in one run, it measures in MB/s per core:

- the floor: Python reading and writing every file (bytes, UTF-8 decode and encode);
- ``ftfy.fix_text`` alone on every page, with its defaults;
- the whole default pipeline (``Pipeline().clean``), in this process;
- each stage alone (``Pipeline(stages=[name])``);
- the pipeline through the CLI, ``cleaner run --jobs 1`` and ``--jobs 2``
  (skipped with a note when the CLI has no ``--jobs``);

and the peak resident memory of each.  Ratios to the floor and to ftfy make
results comparable across machines.  Each row has its wall-clock seconds and
its CPU seconds (of this process, or of the CLI and its workers): on a
shared, busy machine the CPU seconds are the steadier measure, and the
ratio of the pipeline to ftfy is given by both.  The table is printed and
written to ``bench/RESULTS.md`` with the date and the machine; a
``## Memory`` section already at the end of that file (``bench/memory.py``'s)
is kept.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import gzip
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
PAGES = BENCH / "corpus" / "pages"


def source_pages() -> list[str]:
    """The real web text the corpus is made of: the seeds, then the development corpus."""
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(SHARED_CORPUS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                text = record.get("plaintext") or record.get("raw_content") or ""
                if text.strip():
                    pages.append(text)
    return pages


def build_corpus(megabytes: float) -> list[Path]:
    """Write the pages, repeated to ``megabytes``, one file each; reuse them when already there."""
    target = int(megabytes * 1e6)
    stamp = PAGES / ".size"
    if stamp.exists() and stamp.read_text() == str(target):
        return sorted(PAGES.glob("*.txt"))
    if PAGES.exists():
        shutil.rmtree(PAGES)
    PAGES.mkdir(parents=True)
    pages = source_pages()
    if not pages:
        sys.exit("no source text: seeds/ and ../shared/corpus/ are empty")
    written, files, copy = 0, [], 0
    while written < target:
        for n, text in enumerate(pages):
            data = text.encode("utf-8")
            path = PAGES / f"r{copy:02d}_{n:05d}.txt"
            path.write_bytes(data)
            files.append(path)
            written += len(data)
            if written >= target:
                break
        copy += 1
    stamp.write_text(str(target))
    return sorted(files)


def peak_rss_mb() -> float:
    """This process's peak resident set so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process) of ``fn()``."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def cli_run(files_dir: Path, jobs: int) -> tuple[float, float, float] | str:
    """Wall seconds, peak RSS (MB) and CPU seconds of ``cleaner run --jobs N`` over the corpus, or why it was skipped."""
    help_text = subprocess.run([sys.executable, "-m", "cleaner", "run", "--help"], capture_output=True, text=True).stdout
    if "--jobs" not in help_text:
        return "skipped: this cleaner run has no --jobs option yet"
    extra = ["--quiet"] if "--quiet" in help_text else []
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as out:
        cmd = [sys.executable, "-m", "cleaner", "run", str(files_dir), "--out", out, "--force", "--jobs", str(jobs), *extra]
        # A small wrapper starts the CLI and reports its children's peak RSS: a
        # child forked from this (large) process would count our pages as its own.
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if proc.returncode not in (0, 3):
            return f"skipped: exit {proc.returncode}: {proc.stderr.strip()[-200:]}"
    rss, cpu = proc.stdout.split()[-2:]
    return seconds, int(rss) / 1024, float(cpu)


_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
    "sys.exit(code)\n"
)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--quick", action="store_true", help="a 5 MB corpus, for a quick look")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage measurements")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI measurements")
    parser.add_argument("--results", type=Path, default=BENCH / "RESULTS.md", help="where the table goes")
    args = parser.parse_args(argv)
    megabytes = 5.0 if args.quick else args.mb

    sys.path.insert(0, str(ROOT))
    import ftfy

    from cleaner import Pipeline, shortcuts
    from cleaner.config import Config

    print(f"building the corpus ({megabytes:g} MB) in {PAGES.relative_to(ROOT)} ...", flush=True)
    files = build_corpus(megabytes)
    texts = [p.read_bytes().decode("utf-8") for p in files]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(files)} files, {size:.1f} MB; {machine()}", flush=True)
    rows: list[tuple] = []  # name, seconds, cores, rss, note, cpu seconds

    def record(
        name: str, seconds: float | None, cores: int = 1, rss: float | None = None, note: str = "", cpu: float | None = None
    ) -> None:
        rows.append((name, seconds, cores, rss if rss is not None else peak_rss_mb(), note, cpu))
        shown = f"{size / seconds:8.2f} MB/s" if seconds else note
        print(f"  {name:<34} {shown}", flush=True)

    with tempfile.TemporaryDirectory(prefix="cleaner-bench-floor-") as out:
        def floor() -> None:
            for path in files:
                (Path(out) / path.name).write_bytes(path.read_bytes().decode("utf-8").encode("utf-8"))
        wall, cpu = timed(floor)
        record("read + write (floor)", wall, cpu=cpu)

    wall, cpu = timed(lambda: [ftfy.fix_text(t) for t in texts])
    record("ftfy.fix_text", wall, cpu=cpu)

    pipeline = Pipeline()
    pipeline.clean(texts[0])  # loads the lexicons and word lists once, as a long run does
    wall, cpu = timed(lambda: [pipeline.clean(t) for t in texts])
    record("pipeline (all stages)", wall, cpu=cpu, note="CLEANER_NO_SHORTCUTS=1" if not shortcuts.ENABLED else "")

    if not args.no_stages:
        for stage in Config.defaults().stages:
            staged = Pipeline(stages=[stage])
            if not staged.codes:
                continue
            wall, cpu = timed(lambda: [staged.clean(t) for t in texts])
            record(f"stage {stage}", wall, cpu=cpu)

    if not args.no_cli:
        for jobs in (1, 2):
            result = cli_run(PAGES, jobs)
            if isinstance(result, str):
                record(f"cleaner run --jobs {jobs}", None, jobs, 0.0, result)
            else:
                record(f"cleaner run --jobs {jobs}", result[0], jobs, result[1], cpu=result[2])

    table = render(rows, size, len(files), megabytes)
    print()
    print(table)
    args.results.write_text(table + kept_sections(args.results), encoding="utf-8")
    print(f"written to {args.results}")
    return 0


def kept_sections(results: Path) -> str:
    """The ``## Memory`` section (and what follows it) of the results file, to write back after the table."""
    try:
        old = results.read_text(encoding="utf-8")
    except OSError:
        return ""
    at = old.find("\n## Memory")
    return "\n" + old[at + 1 :] if at >= 0 else ""


def render(rows, size: float, count: int, megabytes: float) -> str:
    by_name = {name: seconds for name, seconds, *_ in rows}
    cpu_by_name = {row[0]: row[5] for row in rows}
    floor_rate = size / by_name["read + write (floor)"]
    ftfy_rate = size / by_name["ftfy.fix_text"]
    lines = [
        "# Benchmark results",
        "",
        f"- date: {datetime.date.today().isoformat()}",
        f"- machine: {machine()}",
        f"- corpus: {count} pages, {size:.1f} MB (the seeds and ../shared/corpus, repeated to {megabytes:g} MB)",
        "- command: `.venv/bin/python bench/run.py`",
        "",
        "MB/s is wall-clock throughput; per core divides it by the processes used.",
        "CPU s is the CPU time spent (user + system; for `cleaner run`, of the CLI and",
        "its workers); x ftfy (CPU) compares CPU seconds with ftfy's, which a busy",
        "machine disturbs less than wall-clock time.",
        "The pipeline and stage rows clean texts already in memory, on one core; the",
        "`cleaner run` rows include reading, decoding, writing files and the change log.",
        "",
        "| measurement | seconds | CPU s | MB/s | MB/s per core | x floor | x ftfy | x ftfy (CPU) | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    ftfy_cpu = cpu_by_name.get("ftfy.fix_text")
    for name, seconds, cores, rss, note, cpu in rows:
        if not seconds:
            lines.append(f"| {name} | {note} | | | | | | | |")
            continue
        rate = size / seconds
        per_core = rate / cores
        cpu_text = f"{cpu:.1f}" if cpu else ""
        cpu_ratio = f"{ftfy_cpu / cpu:.2f}" if cpu and ftfy_cpu else ""
        label = f"{name} ({note})" if note else name
        lines.append(
            f"| {label} | {seconds:.1f} | {cpu_text} | {rate:.2f} | {per_core:.2f} | {per_core / floor_rate:.3f} | "
            f"{per_core / ftfy_rate:.2f} | {cpu_ratio} | {rss:.0f} |"
        )
    one, two = by_name.get("cleaner run --jobs 1"), by_name.get("cleaner run --jobs 2")
    if one and two:
        lines += ["", f"`--jobs 2` is {one / two:.2f}x as fast as `--jobs 1` (wall clock)."]
    pipe = by_name.get("pipeline (all stages)")
    if pipe:
        lines += [f"The whole pipeline runs at {(size / pipe) / ftfy_rate:.2f}x the speed of `ftfy.fix_text` alone (wall clock)"]
        pipe_cpu = cpu_by_name.get("pipeline (all stages)")
        if pipe_cpu and ftfy_cpu:
            lines[-1] += f", {ftfy_cpu / pipe_cpu:.2f}x by CPU time."
        else:
            lines[-1] += "."
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
