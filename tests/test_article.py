"""The Article value: fingerprints, titles, JSON round trip."""

from hypothesis import given
from hypothesis import strategies as st

from newslens.article import Article, fingerprint, title_from_first_line
from newslens.boilerplate import title_past_furniture


def test_fingerprint_ignores_line_endings_and_trailing_space() -> None:
    assert fingerprint("One.\r\nTwo.  \n") == fingerprint("One.\nTwo.\n")


def test_fingerprint_changes_when_the_words_change() -> None:
    assert fingerprint("Prices rose 4%.") != fingerprint("Prices rose 5%.")


def test_article_computes_its_fingerprint() -> None:
    assert Article(text="Hello.").fingerprint == fingerprint("Hello.")


def test_headline_followed_by_blank_line_is_a_title() -> None:
    assert title_from_first_line("Council approves budget\n\nThe council voted…") == (
        "Council approves budget"
    )


def test_first_line_of_a_running_paragraph_is_not_a_title() -> None:
    assert title_from_first_line("The council voted on Monday\nto approve the budget.") is None


def test_markdown_heading_is_a_title() -> None:
    assert title_from_first_line("# Budget passes\n\nText.") == "Budget passes"


def test_long_first_line_is_not_a_title() -> None:
    assert title_from_first_line("word " * 60 + "\n\nmore") is None


@given(st.text(), st.none() | st.text(max_size=20))
def test_article_round_trips_through_dict(text: str, title: str | None) -> None:
    article = Article(text=text, title=title, source="x.txt")
    assert Article.from_dict(article.to_dict()) == article


@given(st.text(alphabet=st.sampled_from(list("ab \t\f\v\u00a0\n\r.é"))))
def test_blank_runs_fold_to_one_space(text: str) -> None:
    import re
    import unicodedata

    from newslens.article import normalise_for_fingerprint

    plain = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    assert normalise_for_fingerprint(text) == re.sub(r"[ \t\f\v\u00a0]+", " ", plain).strip()


def test_markdown_front_matter_gives_the_title() -> None:
    text = '---\ntitle: "Budget passes"\ndate: 2024-03-05\n---\n\n# Council votes\n\nText.'
    assert title_past_furniture(text) == "Budget passes"
    untitled = "---\nlayout: post\n---\n\n# Council votes\n\nText."
    assert title_past_furniture(untitled) == "Council votes"
