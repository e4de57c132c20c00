"""The engine: applying edits, positions in the original, flags, selection, packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Config, ConfigError, Edit, Pipeline, UndoError, undo
from cleaner.document import Document
from cleaner.packs import load_pack
from cleaner.registry import is_selected
from cleaner.rule import RuleSpec


def pipeline_of(*rules: tuple[str, object], min_confidence: float = 0.8) -> Pipeline:
    """A pipeline running the given (code, rule object) pairs, in the whitespace stage."""
    pipeline = Pipeline(select=["WS001"])
    pipeline.config = pipeline.config.with_overrides(min_confidence=min_confidence)
    pipeline._rules = [
        (RuleSpec(code, code.lower(), "whitespace", "Test.", "Test.", build=lambda o, r=rule: r), rule)
        for code, rule in rules
    ]
    return pipeline


class Fixed:
    """A rule that proposes a fixed list of edits."""

    def __init__(self, *edits: Edit) -> None:
        self.edits = edits

    def find(self, doc: Document):
        return self.edits


def test_changes_point_into_the_original_across_rules() -> None:
    text = "aaa\nbbb ccc\nddd\n"
    first = Fixed(Edit(0, 4, "", "drop first line"))  # "bbb ccc\nddd\n"
    second = Fixed(Edit(4, 7, "CCC", "upper"), Edit(8, 11, "DDD", "upper"))
    result = pipeline_of(("XX001", first), ("XX002", second)).clean(text)
    assert result.text == "bbb CCC\nDDD\n"
    assert [(c.line, c.column) for c in result.changes] == [(1, 1), (2, 5), (3, 1)]
    assert undo(result.text, result.changes) == text


def test_same_length_replacements_keep_their_columns() -> None:
    text = "x\n一二三四五\n"
    first = Fixed(Edit(2, 3, "壹", "a"))
    second = Fixed(Edit(5, 6, "肆", "b"))
    result = pipeline_of(("XX001", first), ("XX002", second)).clean(text)
    assert [(c.line, c.column) for c in result.changes] == [(2, 1), (2, 4)]


def test_overlapping_and_no_op_edits_are_skipped() -> None:
    rule = Fixed(Edit(0, 5, "X", "wide"), Edit(2, 3, "Y", "overlaps"), Edit(6, 7, "b", "no-op"))
    result = pipeline_of(("XX001", rule)).clean("abcdefb")
    assert result.text == "Xfb"
    assert [c.reason for c in result.changes] == ["wide"]


def test_actions_are_derived_from_the_span() -> None:
    rule = Fixed(Edit(0, 0, ">", "i"), Edit(1, 2, "", "d"), Edit(3, 4, "Z", "r"))
    result = pipeline_of(("XX001", rule)).clean("abcd")
    assert [c.action for c in result.changes] == ["insert", "delete", "replace"]
    assert result.text == ">acZ"


def test_low_confidence_edits_become_flags() -> None:
    rule = Fixed(Edit(0, 1, "A", "sure", confidence=0.95), Edit(2, 3, "C", "unsure", confidence=0.3))
    result = pipeline_of(("XX001", rule)).clean("abc")
    assert result.text == "Abc"
    assert [f.reason for f in result.flags] == ["unsure"]
    assert result.flags[0].suggestion == "C" and result.flags[0].column == 3


def test_a_timed_out_rule_is_skipped_with_a_warning() -> None:
    class Slow:
        def find(self, doc: Document):
            raise TimeoutError("regex timed out")

    result = pipeline_of(("XX001", Slow()), ("XX002", Fixed(Edit(0, 1, "B", "ok")))).clean("abc")
    assert result.text == "Bbc"
    assert "XX001" in result.facts["warnings"][0]


def test_undo_refuses_a_log_that_does_not_fit() -> None:
    result = Pipeline().clean("a  b\n")
    with pytest.raises(UndoError):
        undo("something else\n", result.changes)


def test_drop_line_takes_the_paragraph_gap() -> None:
    doc = Document("one\n\nnoise\n\ntwo\n")
    edit = doc.drop_line(2, "noise")
    assert doc.text[edit.start : edit.end] == "noise\n\n"
    doc = Document("one\nnoise\ntwo\n")
    edit = doc.drop_line(1, "noise")
    assert doc.text[edit.start : edit.end] == "noise\n"


@pytest.mark.parametrize(
    "code, select, ignore, expected",
    [
        ("WS001", ["ALL"], [], True),
        ("WS001", ["ALL"], ["WS"], False),
        ("WS001", ["WS001"], ["WS"], True),
        ("WS002", ["WS001"], ["WS"], False),
        ("WS001", ["WS"], ["WS"], False),
        ("ZH001", ["WS"], [], False),
    ],
)
def test_the_most_specific_entry_decides(code, select, ignore, expected) -> None:
    assert is_selected(code, select, ignore) is expected


def test_pipeline_narrowed_by_codes_and_options() -> None:
    assert Pipeline(select=["WS"]).codes == ["WS001", "WS002", "WS003", "WS004", "WS005", "WS006"]
    assert "WS003" not in Pipeline(ignore=["WS003"]).codes
    hant = Pipeline(select=["ZH"], options={"script": {"target": "hant"}})
    assert hant.clean("简体字\n").text == "簡體字\n"


def test_a_pack_from_another_folder_loads_like_the_builtin_ones(tmp_path: Path) -> None:
    pack = tmp_path / "mine.toml"
    pack.write_text(
        '[pack]\nname = "mine"\nstage = "whitespace"\n\n'
        '[[rule]]\ncode = "MY001"\nname = "shout"\nkind = "drop_line"\nsummary = "Drop shouting lines."\n'
        "patterns = ['^[A-Z !]+$']\n"
        'examples = [{ before = "Hi\\nSTOP IT!\\n", after = "Hi\\n" }, { before = "Hi\\n", after = "Hi\\n" }]\n',
        encoding="utf-8",
    )
    pipeline = Pipeline(packs=[pack], select=["MY"])
    assert pipeline.clean("Body text.\nSTOP IT!\nMore.\n").text == "Body text.\nMore.\n"
    change = pipeline.clean("Body text.\nSTOP IT!\nMore.\n").changes[0]
    assert (change.code, change.action, change.line) == ("MY001", "drop-line", 2)
    assert "STOP IT!" in change.reason


@pytest.mark.parametrize(
    "body, message",
    [
        ('[[rule]]\ncode = "MY001"\nname = "x"\nkind = "explode"\nstage = "whitespace"\nsummary = "X."\npatterns = ["a"]\n',
         "unknown kind 'explode'"),
        ('[[rule]]\ncode = "MY001"\nname = "x"\nkind = "replace"\nstage = "whitespace"\nsummary = "X."\n'
         'patterns = ["a"]\ncolour = 1\n', "unknown key 'colour'"),
        ('[[rule]]\ncode = "MY001"\nname = "x"\nkind = "replace"\nstage = "nowhere"\nsummary = "X."\npatterns = ["a"]\n',
         "stage 'nowhere'"),
        ('[[rule]]\ncode = "WS001"\nname = "x"\nkind = "replace"\nstage = "whitespace"\nsummary = "X."\npatterns = ["a"]\n',
         "WS001 is already used"),
        ('[[rule]]\ncode = "MY001"\nname = "x"\nkind = "replace"\nstage = "whitespace"\nsummary = "X."\n'
         'patterns = ["a"]\nflags = ["loud"]\n', "unknown regex flag 'loud'"),
        ('[[rule]]\ncode = "MY001"\nname = "x"\nkind = "drop_line"\nstage = "whitespace"\nsummary = "X."\n',
         "needs 'patterns' or 'phrases'"),
    ],
)
def test_bad_packs_are_errors_naming_file_and_rule(tmp_path: Path, body: str, message: str) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        Pipeline(packs=[pack])
    assert message in str(error.value) and "bad.toml" in str(error.value)


def test_phrase_lists_are_matched_literally(tmp_path: Path) -> None:
    (tmp_path / "phrases.txt").write_text("# comment\nread more (.*)\nshare this\n", encoding="utf-8")
    pack = tmp_path / "p.toml"
    pack.write_text(
        '[[rule]]\ncode = "MY002"\nname = "phr"\nkind = "drop_line"\nstage = "whitespace"\nsummary = "P."\n'
        'phrases = "phrases.txt"\nflags = ["ignorecase"]\n',
        encoding="utf-8",
    )
    [spec] = load_pack(pack)
    rule = spec.make()
    doc = Document("Share This\nread more (.*)\nread more now\n")
    assert [doc.text[e.start : e.end] for e in rule.find(doc)] == ["Share This\n", "read more (.*)\n"]


def test_config_discovery_walks_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nignore = ["ZH"]\n', encoding="utf-8")
    (tmp_path / "a" / "b").mkdir(parents=True)
    config = Config.discover(tmp_path / "a" / "b")
    assert config.ignore == ("ZH",) and config.source.endswith("pyproject.toml")
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert Config.discover(tmp_path / "a" / "b").ignore == ("ZH",)  # a pyproject without [tool.cleaner] is passed over


def test_a_pipeline_of_some_stages_only() -> None:
    pipeline = Pipeline(stages=["whitespace"])
    assert pipeline.codes and all(code.startswith("WS") for code in pipeline.codes)
    assert pipeline.clean("a\u00a0 b  \n").text == "a\u00a0 b\n"
    with pytest.raises(ConfigError, match="unknown stage 'nowhere'"):
        Pipeline(stages=["nowhere"])
