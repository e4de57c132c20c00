"""Text for people: explanations of edits, rule listings, run summaries."""

from __future__ import annotations

from typing import Iterable

from cleaner.decoding import Decoded
from cleaner.model import Cleaned
from cleaner.rule import RuleSpec
from cleaner.runner import Summary

_SHOWN = 160  # characters of a before/after text shown before it is cut


def _show(text: str) -> str:
    text = repr(text)[1:-1]
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def explanation(cleaned: Cleaned, source: str, decoded: Decoded | None = None) -> str:
    """Every change and flag of ``cleaned``, one block each, in the order made."""
    out: list[str] = []
    if decoded is not None:
        notes = [f"encoding {decoded.encoding}"]
        if decoded.bom:
            notes.append("byte-order mark removed")
        if decoded.newline != "\n":
            notes.append(f"line ends {decoded.newline!r} made '\\n'")
        out.append(f"{source}: DC001 decode-bytes: " + ", ".join(notes))
    for change in cleaned.changes:
        confidence = f" (confidence {change.confidence:.2f})" if change.confidence is not None else ""
        out.append(f"{source}:{change.line}:{change.column}: {change.code} {change.name} [{change.action}]{confidence}")
        out.append(f"    why: {change.reason}")
        if change.before:
            out.append(f"    - {_show(change.before)}")
        if change.after:
            out.append(f"    + {_show(change.after)}")
    for flag in cleaned.flags:
        confidence = f" (confidence {flag.confidence:.2f})" if flag.confidence is not None else ""
        out.append(f"{source}:{flag.line}:{flag.column}: {flag.code} {flag.name} [flag, not applied]{confidence}")
        out.append(f"    why: {flag.reason}")
        out.append(f"    ? {_show(flag.text)} -> {_show(flag.suggestion)}")
    for warning in cleaned.facts.get("warnings", ()):
        out.append(f"{source}: warning: {warning}")
    total = f"{len(cleaned.changes)} change(s), {len(cleaned.flags)} flag(s)"
    out.append(f"{source}: {total}")
    return "\n".join(out) + "\n"


def rule_table(specs: Iterable[RuleSpec], selected: set[str]) -> str:
    """One line per rule: code, name, stage, summary; unselected rules marked."""
    specs = list(specs)
    width = max((len(s.name) for s in specs), default=4)
    stage_width = max((len(s.stage) for s in specs), default=5)
    lines = []
    for spec in specs:
        mark = " " if spec.code in selected else "-"
        lines.append(f"{mark}{spec.code:<7}{spec.name:<{width + 2}}{spec.stage:<{stage_width + 2}}{spec.summary}")
    lines.append("(rules marked '-' are off in the current configuration)")
    return "\n".join(lines) + "\n"


def rule_page(spec: RuleSpec, selected: bool) -> str:
    """A rule's documentation page: summary, docs, options, examples."""
    out = [f"{spec.code} {spec.name} (stage: {spec.stage}; {'on' if selected else 'off'})", "", spec.summary, ""]
    if spec.doc and spec.doc.strip() != spec.summary.strip():
        out += [spec.doc, ""]
    if spec.options:
        out.append("Options:")
        for name, option in spec.options.items():
            choices = f" (one of {', '.join(map(repr, option.choices))})" if option.choices else ""
            out.append(f"  {name} = {option.default!r}: {option.help}{choices}")
        out.append("")
    for n, example in enumerate(spec.examples, 1):
        label = "unchanged" if example.before == example.after else "before/after"
        out.append(f"Example {n} ({label}):")
        out.append(f"  before: {_show(example.before)}")
        if example.before != example.after:
            out.append(f"  after:  {_show(example.after)}")
    out.append(f"Defined in: {spec.origin}")
    return "\n".join(out) + "\n"


def run_summary(summary: Summary, seconds: float) -> str:
    """The closing table of a run: files, bytes, edits per rule, failures."""
    ok = summary.files - len(summary.failed)
    rate = summary.bytes_in / 1e6 / seconds if seconds > 0 else 0.0
    lines = [
        f"{summary.files} file(s): {ok} cleaned, {len(summary.changed)} changed, {len(summary.failed)} failed; "
        f"{summary.bytes_in:,} bytes in, {summary.bytes_out:,} bytes out; {seconds:.2f} s ({rate:.1f} MB/s)"
    ]
    if summary.records:
        lines.append(f"{summary.records:,} record(s) in JSON Lines files, {summary.bad_records:,} passed through unread")
    if summary.edits:
        lines.append(f"{sum(summary.edits.values())} edit(s):")
        for code, count in sorted(summary.edits.items()):
            lines.append(f"  {code:<7}{summary.names.get(code, ''):<28}{count:>8}")
    for name, error in summary.failed:
        lines.append(f"failed: {name}: {error}")
    return "\n".join(lines) + "\n"
