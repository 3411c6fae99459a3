"""The tag set: defaults, config.toml's [[tags]], free-text names."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.annotations.model import NOT_A_CLAIM, Annotation, TargetKind, hidden_claims
from newslens.annotations.tags import DEFAULT_TAGS, clean_tag_name, load_tagset
from newslens.config import load_config
from newslens.errors import NewslensError


def test_defaults_are_the_six_quick_tags() -> None:
    assert [(t.key, t.name) for t in DEFAULT_TAGS.tags] == [
        ("1", "verified"),
        ("2", "disputed"),
        ("3", "false"),
        ("4", "misleading"),
        ("5", "needs-source"),
        ("6", "opinion"),
    ]
    assert all(t.colour.startswith("#") for t in DEFAULT_TAGS.tags)
    assert load_tagset([]) is DEFAULT_TAGS
    assert DEFAULT_TAGS.by_key("3") == DEFAULT_TAGS.get("false")
    assert DEFAULT_TAGS.is_verdict("false") and not DEFAULT_TAGS.is_verdict("opinion")
    assert DEFAULT_TAGS.colour("a free tag") == "#888888"


def test_config_toml_replaces_the_set(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[[tags]]\nkey = "1"\nname = "Correct"\ncolour = "#0a0"\n\n'
        '[[tags]]\nkey = "9"\nname = "satire"\ncolour = "magenta"\nverdict = true\n\n'
        '[[tags]]\nname = "false"\ncolor = "#ff0000"\n',
        encoding="utf-8",
    )
    tagset = load_tagset(load_config(config).tags)
    assert [(t.key, t.name, t.colour, t.verdict) for t in tagset.tags] == [
        ("1", "correct", "#00aa00", False),  # Rich reads only #rrggbb
        ("9", "satire", "magenta", True),
        (None, "false", "#ff0000", True),  # a default's name keeps its verdict meaning
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "x", "colour": "red; background: url(x)"}, "colour"),
        ({"name": "", "colour": "red"}, "needs a name"),
        ({"colour": "red"}, "needs a name"),
        ({"name": "x"}, "needs a colour"),
        ({"name": "x", "colour": 5}, "colour 5 is not"),
        ({"name": "x" * 61, "colour": "red"}, "at most 60 characters"),
        ({"name": "x", "colour": "red", "key": "12"}, "key '12' is no quick-tag key: one digit, 1"),
        ({"name": "x", "colour": "red", "key": "a"}, "key 'a' is no quick-tag key: one digit, 1"),
        ({"name": "x", "colour": "red", "key": 0}, "key '0' is no quick-tag key"),
        ({"name": NOT_A_CLAIM, "colour": "red"}, "reserved"),
        ({"name": "x", "colour": "red", "verdict": "yes"}, "true or false"),
        ("just a string", "expected a table"),
    ],
)
def test_bad_entries_are_named(entry: object, message: str) -> None:
    with pytest.raises(NewslensError, match=message):
        load_tagset([{"name": "ok", "colour": "red"}, entry])


def test_duplicates_are_refused() -> None:
    with pytest.raises(NewslensError, match="entry 2: tag 'a' is defined twice"):
        load_tagset([{"name": "a", "colour": "red"}, {"name": "A", "colour": "blue"}])
    with pytest.raises(NewslensError, match="key '1' is used twice"):
        load_tagset(
            [{"name": "a", "colour": "red", "key": 1}, {"name": "b", "colour": "red", "key": "1"}]
        )


def test_free_text_tags_are_made_canonical() -> None:
    assert clean_tag_name("  Needs   Context ") == "needs context"
    for bad in ("", "   ", "x" * 61, "bell\x07"):
        with pytest.raises(NewslensError):
            clean_tag_name(bad)


def test_not_a_claim_hides_only_claims() -> None:
    base = Annotation("a" * 32, "f", 3, 9, "exact", "", "", TargetKind.CLAIM, (NOT_A_CLAIM,))
    quote = Annotation("b" * 32, "f", 12, 20, "exact", "", "", TargetKind.QUOTE, (NOT_A_CLAIM,))
    plain = Annotation("c" * 32, "f", 30, 40, "exact", "", "", TargetKind.CLAIM, ("false",))
    assert hidden_claims([base, quote, plain]) == {(3, 9)}


@pytest.mark.parametrize(
    ("written", "colour"),
    [
        ("darkgreen", "#006400"),
        ("orange", "#ffa500"),
        ("#0a0", "#00aa00"),
        ("rebeccapurple", "#663399"),  # new in CSS Color Level 4
        ("LightGoldenrodYellow", "#fafad2"),
        ("darkslategrey", "#2f4f4f"),  # both spellings of grey
        ("red", "red"),  # a name Rich knows too stays a name: the terminal's own red
        ("dark_green", "#005f00"),  # a Rich (xterm) name
    ],
)
def test_a_tag_colour_can_be_any_css_colour_name_or_hex(written: str, colour: str) -> None:
    [tag] = load_tagset([{"name": "checked", "colour": written}]).tags
    assert tag.colour == colour
