"""A page's pull quote repeats a line of the story: the article has it once."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Mayor rejects calls to resign | Metro Gazette</title>
<meta name="author" content="Carlos Mendes"></head><body>
<article><h1>Mayor rejects calls to resign</h1>
<p>Mayor Lucinda Grey said on Thursday she would not resign after an audit of the stadium
land deal.</p>
<p>“I have done nothing wrong, and I will not be hounded out of office by people who opposed
this stadium from day one,” Grey said at City Hall.</p>
{pull}
<p>Three members of her own party on the council have called for her to step down.</p>
<blockquote><p>The audit is damning. The mayor must go, and go now.</p>&mdash; Peter Achebe
(@pachebe_cllr)</blockquote>
<p>The audit found that the land was valued at £31 million but bought for £43 million.</p>
</article></body></html>
"""


def load(tmp_path: Path, pull: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(pull=pull), encoding="utf-8")
    return load_article(str(path)).text


def test_pull_quote_is_not_read_twice(tmp_path: Path) -> None:
    text = load(
        tmp_path,
        '<blockquote class="pull-quote"><p>“I will not be hounded out of office”</p>'
        "<cite>Lucinda Grey</cite></blockquote>",
    )
    assert text.count("hounded out of office") == 1
    assert "Lucinda Grey\n" not in text  # the pull quote's credit line goes with it
    assert text.index("day one") < text.index("Three members") < text.index("£43 million")


def test_pull_quote_with_an_elision_and_no_quotation_marks(tmp_path: Path) -> None:
    text = load(
        tmp_path,
        "<blockquote><p>I have done nothing wrong … I will not be hounded</p></blockquote>",
    )
    assert text.count("nothing wrong") == 1


def test_a_quoted_post_the_story_does_not_repeat_is_kept(tmp_path: Path) -> None:
    text = load(tmp_path, "")
    assert "The audit is damning. The mayor must go, and go now." in text
    assert "Peter Achebe" in text


def test_a_short_block_quote_that_happens_to_echo_the_story_is_kept(tmp_path: Path) -> None:
    text = load(tmp_path, "<blockquote><p>“Nothing wrong”</p></blockquote>")
    assert "“Nothing wrong”" in text
